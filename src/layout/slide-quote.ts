/**
 * Quote slide: the quotation large, with its attribution under it. The slide title stays in the
 * title placeholder for screen readers and the outline view but is not drawn.
 */
import type { Slide } from '../model/outline.js';
import type { Element, SlideIR } from '../model/presentation.js';
import { contentSlide, fromSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { CONTENT_W, MARGIN_X } from './grid.js';
import { fitShared, policyFor } from './overflow.js';
import { plain } from './text-block.js';

const QUOTE_MARKS: Record<string, [string, string]> = { de: ['„', '“'], fr: ['« ', ' »'], en: ['“', '”'] };

export function quoteSlide(ctx: LayoutContext, slide: Slide): SlideIR {
  const q = slide.quote!;
  const { theme } = ctx;
  const [open, close] = QUOTE_MARKS[ctx.lang.slice(0, 2).toLowerCase()] ?? QUOTE_MARKS['en']!;
  const x = MARGIN_X + 1.2;
  const w = CONTENT_W - 2.0;
  const policy = policyFor(ctx, slide.overflow);
  const where = { title: slide.title, span: slide.span };
  const [text] = fitShared(
    ctx,
    [
      {
        box: { x, y: 1.2, w, h: 3.9 },
        paragraphs: [plain(`${open}${q.text}${close}`)],
        role: 'quote',
        heading: true,
        italic: true,
        color: theme.colors.title,
        valign: 'bottom',
        lineSpacing: 1.1,
      },
    ],
    policy,
    { ...where, what: 'quote' },
  );
  const by = [q.by, q.role].filter(Boolean).join(', ');
  const [byline] = fitShared(
    ctx,
    [{ box: { x, y: 5.3, w, h: 0.9 }, paragraphs: [plain(`— ${by}`)], role: 'body', sizePt: 22, floorPt: 16, color: theme.colors.muted }],
    policy,
    { ...where, what: 'attribution' },
  );
  const body: Element[] = [
    { type: 'shape', shape: 'rect', box: { x: MARGIN_X + 0.6, y: 1.4, w: 0.12, h: 3.6 }, fill: theme.colors.accent },
    text!.el,
    byline!.el,
  ];
  return contentSlide(ctx, {
    ...fromSlide(slide),
    body,
    hiddenTitle: true,
  });
}
