/**
 * Table geometry from measured text: column widths from the cells' word and line widths, row
 * heights from the cells' wrapped text (src/text, the same wrapping the clients do), and the
 * pages a long table needs with its header row repeated on each. Inches; sizes in points.
 *
 * Rows of one page share one height (the IR's TableElement has a single rowHeight): the tallest
 * row of the page, never less than one line with some air.
 */
import type { TextElement } from '../model/presentation.js';
import type { Theme } from '../model/theme.js';
import { faceMetrics, textWidthPt } from '../text/font-metrics.js';
import { measureText, WIDTH_SAFETY } from '../text/measure.js';

/** Cell padding on all four sides, inches; must match CELL_MARGIN_IN in src/emit/table.ts. */
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

/**
 * Cuts the body rows into pages of at most `boxH` inches, each starting with the header row,
 * all rows of a page at the page's tallest row height. Balanced: as few pages as greedy filling
 * needs, with the rows spread evenly over them. Returns [start, end) row ranges and the height
 * of each page's rows; a row too tall for a page gets a page of its own (`fits` false).
 */
export function paginate(grid: TableGrid, boxH: number): { pages: [number, number][]; heights: number[]; fits: boolean } {
  const head = grid.rowHeights[0]!;
  const body = grid.rowHeights.slice(1);
  const fill = (maxRows: number): [number, number][] => {
    const pages: [number, number][] = [];
    let start = 0;
    while (start < body.length) {
      let h = head;
      let end = start;
      while (end < body.length && end - start < maxRows) {
        const next = Math.max(h, body[end]!);
        if (end > start && (end - start + 2) * next > boxH + 1e-9) break;
        h = next;
        end++;
      }
      pages.push([start, end]);
      start = end;
    }
    return pages;
  };
  const greedy = fill(Number.POSITIVE_INFINITY);
  let pages = greedy;
  for (let per = Math.ceil(body.length / greedy.length); per < body.length; per++) {
    const even = fill(per);
    if (even.length === greedy.length) {
      pages = even;
      break;
    }
  }
  const heights = pages.map(([a, b]) => Math.max(head, ...body.slice(a, b)));
  const fits = pages.every(([a, b], i) => (b - a + 1) * heights[i]! <= boxH + 1e-9);
  return { pages, heights, fits };
}
