/**
 * What surrounds the content of a content slide: the title (in the master's title placeholder),
 * the accent rule, the source line for cited sources, and the footer band
 * (footer text, date, slide number).
 */
import type { Element, ImageElement, Paragraph, ShapeElement, TextElement } from '../model/presentation.js';
import type { Span } from '../model/span.js';
import type { LayoutContext } from './context.js';
import { CONTENT_W, FOOTER, INSET, MARGIN_X, SOURCE_LINE, TITLE_BOX, TITLE_RULE } from './grid.js';

/** Inset of the one-line source line, inches. */
const SOURCE_INSET = 0.03;
import { HARD_MIN_PT, policyFor } from './overflow.js';
import { fittedText, plain, type TextSpec } from './text-block.js';

/**
 * The slide title: the role's size down to its floor within two lines; a title that needs more
 * is set smaller, in as many lines as the title box holds (down to HARD_MIN_PT), and reported,
 * so it never runs into the body.
 */
export function titleElement(ctx: LayoutContext, title: string, span: Span | undefined, hidden = false): TextElement {
  const { theme } = ctx;
  const spec: TextSpec = {
    box: TITLE_BOX,
    paragraphs: [plain(title)],
    role: 'title',
    heading: true,
    bold: true,
    color: theme.colors.title,
    valign: 'bottom',
    placeholder: 'title',
    ...(hidden ? { hidden: true } : {}),
  };
  const fitted = fittedText(theme, spec);
  if (fitted.fits || hidden) return fitted.el;
  const floor = theme.text.title.floor;
  const where = span ? { span } : {};
  if (policyFor(ctx, undefined) === 'error') {
    ctx.diags.error('layout/title-too-long', `title does not fit in ${theme.text.title.maxLines ?? 2} lines at ${floor} pt: "${title}"`, {
      ...where,
      hint: 'shorten the title; move detail into a bullet or the subtitle',
    });
    return fitted.el;
  }
  const smaller = fittedText(theme, { ...spec, sizePt: floor - 1, floorPt: HARD_MIN_PT, maxLines: 0 });
  ctx.diags.warning(
    'layout/title-too-long',
    `title does not fit in ${theme.text.title.maxLines ?? 2} lines at ${floor} pt; ${smaller.fits ? 'shrunk' : 'set'} to ${smaller.el.sizePt} pt in ${smaller.lines[0] ?? 1} lines: "${title}"`,
    { ...where, hint: 'shorten the title; move detail into a bullet or the subtitle' },
  );
  return smaller.el;
}

/**
 * A title on a generated slide (deck title, section divider, closing): its own sizes; when it
 * does not fit at its floor it is set smaller in as many lines as its box holds, and reported.
 */
export function heroTitle(ctx: LayoutContext, spec: TextSpec, span: Span | undefined): TextElement {
  const fitted = fittedText(ctx.theme, spec);
  if (fitted.fits) return fitted.el;
  const floor = Math.min(spec.floorPt ?? ctx.theme.text[spec.role].floor, spec.sizePt ?? ctx.theme.text[spec.role].size);
  const smaller = fittedText(ctx.theme, { ...spec, sizePt: floor - 1, floorPt: HARD_MIN_PT, maxLines: 0 });
  const text = spec.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  ctx.diags.warning('layout/title-too-long', `title does not fit at ${floor} pt; ${smaller.fits ? 'shrunk' : 'set'} to ${smaller.el.sizePt} pt: "${text}"`, {
    ...(span ? { span } : {}),
    hint: 'shorten the title',
  });
  return smaller.el;
}

export function titleRule(ctx: LayoutContext): ShapeElement {
  return { type: 'shape', shape: 'rect', box: { ...TITLE_RULE }, fill: ctx.theme.colors.accent };
}

/**
 * "Quelle: [1] KnowTechie" / "Sources: [1] KnowTechie; [2] …", for the slide's cited ids, in one
 * line above the footer band. When the names do not fit that line even at the caption floor, the
 * line keeps only the numbers ("Sources: [1]–[4], [7]"): the full citations are in the slide's
 * notes and on the sources slide, so nothing is lost, and the line never runs into the footer.
 */
export function sourceLine(ctx: LayoutContext, cites: readonly string[]): TextElement | undefined {
  if (cites.length === 0) return undefined;
  const label = cites.length === 1 ? ctx.strings.source : ctx.strings.sourcesMany;
  const list = cites.map((id) => `[${ctx.citationNumber(id)}] ${ctx.sourceShortName(id)}`).join('; ');
  // A one-line box 0.36 in tall: a small inset keeps a 16 pt line inside it; the box moves in by
  // the difference so the text still lines up with the body's left edge.
  const d = INSET - SOURCE_INSET;
  const spec = (text: string): TextSpec => ({
    box: { x: SOURCE_LINE.x + d, y: SOURCE_LINE.y, w: SOURCE_LINE.w - 2 * d, h: SOURCE_LINE.h },
    inset: SOURCE_INSET,
    paragraphs: [plain(text)],
    role: 'caption',
    color: ctx.theme.colors.muted,
    valign: 'bottom',
    maxLines: 1,
  });
  const full = fittedText(ctx.theme, spec(`${label}: ${list}`));
  if (full.fits) return full.el;
  const numbers = numberRanges(cites.map((id) => ctx.citationNumber(id)));
  return fittedText(ctx.theme, { ...spec(`${label}: ${numbers}`), floorPt: HARD_MIN_PT }).el;
}

/** [3, 1, 2, 7] → "[1]–[3], [7]". */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j - i >= 2 ? `[${sorted[i]}]–[${sorted[j]}]` : sorted.slice(i, j + 1).map((n) => `[${n}]`).join(', '));
    i = j + 1;
  }
  return out.join(', ');
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
  const logo = logoElement(ctx);
  if (logo) out.push(logo);
  return out;
}

/** Logo height in the footer band, inches; its width follows its aspect ratio (at most 1.5 in). */
const LOGO_H = 0.28;
/** Room kept for the slide number at the right end of the band, inches. */
const NUMBER_ROOM = 0.55;

/** The theme's logo, decorative, in the right third of the footer band left of the slide number. */
function logoElement(ctx: LayoutContext): ImageElement | undefined {
  const file = ctx.theme.logo;
  const px = file ? ctx.options.imageSizes?.get(file) : undefined;
  if (!file || !px) return undefined;
  const w = Math.min(1.5, (LOGO_H * px.width) / px.height);
  const h = (w * px.height) / px.width;
  return {
    type: 'image',
    box: { x: MARGIN_X + CONTENT_W - NUMBER_ROOM - w, y: FOOTER.y + (FOOTER.h - h) / 2, w, h },
    path: file,
    alt: '',
    decorative: true,
  };
}

/**
 * One long-date formatter per locale for the process, and the formatted dates: constructing an
 * Intl.DateTimeFormat costs ≈ 0.3–0.6 ms, formatting ≈ 0.01 ms, and the footer date is the same
 * on every slide of a deck. Bounded; cleared when full.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const formattedDates = new Map<string, string>();
const DATE_CACHE_LIMIT = 1_000;

/** 2026-12-01 → "1. Dezember 2026" / "December 1, 2026", in UTC so the result never shifts by a day. */
export function formatDeckDate(isoDate: string, locale: string): string {
  const key = `${locale}\u0000${isoDate}`;
  let text = formattedDates.get(key);
  if (text !== undefined) return text;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    if (dateFormats.size >= DATE_CACHE_LIMIT) dateFormats.clear();
    dateFormats.set(locale, format);
  }
  text = format.format(new Date(`${isoDate}T00:00:00Z`));
  if (formattedDates.size >= DATE_CACHE_LIMIT) formattedDates.clear();
  formattedDates.set(key, text);
  return text;
}
