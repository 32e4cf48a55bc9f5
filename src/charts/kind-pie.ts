/** Pie and doughnut charts: one ring per series, one slice per label, palette colours in order. */
import { formatNumber } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import { type ChartContext, type ChartStyle, mix } from './chart-style.js';
import { baseOptions, highlightedLabel, type Options } from './config-common.js';
import type { Built } from './kind-cartesian.js';
import { seriesNumberStyle } from './number-style.js';

export function pieChart(chart: Chart, ctx: ChartContext, style: ChartStyle): Built {
  const hl = highlightedLabel(chart);
  // A highlight keeps the slices distinguishable (the legend needs them): the others are paled.
  const sliceColors = chart.labels.map((_, j) => {
    const own = style.palette[j % style.palette.length] ?? style.color.accent;
    return hl < 0 || j === hl ? own : mix(own, style.color.background, 0.6);
  });
  const texts = chart.series.map((s) =>
    chart.valueLabels ? s.values.map((v) => formatNumber(v, seriesNumberStyle(chart, s), ctx.locale)) : [],
  );
  const datasets = chart.series.map((s) => ({
    label: s.name,
    data: [...s.values],
    backgroundColor: sliceColors,
    borderColor: style.color.background,
    borderWidth: Math.max(1, Math.round(style.px.line)),
  }));
  const options = baseOptions(style, chart, chart.legend ?? 'right');
  if (chart.type === 'doughnut') options['cutout'] = '55%';
  return {
    type: chart.type,
    data: { labels: [...chart.labels], datasets } satisfies Options,
    options,
    texts,
    fills: chart.series.map(() => sliceColors),
    valueAxisId: '',
    stacked: false,
  };
}
