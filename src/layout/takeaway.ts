/**
 * A takeaway: one bold line in the accent colour at the bottom of the body area, with a bar at
 * its left. Returns the area left above it.
 */
import type { Box, Element } from '../model/presentation.js';
import type { LayoutContext } from './context.js';
import { fittedText, plain } from './text-block.js';

const TAKEAWAY_H = 0.75;
const GAP = 0.15;

export function takeawayBelow(ctx: LayoutContext, takeaway: string | undefined, area: Box): { box: Box; elements: Element[] } {
  if (!takeaway) return { box: area, elements: [] };
  const y = area.y + area.h - TAKEAWAY_H;
  const { theme } = ctx;
  const text = fittedText(theme, {
    box: { x: area.x + 0.2, y, w: area.w - 0.2, h: TAKEAWAY_H },
    paragraphs: [plain(takeaway)],
    role: 'body',
    sizePt: 20,
    floorPt: 16,
    maxLines: 2,
    bold: true,
    color: theme.colors.title,
    valign: 'middle',
  });
  if (!text.fits)
    ctx.diags.warning('layout/takeaway-too-long', `takeaway does not fit in two lines: "${takeaway}"`, {
      hint: 'a takeaway is one short sentence',
    });
  const bar: Element = { type: 'shape', shape: 'rect', box: { x: area.x, y: y + 0.1, w: 0.07, h: TAKEAWAY_H - 0.2 }, fill: theme.colors.accent };
  return { box: { ...area, h: area.h - TAKEAWAY_H - GAP }, elements: [bar, text.el] };
}
