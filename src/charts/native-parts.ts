/**
 * How a native (editable PowerPoint) cartesian chart is split into pptxgenjs chart types
 * ("parts"), and what the zip pass must add to its XML afterwards. Pure: no pptxgenjs here; the
 * emitter (src/emit/chart-native.ts) turns parts into addChart calls.
 *
 * Parts: the data series, then a target line as an extra dashed line series on the primary axis
 * (not on horizontal bars: see native-support.ts). pptxgenjs colours a line marker with
 * chartColors[global series index] but the line with chartColors[index within its part], so
 * every part either starts at series 0 or holds one series (see native-style.ts partColours).
 */
import { formatNumber } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import type { ChartElement } from '../model/presentation.js';
import type { SeriesInput } from '../outline/schema.js';
import { isHorizontalBar, isNativeChartType } from './native-support.js';
import { chartNumberStyle } from './number-style.js';

/** What the zip pass must still do to this chart's XML part (pptxgenjs cannot write it). */
export interface NativeChartPost {
  /**
   * The deck language (BCP 47), written as the chart's `c:lang` so viewers format its numbers for
   * the locale (LibreOffice writes "1,4 Bio. $" in de-DE, not "1.4 Bio. $").
   */
  lang: string;
  /** The data lines are stacked: `<c:grouping val="stacked"/>` in the first line chart. */
  stackedLines: boolean;
  /**
   * The target line's series (its `c:idx`) and its last point: that point gets a label with the
   * series name and value, because the legend that would otherwise name the line is hidden.
   */
  targetLabel?: { series: number; point: number };
}

export interface Part {
  type: 'bar' | 'line' | 'area';
  series: SeriesInput[];
  /** Index of the part's first series among all series of the chart. */
  offset: number;
  right: boolean;
  target: boolean;
}

/**
 * What the zip pass must add to this element's chart part (pure: the same answer addNativeChart
 * returns, for callers that only have the IR).
 */
export function nativeChartPost(el: ChartElement, lang: string): NativeChartPost {
  const chart = el.chart;
  if (chart.type === 'pie' || chart.type === 'doughnut' || !isNativeChartType(chart.type)) return { lang, stackedLines: false };
  const post: NativeChartPost = { lang, stackedLines: chart.type === 'line' && chart.stacked === true && chart.series.length > 1 };
  const target = cartesianParts(chart, 'en-US').find((p) => p.target);
  if (target && legendOf(chart) === 'none') post.targetLabel = { series: target.offset, point: chart.labels.length - 1 };
  return post;
}

/** Data parts, then the target line. Combo lines get a part each (see the module comment). */
export function cartesianParts(chart: Chart, lang: string): Part[] {
  const parts: Part[] = [];
  if (chart.type === 'combo') {
    const bars = chart.series.filter((s) => s.type !== 'line');
    const lines = chart.series.filter((s) => s.type === 'line');
    if (bars.length > 0) parts.push({ type: 'bar', series: bars, offset: 0, right: false, target: false });
    // Bars first in the data sheet too: reorder so each part's series are contiguous.
    const ordered = [...bars, ...lines];
    // Lines only: one part from series 0, on the primary axis (a second axis needs a first one).
    if (bars.length === 0) parts.push({ type: 'line', series: lines, offset: 0, right: false, target: false });
    else lines.forEach((s) => parts.push({ type: 'line', series: [s], offset: ordered.indexOf(s), right: s.axis === 'right', target: false }));
  } else {
    const type = chart.type === 'line' ? 'line' : chart.type === 'area' ? 'area' : 'bar';
    parts.push({ type, series: chart.series, offset: 0, right: false, target: false });
  }
  if (chart.target && !isHorizontalBar(chart)) {
    const t = chart.target;
    const name = t.label ?? formatNumber(t.value, chartNumberStyle(chart), lang);
    const series: SeriesInput = { name, values: chart.labels.map(() => t.value) };
    parts.push({ type: 'line', series: [series], offset: parts.reduce((n, p) => n + p.series.length, 0), right: false, target: true });
  }
  return parts;
}

/**
 * Legend position: the author's, else right for pie and doughnut, bottom for several series (a
 * target line counts: its legend entry names it), none for one.
 */
export function legendOf(chart: Chart): 'top' | 'bottom' | 'right' | 'none' {
  const circular = chart.type === 'pie' || chart.type === 'doughnut';
  const several = chart.series.length > 1 || (chart.target !== undefined && !isHorizontalBar(chart) && !circular);
  return chart.legend ?? (circular ? 'right' : several ? 'bottom' : 'none');
}
