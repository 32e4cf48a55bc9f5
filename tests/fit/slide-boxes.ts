/**
 * The text boxes of one slide of the Presentation IR, in PDF points (72 per inch, origin at the
 * slide's top-left corner), each with the text it must show: a text element is one box, a table
 * is one box per cell (rows stacked at the IR's row heights, header first, so a row that grew in
 * the client pushes the words below it out of their cells), a native chart is a box whose words are not ours to know
 * (any word may sit in it). Chart and picture images draw no words and give no box.
 */
import type { SlideIR, TextElement } from '../../src/model/presentation.js';
import { FOOTER_TOP } from '../../src/layout/grid.js';
import { HIDDEN_TITLE_GAP } from '../../src/emit/text.js';

export interface TextBox {
  /** For messages: "text 'Zwölf lange…'", "table r3c2", "chart s07-chart". */
  label: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** What the box shows, squashed (see `squash`); undefined = any word (native chart). */
  text: string | undefined;
  /** Numbered paragraphs draw labels "1." … that are not in the text. */
  numbered: boolean;
  footer: boolean;
  /** Kept above the slide on purpose (a hidden title for screen readers). */
  hidden: boolean;
}

/** Text as compared with PDF words: compatibility-normalised, without whitespace and bullets. */
export function squash(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u00a0\u200b\u2022]+/g, '');
}

const PT = 72;

function textOf(el: TextElement): string {
  return el.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

export function slideBoxes(slide: SlideIR): TextBox[] {
  const out: TextBox[] = [];
  for (const el of slide.elements) {
    if (el.type === 'text') {
      const y = el.hidden ? -(el.box.h + HIDDEN_TITLE_GAP) : el.box.y;
      out.push({
        label: `text "${short(textOf(el))}"`,
        x0: el.box.x * PT,
        y0: y * PT,
        x1: (el.box.x + el.box.w) * PT,
        y1: (y + el.box.h) * PT,
        text: squash(textOf(el)),
        numbered: el.paragraphs.some((p) => p.bullet === 'number'),
        footer: el.box.y >= FOOTER_TOP - 1e-6,
        hidden: el.hidden === true,
      });
    } else if (el.type === 'table') {
      const rows = [el.header, ...el.rows];
      let y = el.box.y;
      rows.forEach((row, r) => {
        const h = el.rowHeights?.[r] ?? el.rowHeight;
        let x = el.box.x;
        el.colWidths.forEach((w, c) => {
          out.push({
            label: `table r${r}c${c} "${short(row[c] ?? '')}"`,
            x0: x * PT,
            y0: y * PT,
            x1: (x + w) * PT,
            y1: (y + h) * PT,
            text: squash(row[c] ?? ''),
            numbered: false,
            footer: false,
            hidden: false,
          });
          x += w;
        });
        y += h;
      });
    } else if (el.type === 'chart' && el.render === 'native') {
      out.push({
        label: `chart ${el.chart.id}`,
        x0: el.box.x * PT,
        y0: el.box.y * PT,
        x1: (el.box.x + el.box.w) * PT,
        y1: (el.box.y + el.box.h) * PT,
        text: undefined,
        numbered: false,
        footer: false,
        hidden: false,
      });
    }
  }
  return out;
}
