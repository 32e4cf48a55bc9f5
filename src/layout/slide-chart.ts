/** Chart slide: the chart over the full body width, with an optional takeaway line under it. */
import { chartDataTable } from '../charts/alt-text.js';
import type { Slide } from '../model/outline.js';
import type { Element, SlideIR } from '../model/presentation.js';
import { chartElement } from './chart-element.js';
import { contentSlide, fromSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX } from './grid.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { takeawayBelow } from './takeaway.js';

export function chartSlide(ctx: LayoutContext, slide: Slide): SlideIR {
  const chart = slide.chart!;
  const { box: area, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX, slide.span);
  const { box, elements: takeaway } = takeawayBelow(ctx, slide.takeaway, area, slide.span);
  const body: Element[] = [...lead, chartElement(ctx, chart, box), ...takeaway];
  return contentSlide(ctx, {
    ...fromSlide(slide),
    body,
    ...(chart.dataInNotes ? { extraNotes: [`${ctx.strings.chartDataNote}:\n${chartDataTable(chart, ctx.lang)}`] } : {}),
  });
}
