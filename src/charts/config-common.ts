/**
 * Building blocks shared by every Chart.js configuration we produce: the options that must never
 * fall back to Chart.js defaults (fonts, colours, animation, pixel ratio), the legend and title,
 * and category/value scales whose tick text goes through formatNumber.
 * Objects here are plain data plus a few callbacks; `chartjs-config.ts` casts the result to
 * Chart.js' ChartConfiguration once, at the library boundary.
 */
import { formatNumber, type NumberStyle } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import type { ChartStyle, FontSpec } from './chart-style.js';
import { logAxis, wrapLabel } from './value-axis.js';

/** A loose JSON-ish object for Chart.js options (typed by Chart.js only at the boundary). */
export type Options = { [key: string]: unknown };

export type LegendPosition = 'top' | 'bottom' | 'right' | 'none';

export function font(f: FontSpec): Options {
  return { family: f.family, size: f.size, weight: f.weight, lineHeight: f.lineHeight, style: 'normal' };
}

/** A tick formatter for value axes; Chart.js passes numbers for linear and log scales. */
export function tickFormatter(ns: NumberStyle, locale: string): (value: number | string) => string {
  return (value) => (typeof value === 'number' ? formatNumber(value, ns, locale) : value);
}

export function legendOptions(style: ChartStyle, position: LegendPosition): Options {
  const size = style.font.legend.size;
  return {
    display: position !== 'none',
    position: position === 'none' ? 'bottom' : position,
    align: 'center',
    labels: {
      font: font(style.font.legend),
      color: style.color.text,
      boxWidth: Math.round(size * 1.1),
      boxHeight: Math.round(size * 0.8),
      padding: Math.round(size * 0.9),
      usePointStyle: false,
      // Legend entries in series order (Chart.js sorts by draw order, which puts combo lines first).
      sort: (a: { datasetIndex?: number; index?: number }, b: { datasetIndex?: number; index?: number }) =>
        (a.datasetIndex ?? a.index ?? 0) - (b.datasetIndex ?? b.index ?? 0),
    },
  };
}

export function titleOptions(style: ChartStyle, title: string | undefined): Options {
  return {
    display: Boolean(title),
    text: title ?? '',
    color: style.color.text,
    font: font(style.font.title),
    align: 'start',
    padding: { top: 0, bottom: Math.round(style.font.title.size * 0.6) },
  };
}

/**
 * An axis title; one longer than `roomPx` (the axis length, estimated) is wrapped onto two lines
 * at the space nearest its middle, so a long y title is not cut off at the plot's ends.
 */
function axisTitle(style: ChartStyle, text: string | undefined, roomPx?: number): Options {
  const t = text ?? '';
  const long = roomPx !== undefined && t.length * EM_PER_CHAR * style.font.axisTitle.size > roomPx;
  return {
    display: Boolean(text),
    text: long ? wrapLabel(t, Math.ceil(t.length / 2)) : t,
    color: style.color.text,
    font: font(style.font.axisTitle),
    padding: { top: style.px.gap, bottom: style.px.gap },
  };
}

/** Options every chart shares: no animation, no interaction, fixed pixel ratio, our fonts. */
export function baseOptions(style: ChartStyle, chart: Chart, legend: LegendPosition): Options {
  return {
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    devicePixelRatio: 1,
    events: [],
    color: style.color.text,
    font: font(style.font.tick),
    layout: { padding: { top: style.px.padding, right: style.px.padding * 2, bottom: style.px.padding, left: style.px.padding } },
    plugins: {
      legend: legendOptions(style, legend),
      title: titleOptions(style, chart.title),
      subtitle: { display: false },
      tooltip: { enabled: false },
    },
  };
}

/** Legend default: shown at the bottom only when there is more than one series. */
export function legendPosition(chart: Chart, several: boolean): LegendPosition {
  return chart.legend ?? (several ? 'bottom' : 'none');
}

export interface CategoryScaleInput {
  position: 'bottom' | 'left';
  title: string | undefined;
  stacked: boolean;
  display?: boolean;
  /** The category labels as drawn (wrapped into lines), to decide whether they must be tilted. */
  labels?: Array<string | string[]>;
  /** Canvas width, for the same decision. */
  widthPx?: number;
}

/** Average glyph width of Arial/Calibri-like fonts relative to the font size (for estimates). */
const EM_PER_CHAR = 0.55;

/** Share of the canvas the plot area takes, for estimates before Chart.js lays it out. */
const PLOT_SHARE = 0.6;

/**
 * Room to leave at the far end of the value axis for value labels, as a fraction of the axis
 * range (Chart.js `grace`): a label line's height over the plot height for vertical bars, the
 * longest label's width over the plot width for horizontal ones; at least 12 %, at most 35 %.
 */
export function labelHeadroom(style: ChartStyle, size: { widthPx: number; heightPx: number }, horizontal: boolean, texts: string[]): number {
  if (texts.length === 0) return 0;
  const f = style.font.valueLabel;
  const need = horizontal
    ? (Math.max(...texts.map((t) => t.length)) * EM_PER_CHAR * f.size + 3 * style.px.gap) / (size.widthPx * PLOT_SHARE)
    : (f.size * f.lineHeight + 3 * style.px.gap) / (size.heightPx * PLOT_SHARE);
  return Math.min(0.35, Math.max(0.12, Math.round(need * 100) / 100));
}

/**
 * Whether horizontal category labels are too wide to stand side by side: Chart.js' own test tilts
 * them only a little and lets neighbours overlap, so we decide on a full 45° ourselves.
 */
function mustTilt(style: ChartStyle, s: CategoryScaleInput): boolean {
  const labels = s.labels ?? [];
  if (s.position !== 'bottom' || labels.length === 0 || !s.widthPx) return false;
  return tooWide(style, labels, s.widthPx);
}

function tooWide(style: ChartStyle, labels: Array<string | string[]>, widthPx: number): boolean {
  const longest = Math.max(...labels.flatMap((l) => (Array.isArray(l) ? l : [l])).map((l) => l.length));
  const slot = (widthPx * 0.8) / labels.length;
  return longest * EM_PER_CHAR * style.font.tick.size > slot * 0.9;
}

/**
 * Category labels as drawn: long ones wrapped onto two lines. For a bottom axis where they would
 * not stand side by side, every label with a space is wrapped (shorter lines) before we give up
 * and let categoryScale tilt them: level text reads better than 45° text.
 */
export function fitCategoryLabels(style: ChartStyle, labels: string[], widthPx: number, bottom: boolean): Array<string | string[]> {
  const wrapped = labels.map((l) => wrapLabel(l));
  if (!bottom || labels.length === 0 || !tooWide(style, wrapped, widthPx)) return wrapped;
  for (const maxChars of [10, 6]) {
    const tighter = labels.map((l) => wrapLabel(l, maxChars));
    if (!tooWide(style, tighter, widthPx)) return tighter;
  }
  return wrapped;
}

export function categoryScale(style: ChartStyle, s: CategoryScaleInput): Options {
  return {
    type: 'category',
    position: s.position,
    stacked: s.stacked,
    grid: { display: false, drawTicks: false },
    border: { display: true, color: style.color.grid, width: Math.max(1, Math.round(style.px.line / 2)) },
    ticks: {
      display: s.display !== false,
      font: font(style.font.tick),
      color: style.color.text,
      padding: style.px.gap * 2,
      // Every category keeps its label: Chart.js tilts them (up to 45°) when they do not fit
      // side by side, and only skips some on long axes.
      maxRotation: 45,
      minRotation: mustTilt(style, s) ? 45 : 0,
      autoSkip: (s.labels?.length ?? 0) > 12,
    },
    title: axisTitle(style, s.title),
  };
}

export interface ValueScaleInput {
  position: 'left' | 'right' | 'bottom';
  numberStyle: NumberStyle;
  locale: string;
  values: number[];
  log: boolean;
  stacked: boolean;
  title: string | undefined;
  /** Room at the far end for value labels, as a fraction of the range (0 = none; see labelHeadroom). */
  headroom: number;
  /** A reference value that must be visible. */
  target?: number;
  /** Draw grid lines (false for a second axis). */
  grid: boolean;
  /** Length of the axis in pixels (estimated), to wrap a longer title. */
  titleRoomPx?: number;
  /** Fixed range (stages charts). */
  min?: number;
  max?: number;
  stepSize?: number;
}

export function valueScale(style: ChartStyle, s: ValueScaleInput): Options {
  const ticks: Options = {
    font: font(style.font.tick),
    color: style.color.muted,
    padding: style.px.gap * 2,
    callback: tickFormatter(s.numberStyle, s.locale),
  };
  const scale: Options = {
    position: s.position,
    stacked: s.stacked,
    grid: { display: s.grid, color: style.color.grid, lineWidth: Math.max(1, Math.round(style.px.line / 2.5)), drawTicks: false },
    border: { display: false },
    ticks,
    title: axisTitle(style, s.title, s.titleRoomPx),
  };
  if (s.log) {
    const axis = logAxis(s.target !== undefined ? [...s.values, s.target] : s.values, s.headroom > 0 ? 1.6 : 1.15);
    Object.assign(scale, { type: 'logarithmic', min: axis.min, max: axis.max });
    // Replace Chart.js' crowded 1..9 × 10^n ticks with ours.
    scale['afterBuildTicks'] = (axisScale: { ticks: Array<{ value: number }> }) => {
      axisScale.ticks = axis.ticks.map((value) => ({ value }));
    };
    return scale;
  }
  Object.assign(scale, { type: 'linear', beginAtZero: true });
  ticks['maxTicksLimit'] = 7;
  if (s.min !== undefined) scale['min'] = s.min;
  if (s.max !== undefined) scale['max'] = s.max;
  if (s.stepSize !== undefined) ticks['stepSize'] = s.stepSize;
  if (s.headroom > 0) scale['grace'] = `${Math.round(s.headroom * 100)}%`;
  if (s.target !== undefined) {
    if (s.target > 0) scale['suggestedMax'] = s.target * 1.08;
    if (s.target < 0) scale['suggestedMin'] = s.target * 1.08;
  }
  return scale;
}

/** Index of the highlighted category, or -1: a label match first, then a 0-based index. */
export function highlightedLabel(chart: Chart): number {
  const h = chart.highlight;
  if (h === undefined) return -1;
  const byLabel = chart.labels.indexOf(String(h));
  if (byLabel >= 0) return byLabel;
  if (chart.series.some((s) => s.name === String(h))) return -1;
  return typeof h === 'number' && Number.isInteger(h) && h >= 0 && h < chart.labels.length ? h : -1;
}

export function highlightedSeries(chart: Chart): number {
  const h = chart.highlight;
  if (h === undefined || chart.labels.includes(String(h))) return -1;
  return chart.series.findIndex((s) => s.name === String(h));
}
