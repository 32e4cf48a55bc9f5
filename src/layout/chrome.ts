/**
 * What surrounds the content of a content slide: the title (in the master's title placeholder),
 * the accent rule, the source line for cited sources, and the footer band
 * (footer text, date, slide number).
 */
import type { Element, Paragraph, ShapeElement, TextElement } from '../model/presentation.js';
import type { Span } from '../model/span.js';
import type { LayoutContext } from './context.js';
import { CONTENT_W, FOOTER, MARGIN_X, SOURCE_LINE, TITLE_BOX, TITLE_RULE } from './grid.js';
import { fittedText, plain } from './text-block.js';

/** The slide title; reports a title that needs more than two lines even at the floor. */
export function titleElement(ctx: LayoutContext, title: string, span: Span | undefined, hidden = false): TextElement {
  const { theme } = ctx;
  const fitted = fittedText(theme, {
    box: TITLE_BOX,
    paragraphs: [plain(title)],
    role: 'title',
    heading: true,
    bold: true,
    color: theme.colors.title,
    valign: 'bottom',
    placeholder: 'title',
    ...(hidden ? { hidden: true } : {}),
  });
  if (!fitted.fits && !hidden) {
    ctx.diags.warning('layout/title-too-long', `title does not fit in two lines at ${fitted.el.sizePt} pt: "${title}"`, {
      ...(span ? { span } : {}),
      hint: 'shorten the title; move detail into a bullet or the subtitle',
    });
  }
  return fitted.el;
}

export function titleRule(ctx: LayoutContext): ShapeElement {
  return { type: 'shape', shape: 'rect', box: { ...TITLE_RULE }, fill: ctx.theme.colors.accent };
}

/** "Quelle: [1] KnowTechie" / "Sources: [1] KnowTechie; [2] …", for the slide's cited ids. */
export function sourceLine(ctx: LayoutContext, cites: readonly string[]): TextElement | undefined {
  if (cites.length === 0) return undefined;
  const label = cites.length === 1 ? ctx.strings.source : ctx.strings.sourcesMany;
  const list = cites.map((id) => `[${ctx.citationNumber(id)}] ${ctx.sourceShortName(id)}`).join('; ');
  return fittedText(ctx.theme, {
    box: SOURCE_LINE,
    paragraphs: [plain(`${label}: ${list}`)],
    role: 'caption',
    color: ctx.theme.colors.muted,
    valign: 'bottom',
    maxLines: 1,
  }).el;
}

/** Footer band: the deck footer at the left, the date in the middle, the slide number at the right. */
export function footerElements(ctx: LayoutContext, slideNumber: number | undefined): Element[] {
  const { theme, outline } = ctx;
  const out: Element[] = [];
  const third = CONTENT_W / 3;
  const part = (text: string, i: number, align: TextElement['align']): TextElement =>
    fittedText(theme, {
      box: { x: MARGIN_X + i * third, y: FOOTER.y, w: third, h: FOOTER.h },
      paragraphs: [plain(text) as Paragraph],
      role: 'footer',
      color: theme.colors.muted,
      align,
      valign: 'middle',
    }).el;
  out.push({ type: 'shape', shape: 'line', box: { x: MARGIN_X, y: FOOTER.y - 0.02, w: CONTENT_W, h: 0 }, line: { color: theme.colors.line, widthPt: 0.75 } });
  if (outline.footer) out.push(part(outline.footer, 0, 'left'));
  if (outline.date) out.push(part(formatDeckDate(outline.date, ctx.lang), 1, 'center'));
  if (slideNumber !== undefined) out.push(part(String(slideNumber), 2, 'right'));
  return out;
}

/** 2026-12-01 → "1. Dezember 2026" / "December 1, 2026", in UTC so the result never shifts by a day. */
export function formatDeckDate(isoDate: string, locale: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}
