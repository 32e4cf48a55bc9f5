/**
 * What the native (editable PowerPoint) target can draw, shared by layout (which reports what
 * falls back or is dropped) and emit (which draws). Waterfall and stages (floating bars) cannot be
 * expressed in the chart XML pptxgenjs writes, so they fall back to an image (layout reports an
 * info diagnostic). A few options have no native form on some kinds: `nativeCaveats` lists them,
 * so layout can say so instead of dropping them silently.
 */
import type { Chart } from '../model/outline.js';
import type { ChartType } from '../outline/schema.js';

/** Chart types drawn natively; the others are drawn as images. */
export const NATIVE_CHART_TYPES = ['bar', 'column', 'hbar', 'line', 'area', 'pie', 'doughnut', 'combo'] as const satisfies readonly ChartType[];

/** Whether a chart type (or any string: emit checks the IR before drawing) has a native form. */
export function isNativeChartType(type: string): boolean {
  return (NATIVE_CHART_TYPES as readonly string[]).includes(type);
}

/** Bars run horizontally (type hbar, or bar/column with horizontal: true). */
export function isHorizontalBar(chart: Pick<Chart, 'type' | 'horizontal'>): boolean {
  return chart.type === 'hbar' || ((chart.type === 'bar' || chart.type === 'column') && chart.horizontal === true);
}

export interface NativeCaveat {
  /** Stable diagnostic code (severity info). */
  code: 'chart/native-no-target' | 'chart/native-no-highlight';
  message: string;
  hint: string;
}

/** Options of this chart that the native target draws without (empty: it draws everything). */
export function nativeCaveats(chart: Chart): NativeCaveat[] {
  if (!isNativeChartType(chart.type)) return [];
  const caveats: NativeCaveat[] = [];
  if (chart.target && isHorizontalBar(chart)) {
    caveats.push({
      code: 'chart/native-no-target',
      message: 'a native horizontal bar chart cannot draw a target line (PowerPoint draws line series only across vertical categories); drawn without it',
      hint: 'set render: image on this chart to keep the target line, or use a vertical bar chart',
    });
  }
  if (chart.highlight !== undefined && !nativeHighlightSupported(chart)) {
    caveats.push({
      code: 'chart/native-no-highlight',
      message: 'a native chart can colour a single category only in a bar chart with one series, or a pie or doughnut; drawn without the highlight',
      hint: 'highlight a series by its name instead, or set render: image on this chart',
    });
  }
  return caveats;
}

/** Whether the native target can draw this chart's highlight (a series name always works). */
export function nativeHighlightSupported(chart: Chart): boolean {
  const h = String(chart.highlight);
  if (chart.series.some((s) => s.name === h) && !chart.labels.map(String).includes(h)) return true;
  if (chart.type === 'pie' || chart.type === 'doughnut') return true;
  const bars = chart.type === 'bar' || chart.type === 'column' || chart.type === 'hbar';
  return bars && chart.series.length === 1;
}
