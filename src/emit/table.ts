/**
 * TableElement → pptxgenjs addTable: a real header row (bold cells; `firstRow="1"` is added to
 * `<a:tblPr>` in the zip pass because pptxgenjs cannot write it), the IR's column widths and row
 * height, per-column alignment, theme colours: header on the title colour, light stripes, hairlines.
 */
import type { BorderProps, Slide, TableCell, TableRow } from './pptx-lib.js';
import type { TableElement } from '../model/presentation.js';
import type { Theme } from '../model/theme.js';
import { pos } from './units.js';
import { stripXmlForbidden } from './xml-chars.js';

/** Cell padding, inches (below 1 so pptxgenjs reads it as inches, not points). */
const CELL_MARGIN_IN = 0.08;

export function addTableElement(slide: Slide, el: TableElement, theme: Theme, lang: string): void {
  const hairline = (): BorderProps => ({ type: 'solid', pt: 0.75, color: theme.colors.line });
  const none = (): BorderProps => ({ type: 'none' });
  const cell = (text: string, col: number, header: boolean, stripe: boolean): TableCell => ({
    text: stripXmlForbidden(text),
    options: {
      bold: header,
      color: header ? theme.colors.heroText : theme.colors.text,
      fill: { color: header ? theme.colors.title : stripe ? theme.colors.surface : theme.colors.background },
      align: el.align[col] ?? 'left',
      valign: 'middle',
      fontFace: el.font,
      fontSize: el.sizePt,
      lang,
      margin: [CELL_MARGIN_IN, CELL_MARGIN_IN, CELL_MARGIN_IN, CELL_MARGIN_IN],
      border: [none(), none(), hairline(), none()],
    },
  });
  const rows: TableRow[] = [
    el.header.map((h, c) => cell(h, c, true, false)),
    ...el.rows.map((row, r) => el.header.map((_, c) => cell(row[c] ?? '', c, false, r % 2 === 1))),
  ];
  slide.addTable(rows, {
    x: pos(el.box.x),
    y: pos(el.box.y),
    w: pos(el.box.w),
    colW: el.colWidths.map(pos),
    rowH: rows.map(() => pos(el.rowHeight)),
    autoPage: false,
    fontFace: el.font,
    fontSize: el.sizePt,
    lang,
  });
}
