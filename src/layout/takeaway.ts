/**
 * A takeaway: one bold line in the accent colour at the bottom of the body area, with a bar at
 * its left. Returns the area left above it.
 *
 * It is meant to fit two lines (20 pt down to 16 pt). A longer one gets a third line and then
 * smaller sizes (down to HARD_MIN_PT), its box grows upwards by what it needs and the content
 * above gives the room up, so the takeaway never runs into the footer or the chart; it is
 * reported either way.
 */
import type { Box, Element } from '../model/presentation.js';
import type { Span } from '../model/span.js';
import type { LayoutContext } from './context.js';
import { HARD_MIN_PT } from './overflow.js';
import { fittedText, naturalHeight, plain, type TextSpec } from './text-block.js';

const TAKEAWAY_H = 0.75;
const GAP = 0.15;
/** Lines a takeaway may take before it goes below its floor. */
const MAX_LINES = 3;

export function takeawayBelow(ctx: LayoutContext, takeaway: string | undefined, area: Box, span?: Span): { box: Box; elements: Element[] } {
  if (!takeaway) return { box: area, elements: [] };
  const { theme } = ctx;
  const spec = (h: number): TextSpec => ({
    box: { x: area.x + 0.2, y: area.y + area.h - h, w: area.w - 0.2, h },
    paragraphs: [plain(takeaway)],
    role: 'body',
    sizePt: 20,
    floorPt: 16,
    maxLines: 2,
    bold: true,
    color: theme.colors.title,
    valign: 'middle',
  });
  let text = fittedText(theme, spec(TAKEAWAY_H));
  let h = TAKEAWAY_H;
  if (!text.fits) {
    const at = span ? { span } : {};
    const maxH = area.h / 2;
    let size = 16;
    while (size > HARD_MIN_PT && fittedText(theme, { ...spec(maxH), sizePt: size, floorPt: size, maxLines: MAX_LINES }).lines[0]! > MAX_LINES) size--;
    h = Math.min(maxH, Math.max(TAKEAWAY_H, naturalHeight(theme, spec(maxH), size)));
    text = fittedText(theme, { ...spec(h), sizePt: size, floorPt: size, maxLines: 0 });
    if (text.fits)
      ctx.diags.warning('layout/takeaway-too-long', `takeaway needs ${text.lines[0]} lines at ${size} pt: "${takeaway}"`, {
        ...at,
        hint: 'a takeaway is one short sentence that fits two lines',
      });
    else ctx.diags.warning('layout/overflow', `takeaway does not fit below the content even at ${size} pt: "${takeaway}"`, { ...at, hint: 'shorten the takeaway' });
  }
  const y = area.y + area.h - h;
  const bar: Element = { type: 'shape', shape: 'rect', box: { x: area.x, y: y + 0.1, w: 0.07, h: h - 0.2 }, fill: theme.colors.accent };
  return { box: { ...area, h: area.h - h - GAP }, elements: [bar, text.el] };
}
