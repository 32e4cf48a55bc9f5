/**
 * Stages chart for forecast horizons: one floating horizontal bar per range [from, to] on a linear
 * time axis (in the chart's unit; name it with xTitle, e.g. "Jahre"), each labelled with its stage
 * label on or beside the bar (see plugins/stage-labels.ts). Category ticks are hidden: the label
 * is on the bar.
 */
import type { Chart } from '../model/outline.js';
import type { ChartContext, ChartStyle } from './chart-style.js';
import { baseOptions, categoryScale, type Options, valueScale } from './config-common.js';
import type { Built } from './kind-cartesian.js';
import { chartNumberStyle } from './number-style.js';

/** The axis end: the next whole step above the last range, so the longest bar has room to end. */
function axisMax(maxTo: number): { max: number; step: number | undefined } {
  if (maxTo <= 12) return { max: Math.ceil(maxTo), step: 1 };
  const step = maxTo <= 30 ? 5 : 10 ** Math.floor(Math.log10(maxTo));
  return { max: Math.ceil(maxTo / step) * step, step };
}

export function stagesChart(chart: Chart, ctx: ChartContext, style: ChartStyle): Built {
  const ranges = chart.ranges ?? [];
  const fills = ranges.map((_, i) => style.palette[i % style.palette.length] ?? style.color.accent);
  const froms = ranges.map((r) => Math.min(r.from, r.to));
  const tos = ranges.map((r) => Math.max(r.from, r.to));
  const { max, step } = axisMax(Math.max(1, ...tos));
  const datasets = [
    {
      type: 'bar',
      label: chart.title ?? '',
      data: ranges.map((_, i) => [froms[i], tos[i]]),
      backgroundColor: fills,
      borderWidth: 0,
      borderRadius: Math.round(style.px.gap),
      borderSkipped: false,
      barPercentage: 0.8,
      categoryPercentage: 0.9,
    },
  ];
  const options = baseOptions(style, chart, chart.legend ?? 'none');
  options['indexAxis'] = 'y';
  options['scales'] = {
    y: categoryScale(style, { position: 'left', title: chart.yTitle, stacked: false, display: false }),
    x: valueScale(style, {
      position: 'bottom',
      numberStyle: chartNumberStyle(chart),
      locale: ctx.locale,
      values: [...froms, ...tos],
      log: false,
      stacked: false,
      title: chart.xTitle,
      headroom: false,
      ...(chart.target ? { target: chart.target.value } : {}),
      grid: true,
      min: Math.min(0, ...froms),
      max,
      ...(step !== undefined ? { stepSize: step } : {}),
    }),
  };
  return {
    type: 'bar',
    data: { labels: ranges.map((r) => r.label), datasets } satisfies Options,
    options,
    texts: [ranges.map((r) => r.label)],
    fills: [fills],
    valueAxisId: 'x',
    stacked: false,
  };
}
