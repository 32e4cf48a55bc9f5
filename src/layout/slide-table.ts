/**
 * Table slide: a header row and body rows, numbers formatted for the locale and right-aligned,
 * column widths by content length. Tables too long for one slide continue on further slides
 * with the header row repeated.
 */
import { formatNumber } from '../format/number.js';
import type { Slide } from '../model/outline.js';
import type { SlideIR, TableElement } from '../model/presentation.js';
import type { TableInput } from '../outline/schema.js';
import { contentSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX } from './grid.js';
import { bodyBelowSubtitle } from './subtitle.js';

export function tableSlide(ctx: LayoutContext, slide: Slide): SlideIR[] {
  const table = slide.table!;
  const { box } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX);
  const rows = table.rows.map((r) => table.header.map((_, c) => cellText(ctx, table, r[c])));
  const numeric = table.header.map((_, c) => table.rows.every((r) => typeof r[c] === 'number' || r[c] === undefined));
  const sizePt = ctx.theme.text.table.size;
  const rowHeight = (sizePt * 1.2 * 2) / 72 + 0.12; // room for two lines per cell
  const perSlide = Math.max(1, Math.floor(box.h / rowHeight) - 1);
  const chunks: string[][][] = [];
  for (let i = 0; i < rows.length; i += perSlide) chunks.push(rows.slice(i, i + perSlide));
  if (chunks.length > 1)
    ctx.diags.warning('layout/split', `"${slide.title}": table has ${rows.length} rows, continued on ${chunks.length} slides`, {
      span: slide.span,
    });
  const weights = table.header.map((h, c) => Math.max(4, h.length, ...rows.map((r) => Math.min(40, r[c]!.length))));
  const total = weights.reduce((a, b) => a + b, 0);
  const colWidths = weights.map((w) => (w / total) * box.w);
  return chunks.map((chunk, i) => {
    const el: TableElement = {
      type: 'table',
      box: { ...box, h: rowHeight * (chunk.length + 1) },
      header: table.header,
      rows: chunk,
      colWidths,
      align: numeric.map((n) => (n ? 'right' : 'left')),
      font: ctx.theme.fonts.body.name,
      sizePt,
      rowHeight,
    };
    return contentSlide(ctx, {
      title: chunks.length > 1 ? `${slide.title} ${ctx.strings.continued(i + 1, chunks.length)}` : slide.title,
      span: slide.span,
      cites: slide.cites,
      ...(slide.notes ? { notes: slide.notes } : {}),
      body: [el],
    });
  });
}

function cellText(ctx: LayoutContext, table: TableInput, v: string | number | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return formatNumber(
    v,
    {
      ...(table.format ? { format: table.format } : {}),
      ...(table.unit ? { unit: table.unit } : {}),
      ...(table.decimals !== undefined ? { decimals: table.decimals } : {}),
    },
    ctx.lang,
  );
}
