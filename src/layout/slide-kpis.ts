/**
 * KPI slide: two to four big figures on cards, formatted for the deck's locale, with a label
 * under each. All values share one size (the largest at which every value fits on one line).
 */
import { formatNumber } from '../format/number.js';
import type { Slide } from '../model/outline.js';
import type { Box, Element, SlideIR } from '../model/presentation.js';
import type { KpiInput } from '../outline/schema.js';
import { contentSlide, fromSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX, GUTTER } from './grid.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { takeawayBelow } from './takeaway.js';
import { fitShared, HARD_MIN_PT, policyFor } from './overflow.js';
import { fittedText, naturalHeight, plain, type TextSpec } from './text-block.js';

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

/** Space in a card above the value, between value and label, and below the last text, inches. */
const PAD_TOP = 0.3;
const PAD_MID = 0.1;
const PAD_BOTTOM = 0.12;

export function kpisSlide(ctx: LayoutContext, slide: Slide): SlideIR {
  const kpis = slide.kpis ?? [];
  const { theme } = ctx;
  const policy = policyFor(ctx, slide.overflow);
  const { box: area0, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX, slide.span);
  const { box: area, elements: takeaway } = takeawayBelow(ctx, slide.takeaway, area0, slide.span);
  const n = Math.max(kpis.length, 1);
  const cardW = (area.w - GUTTER * (n - 1)) / n;
  const inner = (x: number, y: number, h: number): Box => ({ x: x + 0.15, y, w: cardW - 0.3, h });
  const xOf = (i: number): number => area.x + i * (cardW + GUTTER);
  const values = kpis.map((k) => kpiText(ctx, k));
  const labelSpec = (i: number, y: number, h: number): TextSpec => ({
    box: inner(xOf(i), y, h),
    paragraphs: [plain(kpis[i]!.label)],
    role: 'body',
    sizePt: 20,
    floorPt: 14,
    color: theme.colors.text,
  });
  const noteSpec = (i: number, y: number, h: number): TextSpec => ({
    box: inner(xOf(i), y, h),
    paragraphs: [plain(kpis[i]!.note ?? '')],
    role: 'caption',
    color: theme.colors.muted,
  });
  // Values first: one size for all, in boxes VALUE_H tall; the band then shrinks to what that
  // size needs, leaving the rest of the card to the labels.
  const valueSpec = (i: number, y: number, h: number): TextSpec => ({
    box: inner(xOf(i), y, h),
    paragraphs: [plain(values[i]!)],
    role: 'kpiValue',
    heading: true,
    bold: true,
    color: theme.colors.accent,
    valign: 'bottom',
  });
  const where = { title: slide.title, span: slide.span };
  const probe = fitShared(ctx, kpis.map((_, i) => valueSpec(i, 0, VALUE_H)), policy, { ...where, what: 'KPI values' });
  const valueSize = probe[0]?.el.sizePt ?? theme.text.kpiValue.size;
  const valueH = Math.min(VALUE_H, Math.max(...kpis.map((_, i) => naturalHeight(theme, valueSpec(i, 0, 1), valueSize))) + 0.02);
  // Labels, each with its note (small print, smaller than the label) right below it; one label
  // size for all cards, the largest whose tallest card fits the area. Cards grow (up to the
  // whole area) before the labels go below their floor.
  const noteSizeFor = (labelPt: number): number => Math.max(HARD_MIN_PT, Math.min(theme.text.caption.size, labelPt - 4));
  const stack = (i: number, labelPt: number): { label: number; note: number } => ({
    label: naturalHeight(theme, labelSpec(i, 0, 1), labelPt),
    note: kpis[i]!.note ? naturalHeight(theme, noteSpec(i, 0, 1), noteSizeFor(labelPt)) : 0,
  });
  const need = (labelPt: number): number =>
    PAD_TOP + valueH + PAD_MID + Math.max(...kpis.map((_, i) => stack(i, labelPt).label + stack(i, labelPt).note)) + PAD_BOTTOM;
  const preferredLabel = 20;
  let labelSize = HARD_MIN_PT;
  for (let size = preferredLabel; size >= HARD_MIN_PT; size--) {
    if (need(size) <= area.h + 1e-9) {
      labelSize = size;
      break;
    }
  }
  const labelFloor = theme.text.caption.floor;
  const fits = need(labelSize) <= area.h + 1e-9;
  if (!fits || labelSize < labelFloor) {
    const at = { span: slide.span };
    if (policy === 'error')
      ctx.diags.error('layout/overflow', `"${slide.title}": KPI labels do not fit their cards even at ${labelFloor} pt`, { ...at, hint: 'shorten the labels and notes' });
    else if (fits)
      ctx.diags.warning('layout/below-floor', `"${slide.title}": KPI labels shrunk to ${labelSize} pt, below the floor of ${labelFloor} pt`, { ...at, hint: 'shorten the labels and notes' });
    else ctx.diags.warning('layout/overflow', `"${slide.title}": KPI labels do not fit their cards even at ${HARD_MIN_PT} pt`, { ...at, hint: 'shorten the labels and notes' });
  } else if (labelSize < preferredLabel) ctx.diags.info('layout/shrunk', `"${slide.title}": KPI labels shrunk to ${labelSize} pt to fit`, { span: slide.span });
  const cardH = Math.min(area.h, Math.max(Math.min(CARD_H, area.h), need(labelSize)));
  const top = area.y + (area.h - cardH) / 2;
  const cards: Box[] = kpis.map((_, i) => ({ x: xOf(i), y: top, w: cardW, h: cardH }));
  const valueEls = kpis.map((_, i) => fittedText(theme, { ...valueSpec(i, top + PAD_TOP, valueH), sizePt: valueSize, floorPt: valueSize }));
  const labelTop = top + PAD_TOP + valueH + PAD_MID;
  const labelEls = kpis.map((_, i) => fittedText(theme, { ...labelSpec(i, labelTop, stack(i, labelSize).label), sizePt: labelSize, floorPt: labelSize }));
  const noteEls = kpis.map((k, i) => {
    if (!k.note) return undefined;
    const h = stack(i, labelSize);
    const size = noteSizeFor(labelSize);
    return fittedText(theme, { ...noteSpec(i, labelTop + h.label, h.note), sizePt: size, floorPt: size });
  });
  const body: Element[] = [...lead];
  kpis.forEach((_, i) => {
    const c = cards[i]!;
    body.push({ type: 'shape', shape: 'rect', box: c, fill: theme.colors.surface });
    body.push({ type: 'shape', shape: 'rect', box: { x: c.x, y: c.y, w: c.w, h: 0.08 }, fill: theme.colors.accent });
    body.push(valueEls[i]!.el, labelEls[i]!.el);
    const note = noteEls[i];
    if (note) body.push(note.el);
  });
  return contentSlide(ctx, {
    ...fromSlide(slide),
    body: [...body, ...takeaway],
  });
}
