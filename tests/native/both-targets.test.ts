/**
 * Every chart kind in both render targets, inside built decks: decks/showcase.yaml (en-US, dark
 * theme) and a generated outline with every kind × option (de-DE, light theme; matrix-outline.ts),
 * each built with `charts: 'image'` and `charts: 'native'`. Checked by independent readers: the
 * Open XML SDK validator (zero errors), a strict XML parse, LibreOffice (opens every deck and
 * draws the native charts: their axis titles are in the PDF text), and the chart XML itself for
 * what native charts must carry: the theme palette, theme fonts ≥ 14 pt, the locale number-format
 * codes of excelNumberFormat, value labels, log scale, axis titles, legend position, highlight
 * colours, the target line series and alt text on the graphic frame.
 * The zip-pass edit for stacked lines and target labels (applyNativeChartPost) is applied here
 * to a copy of the native deck, which must stay valid too.
 * Set BRIEFDECK_KEEP=dir to keep the decks, PDFs and slide PNGs for looking at them.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nativeChartPost } from '../../src/charts/native-parts.js';
import { isNativeChartType } from '../../src/charts/native-support.js';
import { mix } from '../../src/charts/chart-style.js';
import { buildDeck, type BuildResult } from '../../src/compile.js';
import { applyNativeChartPost } from '../../src/emit/chart-native.js';
import { excelNumberFormat, formatNumber } from '../../src/format/number.js';
import type { ChartElement, Presentation } from '../../src/model/presentation.js';
import { briefing, midnight } from '../../src/theme/builtin.js';
import { pdfInfo, pdfText, renderPngs, renderWithLibreOffice, strictXmlParseAll, unzipAll, validateOoxml } from '../support/readers.js';
import { attrs, blocks, slideCharts, titleText, type SlideChart } from './deck-charts.js';
import { MATRIX, matrixOutlineYaml } from './matrix-outline.js';

const KEEP = process.env['BRIEFDECK_KEEP'];
const SHOWCASE = path.resolve('decks/showcase.yaml');
type Target = 'image' | 'native';

let dir: string;
const built = new Map<string, BuildResult>();
let postBytes: Uint8Array;

const key = (deck: string, target: Target) => `${deck}-${target}`;
const bytesOf = (k: string): Uint8Array => built.get(k)?.bytes as Uint8Array;
const presOf = (k: string): Presentation => built.get(k)?.presentation as Presentation;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Per slide of a deck: its chart element (if any) and what the deck holds for it. */
function chartSlides(k: string): Array<{ el: ChartElement; found: SlideChart }> {
  const found = slideCharts(bytesOf(k));
  return presOf(k).slides.flatMap((s, i) =>
    s.elements.filter((e): e is ChartElement => e.type === 'chart').map((el) => ({ el, found: found[i] as SlideChart })),
  );
}

/** The native chart XML of a matrix entry. */
function matrixXml(id: string): string {
  const hit = chartSlides(key('matrix', 'native')).find((c) => c.el.chart.title === id || presOf(key('matrix', 'native')).slides[c.found.slide - 1]?.title === id);
  if (!hit?.found.xml) throw new Error(`no native chart for ${id}`);
  return hit.found.xml;
}

/** Series fill colours (the first solid fill of each c:ser's spPr). */
const serColours = (xml: string): string[] =>
  blocks(xml, 'c:ser').map((s) => /<c:spPr>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(s)?.[1]?.toUpperCase() ?? '');
const serNames = (xml: string): string[] => blocks(xml, 'c:ser').map((s) => /<c:v>([^<]*)<\/c:v>/.exec(s)?.[1] ?? '');

beforeAll(async () => {
  dir = KEEP ? path.resolve(KEEP) : await mkdtemp(path.join(os.tmpdir(), 'bd-native-'));
  await mkdir(dir, { recursive: true });
  const matrix = path.join(dir, 'matrix.yaml');
  await writeFile(matrix, matrixOutlineYaml());
  for (const [deck, file] of [['showcase', SHOWCASE], ['matrix', matrix]] as const) {
    for (const target of ['image', 'native'] as const) {
      const result = await buildDeck(file, { charts: target, cacheDir: false });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      built.set(key(deck, target), result);
      await writeFile(path.join(dir, `${key(deck, target)}.pptx`), result.bytes as Uint8Array);
    }
  }
  // The native matrix deck with the zip-pass edits applied (charts are numbered in slide order).
  const files = unzipAll(bytesOf(key('matrix', 'native')));
  const natives = chartSlides(key('matrix', 'native')).filter((c) => c.found.part);
  for (const { el, found } of natives) {
    const part = found.part as string;
    files[part] = new TextEncoder().encode(applyNativeChartPost(new TextDecoder().decode(files[part]), nativeChartPost(el, 'de-DE')));
  }
  postBytes = zipSync(files);
  await writeFile(path.join(dir, 'matrix-native-post.pptx'), postBytes);
}, 120_000);

afterAll(async () => {
  if (!KEEP) await rm(dir, { recursive: true, force: true });
});

describe('both targets, inside built decks', () => {
  test('the Open XML SDK validator reports zero errors for every deck', async () => {
    for (const [k, result] of built) {
      const errors = await validateOoxml(result.bytes as Uint8Array);
      expect(errors.map((e) => `${k}: ${e.path} ${e.xPath} ${e.description}`)).toEqual([]);
    }
    const errors = await validateOoxml(postBytes);
    expect(errors.map((e) => `post: ${e.path} ${e.xPath} ${e.description}`)).toEqual([]);
  }, 120_000);

  test('every part, including chart workbooks, parses as strict XML', () => {
    for (const [k, result] of built) expect(strictXmlParseAll(result.bytes as Uint8Array).map((m) => `${k}: ${m}`)).toEqual([]);
  });

  test('every kind is in the matrix, and every chart lands in the target it asked for', () => {
    expect(new Set(MATRIX.map((m) => m.chart['type']))).toEqual(
      new Set(['bar', 'column', 'hbar', 'line', 'area', 'pie', 'doughnut', 'combo', 'waterfall', 'stages']),
    );
    for (const deck of ['showcase', 'matrix']) {
      for (const { el, found } of chartSlides(key(deck, 'image'))) {
        expect(found.xml, `${deck} slide ${found.slide}`).toBeUndefined();
        expect(found.picture).toBe(true);
        expect(found.alt).toBe(el.alt);
      }
      const native = chartSlides(key(deck, 'native'));
      expect(native.length).toBe(chartSlides(key(deck, 'image')).length);
      for (const { el, found } of native) {
        expect(el.render).toBe(isNativeChartType(el.chart.type) ? 'native' : 'image');
        if (isNativeChartType(el.chart.type)) {
          expect(found.xml, `${deck} ${el.chart.type} slide ${found.slide}`).toBeDefined();
          expect(found.alt).toBe(el.alt);
          expect(el.alt.length).toBeGreaterThan(20);
        } else expect(found.picture).toBe(true);
      }
    }
  });

  test('native charts use only theme colours, the theme font, and text of at least 14 pt', () => {
    for (const [deck, theme] of [['showcase', midnight], ['matrix', briefing]] as const) {
      const c = theme.colors;
      const allowed = new Set(
        [...theme.palette, ...theme.palette.map((p) => mix(p, c.background, 0.6).slice(1)), ...Object.values(c), mix(c.muted, c.background, 0.55).slice(1), '000000', 'FFFFFF', 'F0B040'].map(
          (x) => x.toUpperCase(),
        ),
      );
      for (const { found } of chartSlides(key(deck, 'native'))) {
        if (!found.xml) continue;
        const where = `${deck} slide ${found.slide}`;
        // pptxgenjs writes fixed series-level defaults into pie and doughnut charts (an F9F9F9
        // outline, 18 pt black Arial labels); every slice and every label carries its own
        // theme-set properties that replace them, so they are never drawn. Left out here.
        const circular = found.xml.includes('<c:pieChart>') || found.xml.includes('<c:doughnutChart>');
        const xml = circular
          ? found.xml
              .replace(/<a:srgbClr val="F9F9F9"\/>/g, '')
              .replace(/<a:defRPr sz="1800"[^>]*>\s*<a:solidFill><a:srgbClr val="000000"\/><\/a:solidFill><a:latin typeface="Arial"\/>/g, '')
          : found.xml;
        const colours = attrs(xml, 'a:srgbClr', 'val').map((v) => v.toUpperCase());
        expect(colours.filter((v) => !allowed.has(v)), where).toEqual([]);
        expect(new Set(attrs(xml, 'a:latin', 'typeface')), where).toEqual(new Set([theme.fonts.body.name]));
        const sizes = attrs(xml, 'a:defRPr', 'sz').map(Number);
        expect(sizes.length, where).toBeGreaterThan(0);
        expect(Math.min(...sizes), where).toBeGreaterThanOrEqual(1400);
      }
    }
    // The palette in order, one colour per series; slices in palette order.
    expect(serColours(matrixXml('bar grouped legend bottom'))).toEqual(briefing.palette.slice(0, 3));
    expect(serColours(matrixXml('area stacked legend top'))).toEqual(briefing.palette.slice(0, 3));
    const pie = matrixXml('pie shares');
    expect(blocks(pie, 'c:dPt').map((d) => /srgbClr val="(\w+)"/.exec(d)?.[1])).toEqual(briefing.palette.slice(0, 3));
  });

  test('number-format codes are excelNumberFormat for the deck locale, and match formatNumber', () => {
    const style = { format: 'currency' as const, unit: 'USD' };
    const values = [1.4e12, 200e9, 13e9];
    const hbar = matrixXml('hbar log labels');
    const valAx = blocks(hbar, 'c:valAx')[0] as string;
    expect(attrs(valAx, 'c:numFmt', 'formatCode')).toEqual([excelNumberFormat({ ...style, decimals: 0 }, 'de-DE', 1.4e12)]);
    const labelCode = excelNumberFormat(style, 'de-DE', 1.4e12, values);
    expect(attrs(blocks(hbar, 'c:dLbls')[0] as string, 'c:numFmt', 'formatCode')).toEqual([labelCode]);
    // The code's literal text is what formatNumber writes: "1,4 Bio. $", "200 Mrd. $", "13 Mrd. $".
    expect(formatNumber(1.4e12, style, 'de-DE')).toBe('1,4\u00a0Bio.\u00a0$');
    expect(labelCode).toContain('"\u00a0Bio.\u00a0$"');
    expect(labelCode).toContain('"\u00a0Mrd.\u00a0$"');
    const line = matrixXml('line target labels legend right');
    expect(attrs(blocks(line, 'c:valAx')[0] as string, 'c:numFmt', 'formatCode')).toEqual([excelNumberFormat({ unit: 'GW' }, 'de-DE', 25)]);
    // en-US in the showcase: "$42M".
    const bar = chartSlides(key('showcase', 'native')).find((c) => c.el.chart.type === 'bar' && c.el.chart.valueLabels)?.found.xml as string;
    const code = attrs(blocks(bar, 'c:dLbls')[0] as string, 'c:numFmt', 'formatCode')[0] as string;
    expect(code).toBe(excelNumberFormat(style, 'en-US', 42e6, [42e6, 18e6, 6e6, 12e6]));
    expect(code).toContain('"$"#,##0,,"M"');
  });

  test('value labels, log scale, axis titles, legend positions, category order', () => {
    expect(blocks(matrixXml('bar labels highlight target'), 'c:barChart')[0]).toContain('<c:showVal val="1"/>');
    expect(blocks(matrixXml('bar grouped legend bottom'), 'c:barChart')[0]).not.toContain('<c:showVal val="1"/>');
    for (const id of ['hbar log labels', 'line log']) expect(matrixXml(id)).toContain('<c:logBase val="10"/>');
    expect(matrixXml('bar grouped legend bottom')).not.toContain('c:logBase');
    const line = matrixXml('line target labels legend right');
    expect(titleText(blocks(blocks(line, 'c:catAx')[0] as string, 'c:title')[0] as string)).toBe('Jahr');
    expect(titleText(blocks(blocks(line, 'c:valAx')[0] as string, 'c:title')[0] as string)).toBe('Gigawatt');
    const legend = (id: string) => attrs(matrixXml(id), 'c:legendPos', 'val');
    expect(legend('line target labels legend right')).toEqual(['r']);
    expect(legend('column stacked labels legend top')).toEqual(['t']);
    expect(legend('bar grouped legend bottom')).toEqual(['b']);
    expect(legend('hbar log labels')).toEqual([]);
    expect(legend('bar labels highlight target')).toEqual([]);
    expect(attrs(blocks(matrixXml('column stacked labels legend top'), 'c:barChart')[0] as string, 'c:grouping', 'val')).toEqual(['stacked']);
    expect(attrs(matrixXml('area stacked legend top'), 'c:grouping', 'val')).toEqual(['stacked']);
    // Horizontal bars: first category on top, value axis at the bottom.
    expect(blocks(matrixXml('hbar log labels'), 'c:catAx')[0]).toContain('<c:orientation val="maxMin"/>');
  });

  test('combo: bars left, the line on a right axis with its title, the x title once', () => {
    for (const xml of [matrixXml('combo right axis target'), chartSlides(key('showcase', 'native')).find((c) => c.el.chart.type === 'combo')?.found.xml as string]) {
      const titles = blocks(xml, 'c:title').map(titleText);
      expect(titles.filter((t) => t === 'Jahr' || t === 'Year')).toHaveLength(1);
      expect(blocks(xml, 'c:valAx')).toHaveLength(2);
      expect(titles.some((t) => t.startsWith('Wachstum') || t.startsWith('Growth'))).toBe(true);
    }
    // Two right-axis lines after two bar series: each line keeps its own palette colour.
    expect(serColours(matrixXml('combo two lines'))).toEqual(briefing.palette.slice(0, 4));
  });

  test('highlight: per-bar and per-slice colours, or a highlighted series', () => {
    const a = briefing.colors.accent;
    const dim = mix(briefing.colors.muted, briefing.colors.background, 0.55).slice(1);
    const bar = blocks(matrixXml('bar labels highlight target'), 'c:barChart')[0] as string;
    expect(blocks(bar, 'c:dPt').map((d) => /srgbClr val="(\w+)"/.exec(d)?.[1])).toEqual([dim, dim, a]);
    const ring = blocks(matrixXml('doughnut currency highlight'), 'c:dPt').map((d) => /srgbClr val="(\w+)"/.exec(d)?.[1]);
    expect(ring[1]).toBe(briefing.palette[1]);
    expect(ring[0]).toBe(mix(briefing.palette[0] as string, briefing.colors.background, 0.6).slice(1));
    expect(serColours(matrixXml('line stacked highlight series'))).toEqual([dim, a]);
  });

  test('target: a dashed line series natively, except on horizontal bars (layout reports that)', () => {
    const line = matrixXml('line target labels legend right');
    expect(serNames(line)).toEqual(['Leistung', 'Ziel 2025']);
    expect(blocks(line, 'c:ser')[1]).toContain('<a:prstDash val="dash"/>');
    expect(serNames(matrixXml('bar labels highlight target'))).toEqual(['Investition', 'Schwelle']);
    expect(serNames(matrixXml('combo right axis target'))).toEqual(['Capex', 'Wachstum', 'Plan']);
    expect(matrixXml('bar horizontal target')).not.toContain('<c:lineChart>');
  });

  test('the zip-pass edit stacks lines and labels a target whose legend is hidden', () => {
    const files = unzipAll(postBytes);
    const natives = chartSlides(key('matrix', 'native')).filter((c) => c.found.part);
    const of = (id: string) => {
      const hit = natives.find((c) => presOf(key('matrix', 'native')).slides[c.found.slide - 1]?.title === id);
      return new TextDecoder().decode(files[hit?.found.part as string]);
    };
    expect(attrs(blocks(of('line stacked highlight series'), 'c:lineChart')[0] as string, 'c:grouping', 'val')).toEqual(['stacked']);
    expect(attrs(of('line target labels legend right'), 'c:grouping', 'val')).toEqual(['standard', 'standard']);
    const target = blocks(of('bar labels highlight target'), 'c:ser')[1] as string;
    expect(target).toContain('<c:dLbl><c:idx val="2"/>');
    expect(target).toContain('<c:showSerName val="1"/>');
    expect(of('bar grouped legend bottom')).toContain('<c:date1904 val="0"/><c:lang val="de-DE"/><c:roundedCorners val="0"/>');
  });

  test('same input, same bytes (no random colours past the palette)', async () => {
    const again = await buildDeck(path.join(dir, 'matrix.yaml'), { charts: 'native', cacheDir: false });
    expect(sha(again.bytes as Uint8Array)).toBe(sha(bytesOf(key('matrix', 'native'))));
  }, 60_000);

  test('LibreOffice opens every deck and draws the native charts', async () => {
    const names = [...built.keys(), 'matrix-native-post'];
    const pdfs = await renderWithLibreOffice(names.map((n) => path.join(dir, `${n}.pptx`)), path.join(dir, 'pdf'));
    for (const [i, name] of names.entries()) {
      const pdf = pdfs[i] as string;
      const pres = presOf(name === 'matrix-native-post' ? key('matrix', 'native') : name);
      expect((await pdfInfo(pdf)).pages, name).toBe(pres.slides.length);
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      // Native charts are drawn by LibreOffice itself: their axis titles are text in the PDF.
      if (name.startsWith('matrix-native')) for (const t of ['Vorhaben', 'Gigawatt', 'Wachstum']) expect(text, name).toContain(t);
      if (name === 'showcase-native') for (const t of ['Programme', 'Gigawatt hours', 'Growth on previous year']) expect(text, name).toContain(t);
      if (name.endsWith('-image')) expect(text).not.toContain('Gigawatt');
      if (KEEP) await renderPngs(pdf, path.join(dir, 'png', name), 80);
    }
  }, 240_000);
});
