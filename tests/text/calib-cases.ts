/**
 * The calibration corpus: one text box per slide with explicit size, line spacing, inset,
 * bullets and paragraph spacing, long English and German paragraphs at several widths and sizes.
 * Deterministic (a fixed LCG), so a failing case can be found again by its slide number.
 */
import type { Paragraph, TextElement } from '../../src/model/presentation.js';
import type { FontFace } from '../../src/model/theme.js';
import { briefing, midnight } from '../../src/theme/builtin.js';
import { measureText } from '../../src/text/measure.js';

export type CalibElement = Omit<TextElement, 'type'>;

export interface CalibCase {
  deck: 'arial' | 'calibri';
  face: FontFace;
  el: CalibElement;
}

const NB = '\u00a0';

const EN: string[] = [
  'OpenAI has committed to roughly 1.4 trillion dollars of computing infrastructure over the next eight years, a sum that dwarfs the annual capital expenditure of the entire cloud industry and raises the question of who will finance the data centres, the power plants and the chips.',
  'Microsoft, Oracle, SoftBank and Nvidia have each signed multi-year agreements; analysts warn that the circular structure of these deals, in which suppliers invest in their own customers, makes the whole arrangement fragile if demand for generative models slows.',
  'Short bullet with a few words.',
  'The company expects revenue to reach 100 billion dollars by 2028–2029, while losses continue through the end of the decade according to internal projections shared with investors.',
  'Training runs for frontier models already draw more than a gigawatt of power, comparable to a large nuclear reactor, and the next generation is planned at five to ten times that scale.',
  'Why it matters: whoever controls compute controls the pace of progress.',
];

const DE: string[] = [
  'OpenAIs Infrastruktur-Investment von rund 1,4 Billionen Dollar übertrifft die jährlichen Investitionen der gesamten Cloud-Branche und wirft die Frage auf, wer Rechenzentrums-Kapazitäten, Kraftwerke und Halbleiterfertigung finanzieren soll.',
  'Die Energieversorgungsunternehmen und Netzbetreiber müssen Hochspannungs-Übertragungsleitungen schneller genehmigen lassen, sonst verzögert sich die Inbetriebnahme der geplanten Rechenzentren um Jahre.',
  'Bundesnetzagentur-Genehmigungsverfahren, Umweltverträglichkeitsprüfungen und Bürgerbeteiligungs-Anhörungen dauern in Deutschland durchschnittlich sieben Jahre – deutlich länger als in den Vereinigten Staaten.',
  `Geplant sind 1,4${NB}Bio.${NB}$ bis 2033, davon 300${NB}Mrd.${NB}$ mit Oracle und 100${NB}Mrd.${NB}$ über Nvidia-Beteiligungen an KI-Start-ups.`,
  'In 2–3 Jahren: GPT-6 und Multimodalität; in 5 Jahren wird KI allgegenwärtig, sagen die Sprachmodell-Entwickler und Chip-Hersteller übereinstimmend.',
  'Kurzer Punkt.',
];

const OVERLONG = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft ist ein sehr langes Wort.';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

/** A paragraph, with a bold lead-in for some ("Why it matters: …" style). */
function para(text: string, bullet: boolean, level: number, boldLead: boolean): Paragraph {
  const base = bullet ? { level, bullet: 'bullet' as const } : { level: 0 };
  const colon = text.indexOf(': ');
  if (boldLead && colon > 0) {
    return { ...base, runs: [{ text: text.slice(0, colon + 1), bold: true }, { text: text.slice(colon + 1) }] };
  }
  if (boldLead) {
    const cut = text.indexOf(' ', 12);
    if (cut > 0) return { ...base, runs: [{ text: text.slice(0, cut), bold: true }, { text: text.slice(cut) }] };
  }
  return { ...base, runs: [{ text }] };
}

const MAX_H = 6.6;

export function calibCases(): CalibCase[] {
  const rnd = lcg(20251128);
  const out: CalibCase[] = [];
  const widths = [2.6, 3.4, 4.5, 6, 8, 10, 12.3];
  const sizes = [12, 14, 16, 18, 20, 24, 28, 32, 40];
  const spacings = [0.9, 1, 1, 1.1, 1.15, 1.3];
  const insets = [0, 0.05, 0.1, 0.15];
  for (let n = 0; n < 60; n++) {
    const calibri = n % 4 === 3;
    const face = calibri ? midnight.fonts.body : briefing.fonts.body;
    const w = pick(rnd, widths);
    const sizePt = pick(rnd, sizes.filter((s) => s <= (w * 72) / 7));
    const bullets = rnd() < 0.5;
    const pool = rnd() < 0.5 ? DE : EN;
    const count = 2 + Math.floor(rnd() * 3);
    const paragraphs: Paragraph[] = [];
    for (let i = 0; i < count; i++) {
      const text = n % 10 === 7 && i === 0 ? OVERLONG : pick(rnd, pool);
      const level = bullets && i > 0 && rnd() < 0.3 ? 1 : 0;
      paragraphs.push(para(text, bullets, level, rnd() < 0.25));
    }
    const el: CalibElement = {
      box: { x: 0.5, y: 0.4, w, h: MAX_H },
      paragraphs,
      font: face.name,
      sizePt,
      color: '000000',
      align: 'left',
      valign: 'top',
      lineSpacing: pick(rnd, spacings),
      inset: pick(rnd, insets),
      bulletIndentPt: bullets ? Math.round(sizePt * pick(rnd, [0.8, 0.9, 1.2])) : 0,
      paraSpaceAfterPt: pick(rnd, [0, 0, 6, Math.round(sizePt * 0.45)]),
    };
    // Keep every box on the page: drop paragraphs until the prediction fits the box.
    while (el.paragraphs.length > 1 && measureText(el, face).heightIn > MAX_H) el.paragraphs.pop();
    if (measureText(el, face).heightIn > MAX_H) continue;
    out.push({ deck: calibri ? 'calibri' : 'arial', face, el });
  }
  return out;
}
