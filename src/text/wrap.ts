/**
 * Greedy line wrapping as PowerPoint and LibreOffice do it: a unit (text up to a break
 * opportunity, see breaks.ts) goes on the current line if its inked width fits; trailing spaces
 * hang past the margin and never count. A unit wider than a whole line starts a new line and is
 * broken between characters (reported as `overlongWord`, so callers can warn).
 *
 * A paragraph is prepared once (its units' widths in em for text at the element's size, plus
 * points for runs with their own size), then laid out cheaply at any size and width: fitting
 * tries many sizes, and layout runs for thousands of slides.
 */
import type { FontFace } from '../model/theme.js';
import { BreakKind, breakBefore, isHardBreak, isSpace } from './breaks.js';
import { faceMetrics, type FontMetrics, type FontStyle } from './font-metrics.js';

export interface WrapRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Fixed size of this run, points; absent = the size the paragraph is laid out at. */
  sizePt?: number;
}

interface RunInfo {
  start: number;
  end: number;
  metrics: FontMetrics;
  /** Fixed size, points, or 0 = scales with the element size. */
  fixedPt: number;
}

export interface PreparedParagraph {
  /** The runs' text concatenated. */
  readonly text: string;
  readonly runs: readonly RunInfo[];
  /** Per unit: end offset (exclusive) of the inked part and of the whole unit (with spaces). */
  readonly contentEnd: readonly number[];
  readonly unitEnd: readonly number[];
  /** Per unit: inked width = em × size + pt; trailing space width likewise. */
  readonly contentEm: readonly number[];
  readonly contentPt: readonly number[];
  readonly spaceEm: readonly number[];
  readonly spacePt: readonly number[];
  /** Per unit: 1 when a hard line break follows it. */
  readonly hard: readonly number[];
  /** Largest fixed run size, points (0 when none): lines are at least this tall. */
  readonly maxFixedPt: number;
}

export interface LayoutResult {
  lines: number;
  overlongWord: boolean;
  /** Offsets into `text` where lines 2..n start (only when asked for). */
  starts?: number[];
}

/** Cuts a paragraph into break units and measures them once. `base` is the element's style. */
export function prepareParagraph(runs: readonly WrapRun[], face: FontFace, base: FontStyle = {}): PreparedParagraph {
  let text = '';
  const infos: RunInfo[] = [];
  let maxFixedPt = 0;
  for (const r of runs) {
    if (r.text.length === 0) continue;
    const style: FontStyle = { bold: r.bold ?? base.bold ?? false, italic: r.italic ?? base.italic ?? false };
    const fixedPt = r.sizePt ?? 0;
    infos.push({ start: text.length, end: text.length + r.text.length, metrics: faceMetrics(face, style), fixedPt });
    text += r.text;
    if (fixedPt > maxFixedPt) maxFixedPt = fixedPt;
  }
  const contentEnd: number[] = [];
  const unitEnd: number[] = [];
  const hard: number[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    const kind =
      i === text.length ? (isHardBreak(text.charCodeAt(i - 1)) ? BreakKind.Hard : BreakKind.Soft) : breakBefore(text, i);
    if (kind === BreakKind.None) continue;
    let ce = i;
    while (ce > start && (isSpace(text.charCodeAt(ce - 1)) || isHardBreak(text.charCodeAt(ce - 1)))) ce--;
    contentEnd.push(ce);
    unitEnd.push(i);
    hard.push(kind === BreakKind.Hard ? 1 : 0);
    start = i;
  }
  // Plain arrays, not typed arrays: thousands of small typed arrays cost more to allocate and
  // collect than they save.
  const n = unitEnd.length;
  const zeros = (): number[] => new Array<number>(n).fill(0);
  const p = {
    text,
    runs: infos,
    contentEnd,
    unitEnd,
    contentEm: zeros(),
    contentPt: zeros(),
    spaceEm: zeros(),
    spacePt: zeros(),
    hard,
    maxFixedPt,
  };
  let s = 0;
  for (let u = 0; u < n; u++) {
    const ce = p.contentEnd[u]!;
    const ue = p.unitEnd[u]!;
    addWidth(p, infos, s, ce, u, p.contentEm, p.contentPt);
    addWidth(p, infos, ce, ue, u, p.spaceEm, p.spacePt);
    s = ue;
  }
  return p;
}

function addWidth(
  p: { text: string },
  runs: readonly RunInfo[],
  from: number,
  to: number,
  u: number,
  em: number[],
  pt: number[],
): void {
  if (to <= from) return;
  for (const r of runs) {
    const a = Math.max(from, r.start);
    const b = Math.min(to, r.end);
    if (a >= b) continue;
    const slice = p.text.slice(a, b);
    const w = r.metrics.widthUnits(isHardBreak(slice.charCodeAt(slice.length - 1)) ? slice.replace(/[\n\v\r\u2028]/g, '') : slice);
    const e = w / r.metrics.unitsPerEm;
    if (r.fixedPt > 0) pt[u]! += e * r.fixedPt;
    else em[u]! += e;
  }
}

/**
 * Lays a prepared paragraph out at `sizePt` into lines `widthPt` wide (`firstWidthPt` for the
 * first line, e.g. when a wide number label pushes it). Counts lines; an empty paragraph is one.
 */
export function layoutPrepared(
  p: PreparedParagraph,
  sizePt: number,
  widthPt: number,
  firstWidthPt: number = widthPt,
  wantStarts = false,
): LayoutResult {
  const starts: number[] | undefined = wantStarts ? [] : undefined;
  const EPS = 1e-6;
  let lines = 1;
  let width = firstWidthPt;
  let lineW = 0;
  let hasContent = false;
  let overlongWord = false;
  let unitStart = 0;
  const n = p.unitEnd.length;
  for (let u = 0; u < n; u++) {
    const c = p.contentEm[u]! * sizePt + p.contentPt[u]!;
    if (hasContent && lineW + c > width + EPS) {
      lines++;
      starts?.push(unitStart);
      width = widthPt;
      lineW = 0;
      hasContent = false;
    }
    if (!hasContent && c > width + EPS) {
      // Longer than a whole line: break between characters.
      overlongWord = true;
      const r = splitByChars(p, unitStart, p.contentEnd[u]!, sizePt, width, widthPt, starts);
      lines += r.breaks;
      if (r.breaks > 0) width = widthPt;
      lineW = r.lastWidth;
    } else {
      lineW += c;
    }
    lineW += p.spaceEm[u]! * sizePt + p.spacePt[u]!;
    hasContent = true;
    unitStart = p.unitEnd[u]!;
    if (p.hard[u] === 1 && u < n - 1) {
      lines++;
      starts?.push(unitStart);
      width = widthPt;
      lineW = 0;
      hasContent = false;
    } else if (p.hard[u] === 1) {
      // A break at the very end leaves an empty last line.
      lines++;
      starts?.push(unitStart);
    }
  }
  return starts ? { lines, overlongWord, starts } : { lines, overlongWord };
}

/** Greedy character breaking of text[from, to) starting on an empty line. */
function splitByChars(
  p: PreparedParagraph,
  from: number,
  to: number,
  sizePt: number,
  firstWidth: number,
  widthPt: number,
  starts: number[] | undefined,
): { breaks: number; lastWidth: number } {
  let breaks = 0;
  let cur = 0;
  let width = firstWidth;
  for (const r of p.runs) {
    const a = Math.max(from, r.start);
    const b = Math.min(to, r.end);
    const scale = (r.fixedPt > 0 ? r.fixedPt : sizePt) / r.metrics.unitsPerEm;
    for (let i = a; i < b; i++) {
      const cp = p.text.codePointAt(i)!;
      const w = r.metrics.advance(cp) * scale;
      if (cur > 0 && cur + w > width + 1e-6) {
        breaks++;
        starts?.push(i);
        width = widthPt;
        cur = 0;
      }
      cur += w;
      if (cp > 0xffff) i++;
    }
  }
  return { breaks, lastWidth: cur };
}

export interface WrappedLine {
  text: string;
  /** Inked width, points (trailing spaces excluded). */
  widthPt: number;
}

export interface WrapResult {
  lines: WrappedLine[];
  overlongWord: boolean;
}

/**
 * Wraps runs at `sizePt` (runs with their own `sizePt` keep it) into lines of `widthPt`
 * (the caller subtracts insets and indents: box width − 2·inset − indent).
 */
export function wrapParagraph(runs: readonly WrapRun[], face: FontFace, sizePt: number, widthPt: number): WrapResult {
  const p = prepareParagraph(runs, face);
  const r = layoutPrepared(p, sizePt, widthPt, widthPt, true);
  const bounds = [0, ...(r.starts ?? []), p.text.length];
  const lines: WrappedLine[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const raw = p.text.slice(bounds[i], bounds[i + 1]);
    const text = raw.replace(/[ \t\n\v\r\u2028]+$/, '');
    lines.push({ text, widthPt: inkedWidth(p, bounds[i]!, bounds[i]! + text.length, sizePt) });
  }
  return { lines, overlongWord: r.overlongWord };
}

function inkedWidth(p: PreparedParagraph, from: number, to: number, sizePt: number): number {
  let w = 0;
  for (const r of p.runs) {
    const a = Math.max(from, r.start);
    const b = Math.min(to, r.end);
    if (a >= b) continue;
    w += (r.metrics.widthUnits(p.text.slice(a, b)) * (r.fixedPt > 0 ? r.fixedPt : sizePt)) / r.metrics.unitsPerEm;
  }
  return w;
}
