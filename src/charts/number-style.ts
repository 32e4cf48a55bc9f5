/** The NumberStyle of a chart's values, and of one series (series settings win). */
import type { Chart } from '../model/outline.js';
import type { SeriesInput } from '../outline/schema.js';
import type { NumberStyle } from '../format/number.js';

export function chartNumberStyle(chart: Chart): NumberStyle {
  const s: NumberStyle = {};
  if (chart.format) s.format = chart.format;
  if (chart.unit) s.unit = chart.unit;
  if (chart.decimals !== undefined) s.decimals = chart.decimals;
  return s;
}

export function seriesNumberStyle(chart: Chart, series: SeriesInput | undefined): NumberStyle {
  const s = chartNumberStyle(chart);
  if (series?.format) s.format = series.format;
  if (series?.unit) {
    s.unit = series.unit;
    if (!series.format && s.format === 'currency' && !/^[A-Za-z]{3}$/.test(series.unit)) delete s.format;
  }
  return s;
}
