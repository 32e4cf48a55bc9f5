/**
 * Checks one rendered slide against its IR boxes:
 * - every word lies on the slide (hidden titles excepted: they sit above it on purpose);
 * - every word is assigned to the box whose text contains it (preferring a box that holds it
 *   whole, then one that holds its centre, then the nearest) and must lie inside that box,
 *   within TOL_PT;
 * - every box got exactly the characters of its text (a word that escaped into another box of
 *   the same words would leave one box short and the other long);
 * - no two words of different boxes overlap;
 * - no word other than footer text reaches into the footer band (below FOOTER_TOP).
 * Units: PDF points from the page's top-left corner (pdftotext's convention).
 */
import { FOOTER_TOP } from '../../src/layout/grid.js';
import type { PdfPage, PdfWord } from './pdf-words.js';
import { squash, type TextBox } from './slide-boxes.js';

/** How far a word may stick out of its box, points (glyph side bearings, rounding). */
export const TOL_PT = 2;
/** Two words overlap when their boxes, each shrunk by this much, still intersect. */
const OVERLAP_SHRINK_PT = 0.75;

export interface SlideCheck {
  boxes: number;
  words: number;
  problems: string[];
}

/**
 * pdftotext reports a word's box from the font's nominal extent, which for the fonts LibreOffice
 * embeds is poppler's default: 0.95 em above the baseline and 0.35 em below (measured: every word
 * box is 1.3 × its size). That is taller than any glyph, so it is cut back to what glyphs can ink:
 * ASCENT_EM above the baseline (accented capitals), DESCENT_EM below (descenders).
 */
const PDF_ASCENT_EM = 0.95;
const PDF_EXTENT_EM = 1.3;
const ASCENT_EM = 0.95;
const DESCENT_EM = 0.25;

export function glyphBox(w: PdfWord): PdfWord {
  const size = (w.yMax - w.yMin) / PDF_EXTENT_EM;
  const baseline = w.yMin + PDF_ASCENT_EM * size;
  return { ...w, yMin: baseline - ASCENT_EM * size, yMax: baseline + DESCENT_EM * size };
}

const reverse = (s: string): string => [...s].reverse().join('');

function inside(w: PdfWord, b: TextBox, tol: number): boolean {
  return w.xMin >= b.x0 - tol && w.xMax <= b.x1 + tol && w.yMin >= b.y0 - tol && w.yMax <= b.y1 + tol;
}

function holdsCentre(w: PdfWord, b: TextBox): boolean {
  const cx = (w.xMin + w.xMax) / 2;
  const cy = (w.yMin + w.yMax) / 2;
  return cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1;
}

function distance(w: PdfWord, b: TextBox): number {
  const cx = (w.xMin + w.xMax) / 2;
  const cy = (w.yMin + w.yMax) / 2;
  const dx = Math.max(b.x0 - cx, 0, cx - b.x1);
  const dy = Math.max(b.y0 - cy, 0, cy - b.y1);
  return Math.hypot(dx, dy);
}

/** Whether the box's text can contain this word (RTL words may come out reversed). */
function canHold(b: TextBox, t: string): boolean {
  if (b.text === undefined) return true;
  if (b.text.includes(t) || b.text.includes(reverse(t))) return true;
  return b.numbered && /^\d+\.$/.test(t);
}

function overlap(a: PdfWord, b: PdfWord): boolean {
  const s = OVERLAP_SHRINK_PT;
  return a.xMin + s < b.xMax - s && b.xMin + s < a.xMax - s && a.yMin + s < b.yMax - s && b.yMin + s < a.yMax - s;
}

function numberLabelChars(b: TextBox, words: readonly string[]): number {
  return b.numbered ? words.filter((t) => /^\d+\.$/.test(t)).reduce((n, t) => n + t.length, 0) : 0;
}

export function checkSlide(page: PdfPage, boxes: readonly TextBox[], where: string): SlideCheck {
  const problems: string[] = [];
  const assigned = new Map<TextBox, PdfWord[]>(boxes.map((b) => [b, []]));
  const owner = new Map<PdfWord, TextBox>();
  for (const raw of page.words) {
    const w = glyphBox(raw);
    const t = squash(w.text);
    if (!t) continue;
    const candidates = boxes.filter((b) => canHold(b, t));
    const box =
      candidates.find((b) => inside(w, b, TOL_PT)) ??
      candidates.find((b) => holdsCentre(w, b)) ??
      [...candidates].sort((a, b) => distance(w, a) - distance(w, b))[0];
    const at = `"${w.text}" at (${w.xMin.toFixed(1)}, ${w.yMin.toFixed(1)})–(${w.xMax.toFixed(1)}, ${w.yMax.toFixed(1)})`;
    if (!box) {
      problems.push(`${where}: word ${at} belongs to no text box`);
      continue;
    }
    owner.set(w, box);
    assigned.get(box)!.push(w);
    const offPage = w.xMin < -TOL_PT || w.yMin < -TOL_PT || w.xMax > page.width + TOL_PT || w.yMax > page.height + TOL_PT;
    if (offPage && !box.hidden) problems.push(`${where}: word ${at} lies outside the slide`);
    if (!inside(w, box, TOL_PT)) problems.push(`${where}: word ${at} lies outside its box ${box.label}`);
    if (!box.footer && !box.hidden && w.yMax > FOOTER_TOP * 72 + TOL_PT) problems.push(`${where}: word ${at} of ${box.label} reaches into the footer band`);
  }
  for (const [box, words] of assigned) {
    if (box.text === undefined || box.hidden) continue;
    const texts = words.map((w) => squash(w.text));
    const got = texts.join('').length - numberLabelChars(box, texts);
    if (got !== box.text.length)
      problems.push(`${where}: box ${box.label} shows ${got} of its ${box.text.length} characters inside it`);
  }
  const words = [...owner.keys()];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      if (owner.get(a) !== owner.get(b) && overlap(a, b))
        problems.push(`${where}: word "${a.text}" of ${owner.get(a)!.label} overlaps "${b.text}" of ${owner.get(b)!.label}`);
    }
  return { boxes: boxes.filter((b) => !b.hidden).length, words: page.words.length, problems };
}
