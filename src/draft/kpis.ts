/**
 * Headline figures → a KPI slide, and sections that compare several amounts → a chart
 * suggestion. Each figure gets a short label from the words around it in its clause:
 * "1,4 Billionen Dollar, die in die Infrastruktur für künstliche Intelligenz fließen" →
 * "Infrastruktur für künstliche Intelligenz"; a relative clause borrows the noun it describes
 * ("Microsoft, das über 13 Milliarden Dollar in OpenAI investiert hat" → "Microsoft in OpenAI
 * investiert"). Labels are a starting point: the outline marks them with a TODO.
 */
import type { ChartInput, KpiInput } from '../outline/schema.js';
import { extractFigures, type Figure } from './figures.js';
import { stripCitations, trimStopWords, isStopWord, words } from './text-utils.js';

export const LABEL_MAX = 40;
export const MAX_KPIS = 4;

/** A figure with the sentence it came from and where in the article it sits. */
export interface FigureMention {
  figure: Figure;
  sentence: string;
  label: string;
  /** Index of the article section (0 = intro or first section), for "first sections" and charts. */
  section: number;
  cites: string[];
}

const RELATIVE = /^(die|der|das|dem|den|denen|deren|dessen|welche|welcher|welches|which|that|who|whose|where|wo)$/i;
const QUALIFIER = /^(über|mehr|als|rund|etwa|ca\.?|circa|ungefähr|knapp|fast|nahezu|bis|zu|unter|weniger|more|than|over|above|about|around|approximately|roughly|nearly|almost|up|to|under|below|less|bereits|already|some)$/i;

interface Clause {
  text: string;
  start: number;
  end: number;
}

/** Clause boundaries of a sentence (commas, semicolons, colons, spaced dashes, parentheses). */
function clauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  const re = /[,;:()]\s?|\s[–—]\s/g;
  let start = 0;
  for (const m of sentence.matchAll(re)) {
    const at = m.index ?? 0;
    // A comma between digits is a decimal comma ("1,4"), not a clause boundary.
    if (m[0].startsWith(',') && /\d/.test(sentence.charAt(at - 1)) && /\d/.test(sentence.charAt(at + 1))) continue;
    out.push({ text: sentence.slice(start, at), start, end: at });
    start = at + m[0].length;
  }
  out.push({ text: sentence.slice(start), start, end: sentence.length });
  return out;
}

function isGerman(locale: string): boolean {
  return locale.toLowerCase().startsWith('de');
}

/** German nouns are capitalised: end a phrase on one when there is one ("… Intelligenz fließen" → "… Intelligenz"). */
function endOnNoun(ws: string[], locale: string): string[] {
  if (!isGerman(locale) || !ws.some((w) => /^\p{Lu}/u.test(w))) return ws;
  let end = ws.length;
  while (end > 1 && !/^\p{Lu}/u.test(ws[end - 1] ?? '')) end--;
  return trimStopWords(ws.slice(0, end));
}

function cleanWords(text: string): string[] {
  return words(stripCitations(text).replace(/["„“”»«‚‘’]/g, ''))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0 && (!/\d/.test(w) || /\p{L}/u.test(w)));
}

/** The last run of content words (no stop word inside), at most four: "… wie Microsoft" → "Microsoft". */
function trailingRun(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < 4; i--) {
    const w = ws[i] ?? '';
    if (isStopWord(w)) {
      if (out.length === 0) continue;
      break;
    }
    out.unshift(w);
  }
  return out;
}

function phraseAfter(ws: string[], locale: string): string[] {
  return endOnNoun(trimStopWords(trimStopWords(ws).slice(0, 4)), locale);
}

function fit(ws: string[]): string {
  let out = ws;
  while (out.length > 1 && out.join(' ').length > LABEL_MAX) out = trimStopWords(out.slice(0, -1));
  return out.join(' ').replace(/[.,;:]+$/, '');
}

const PREPOSITION = /^(on|in|into|for|towards|to|für|in|auf|an|zur|zum|into)$/i;
/** Time words make no label on their own ("vor drei Jahren", "last year"). */
const TIME_WORD = /^(jahr|jahre|jahren|jahres|monat|monate|monaten|quartal|year|years|month|months|quarter|decade|jahrzehnt|jährlich|annually|annual)$/i;

function score(ws: string[], locale: string): number {
  return ws.filter((w) => !isStopWord(w) && !TIME_WORD.test(w) && (!isGerman(locale) || /^\p{Lu}/u.test(w))).length;
}

/** A short label for `figure` from the words of its sentence. Empty when nothing fits. */
export function figureLabel(sentence: string, figure: Figure, locale: string): string {
  const cs = clauses(sentence);
  const idx = cs.findIndex((c) => figure.start >= c.start && figure.start <= c.end);
  const clause = cs[idx];
  if (!clause) return '';
  const left = cleanWords(sentence.slice(clause.start, figure.start));
  // Qualifiers right before the figure ("über", "up to") are its prefix, not its label.
  while (left.length > 0 && QUALIFIER.test(left[left.length - 1] ?? '')) left.pop();
  // "1,4-Billionen-Dollar-Wette": the rest of a compound word is not a label.
  const right = cleanWords(sentence.slice(figure.end, clause.end).replace(/^-[\p{L}-]+/u, ''));
  const prev = cs[idx - 1];
  const next = cs[idx + 1];

  if (left.length > 0 && RELATIVE.test(left[0] ?? '') && prev) {
    const antecedent = trailingRun(trimStopWords(cleanWords(prev.text)));
    const rest = trimStopWords(right.slice(0, 4)).length > 0 ? right.slice(0, 4) : [];
    let tail = rest;
    while (tail.length > 0 && isStopWord(tail[tail.length - 1] ?? '')) tail = tail.slice(0, -1);
    const both = [...antecedent, ...tail];
    if (antecedent.length > 0) return both.join(' ').length <= LABEL_MAX && tail.length > 0 ? both.join(' ') : fit(antecedent);
  }
  const after = phraseAfter(right, locale);
  const before = trimStopWords(trimStopWords(left).slice(-4));
  const candidates: string[][] = [after, before];
  if (after.length === 0 && before.length === 0) {
    if (next) candidates.push(phraseAfter(cleanWords(next.text), locale));
    if (prev) candidates.push(trailingRun(trimStopWords(cleanWords(prev.text))));
  }
  // What follows a preposition right after the figure says what the money is for
  // ("$120 billion on storage sites", "… Dollar in die Infrastruktur").
  if (PREPOSITION.test(right[0] ?? '') && score(after, locale) > 0) return fit(after);
  let best: string[] = [];
  for (const c of candidates) if (score(c, locale) > score(best, locale)) best = c;
  return fit(best);
}

/** Figures of one text (a paragraph's sentence or a list item) with their labels. */
export function mentionsIn(sentence: string, locale: string, section: number, cites: string[]): FigureMention[] {
  return extractFigures(sentence, locale).map((figure) => ({
    figure,
    sentence,
    label: figureLabel(sentence, figure, locale),
    section,
    cites,
  }));
}

/** The label of each figure's first mention, so a figure has one label in KPIs and charts. */
export function firstLabels(mentions: FigureMention[]): (f: Figure) => string | undefined {
  const map = new Map<string, string>();
  for (const m of mentions) if (m.label && !map.has(key(m.figure))) map.set(key(m.figure), m.label);
  return (f) => map.get(key(f));
}

function key(f: Figure): string {
  return `${f.kind}:${f.unit ?? ''}:${f.value}:${f.low ?? ''}`;
}

function toKpi(m: FigureMention, fallback: string): KpiInput {
  // Key order as a person writes it: value, unit, label.
  const kpi: KpiInput = m.figure.unit
    ? { value: m.figure.value, unit: m.figure.unit, label: m.label || fallback }
    : { value: m.figure.value, label: m.label || fallback };
  let prefix = m.figure.prefix ?? '';
  if (m.figure.low !== undefined && m.figure.kind === 'percent') prefix = `${prefix}${m.figure.low}–`;
  if (prefix) kpi.prefix = prefix;
  return kpi;
}

/**
 * The headline KPIs: distinct amounts of money in article order (up to four); when there are
 * fewer than two, percentages and multiples from the first two sections fill up to three.
 * Fewer than two figures in all: no KPI slide.
 */
export function headlineKpis(mentions: FigureMention[], fallback: string): { kpis: KpiInput[]; cites: string[] } {
  const seen = new Set<string>();
  const picked: FigureMention[] = [];
  const distinct = mentions.filter((m) => {
    const k = key(m.figure);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // Figures with a label first; an unlabelled one only when it is needed to reach two.
  const money = distinct.filter((m) => m.figure.kind === 'money' && m.figure.low === undefined);
  const labelled = money.filter((m) => m.label);
  for (const m of labelled.length >= 2 ? labelled : money) if (picked.length < MAX_KPIS) picked.push(m);
  if (picked.length < 2) {
    for (const m of distinct) {
      if (picked.length >= 3) break;
      if ((m.figure.kind === 'percent' || m.figure.kind === 'multiple') && m.section <= 1 && m.label) picked.push(m);
    }
  }
  if (picked.length < 2) return { kpis: [], cites: [] };
  const cites = [...new Set(picked.flatMap((m) => m.cites))];
  return { kpis: picked.map((m) => toKpi(m, fallback)), cites };
}

/**
 * A bar chart of the distinct amounts in one section, when there are at least two in the same
 * currency; undefined otherwise.
 */
export function compareChart(
  mentions: FigureMention[],
  seriesName: string,
  labelOf: (f: Figure) => string | undefined = () => undefined,
): ChartInput | undefined {
  const byUnit = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    if (m.figure.kind !== 'money' || !m.figure.unit || m.figure.low !== undefined) continue;
    const list = byUnit.get(m.figure.unit) ?? [];
    if (!list.some((x) => x.figure.value === m.figure.value)) list.push(m);
    byUnit.set(m.figure.unit, list);
  }
  const [unit, list] = [...byUnit.entries()].find(([, l]) => l.length >= 2) ?? [];
  if (!unit || !list) return undefined;
  const chosen = list.slice(0, 6);
  return {
    type: 'bar',
    format: 'currency',
    unit,
    labels: chosen.map((m, i) => labelOf(m.figure) || m.label || `${seriesName} ${i + 1}`),
    series: [{ name: seriesName, values: chosen.map((m) => m.figure.value) }],
  };
}
