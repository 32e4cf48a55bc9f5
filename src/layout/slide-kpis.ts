/**
 * KPI slide: two to four big figures on cards, formatted for the deck's locale, with a label
 * under each. All values share one size (the largest at which every value fits on one line).
 */
import { formatNumber } from '../format/number.js';
import type { Slide } from '../model/outline.js';
import type { Box, Element, SlideIR } from '../model/presentation.js';
import type { KpiInput } from '../outline/schema.js';
import { contentSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX, GUTTER } from './grid.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { takeawayBelow } from './takeaway.js';
import { fittedText, plain } from './text-block.js';

const CARD_H = 3.0;
const VALUE_H = 1.2;

export function kpiText(ctx: LayoutContext, kpi: KpiInput): string {
  return formatNumber(
    kpi.value,
    {
      ...(kpi.format ? { format: kpi.format } : {}),
      ...(kpi.unit ? { unit: kpi.unit } : {}),
      ...(kpi.decimals !== undefined ? { decimals: kpi.decimals } : {}),
      ...(kpi.compact !== undefined ? { compact: kpi.compact } : {}),
      ...(kpi.prefix ? { prefix: kpi.prefix } : {}),
    },
    ctx.lang,
  );
}

export function kpisSlide(ctx: LayoutContext, slide: Slide): SlideIR {
  const kpis = slide.kpis ?? [];
  const { theme } = ctx;
  const { box: area0, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX);
  const { box: area, elements: takeaway } = takeawayBelow(ctx, slide.takeaway, area0);
  const n = Math.max(kpis.length, 1);
  const cardW = (area.w - GUTTER * (n - 1)) / n;
  const cardH = Math.min(CARD_H, area.h);
  const top = area.y + (area.h - cardH) / 2;
  const cards: Box[] = kpis.map((_, i) => ({ x: area.x + i * (cardW + GUTTER), y: top, w: cardW, h: cardH }));
  const valueBox = (c: Box): Box => ({ x: c.x + 0.15, y: c.y + 0.3, w: c.w - 0.3, h: VALUE_H });
  const values = kpis.map((k) => kpiText(ctx, k));
  const sizes = values.map(
    (v, i) =>
      fittedText(theme, { box: valueBox(cards[i]!), paragraphs: [plain(v)], role: 'kpiValue', heading: true, bold: true, color: theme.colors.accent }).el.sizePt,
  );
  const valueSize = Math.min(...sizes);
  const body: Element[] = [...lead];
  kpis.forEach((kpi, i) => {
    const c = cards[i]!;
    body.push({ type: 'shape', shape: 'rect', box: c, fill: theme.colors.surface });
    body.push({ type: 'shape', shape: 'rect', box: { x: c.x, y: c.y, w: c.w, h: 0.08 }, fill: theme.colors.accent });
    const value = fittedText(theme, {
      box: valueBox(c),
      paragraphs: [plain(values[i]!)],
      role: 'kpiValue',
      heading: true,
      bold: true,
      color: theme.colors.accent,
      sizePt: valueSize,
      floorPt: valueSize,
      valign: 'bottom',
    });
    if (!value.fits)
      ctx.diags.warning('layout/kpi-too-long', `KPI value "${values[i]}" does not fit its card`, { span: slide.span, hint: 'use compact numbers or fewer KPIs on the slide' });
    body.push(value.el);
    const labelTop = c.y + 0.3 + VALUE_H + 0.1;
    const noteH = kpi.note ? 0.6 : 0;
    const label = fittedText(theme, {
      box: { x: c.x + 0.15, y: labelTop, w: c.w - 0.3, h: c.y + c.h - labelTop - noteH - 0.1 },
      paragraphs: [plain(kpi.label)],
      role: 'body',
      sizePt: 20,
      floorPt: 16,
      color: theme.colors.text,
    });
    if (!label.fits) ctx.diags.warning('layout/kpi-label-too-long', `KPI label does not fit: "${kpi.label}"`, { span: slide.span });
    body.push(label.el);
    if (kpi.note)
      body.push(
        fittedText(theme, {
          box: { x: c.x + 0.15, y: c.y + c.h - noteH - 0.1, w: c.w - 0.3, h: noteH },
          paragraphs: [plain(kpi.note)],
          role: 'caption',
          color: theme.colors.muted,
        }).el,
      );
  });
  return contentSlide(ctx, {
    title: slide.title,
    span: slide.span,
    cites: slide.cites,
    ...(slide.notes ? { notes: slide.notes } : {}),
    body: [...body, ...takeaway],
  });
}
