/** A slide's optional subtitle: one muted line at the top of the body, which then starts below it. */
import type { Box, Element } from '../model/presentation.js';
import type { LayoutContext } from './context.js';
import { fittedText, plain } from './text-block.js';

const SUBTITLE_H = 0.55;

export function bodyBelowSubtitle(ctx: LayoutContext, subtitle: string | undefined, body: Box): { box: Box; elements: Element[] } {
  if (!subtitle) return { box: body, elements: [] };
  const el = fittedText(ctx.theme, {
    box: { x: body.x, y: body.y, w: body.w, h: SUBTITLE_H },
    paragraphs: [plain(subtitle)],
    role: 'caption',
    sizePt: 20,
    color: ctx.theme.colors.muted,
    maxLines: 1,
  }).el;
  return { box: { ...body, y: body.y + SUBTITLE_H, h: body.h - SUBTITLE_H }, elements: [el] };
}
