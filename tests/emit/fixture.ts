/**
 * A hand-made Presentation covering every element type the emitter writes: title placeholders on
 * every slide (one hidden), bullets on two levels and numbered, runs with XML-forbidden
 * characters, shapes, pictures (with alt text and decorative), a table, an image chart and native
 * charts of every supported type, notes on every slide. Built directly, not through layout/, so
 * these tests pin the emitter alone.
 */
import { createCanvas } from 'canvas';
import type { Chart } from '../../src/model/outline.js';
import type { ChartElement, Element, Presentation, SlideIR, TextElement } from '../../src/model/presentation.js';
import { briefing } from '../../src/theme/builtin.js';

const span = { file: 'fixture.yaml', line: 1, col: 1 };
const W = 13.333;
const H = 7.5;

/** A small PNG drawn with canvas directly (not through src/charts). */
export function makePng(widthPx: number, heightPx: number, label: string): Uint8Array {
  const canvas = createCanvas(widthPx, heightPx);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, widthPx, heightPx);
  const bars = [0.35, 0.8, 0.55, 0.95];
  bars.forEach((v, i) => {
    ctx.fillStyle = `#${briefing.palette[i] ?? '000000'}`;
    const bw = widthPx / (bars.length * 2);
    ctx.fillRect(bw * (0.5 + 2 * i), heightPx * (1 - v * 0.8) - 10, bw, heightPx * v * 0.8);
  });
  ctx.fillStyle = '#1F2937';
  ctx.font = `${Math.round(heightPx / 12)}px sans-serif`;
  ctx.fillText(label, 12, Math.round(heightPx / 10));
  return new Uint8Array(canvas.toBuffer('image/png'));
}

export const HIDDEN_TITLE = 'Verborgener Zitat-Titel';
export const FORBIDDEN_RUN = 'Steuer\u0001zeichen und \uFFFEnicht erlaubt';

function text(partial: Partial<TextElement> & Pick<TextElement, 'box' | 'paragraphs'>): TextElement {
  return {
    type: 'text',
    font: briefing.fonts.body.name,
    sizePt: 24,
    color: briefing.colors.text,
    align: 'left',
    valign: 'top',
    lineSpacing: 1.1,
    inset: 0.05,
    bulletIndentPt: 22,
    paraSpaceAfterPt: 6,
    ...partial,
  };
}

function title(str: string, opts: { hero?: boolean; hidden?: boolean } = {}): TextElement {
  return text({
    box: opts.hero ? { x: 0.8, y: 2.6, w: W - 1.6, h: 1.4 } : { x: 0.6, y: 0.35, w: W - 1.2, h: 1.0 },
    paragraphs: [{ runs: [{ text: str }], level: 0 }],
    font: briefing.fonts.heading.name,
    sizePt: opts.hero ? 44 : 32,
    bold: true,
    color: opts.hero ? briefing.colors.heroText : briefing.colors.title,
    valign: opts.hero ? 'middle' : 'bottom',
    placeholder: 'title',
    ...(opts.hidden ? { hidden: true } : {}),
  });
}

function chart(id: string, type: Chart['type'], extra: Partial<Chart> = {}): Chart {
  return {
    id,
    type,
    labels: ['2023', '2024', '2025', '2026'],
    series: [
      { name: 'OpenAI', values: [10e9, 40e9, 120e9, 300e9] },
      { name: 'Branche', values: [150e9, 180e9, 200e9, 240e9] },
    ],
    format: 'currency',
    unit: 'USD',
    span,
    ...extra,
  };
}

function chartEl(c: Chart, render: 'image' | 'native'): ChartElement {
  return { type: 'chart', box: { x: 0.8, y: 1.6, w: W - 1.6, h: 5.2 }, chart: c, render, alt: `Diagramm ${c.id}: ${c.type}` };
}

function content(titleText: string, body: Element[], notes: string): SlideIR {
  return {
    role: 'content',
    master: 'CONTENT',
    title: titleText,
    elements: [title(titleText), ...body],
    notes,
    background: briefing.colors.background,
  };
}

export const NATIVE_CHARTS: Chart[] = [
  chart('s-bar', 'bar', { valueLabels: true, yTitle: 'Mrd. USD', xTitle: 'Jahr' }),
  chart('s-column', 'column', { stacked: true, legend: 'top' }),
  chart('s-hbar', 'hbar', { series: [{ name: 'Capex', values: [13e9, 200e9, 1.4e12, 80e9] }], highlight: '2025' }),
  chart('s-line', 'line', { log: true, valueLabels: true, legend: 'right' }),
  chart('s-area', 'area', { stacked: true }),
  chart('s-pie', 'pie', { series: [{ name: 'Anteil', values: [45, 30, 15, 10] }], format: 'number', unit: '%' }),
  chart('s-doughnut', 'doughnut', { series: [{ name: 'Anteil', values: [45, 30, 15, 10] }], format: 'number', unit: '%', valueLabels: true }),
  chart('s-combo', 'combo', {
    series: [
      { name: 'Capex', values: [150e9, 180e9, 200e9, 240e9], type: 'bar' },
      { name: 'Wachstum', values: [5, 20, 11, 20], type: 'line', axis: 'right', unit: '%', format: 'number' },
    ],
    yTitle: 'USD',
    y2Title: 'Wachstum %',
  }),
];

export const IMAGE_CHART = chart('s-image', 'bar');

export function fixturePresentation(imagePath: string): Presentation {
  const slides: SlideIR[] = [
    {
      role: 'title',
      master: 'TITLE',
      title: 'Die 1,4-Billionen-Dollar-Wette',
      elements: [
        title('Die 1,4-Billionen-Dollar-Wette', { hero: true }),
        text({
          box: { x: 0.8, y: 4.1, w: W - 1.6, h: 0.8 },
          paragraphs: [{ runs: [{ text: 'OpenAIs Infrastruktur-Investment' }], level: 0 }],
          color: briefing.colors.heroText,
        }),
      ],
      notes: 'Begrüßung.\nZweite Zeile der Notizen.',
      background: briefing.colors.heroBackground,
    },
    {
      role: 'section',
      master: 'SECTION',
      title: 'Hintergrund',
      elements: [title('Hintergrund', { hero: true })],
      notes: 'Abschnitt Hintergrund.',
      background: briefing.colors.heroBackground,
    },
    content(
      'Aufzählung, Formen und Bilder',
      [
        text({
          box: { x: 0.8, y: 1.6, w: 7.2, h: 5.2 },
          paragraphs: [
            { runs: [{ text: 'Erste Ebene mit ' }, { text: 'fett', bold: true }, { text: ' und ' }, { text: 'kursiv', italic: true }], level: 0, bullet: 'bullet' },
            { runs: [{ text: 'Zweite Ebene' }, { text: '[1]', superscript: true, color: briefing.colors.accent }], level: 1, bullet: 'bullet' },
            { runs: [{ text: FORBIDDEN_RUN }], level: 0, bullet: 'bullet' },
            { runs: [{ text: 'Nummer eins' }], level: 0, bullet: 'number', spaceBeforePt: 6 },
            { runs: [{ text: 'Nummer zwei' }], level: 0, bullet: 'number' },
          ],
        }),
        { type: 'shape', box: { x: 8.4, y: 1.6, w: 4.1, h: 1.2 }, shape: 'roundRect', fill: briefing.colors.surface },
        text({
          box: { x: 8.4, y: 1.6, w: 4.1, h: 1.2 },
          paragraphs: [{ runs: [{ text: '1,4 Bio. $', bold: true }], level: 0, align: 'center' }],
          sizePt: 32,
          color: briefing.colors.accent,
          align: 'center',
          valign: 'middle',
        }),
        { type: 'shape', box: { x: 8.4, y: 3.0, w: 1.0, h: 1.0 }, shape: 'ellipse', fill: briefing.colors.accent },
        { type: 'shape', box: { x: 9.6, y: 3.0, w: 2.9, h: 1.0 }, shape: 'rect', fill: briefing.colors.title, line: { color: briefing.colors.line, widthPt: 1 } },
        { type: 'shape', box: { x: 8.4, y: 4.2, w: 4.1, h: 0 }, shape: 'line', line: { color: briefing.colors.accent, widthPt: 2 } },
        { type: 'image', box: { x: 8.4, y: 4.5, w: 2.0, h: 1.5 }, path: imagePath, alt: 'Ein Balkenbild als Beispiel', decorative: false },
        { type: 'image', box: { x: 10.5, y: 4.5, w: 2.0, h: 1.5 }, path: imagePath, alt: '', decorative: true },
      ],
      'Notizen zur Aufzählung.\n\nMit Leerzeile.',
    ),
    content(
      'Tabelle',
      [
        {
          type: 'table',
          box: { x: 0.8, y: 1.6, w: 11.7, h: 2.4 },
          header: ['Unternehmen', 'Capex 2025', 'Anteil'],
          rows: [
            ['OpenAI', '1,4 Bio. $', '54 %'],
            ['Microsoft', '80 Mrd. $', '31 %'],
            ['Meta', '65 Mrd. $', '15 %'],
          ],
          colWidths: [5.7, 3.5, 2.5],
          align: ['left', 'right', 'right'],
          font: briefing.fonts.body.name,
          sizePt: 18,
          rowHeight: 0.75,
          rowHeights: [0.6, 0.75, 0.5, 0.5],
          cellInset: 0.08,
        },
      ],
      'Notizen zur Tabelle.',
    ),
    content('Bilddiagramm', [chartEl(IMAGE_CHART, 'image')], 'Ein Diagramm als Bild.'),
    ...NATIVE_CHARTS.map((c) => content(`Natives Diagramm ${c.type}`, [chartEl(c, 'native')], `Notizen zum ${c.type}-Diagramm.`)),
    {
      role: 'content',
      master: 'CONTENT',
      title: HIDDEN_TITLE,
      elements: [
        title(HIDDEN_TITLE, { hidden: true }),
        text({
          box: { x: 1.5, y: 2.0, w: W - 3, h: 3.0 },
          paragraphs: [{ runs: [{ text: '„Compute ist die Währung der Zukunft.“', italic: true }], level: 0, align: 'center' }],
          sizePt: 36,
          align: 'center',
          valign: 'middle',
          color: briefing.colors.title,
        }),
      ],
      notes: 'Ein Zitat ohne sichtbaren Titel.',
      background: briefing.colors.background,
    },
  ];
  return {
    meta: { title: 'Die 1,4-Billionen-Dollar-Wette', subject: 'Test', author: 'Strategie-Team', lang: 'de-DE', date: '2026-11-28T00:00:00Z' },
    size: { width: W, height: H },
    theme: briefing,
    slides,
  };
}
