/**
 * Alt text and a plain-text data table for a chart, built from its data in the deck's language
 * (German for locales whose language is "de", English otherwise). Numbers go through
 * formatNumber, so the text says what the chart shows: "1,4 Bio. $" / "$1.4T".
 */
import { formatNumber } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import type { ChartType, SeriesInput } from '../outline/schema.js';
import { chartNumberStyle, seriesNumberStyle } from './number-style.js';
import { waterfallSteps } from './kind-waterfall.js';

type Lang = 'de' | 'en';

/** Above this many labels a series is summarised by its extremes instead of listed. */
const MAX_LISTED = 8;

const KIND: Record<Lang, Record<ChartType, string>> = {
  de: {
    bar: 'Balkendiagramm',
    column: 'Balkendiagramm',
    hbar: 'Horizontales Balkendiagramm',
    line: 'Liniendiagramm',
    area: 'Flächendiagramm',
    pie: 'Kreisdiagramm',
    doughnut: 'Ringdiagramm',
    combo: 'Kombiniertes Diagramm',
    waterfall: 'Wasserfalldiagramm',
    stages: 'Etappendiagramm',
  },
  en: {
    bar: 'Bar chart',
    column: 'Bar chart',
    hbar: 'Horizontal bar chart',
    line: 'Line chart',
    area: 'Area chart',
    pie: 'Pie chart',
    doughnut: 'Doughnut chart',
    combo: 'Combination chart',
    waterfall: 'Waterfall chart',
    stages: 'Stages chart',
  },
};

const WORDS = {
  de: {
    stacked: 'gestapelt',
    log: 'logarithmische Skala',
    rises: (s: string, a: string, l1: string, b: string, ln: string) => `${s} steigt von ${a} (${l1}) auf ${b} (${ln})`,
    falls: (s: string, a: string, l1: string, b: string, ln: string) => `${s} fällt von ${a} (${l1}) auf ${b} (${ln})`,
    flat: (s: string, a: string, l1: string, ln: string) => `${s} bleibt zwischen ${l1} und ${ln} bei ${a}`,
    peak: (v: string, l: string) => `Höchstwert ${v} (${l})`,
    extremes: (n: number, hi: string, hl: string, lo: string, ll: string) =>
      `${n} Werte, höchster ${hi} (${hl}), niedrigster ${lo} (${ll})`,
    target: 'Referenzlinie',
    total: 'Summe',
    stage: 'Etappe',
    from: 'von',
    to: 'bis',
    label: 'Kategorie',
  },
  en: {
    stacked: 'stacked',
    log: 'logarithmic scale',
    rises: (s: string, a: string, l1: string, b: string, ln: string) => `${s} rises from ${a} in ${l1} to ${b} in ${ln}`,
    falls: (s: string, a: string, l1: string, b: string, ln: string) => `${s} falls from ${a} in ${l1} to ${b} in ${ln}`,
    flat: (s: string, a: string, l1: string, ln: string) => `${s} stays at ${a} from ${l1} to ${ln}`,
    peak: (v: string, l: string) => `peak ${v} in ${l}`,
    extremes: (n: number, hi: string, hl: string, lo: string, ll: string) =>
      `${n} values, highest ${hi} (${hl}), lowest ${lo} (${ll})`,
    target: 'reference line',
    total: 'total',
    stage: 'Stage',
    from: 'from',
    to: 'to',
    label: 'Category',
  },
} as const;

export function chartLanguage(locale: string): Lang {
  return locale.toLowerCase().split(/[-_]/)[0] === 'de' ? 'de' : 'en';
}

function fmtSeries(chart: Chart, s: SeriesInput | undefined, locale: string) {
  const ns = seriesNumberStyle(chart, s);
  return (v: number) => formatNumber(v, ns, locale);
}

/** "Investition – OpenAI-Plan 1,4 Bio. $, Branche p. a. 200 Mrd. $" or a summary by extremes. */
function listSeries(chart: Chart, s: SeriesInput, locale: string, lang: Lang): string {
  const f = fmtSeries(chart, s, locale);
  const pairs = chart.labels.map((l, i) => ({ l, v: s.values[i] ?? 0 }));
  if (pairs.length > MAX_LISTED) {
    const hi = pairs.reduce((a, b) => (b.v > a.v ? b : a));
    const lo = pairs.reduce((a, b) => (b.v < a.v ? b : a));
    return `${s.name} – ${WORDS[lang].extremes(pairs.length, f(hi.v), hi.l, f(lo.v), lo.l)}`;
  }
  return `${s.name} – ${pairs.map((p) => `${p.l} ${f(p.v)}`).join(', ')}`;
}

/** "X rises from A in L1 to B in Ln" (+ the peak when it lies in between). */
function trend(chart: Chart, s: SeriesInput, locale: string, lang: Lang): string {
  const f = fmtSeries(chart, s, locale);
  const w = WORDS[lang];
  const n = Math.min(s.values.length, chart.labels.length);
  if (n === 0) return s.name;
  const a = s.values[0] ?? 0;
  const b = s.values[n - 1] ?? 0;
  const l1 = chart.labels[0] ?? '';
  const ln = chart.labels[n - 1] ?? '';
  let text = b > a ? w.rises(s.name, f(a), l1, f(b), ln) : b < a ? w.falls(s.name, f(a), l1, f(b), ln) : w.flat(s.name, f(a), l1, ln);
  const values = s.values.slice(0, n);
  const peak = values.indexOf(Math.max(...values));
  if (peak > 0 && peak < n - 1) text += `, ${w.peak(f(values[peak] ?? 0), chart.labels[peak] ?? '')}`;
  return text;
}

function body(chart: Chart, locale: string, lang: Lang): string[] {
  const w = WORDS[lang];
  switch (chart.type) {
    case 'line':
    case 'area':
      return chart.series.map((s) => trend(chart, s, locale, lang));
    case 'combo':
      return chart.series.map((s) => (s.type === 'line' ? trend(chart, s, locale, lang) : listSeries(chart, s, locale, lang)));
    case 'waterfall': {
      const f = fmtSeries(chart, chart.series[0], locale);
      const steps = waterfallSteps(chart);
      return [
        steps
          .map((st, i) => `${chart.labels[i] ?? ''} ${st.total ? `${f(st.to)} (${w.total})` : `${i > 0 && st.delta > 0 ? '+' : ''}${f(st.delta)}`}`)
          .join(', '),
      ];
    }
    case 'stages': {
      const unit = chart.xTitle ? ` ${chart.xTitle}` : '';
      const f = (v: number) => formatNumber(v, chartNumberStyle(chart), locale);
      return [(chart.ranges ?? []).map((r) => `${r.label} ${f(r.from)}–${f(r.to)}${unit}`).join(', ')];
    }
    default:
      return chart.series.map((s) => listSeries(chart, s, locale, lang));
  }
}

export function chartAltText(chart: Chart, locale: string): string {
  const lang = chartLanguage(locale);
  const w = WORDS[lang];
  const notes: string[] = [];
  if (chart.stacked) notes.push(w.stacked);
  if (chart.log) notes.push(w.log);
  const title = chart.title ? (lang === 'de' ? ` „${chart.title}“` : ` “${chart.title}”`) : '';
  const head = `${KIND[lang][chart.type]}${title}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  const parts = body(chart, locale, lang);
  if (chart.target) {
    const v = formatNumber(chart.target.value, chartNumberStyle(chart), locale);
    parts.push(`${w.target}${chart.target.label ? ` ${chart.target.label}` : ''} ${v}`);
  }
  return `${head}: ${parts.join('; ')}.`;
}

/** The chart's data as a plain-text table (one row per line, cells separated by " | "). */
export function chartDataTable(chart: Chart, locale: string): string {
  const w = WORDS[chartLanguage(locale)];
  let rows: string[][];
  if (chart.type === 'stages') {
    const f = (v: number) => formatNumber(v, chartNumberStyle(chart), locale);
    rows = [[w.stage, w.from, w.to], ...(chart.ranges ?? []).map((r) => [r.label, f(r.from), f(r.to)])];
  } else if (chart.type === 'waterfall') {
    const f = fmtSeries(chart, chart.series[0], locale);
    rows = [
      [chart.xTitle ?? w.label, chart.series[0]?.name ?? ''],
      ...waterfallSteps(chart).map((st, i) => [chart.labels[i] ?? '', st.total ? `${f(st.to)} (${w.total})` : f(st.delta)]),
    ];
  } else {
    const fs = chart.series.map((s) => fmtSeries(chart, s, locale));
    rows = [
      [chart.xTitle ?? w.label, ...chart.series.map((s) => s.name)],
      ...chart.labels.map((l, i) => [l, ...chart.series.map((s, j) => (s.values[i] === undefined ? '' : (fs[j] as (v: number) => string)(s.values[i] as number)))]),
    ];
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ').trimEnd()).join('\n');
}
