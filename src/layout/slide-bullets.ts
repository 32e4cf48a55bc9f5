/** Bullets slide: up to two levels, one size for the whole list, continued on further slides when needed. */
import type { Slide } from '../model/outline.js';
import type { SlideIR } from '../model/presentation.js';
import { contentSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX } from './grid.js';
import { flowText, policyFor } from './overflow.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { bulletParagraphs } from './text-block.js';

export function bulletsSlide(ctx: LayoutContext, slide: Slide): SlideIR[] {
  const { box, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX);
  const parts = flowText(
    ctx,
    { box, paragraphs: bulletParagraphs(slide.bullets ?? []), role: 'body', color: ctx.theme.colors.text, lineSpacing: 1.05 },
    policyFor(ctx, slide.overflow),
    { title: slide.title, span: slide.span },
  );
  return parts.map((el, i) =>
    contentSlide(ctx, {
      title: parts.length > 1 ? `${slide.title} ${ctx.strings.continued(i + 1, parts.length)}` : slide.title,
      span: slide.span,
      cites: slide.cites,
      ...(slide.notes ? { notes: slide.notes } : {}),
      body: [...(i === 0 ? lead : []), el],
    }),
  );
}
