/**
 * Two columns side by side, each with an optional heading and bullets, a paragraph or a chart
 * (text|text, text|chart). Text in both columns shares one size so the columns read as a pair.
 */
import type { Column, Slide } from '../model/outline.js';
import type { Box, Element, SlideIR } from '../model/presentation.js';
import { chartElement } from './chart-element.js';
import { contentSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX, GUTTER } from './grid.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { bulletParagraphs, fittedText, plain, type TextSpec } from './text-block.js';

const HEAD_H = 0.6;

export function columnsSlide(ctx: LayoutContext, slide: Slide): SlideIR {
  const { theme } = ctx;
  const { box: area, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX);
  const colW = (area.w - GUTTER) / 2;
  const cols = slide.columns!;
  const boxes: Box[] = [0, 1].map((i) => ({ x: area.x + i * (colW + GUTTER), y: area.y, w: colW, h: area.h }));
  const bodyBox = (i: number, col: Column): Box => {
    const b = boxes[i]!;
    return col.title ? { ...b, y: b.y + HEAD_H + 0.1, h: b.h - HEAD_H - 0.1 } : b;
  };
  const textSpec = (i: number, col: Column, sizePt?: number): TextSpec | undefined => {
    const paragraphs = col.bullets ? bulletParagraphs(col.bullets) : col.text ? [plain(col.text)] : undefined;
    if (!paragraphs) return undefined;
    return { box: bodyBox(i, col), paragraphs, role: 'body', color: theme.colors.text, ...(sizePt ? { sizePt, floorPt: sizePt } : {}) };
  };
  const specs = cols.map((c, i) => textSpec(i, c));
  const sizes = specs.flatMap((s) => (s ? [fittedText(theme, s).el.sizePt] : []));
  const size = sizes.length ? Math.min(...sizes) : undefined;
  const body: Element[] = [...lead];
  cols.forEach((col, i) => {
    const b = boxes[i]!;
    if (col.title) {
      body.push(
        fittedText(theme, {
          box: { x: b.x, y: b.y, w: b.w, h: HEAD_H },
          paragraphs: [plain(col.title)],
          role: 'body',
          sizePt: 24,
          floorPt: 18,
          maxLines: 1,
          bold: true,
          heading: true,
          color: theme.colors.accent,
          valign: 'bottom',
        }).el,
      );
      body.push({ type: 'shape', shape: 'line', box: { x: b.x, y: b.y + HEAD_H + 0.02, w: b.w, h: 0 }, line: { color: theme.colors.accent, widthPt: 1.5 } });
    }
    if (col.chart) {
      body.push(chartElement(ctx, col.chart, bodyBox(i, col)));
      return;
    }
    const spec = textSpec(i, col, size);
    if (!spec) return;
    const fitted = fittedText(theme, spec);
    if (!fitted.fits)
      ctx.diags.warning('layout/overflow', `"${slide.title}": column ${i + 1} has more text than fits at ${fitted.el.sizePt} pt`, {
        span: slide.span,
        hint: 'shorten the column or move points to another slide',
      });
    body.push(fitted.el);
  });
  return contentSlide(ctx, { title: slide.title, span: slide.span, cites: slide.cites, ...(slide.notes ? { notes: slide.notes } : {}), body });
}
