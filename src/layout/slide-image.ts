/** Image slide: the picture as large as the body allows, keeping its aspect ratio, with an optional caption. */
import path from 'node:path';
import type { Slide } from '../model/outline.js';
import type { Element, SlideIR } from '../model/presentation.js';
import { contentSlide, fromSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX } from './grid.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { fittedText, plain } from './text-block.js';

const CAPTION_H = 0.5;

export function imageSlide(ctx: LayoutContext, slide: Slide): SlideIR {
  const image = slide.image!;
  const file = path.resolve(ctx.outline.dir, image.path);
  const { box: area0, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX, slide.span);
  const area = image.caption ? { ...area0, h: area0.h - CAPTION_H } : area0;
  const px = ctx.options.imageSizes?.get(file) ?? { width: 16, height: 9 };
  const scale = Math.min(area.w / px.width, area.h / px.height);
  const w = px.width * scale;
  const h = px.height * scale;
  const box = { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
  const decorative = image.decorative === true;
  const body: Element[] = [...lead, { type: 'image', box, path: file, alt: decorative ? '' : (image.alt ?? ''), decorative }];
  if (image.caption)
    body.push(
      fittedText(ctx.theme, {
        box: { x: area.x, y: area.y + area.h, w: area.w, h: CAPTION_H },
        paragraphs: [plain(image.caption, { align: 'center' })],
        role: 'caption',
        color: ctx.theme.colors.muted,
        align: 'center',
        maxLines: 1,
      }).el,
    );
  return contentSlide(ctx, { ...fromSlide(slide), body });
}
