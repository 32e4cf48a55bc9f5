/**
 * A chart placed in a box: decides its render target (CLI flag, then the chart's own `render`,
 * then the deck's `charts`, then image) and its alt text (the author's, or generated from the data).
 */
import { chartAltText } from '../charts/alt-text.js';
import { isNativeChartType, nativeCaveats } from '../charts/native-support.js';
import type { Chart } from '../model/outline.js';
import type { Box, ChartElement } from '../model/presentation.js';
import type { LayoutContext } from './context.js';

export function chartElement(ctx: LayoutContext, chart: Chart, box: Box): ChartElement {
  let render = ctx.options.charts ?? chart.render ?? ctx.outline.charts ?? 'image';
  if (render === 'native' && !isNativeChartType(chart.type)) {
    ctx.diags.info('chart/native-fallback', `a ${chart.type} chart cannot be a native PowerPoint chart; drawn as an image`, {
      span: chart.span,
      hint: 'set render: image on this chart to silence this',
    });
    render = 'image';
  }
  // Options a native chart cannot draw are dropped from it; say so, where the chart is.
  if (render === 'native')
    for (const c of nativeCaveats(chart)) ctx.diags.info(c.code, c.message, { span: chart.span, hint: c.hint });
  return { type: 'chart', box, chart, render, alt: chart.alt ?? chartAltText(chart, ctx.lang) };
}
