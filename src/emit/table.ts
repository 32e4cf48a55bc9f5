/**
 * TableElement → pptxgenjs addTable: a real header row (bold cells; `firstRow="1"` is added to
 * `<a:tblPr>` in the zip pass because pptxgenjs cannot write it), the IR's column widths, row
 * heights and cell inset, per-column alignment. Every cell's fill, text colour and borders are set explicitly
 * from the theme (a viewer's default table style must never show through: LibreOffice otherwise
 * draws a white header on dark themes): see `tableColours`.
 */
import type { BorderProps, Slide, TableCell, TableRow } from './pptx-lib.js';
import type { TableElement } from '../model/presentation.js';
import type { Theme } from '../model/theme.js';
import { contrastRatio } from '../theme/color-contrast.js';
import { pos } from './units.js';
import { stripXmlForbidden } from './xml-chars.js';


/** The colours of a table, all 6-digit hex. */
export interface TableColours {
  headerFill: string;
  headerText: string;
  /** Body rows alternate: odd rows (0-based 1, 3, …) are striped. */
  rowFill: string;
  stripeFill: string;
  text: string;
  line: string;
}

/** Contrast the header text must have on the header fill (WCAG AA for large/bold text is 3). */
const MIN_HEADER_CONTRAST = 4.5;

/**
 * Header: the hero colours (navy/white on the light theme) when the hero background stands out
 * from the slide; otherwise (dark themes, whose hero background is near the slide colour) the
 * accent with its text colour. Body: slide background and `surface` stripes, `text`, `line` rules.
 * If the theme's header text colour does not read on the chosen fill, the better of text and
 * background is used instead.
 */
export function tableColours(theme: Theme): TableColours {
  const c = theme.colors;
  const hero = contrastRatio(c.heroBackground, c.background) >= 1.5;
  const headerFill = hero ? c.heroBackground : c.accent;
  let headerText = hero ? c.heroText : c.accentText;
  if (contrastRatio(headerText, headerFill) < MIN_HEADER_CONTRAST) {
    headerText = contrastRatio(c.text, headerFill) >= contrastRatio(c.background, headerFill) ? c.text : c.background;
  }
  return { headerFill, headerText, rowFill: c.background, stripeFill: c.surface, text: c.text, line: c.line };
}

export function addTableElement(slide: Slide, el: TableElement, theme: Theme, lang: string): void {
  const colours = tableColours(theme);
  const hairline = (): BorderProps => ({ type: 'solid', pt: 0.75, color: colours.line });
  const none = (): BorderProps => ({ type: 'none' });
  const cell = (text: string, col: number, header: boolean, stripe: boolean): TableCell => ({
    text: stripXmlForbidden(text),
    options: {
      bold: header,
      color: header ? colours.headerText : colours.text,
      fill: { color: header ? colours.headerFill : stripe ? colours.stripeFill : colours.rowFill },
      align: el.align[col] ?? 'left',
      valign: 'middle',
      fontFace: el.font,
      fontSize: el.sizePt,
      lang,
      // Inches: pptxgenjs reads cell margins below 1 as inches (the IR's insets are far below 1).
      margin: [el.cellInset, el.cellInset, el.cellInset, el.cellInset],
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
    rowH: rows.map((_, r) => pos(el.rowHeights?.[r] ?? el.rowHeight)),
    autoPage: false,
    fontFace: el.font,
    fontSize: el.sizePt,
    lang,
  });
}
