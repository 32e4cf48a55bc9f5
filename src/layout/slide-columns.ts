/**
 * Two columns side by side, each with an optional heading and bullets, a paragraph or a chart
 * (text|text, text|chart). Text in both columns shares one size so the columns read as a pair.
 */
import type { Column, Slide } from '../model/outline.js';
import type { Box, Element, SlideIR } from '../model/presentation.js';
import { chartElement } from './chart-element.js';
import { contentSlide, fromSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX, GUTTER } from './grid.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { fitShared, policyFor } from './overflow.js';
import { bulletParagraphs, fittedText, plain, type TextSpec } from './text-block.js';

const HEAD_H = 0.6;
/** Heading band when a heading needs two lines (two lines of 24 pt plus insets). */
const HEAD_H_TWO = 1.0;

export function columnsSlide(ctx: LayoutContext, slide: Slide): SlideIR {
  const { theme } = ctx;
  const { box: area, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX, slide.span);
  const colW = (area.w - GUTTER) / 2;
  const cols = slide.columns!;
  const policy = policyFor(ctx, slide.overflow);
  const where = { title: slide.title, span: slide.span };
  const boxes: Box[] = [0, 1].map((i) => ({ x: area.x + i * (colW + GUTTER), y: area.y, w: colW, h: area.h }));
  const headSpec = (i: number, h: number): TextSpec => ({
    box: { ...boxes[i]!, h },
    paragraphs: [plain(cols[i]!.title ?? '')],
    role: 'body',
    sizePt: 24,
    floorPt: 18,
    maxLines: 2,
    bold: true,
    heading: true,
    color: theme.colors.accent,
    valign: 'bottom',
  });
  // Both headings share one size and one height: one line when both fit it, else two.
  const titled = cols.map((c, i) => (c.title ? i : -1)).filter((i) => i >= 0);
  const oneLine = titled.map((i) => fittedText(theme, { ...headSpec(i, HEAD_H), maxLines: 1 }));
  const headH = oneLine.every((f) => f.fits) ? HEAD_H : HEAD_H_TWO;
  const heads = oneLine.every((f) => f.fits)
    ? fitShared(ctx, titled.map((i) => ({ ...headSpec(i, HEAD_H), maxLines: 1 })), policy, { ...where, what: 'column headings' })
    : fitShared(ctx, titled.map((i) => headSpec(i, HEAD_H_TWO)), policy, { ...where, what: 'column headings' });
  const anyHead = titled.length > 0;
  const bodyBox = (i: number): Box => {
    const b = boxes[i]!;
    return anyHead ? { ...b, y: b.y + headH + 0.1, h: b.h - headH - 0.1 } : b;
  };
  const textSpec = (i: number, col: Column): TextSpec | undefined => {
    const paragraphs = col.bullets ? bulletParagraphs(col.bullets) : col.text ? [plain(col.text)] : undefined;
    if (!paragraphs) return undefined;
    return { box: bodyBox(i), paragraphs, role: 'body', color: theme.colors.text };
  };
  const texts = cols.map((c, i) => (c.chart ? undefined : textSpec(i, c)));
  const textIdx = texts.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
  const fitted = fitShared(ctx, textIdx.map((i) => texts[i]!), policy, { ...where, what: 'column text' });
  const body: Element[] = [...lead];
  cols.forEach((col, i) => {
    const b = boxes[i]!;
    const head = titled.indexOf(i);
    if (head >= 0) {
      body.push(heads[head]!.el);
      body.push({ type: 'shape', shape: 'line', box: { x: b.x, y: b.y + headH + 0.02, w: b.w, h: 0 }, line: { color: theme.colors.accent, widthPt: 1.5 } });
    }
    if (col.chart) {
      body.push(chartElement(ctx, col.chart, bodyBox(i)));
      return;
    }
    const t = textIdx.indexOf(i);
    if (t >= 0) body.push(fitted[t]!.el);
  });
  return contentSlide(ctx, { ...fromSlide(slide), body });
}
