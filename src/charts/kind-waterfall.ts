/**
 * Waterfall: how a total adds up. Each value is a step from the running total, drawn as a floating
 * bar [before, after] in the positive or negative colour; bars named in `totals` (labels or 0-based
 * indices) show the running total itself, from zero, in a neutral colour (their own value is ignored).
 * Only the first series is used.
 */
import { formatNumber } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import type { ChartContext, ChartStyle } from './chart-style.js';
import { baseOptions, categoryScale, fitCategoryLabels, labelHeadroom, type Options, valueScale } from './config-common.js';
import type { Built } from './kind-cartesian.js';
import { chartNumberStyle, seriesNumberStyle } from './number-style.js';

export interface WaterfallStep {
  from: number;
  to: number;
  total: boolean;
  delta: number;
}

export function waterfallSteps(chart: Chart): WaterfallStep[] {
  const values = chart.series[0]?.values ?? [];
  const totals = new Set((chart.totals ?? []).map(String));
  let running = 0;
  return chart.labels.map((label, i) => {
    const v = values[i] ?? 0;
    if (totals.has(label) || totals.has(String(i))) return { from: 0, to: running, total: true, delta: 0 };
    const step = { from: running, to: running + v, total: false, delta: v };
    running += v;
    return step;
  });
}

export function waterfallChart(chart: Chart, ctx: ChartContext, style: ChartStyle): Built {
  const steps = waterfallSteps(chart);
  const ns = seriesNumberStyle(chart, chart.series[0]);
  const fills = steps.map((s) => (s.total ? style.color.total : s.delta < 0 ? style.color.negative : style.color.positive));
  const texts = chart.valueLabels === false
    ? []
    : steps.map((s, i) =>
        s.total ? formatNumber(s.to, ns, ctx.locale) : `${i > 0 && s.delta > 0 ? '+' : ''}${formatNumber(s.delta, ns, ctx.locale)}`,
      );
  const datasets = [
    {
      type: 'bar',
      label: chart.series[0]?.name ?? '',
      data: steps.map((s) => [s.from, s.to]),
      backgroundColor: fills,
      borderWidth: 0,
      maxBarThickness: style.px.maxBar,
      barPercentage: 0.75,
      categoryPercentage: 0.85,
    },
  ];
  const options = baseOptions(style, chart, chart.legend ?? 'none');
  const labels = fitCategoryLabels(style, chart.labels, ctx.widthPx, true);
  options['scales'] = {
    x: categoryScale(style, { position: 'bottom', title: chart.xTitle, stacked: false, labels, widthPx: ctx.widthPx }),
    y: valueScale(style, {
      position: 'left',
      numberStyle: chartNumberStyle(chart),
      locale: ctx.locale,
      values: steps.flatMap((s) => [s.from, s.to]),
      log: false,
      stacked: false,
      title: chart.yTitle,
      titleRoomPx: ctx.heightPx * 0.6,
      headroom: labelHeadroom(style, ctx, false, texts),
      ...(chart.target ? { target: chart.target.value } : {}),
      grid: true,
    }),
  };
  return {
    type: 'bar',
    data: { labels, datasets } satisfies Options,
    options,
    texts: [texts],
    fills: [fills],
    below: [steps.map((s) => !s.total && s.delta < 0)],
    valueAxisId: 'y',
    stacked: false,
  };
}
