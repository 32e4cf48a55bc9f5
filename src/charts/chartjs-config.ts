/**
 * Chart spec → Chart.js configuration (pure: no canvas, no I/O). Every kind in CHART_TYPES.
 * Nothing is left to Chart.js defaults: fonts, sizes, colours, animation, responsiveness and the
 * pixel ratio are all set here (see chart-style.ts and config-common.ts). Value labels, target
 * lines, stage labels and the background are our own inline plugins (plugins/).
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { formatNumber } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import { type ChartContext, chartStyle } from './chart-style.js';
import { cartesianChart, type Built } from './kind-cartesian.js';
import { pieChart } from './kind-pie.js';
import { stagesChart } from './kind-stages.js';
import { waterfallChart, waterfallSteps } from './kind-waterfall.js';
import { chartNumberStyle } from './number-style.js';
import { backgroundPlugin } from './plugins/background.js';
import { stageLabelsPlugin } from './plugins/stage-labels.js';
import { targetLinePlugin } from './plugins/target-line.js';
import { valueLabelsPlugin } from './plugins/value-labels.js';
import { waterfallConnectorsPlugin } from './plugins/waterfall-connectors.js';

export type { ChartContext } from './chart-style.js';

export function chartJsConfig(chart: Chart, ctx: ChartContext): ChartConfiguration {
  const style = chartStyle(ctx);
  const built: Built =
    chart.type === 'pie' || chart.type === 'doughnut'
      ? pieChart(chart, ctx, style)
      : chart.type === 'waterfall'
        ? waterfallChart(chart, ctx, style)
        : chart.type === 'stages'
          ? stagesChart(chart, ctx, style)
          : cartesianChart(chart, ctx, style);

  const plugins: Plugin[] = [backgroundPlugin(style.color.background)];
  if (chart.type === 'waterfall') {
    plugins.push(waterfallConnectorsPlugin({ levels: waterfallSteps(chart).map((s) => s.to), axisId: built.valueAxisId, style }));
  }
  if (chart.type === 'stages') {
    plugins.push(stageLabelsPlugin({ texts: built.texts[0] ?? [], fills: built.fills[0] ?? [], style }));
  } else if (built.texts.some((t) => t.length > 0)) {
    plugins.push(
      valueLabelsPlugin({
        texts: built.texts,
        fills: built.fills,
        style,
        stacked: built.stacked,
        ...(built.below ? { below: built.below } : {}),
        ...(chart.target && built.valueAxisId ? { avoid: { axisId: built.valueAxisId, value: chart.target.value } } : {}),
      }),
    );
  }
  if (chart.target && built.valueAxisId) {
    const formatted = formatNumber(chart.target.value, chartNumberStyle(chart), ctx.locale);
    plugins.push(
      targetLinePlugin({
        value: chart.target.value,
        text: chart.target.label ? `${chart.target.label}: ${formatted}` : formatted,
        axisId: built.valueAxisId,
        style,
      }),
    );
  }
  // The one cast at the library boundary: our option objects are built as plain data.
  return { type: built.type, data: built.data, options: built.options, plugins } as unknown as ChartConfiguration;
}
