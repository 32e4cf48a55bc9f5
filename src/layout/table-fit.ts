/**
 * Table geometry from measured text: column widths from the cells' word and line widths, row
 * heights from the cells' wrapped text (src/text, the same wrapping the clients do), and the
 * pages a long table needs with its header row repeated on each. Inches; sizes in points.
 *
 * Every row has its own height (TableElement.rowHeights): its tallest cell's wrapped text, never
 * less than one line with some air.
 */
import type { TextElement } from '../model/presentation.js';
import type { Theme } from '../model/theme.js';
import { faceMetrics, textWidthPt } from '../text/font-metrics.js';
import { measureText, WIDTH_SAFETY } from '../text/measure.js';

/**
 * Cell padding on all four sides, inches: rows are measured with it, and it goes into the IR
 * (TableElement.cellInset), which emit writes as the cells' margins, so the two cannot drift.
 */
export const CELL_INSET = 0.08;
/** Extra height of a one-line row beyond its line and padding, inches (air between stripes). */
const ROW_AIR = 0.1;

export interface TableGrid {
  sizePt: number;
  colWidths: number[];
  /** Header row first, then the body rows. */
  rowHeights: number[];
}

function cellElement(theme: Theme, text: string, widthIn: number, sizePt: number, bold: boolean): Omit<TextElement, 'type'> {
  return {
    box: { x: 0, y: 0, w: widthIn, h: 1e6 },
    paragraphs: [{ runs: [{ text }], level: 0 }],
    font: theme.fonts.body.name,
    sizePt,
    color: '000000',
    ...(bold ? { bold: true } : {}),
    align: 'left',
    valign: 'middle',
    lineSpacing: 1,
    inset: CELL_INSET,
    bulletIndentPt: 0,
    paraSpaceAfterPt: 0,
  };
}

/** Column widths (inches, summing to widthIn) for cells at sizePt: no word broken where avoidable. */
export function columnWidths(theme: Theme, header: readonly string[], rows: readonly string[][], widthIn: number, sizePt: number): number[] {
  const regular = faceMetrics(theme.fonts.body, {});
  const bold = faceMetrics(theme.fonts.body, { bold: true });
  const pad = 2 * CELL_INSET;
  const inches = (pt: number): number => pt / 72 / WIDTH_SAFETY + pad + 0.02;
  const mins: number[] = [];
  const nats: number[] = [];
  header.forEach((h, c) => {
    let min = 0;
    let nat = 0;
    const cells: [string, boolean][] = [[h, true], ...rows.map((r): [string, boolean] => [r[c] ?? '', false])];
    for (const [text, isHeader] of cells) {
      const m = isHeader ? bold : regular;
      for (const word of text.split(/\s+/)) if (word) min = Math.max(min, textWidthPt(m, word, sizePt));
      nat = Math.max(nat, textWidthPt(m, text, sizePt));
    }
    mins.push(inches(min));
    nats.push(Math.max(inches(min), inches(nat)));
  });
  const sum = (a: readonly number[]): number => a.reduce((x, y) => x + y, 0);
  if (sum(nats) <= widthIn) return nats.map((n) => (n / sum(nats)) * widthIn);
  if (sum(mins) <= widthIn) {
    const spare = widthIn - sum(mins);
    const wish = sum(nats) - sum(mins);
    return mins.map((m, c) => m + (wish > 0 ? (spare * (nats[c]! - m)) / wish : spare / mins.length));
  }
  // Words wider than the table allows: they will be broken between characters.
  return mins.map((m) => (m / sum(mins)) * widthIn);
}

/** Widths and the measured height of every row at sizePt. */
export function tableGrid(theme: Theme, header: readonly string[], rows: readonly string[][], widthIn: number, sizePt: number): TableGrid {
  const colWidths = columnWidths(theme, header, rows, widthIn, sizePt);
  const face = theme.fonts.body;
  const minRow = (sizePt * 1.2) / 72 + 2 * CELL_INSET + ROW_AIR;
  const rowHeight = (cells: readonly string[], isHeader: boolean): number =>
    Math.max(minRow, ...colWidths.map((w, c) => measureText(cellElement(theme, cells[c] ?? '', w, sizePt, isHeader), face).heightIn));
  return { sizePt, colWidths, rowHeights: [rowHeight(header, true), ...rows.map((r) => rowHeight(r, false))] };
}

/** The pages of a table: body-row ranges and the heights of each page's rows. */
export interface TablePages {
  /** [start, end) ranges of body rows, one per page (one empty page for a table without rows). */
  pages: [number, number][];
  /** Per page: the header's height, then each of its body rows' (inches); sums to the page's height. */
  rowHeights: number[][];
  /** Per page: its tallest row (inches). */
  heights: number[];
  /** False when some page is taller than `boxH` (a row too tall even for a page of its own). */
  fits: boolean;
}

/**
 * Cuts the body rows into pages of at most `boxH` inches, each starting with the header row, every
 * row at its own measured height. Balanced: as few pages as greedy filling needs, with the rows
 * spread evenly over them. A row too tall for a page gets a page of its own (`fits` false).
 */
export function paginate(grid: TableGrid, boxH: number): TablePages {
  const head = grid.rowHeights[0]!;
  const body = grid.rowHeights.slice(1);
  const fill = (maxRows: number): [number, number][] => {
    const pages: [number, number][] = [];
    let start = 0;
    while (start < body.length) {
      let h = head;
      let end = start;
      while (end < body.length && end - start < maxRows) {
        if (end > start && h + body[end]! > boxH + 1e-9) break;
        h += body[end]!;
        end++;
      }
      pages.push([start, end]);
      start = end;
    }
    return pages;
  };
  const greedy = fill(Number.POSITIVE_INFINITY);
  let pages: [number, number][] = greedy.length > 0 ? greedy : [[0, 0]];
  for (let per = Math.ceil(body.length / Math.max(1, greedy.length)); per < body.length; per++) {
    const even = fill(per);
    if (even.length === greedy.length) {
      pages = even;
      break;
    }
  }
  const rowHeights = pages.map(([a, b]) => [head, ...body.slice(a, b)]);
  const heights = rowHeights.map((hs) => Math.max(...hs));
  const fits = rowHeights.every((hs) => hs.reduce((x, y) => x + y, 0) <= boxH + 1e-9);
  return { pages, rowHeights, heights, fits };
}
