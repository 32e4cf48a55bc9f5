/**
 * How tall a text element is at a size, which size fits its box, and where a bullet list that
 * does not fit should continue on another slide.
 *
 * Geometry (points; inches only at the interface):
 * - available line width = box.w − 2·inset − indent; a bulleted paragraph at level L is indented
 *   (L + 1)·bulletIndentPt (pptxgenjs writes marL = indent·(L+1) with a hanging indent of one
 *   step, so the bullet sits in the hanging part); a paragraph without bullet is not indented.
 *   A numbered label wider than the hanging indent pushes the first line (LibreOffice does so).
 * - line pitch = max(MIN_LINE_EM, the font's own single line height) × the element's size (or
 *   its largest run's fixed size) × lineSpacing; every line, the first included, gets the
 *   proportional spacing (LibreOffice puts the extra above the line), so a paragraph is
 *   lines × pitch tall, plus, below the last line, whatever part of the font's descender hangs
 *   out of the line box (LibreOffice sets the baseline 1.0 em below the top of a 1.2 em line;
 *   Liberation Sans' descender is 0.212 em, so 0.012 em hangs out).
 * - height = inset top + HEIGHT_SAFETY × (Σ (spaceBeforePt + paragraph) + paraSpaceAfterPt
 *   between paragraphs) + inset bottom; lines are filled to WIDTH_SAFETY of their width.
 *   The last paragraph's space after counts only when the box is not anchored at the top
 *   (LibreOffice centres or bottom-aligns a block that includes it; at the top it is blank space
 *   below the last line and cannot overflow). spaceBeforePt counts for every paragraph.
 */
import type { Paragraph, TextElement } from '../model/presentation.js';
import type { FitRule, FontFace } from '../model/theme.js';
import { faceMetrics, textWidthPt, type FontMetrics, type FontStyle } from './font-metrics.js';
import { layoutPrepared, prepareParagraph, type PreparedParagraph } from './wrap.js';

/**
 * Lines are at least this tall, em. LibreOffice lays out PPTX text with font-independent line
 * spacing: 1.2 em × the spacing multiple for Liberation Sans and Carlito alike (measured,
 * tests/text), as PowerPoint is reported to. Carlito's own metrics give 1.221 em: we keep the
 * larger value, since PowerPoint was not measured here and taller is the safe side.
 */
export const MIN_LINE_EM = 1.2;
/** How far below the top of a MIN_LINE_EM line LibreOffice puts the baseline, em (measured). */
const BASELINE_EM = 1.0;
/**
 * Safety margins, because an overflow is worse than a slightly smaller font. LibreOffice's line
 * widths differ from the exact kerned advances by up to ±0.5%, systematically per font size (its
 * glyph positioning rounds), and its heights by ±0.3 pt (measured, tests/text); PowerPoint
 * rounds in its own way.
 * Lines are filled to WIDTH_SAFETY of the available width; text heights (without insets) are
 * counted HEIGHT_SAFETY times.
 */
export const WIDTH_SAFETY = 0.995;
export const HEIGHT_SAFETY = 1.02;

export type MeasurableText = Omit<TextElement, 'type'>;

export interface TextMeasure {
  heightIn: number;
  /** Total lines over all paragraphs. */
  lines: number;
  /** Lines per paragraph, in order. */
  lineCounts: number[];
  /** Some word was wider than its line and was broken between characters. */
  overlongWord: boolean;
}

/**
 * Prepared paragraphs, keyed by font files, base style and the runs' content: fitting measures
 * the same paragraphs at many sizes, layout rebuilds paragraph objects, and decks repeat text.
 * Bounded; cleared when full. (A WeakMap on the objects costs more in garbage collection.)
 */
const prepCache = new Map<string, PreparedParagraph>();
const PREP_CACHE_LIMIT = 20_000;

function prepared(p: Paragraph, faceKey: string, face: FontFace, base: FontStyle): PreparedParagraph {
  let key = faceKey;
  for (const r of p.runs) {
    key += `\u0000${r.bold === undefined ? '' : r.bold ? 'b' : 'r'}${r.italic === undefined ? '' : r.italic ? 'i' : 'u'}${r.sizePt ?? ''}\u0001${r.text}`;
  }
  let prep = prepCache.get(key);
  if (!prep) {
    prep = prepareParagraph(p.runs, face, base);
    if (prepCache.size >= PREP_CACHE_LIMIT) prepCache.clear();
    prepCache.set(key, prep);
  }
  return prep;
}

interface ParaMeasure {
  lines: number;
  heightPt: number;
  /** Descender ink below the last line's box, points. */
  hangPt: number;
  overlong: boolean;
}

/** The ordinal label of each numbered paragraph ("1.", "2." …; restarts after other paragraphs). */
function numberLabels(paragraphs: readonly Paragraph[]): (string | undefined)[] {
  const counters: number[] = [];
  return paragraphs.map((p) => {
    if (p.bullet !== 'number') {
      if (!p.bullet) counters.length = 0;
      return undefined;
    }
    counters.length = p.level + 1;
    counters[p.level] = (counters[p.level] ?? 0) + 1;
    return `${counters[p.level]}.`;
  });
}

/** What does not depend on the size: prepared paragraphs, number labels, metrics. */
interface PreparedText {
  preps: PreparedParagraph[];
  labels: (string | undefined)[];
  metrics: FontMetrics;
}

function prepareText(el: Omit<MeasurableText, 'sizePt'>, face: FontFace): PreparedText {
  const base: FontStyle = { bold: el.bold ?? false, italic: el.italic ?? false };
  const faceKey = `${face.regular}|${face.bold}|${face.italic ?? ''}|${base.bold ? 1 : 0}${base.italic ? 1 : 0}`;
  return {
    preps: el.paragraphs.map((p) => prepared(p, faceKey, face, base)),
    labels: numberLabels(el.paragraphs),
    metrics: faceMetrics(face, base),
  };
}

function measureParagraphs(el: Omit<MeasurableText, 'sizePt'>, t: PreparedText, sizePt: number): ParaMeasure[] {
  const { metrics, labels } = t;
  const lineEm = Math.max(metrics.lineHeightEm, MIN_LINE_EM);
  const hangEm = Math.max(0, metrics.descentEm - (lineEm - BASELINE_EM));
  const boxW = el.box.w * 72 - 2 * el.inset * 72;
  return el.paragraphs.map((p, i) => {
    const prep = t.preps[i]!;
    const indent = p.bullet ? (p.level + 1) * el.bulletIndentPt : 0;
    const width = boxW - indent;
    let first = width;
    const label = labels[i];
    if (label) {
      // The label starts at marL − hanging indent; text follows it with at least a small gap.
      const labelW = textWidthPt(metrics, label, sizePt) + 0.25 * sizePt;
      first = width - Math.max(0, labelW - el.bulletIndentPt);
    }
    const r = layoutPrepared(prep, sizePt, width * WIDTH_SAFETY, first * WIDTH_SAFETY);
    const size = Math.max(sizePt, prep.maxFixedPt);
    const linePt = size * lineEm * el.lineSpacing;
    return { lines: r.lines, heightPt: (p.spaceBeforePt ?? 0) + r.lines * linePt, hangPt: hangEm * size, overlong: r.overlongWord };
  });
}

function totalHeightPt(el: Omit<MeasurableText, 'sizePt'>, paras: readonly ParaMeasure[], from = 0, to = paras.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h += paras[i]!.heightPt;
  if (to > from) h += paras[to - 1]!.hangPt;
  const gaps = Math.max(0, to - from - 1) + (el.valign !== 'top' && to > from ? 1 : 0);
  return 2 * el.inset * 72 + (h + gaps * el.paraSpaceAfterPt) * HEIGHT_SAFETY;
}

/** Height and line counts of a text element at its own size. */
export function measureText(el: MeasurableText, face: FontFace): TextMeasure {
  return measureAt(el, face, el.sizePt);
}

function measureAt(el: Omit<MeasurableText, 'sizePt'>, face: FontFace, sizePt: number, t = prepareText(el, face)): TextMeasure {
  const paras = measureParagraphs(el, t, sizePt);
  const lineCounts = paras.map((p) => p.lines);
  return {
    heightIn: totalHeightPt(el, paras) / 72,
    lines: lineCounts.reduce((a, b) => a + b, 0),
    lineCounts,
    overlongWord: paras.some((p) => p.overlong),
  };
}

function fitsMeasure(m: TextMeasure, boxH: number, maxLines: number | undefined): boolean {
  return m.heightIn <= boxH + 1e-9 && (!maxLines || m.lineCounts.every((n) => n <= maxLines));
}

/** Whether the element fits its box at `sizePt` (and has at most `maxLines` lines per paragraph). */
export function fitsAt(el: Omit<MeasurableText, 'sizePt'>, face: FontFace, sizePt: number, maxLines?: number): boolean {
  return fitsMeasure(measureAt(el, face, sizePt), el.box.h, maxLines);
}

export interface FitResult {
  sizePt: number;
  fits: boolean;
  heightIn: number;
  lines: number;
  /** The chosen size still breaks a word between characters. */
  overlongWord: boolean;
}

/**
 * The largest size from rule.size down to rule.floor (in steps of stepPt, default 1 pt; one size
 * for the whole element) at which the text fits box.h and each paragraph has at most
 * rule.maxLines lines (0 or absent = unlimited). Among fitting sizes, the largest one that breaks
 * no word between characters wins; if every fitting size breaks a word, the largest fitting one.
 * When nothing fits: the floor, fits = false.
 */
export function fitText(
  el: Omit<MeasurableText, 'sizePt'>,
  face: FontFace,
  rule: FitRule,
  opts: { stepPt?: number } = {},
): FitResult {
  const step = opts.stepPt && opts.stepPt > 0 ? opts.stepPt : 1;
  const floor = Math.min(rule.floor, rule.size);
  const prep = prepareText(el, face);
  let firstFit: FitResult | undefined;
  let last: FitResult | undefined;
  for (let i = 0; ; i++) {
    // Integer steps from the top avoid drift (24, 23, … not 23.000000001).
    const size = Math.max(floor, Math.round((rule.size - i * step) * 1000) / 1000);
    const m = measureAt(el, face, size, prep);
    const fits = fitsMeasure(m, el.box.h, rule.maxLines);
    last = { sizePt: size, fits, heightIn: m.heightIn, lines: m.lines, overlongWord: m.overlongWord };
    if (fits && !m.overlongWord) return last;
    if (fits && !firstFit) firstFit = last;
    if (size <= floor) break;
  }
  return firstFit ?? last;
}

/**
 * Where continuation slides start when the element does not fit its box at `sizePt`: indices of
 * the paragraphs that open slide 2, 3, … (empty when everything fits). Greedy, in order; a slide
 * never starts with a level-1 paragraph when its level-0 parent can move along with it (the
 * parent is not the first paragraph of the slide being filled). A paragraph too tall for a box on
 * its own still gets a slide of its own: the caller reports it.
 */
export function splitToFit(el: Omit<MeasurableText, 'sizePt'>, face: FontFace, sizePt: number): number[] {
  const paras = measureParagraphs(el, prepareText(el, face), sizePt);
  const starts: number[] = [];
  let from = 0;
  for (let i = 1; i < paras.length; i++) {
    if (totalHeightPt(el, paras, from, i + 1) / 72 <= el.box.h + 1e-9) continue;
    let cut = i;
    if (el.paragraphs[i]!.level > 0) {
      let parent = i - 1;
      while (parent > from && el.paragraphs[parent]!.level > 0) parent--;
      const keepsParent = parent > from && el.paragraphs[parent]!.level === 0;
      // Only when parent and children fit together: never trade an orphan for an overflow.
      if (keepsParent && totalHeightPt(el, paras, parent, i + 1) / 72 <= el.box.h + 1e-9) cut = parent;
    }
    starts.push(cut);
    from = cut;
  }
  return starts;
}

/**
 * Height (inches) of paragraphs [from, to) of the element set alone in its box at `sizePt`, as
 * a function, so a caller can try many ways of cutting a list without measuring it again.
 */
export function blockHeights(el: Omit<MeasurableText, 'sizePt'>, face: FontFace, sizePt: number): (from: number, to: number) => number {
  const paras = measureParagraphs(el, prepareText(el, face), sizePt);
  return (from, to) => totalHeightPt(el, paras, from, to) / 72;
}
