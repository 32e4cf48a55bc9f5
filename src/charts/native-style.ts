/**
 * Colours and number-format codes of native charts, from the theme and the deck locale. Every
 * colour array is long enough that pptxgenjs never falls back to Math.random (which breaks
 * reproducible output). Number codes come from format/number.ts excelNumberFormat: axis codes from
 * the axis range, data-label codes from the values, so labels show what formatNumber shows.
 */
import { excelNumberFormat, type NumberStyle } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import type { Theme } from '../model/theme.js';
import type { SeriesInput } from '../outline/schema.js';
import { mix } from './chart-style.js';
import { highlightedLabel, highlightedSeries } from './config-common.js';
import type { Part } from './native-parts.js';
import { seriesNumberStyle } from './number-style.js';

/** Colours of one part, long enough that pptxgenjs never falls back to Math.random. */
export function partColours(chart: Chart, part: Part, theme: Theme): string[] {
  if (part.target) return Array<string>(part.offset + 1).fill(theme.colors.text);
  const hl = highlightedLabel(chart);
  if (part.type === 'bar' && part.series.length === 1 && chart.series.length === 1 && hl >= 0) {
    // One series with a highlighted category: per-bar colours (pptxgenjs writes them as c:dPt).
    return chart.labels.map((_, i) => (i === hl ? theme.colors.accent : dimmed(theme)));
  }
  const own = part.series.map((s) => seriesColour(chart, s, theme));
  if (part.offset === 0) return own;
  return Array<string>(part.offset + 1).fill(own[0] as string);
}

function seriesColour(chart: Chart, s: SeriesInput, theme: Theme): string {
  const i = chart.series.indexOf(s);
  const hs = highlightedSeries(chart);
  if (hs >= 0) return i === hs ? theme.colors.accent : dimmed(theme);
  if (s.color) return s.color.replace('#', '').toUpperCase();
  const palette = theme.palette.length > 0 ? theme.palette : [theme.colors.accent];
  return palette[Math.max(i, 0) % palette.length] as string;
}

export function sliceColours(chart: Chart, theme: Theme): string[] {
  const palette = theme.palette.length > 0 ? theme.palette : [theme.colors.accent];
  const hl = highlightedLabel(chart);
  return chart.labels.map((_, i) => {
    const own = palette[i % palette.length] as string;
    return hl < 0 || i === hl ? own : mix(own, theme.colors.background, 0.6).slice(1);
  });
}

/** The fill of elements that are not highlighted (as in the image: muted, pushed toward the background). */
function dimmed(theme: Theme): string {
  return mix(theme.colors.muted, theme.colors.background, 0.55).slice(1);
}

function styleOf(chart: Chart, series: SeriesInput[]): NumberStyle {
  return seriesNumberStyle(chart, series[0]);
}

export function maxAbs(values: number[]): number {
  return Math.max(0, ...values.map((v) => Math.abs(v)).filter(Number.isFinite));
}

/** Value-axis code: from the axis range; whole powers of ten on a log axis need no decimals. */
export function axisFormat(chart: Chart, series: SeriesInput[], lang: string): string {
  const style = styleOf(chart, series);
  const values = axisValues(chart, series);
  if (chart.log && style.decimals === undefined) style.decimals = 0;
  return excelNumberFormat(style, lang, maxAbs(values));
}

/** What a value axis must cover: the values (per-category sums when stacked) and the target. */
function axisValues(chart: Chart, series: SeriesInput[]): number[] {
  const values = chart.stacked && chart.type !== 'combo' ? stackedSums(chart) : series.flatMap((s) => s.values);
  if (chart.target) values.push(chart.target.value);
  return values;
}

/**
 * A round major unit (1-2-5 × 10^n) giving about five steps over the axis range, as the image's
 * axis has; viewers' own choice is often ten or more crowded steps. Undefined for empty data.
 */
export function axisMajorUnit(chart: Chart, series: SeriesInput[]): number | undefined {
  const values = axisValues(chart, series).filter(Number.isFinite);
  const span = Math.max(0, ...values) - Math.min(0, ...values);
  return span > 0 ? niceStep(span / 5) : undefined;
}

/** Data-label code: decimals from the values themselves, so a label shows what formatNumber shows. */
export function valueLabelFormat(chart: Chart, series: SeriesInput[], lang: string, values: number[]): string {
  return excelNumberFormat(styleOf(chart, series), lang, maxAbs(values), values);
}

/** The 1-2-5 step at or above `raw`. */
export function niceStep(raw: number): number {
  const decade = 10 ** Math.floor(Math.log10(raw));
  const m = [1, 2, 5, 10].find((k) => k * decade >= raw - 1e-12) ?? 10;
  return Number((m * decade).toPrecision(12));
}

function stackedSums(chart: Chart): number[] {
  return chart.labels.map((_, j) => chart.series.reduce((sum, s) => sum + Math.abs(s.values[j] ?? 0), 0));
}
