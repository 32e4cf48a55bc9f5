/**
 * A slide's optional subtitle: one muted line at the top of the body, which then starts below
 * it. A subtitle too long for one line at the caption floor gets a second line (the body gives
 * up the room) and is reported; past two lines it shrinks below the floor.
 */
import type { Box, Element } from '../model/presentation.js';
import type { Span } from '../model/span.js';
import type { LayoutContext } from './context.js';
import { HARD_MIN_PT } from './overflow.js';
import { fittedText, naturalHeight, plain, type TextSpec } from './text-block.js';

const SUBTITLE_H = 0.55;

export function bodyBelowSubtitle(ctx: LayoutContext, subtitle: string | undefined, body: Box, span?: Span): { box: Box; elements: Element[] } {
  if (!subtitle) return { box: body, elements: [] };
  const spec = (h: number): TextSpec => ({
    box: { x: body.x, y: body.y, w: body.w, h },
    paragraphs: [plain(subtitle)],
    role: 'caption',
    sizePt: 20,
    color: ctx.theme.colors.muted,
    maxLines: 1,
  });
  let fitted = fittedText(ctx.theme, spec(SUBTITLE_H));
  let h = SUBTITLE_H;
  if (!fitted.fits) {
    const floor = ctx.theme.text.caption.floor;
    let size = floor;
    while (size > HARD_MIN_PT && fittedText(ctx.theme, { ...spec(10), sizePt: size, floorPt: size, maxLines: 2 }).lines[0]! > 2) size--;
    h = Math.max(SUBTITLE_H, naturalHeight(ctx.theme, spec(10), size) + 0.05);
    fitted = fittedText(ctx.theme, { ...spec(h), sizePt: size, floorPt: size, maxLines: 0 });
    ctx.diags.warning('layout/subtitle-too-long', `subtitle needs ${fitted.lines[0]} lines at ${size} pt: "${subtitle}"`, {
      ...(span ? { span } : {}),
      hint: 'a subtitle is one short line; move detail into the body',
    });
  }
  return { box: { ...body, y: body.y + h, h: body.h - h }, elements: [fitted.el] };
}
