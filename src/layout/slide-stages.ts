/**
 * Stages slide: two to five forecast horizons on a time line. Each stage has its horizon above
 * the line, a marker on it, and a card below with the stage's title and points. All cards share
 * one text size so the stages read as equals.
 */
import type { Slide } from '../model/outline.js';
import type { Element, Paragraph, SlideIR } from '../model/presentation.js';
import { contentSlide, fromSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX, GUTTER } from './grid.js';
import { fitShared, policyFor } from './overflow.js';
import { plain, type TextSpec } from './text-block.js';

const WHEN_H = 0.5;
const MARK = 0.26;

export function stagesSlide(ctx: LayoutContext, slide: Slide): SlideIR {
  const { theme } = ctx;
  const stages = slide.stages ?? [];
  const area = BODY_BOX;
  const n = Math.max(stages.length, 1);
  const colW = (area.w - GUTTER * (n - 1)) / n;
  const lineY = area.y + WHEN_H + 0.2;
  const cardTop = lineY + 0.35;
  const cardH = area.y + area.h - cardTop;
  const body: Element[] = [
    { type: 'shape', shape: 'line', box: { x: area.x, y: lineY, w: area.w, h: 0 }, line: { color: theme.colors.line, widthPt: 2.5 } },
  ];
  const cardSpec = (i: number): TextSpec => {
    const s = stages[i]!;
    const x = area.x + i * (colW + GUTTER);
    const paragraphs: Paragraph[] = [
      { runs: [{ text: s.title, bold: true, color: theme.colors.title }], level: 0 },
      ...(s.points ?? []).map((p): Paragraph => ({ runs: [{ text: p }], level: 0, bullet: 'bullet' })),
    ];
    return {
      box: { x: x + 0.12, y: cardTop + 0.15, w: colW - 0.24, h: cardH - 0.3 },
      paragraphs,
      role: 'body',
      sizePt: 20,
      floorPt: 14,
      color: theme.colors.text,
    };
  };
  const whenSpec = (i: number): TextSpec => ({
    box: { x: area.x + i * (colW + GUTTER), y: area.y, w: colW, h: WHEN_H },
    paragraphs: [plain(stages[i]!.when)],
    role: 'body',
    sizePt: 22,
    floorPt: 16,
    maxLines: 1,
    bold: true,
    heading: true,
    color: theme.colors.accent,
    valign: 'bottom',
  });
  const policy = policyFor(ctx, slide.overflow);
  const where = { title: slide.title, span: slide.span };
  const whens = fitShared(ctx, stages.map((_, i) => whenSpec(i)), policy, { ...where, what: 'stage horizons' });
  const cards = fitShared(ctx, stages.map((_, i) => cardSpec(i)), policy, { ...where, what: 'stage cards' });
  stages.forEach((_, i) => {
    const x = area.x + i * (colW + GUTTER);
    body.push(whens[i]!.el);
    body.push({ type: 'shape', shape: 'ellipse', box: { x: x + 0.1, y: lineY - MARK / 2, w: MARK, h: MARK }, fill: theme.colors.accent });
    body.push({ type: 'shape', shape: 'rect', box: { x, y: cardTop, w: colW, h: cardH }, fill: theme.colors.surface });
    body.push(cards[i]!.el);
  });
  return contentSlide(ctx, { ...fromSlide(slide), body });
}
