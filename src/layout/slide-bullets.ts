/**
 * Bullets slide: up to two levels, one size for the whole list. A list that does not fit at the
 * floor goes into two columns when its bullets are short, else follows the overflow policy
 * (continued on further slides "… (2/3)" with notes and sources carried along, shrunk, or an error).
 */
import type { Slide } from '../model/outline.js';
import type { Element, SlideIR } from '../model/presentation.js';
import { contentSlide, fromSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX } from './grid.js';
import { flowText, policyFor } from './overflow.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { bulletParagraphs, fittedText, type TextSpec } from './text-block.js';
import { twoColumnBullets } from './bullet-columns.js';

export function bulletsSlide(ctx: LayoutContext, slide: Slide): SlideIR[] {
  const { box, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX, slide.span);
  const spec: TextSpec = { box, paragraphs: bulletParagraphs(slide.bullets ?? []), role: 'body', color: ctx.theme.colors.text, lineSpacing: 1.05 };
  const slideOf = (title: string, body: Element[]): SlideIR =>
    contentSlide(ctx, { ...fromSlide(slide), title, body });
  const fitted = fittedText(ctx.theme, spec);
  if (!fitted.fits) {
    const cols = twoColumnBullets(ctx, spec);
    if (cols) {
      ctx.diags.info('layout/two-columns', `"${slide.title}": ${spec.paragraphs.length} short bullets set in two columns at ${cols[0]!.sizePt} pt`, {
        span: slide.span,
      });
      return [slideOf(slide.title, [...lead, ...cols])];
    }
  }
  const parts = flowText(ctx, spec, policyFor(ctx, slide.overflow), { title: slide.title, span: slide.span }, fitted);
  return parts.map((el, i) =>
    slideOf(parts.length > 1 ? `${slide.title} ${ctx.strings.continued(i + 1, parts.length)}` : slide.title, [...(i === 0 ? lead : []), el]),
  );
}
