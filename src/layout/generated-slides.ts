/**
 * The slides briefdeck generates around the author's content: the title slide, the agenda from
 * the section titles, a divider per section, the numbered sources slide and the closing slide.
 */
import type { Section } from '../model/outline.js';
import type { Element, SlideIR } from '../model/presentation.js';
import { formatDeckDate, heroTitle } from './chrome.js';
import { citationText, contentSlide, slideNotes } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX, CONTENT_W, MARGIN_X, SLIDE } from './grid.js';
import { flowText, policyFor } from './overflow.js';
import { bulletParagraphs, fittedText, plain } from './text-block.js';

/** Dark hero slide with the deck title, subtitle and "author · date". */
export function titleSlide(ctx: LayoutContext): SlideIR {
  const { theme, outline } = ctx;
  const x = MARGIN_X + 0.4;
  const w = CONTENT_W - 0.8;
  // The title comes first in reading order (screen readers, PowerPoint's accessibility checker).
  const elements: Element[] = [
    heroTitle(ctx, {
      box: { x, y: 2.3, w, h: 2.2 },
      paragraphs: [plain(outline.title)],
      role: 'title',
      sizePt: 44,
      floorPt: 30,
      maxLines: 3,
      heading: true,
      bold: true,
      color: theme.colors.heroText,
      placeholder: 'title',
      valign: 'top',
    }, outline.span),
    { type: 'shape', shape: 'rect', box: { x, y: 2.05, w: 1.4, h: 0.1 }, fill: theme.colors.accent },
  ];
  if (outline.subtitle)
    elements.push(
      fittedText(theme, {
        box: { x, y: 4.6, w, h: 1.1 },
        paragraphs: [plain(outline.subtitle)],
        role: 'body',
        sizePt: 24,
        floorPt: 18,
        color: theme.colors.heroText,
      }).el,
    );
  const byline = [outline.author, outline.date ? formatDeckDate(outline.date, ctx.lang) : undefined].filter(Boolean).join(' · ');
  if (byline)
    elements.push(
      fittedText(theme, { box: { x, y: 6.1, w, h: 0.5 }, paragraphs: [plain(byline)], role: 'caption', sizePt: 18, color: theme.colors.accent, maxLines: 1 }).el,
    );
  return { role: 'title', master: 'TITLE', title: outline.title, elements, notes: slideNotes(ctx, undefined, []), background: theme.colors.heroBackground, span: outline.span };
}

export function agendaSlide(ctx: LayoutContext): SlideIR {
  const paragraphs = ctx.outline.sections.map((s) => ({ runs: [{ text: s.title }], level: 0, bullet: 'number' as const }));
  const [el] = flowText(ctx, { box: BODY_BOX, paragraphs, role: 'body', sizePt: 28, color: ctx.theme.colors.text, lineSpacing: 1.1 }, 'shrink', {
    title: ctx.strings.agenda,
    span: ctx.outline.span,
  });
  return contentSlide(ctx, { title: ctx.strings.agenda, span: ctx.outline.span, cites: [], body: [el!] });
}

/** Divider: the section number large in the accent colour, the section title beside it. */
export function sectionSlide(ctx: LayoutContext, section: Section, index: number): SlideIR {
  const { theme } = ctx;
  const elements: Element[] = [
    heroTitle(ctx, {
      box: { x: MARGIN_X + 3.0, y: 2.2, w: CONTENT_W - 3.4, h: 1.6 },
      paragraphs: [plain(section.title)],
      role: 'title',
      sizePt: 44,
      floorPt: 30,
      heading: true,
      bold: true,
      color: theme.colors.heroText,
      placeholder: 'title',
      valign: 'bottom',
    }, section.span),
    fittedText(theme, {
      box: { x: MARGIN_X + 0.4, y: 2.2, w: 2.4, h: 1.6 },
      paragraphs: [plain(String(index + 1).padStart(2, '0'))],
      role: 'kpiValue',
      sizePt: 80,
      floorPt: 80,
      heading: true,
      bold: true,
      color: theme.colors.accent,
      valign: 'bottom',
    }).el,
    { type: 'shape', shape: 'rect', box: { x: MARGIN_X + 3.0, y: 4.0, w: 1.4, h: 0.08 }, fill: theme.colors.accent },
  ];
  if (section.subtitle)
    elements.push(
      fittedText(theme, {
        box: { x: MARGIN_X + 3.0, y: 4.25, w: CONTENT_W - 3.4, h: 1.2 },
        paragraphs: [plain(section.subtitle)],
        role: 'body',
        color: theme.colors.heroText,
      }).el,
    );
  return {
    role: 'section',
    master: 'SECTION',
    title: section.title,
    elements,
    notes: section.notes ?? '',
    background: theme.colors.heroBackground,
    span: section.span,
  };
}

/** Numbered list of the sources actually cited, continued on further slides when long. */
export function sourcesSlides(ctx: LayoutContext): SlideIR[] {
  const ids = [...ctx.citationNumbers.keys()];
  if (ids.length === 0) return [];
  const paragraphs = ids.map((id) => ({ runs: [{ text: `[${ctx.citationNumber(id)}] ${citationText(ctx, id)}` }], level: 0 }));
  const parts = flowText(ctx, { box: BODY_BOX, paragraphs, role: 'caption', sizePt: 20, floorPt: 14, color: ctx.theme.colors.text }, 'split', {
    title: ctx.strings.sources,
    span: ctx.outline.span,
  });
  return parts.map((el, i) => ({
    ...contentSlide(ctx, {
      title: parts.length > 1 ? `${ctx.strings.sources} ${ctx.strings.continued(i + 1, parts.length)}` : ctx.strings.sources,
      span: ctx.outline.span,
      cites: [],
      body: [el],
    }),
    role: 'sources' as const,
  }));
}

export function closingSlide(ctx: LayoutContext): SlideIR | undefined {
  const closing = ctx.outline.closing;
  if (!closing) return undefined;
  const { theme } = ctx;
  const paragraphs = [
    ...(closing.text ? [plain(closing.text)] : []),
    ...bulletParagraphs(closing.bullets ?? []),
  ];
  const x = MARGIN_X + 0.4;
  const w = CONTENT_W - 0.8;
  const elements: Element[] = [
    heroTitle(ctx, {
      box: { x, y: 1.2, w, h: 1.3 },
      paragraphs: [plain(closing.title)],
      role: 'title',
      sizePt: 40,
      heading: true,
      bold: true,
      color: theme.colors.heroText,
      placeholder: 'title',
      valign: 'top',
    }, closing.span),
    { type: 'shape', shape: 'rect', box: { x, y: 1.0, w: 1.4, h: 0.1 }, fill: theme.colors.accent },
  ];
  const bodyBox = { x, y: 2.7, w, h: (closing.contact ? 5.9 : 6.6) - 2.7 };
  if (paragraphs.length > 0) {
    const [el] = flowText(ctx, { box: bodyBox, paragraphs, role: 'body', color: theme.colors.heroText }, policyFor(ctx, undefined) === 'error' ? 'error' : 'shrink', {
      title: closing.title,
      span: closing.span,
    });
    elements.push(el!);
  }
  if (closing.contact)
    elements.push(
      fittedText(theme, { box: { x, y: 6.1, w, h: 0.5 }, paragraphs: [plain(closing.contact)], role: 'caption', sizePt: 18, color: theme.colors.accent, maxLines: 1 }).el,
    );
  return {
    role: 'closing',
    master: 'TITLE',
    title: closing.title,
    elements,
    notes: closing.notes ?? '',
    background: theme.colors.heroBackground,
    span: closing.span,
  };
}

export const SLIDE_SIZE = { width: SLIDE.width, height: SLIDE.height };
