/**
 * Table slide: a header row and body rows, numbers formatted for the locale and right-aligned,
 * column widths and each row's height measured from the cells' text (table-fit.ts). A table too long
 * for one slide first shrinks to the theme's table floor, then continues on further slides with
 * the header row repeated.
 */
import { formatNumber } from '../format/number.js';
import type { Slide } from '../model/outline.js';
import type { SlideIR, TableElement } from '../model/presentation.js';
import type { TableInput } from '../outline/schema.js';
import { contentSlide, fromSlide } from './content-slide.js';
import type { LayoutContext } from './context.js';
import { BODY_BOX } from './grid.js';
import { HARD_MIN_PT, policyFor } from './overflow.js';
import { bodyBelowSubtitle } from './subtitle.js';
import { CELL_INSET, paginate, tableGrid } from './table-fit.js';

export function tableSlide(ctx: LayoutContext, slide: Slide): SlideIR[] {
  const table = slide.table!;
  const { theme } = ctx;
  const { box, elements: lead } = bodyBelowSubtitle(ctx, slide.subtitle, BODY_BOX, slide.span);
  const rows = table.rows.map((r) => table.header.map((_, c) => cellText(ctx, table, r[c])));
  const numeric = table.header.map((_, c) => table.rows.every((r) => typeof r[c] === 'number' || r[c] === undefined));
  const policy = policyFor(ctx, slide.overflow);
  const at = { span: slide.span };
  const { size: preferred, floor } = theme.text.table;
  const layoutAt = (size: number) => {
    const grid = tableGrid(theme, table.header, rows, box.w, size);
    return { grid, ...paginate(grid, box.h) };
  };
  // Shrink first (to the floor, or below it with `shrink`); paginate only past that, at the
  // largest size that needs no more pages than the floor does.
  const atFloor = layoutAt(floor);
  let chosen = atFloor;
  for (let size = preferred; size > floor; size--) {
    const l = layoutAt(size);
    if (l.pages.length <= atFloor.pages.length && (l.fits || !atFloor.fits)) {
      chosen = l;
      break;
    }
  }
  if (policy === 'shrink' && atFloor.pages.length > 1)
    for (let size = floor - 1; size >= HARD_MIN_PT; size--) {
      const l = layoutAt(size);
      if (l.pages.length === 1 && l.fits) {
        chosen = l;
        break;
      }
    }
  const { grid, pages, heights, rowHeights } = chosen;
  const sizePt = grid.sizePt;
  if (sizePt < floor)
    ctx.diags.warning('layout/below-floor', `"${slide.title}": table shrunk to ${sizePt} pt, below the theme's floor of ${floor} pt`, {
      ...at,
      hint: 'fewer rows or shorter cells keep the table readable',
    });
  else if (pages.length === 1 && sizePt < preferred) ctx.diags.info('layout/shrunk', `"${slide.title}": table shrunk to ${sizePt} pt to fit`, at);
  if (pages.length > 1) {
    if (policy === 'error')
      ctx.diags.error('layout/overflow', `"${slide.title}": table with ${rows.length} rows does not fit one slide even at ${floor} pt`, {
        ...at,
        hint: 'shorten the table, or set overflow: split to continue it on further slides',
      });
    else
      ctx.diags.warning(
        'layout/split',
        `"${slide.title}": table with ${rows.length} rows split into ${pages.length} slides at ${sizePt} pt, header row repeated (${pages.length - 1} continuation slide${pages.length > 2 ? 's' : ''})`,
        { ...at, hint: 'fewer rows keep the table on one slide' },
      );
  }
  if (!chosen.fits)
    ctx.diags.warning('layout/overflow', `"${slide.title}": a table row is taller than a slide even at ${sizePt} pt`, { ...at, hint: 'shorten the longest cells' });
  const slides = policy === 'error' && pages.length > 1 ? [pages[0]!] : pages;
  return slides.map(([from, to], i) => {
    const pageRows = rowHeights[i]!;
    const el: TableElement = {
      type: 'table',
      box: { ...box, h: pageRows.reduce((a, b) => a + b, 0) },
      header: table.header,
      rows: rows.slice(from, to),
      colWidths: grid.colWidths,
      align: numeric.map((n) => (n ? 'right' : 'left')),
      font: theme.fonts.body.name,
      sizePt,
      rowHeight: heights[i]!,
      rowHeights: pageRows,
      cellInset: CELL_INSET,
    };
    return contentSlide(ctx, {
      ...fromSlide(slide),
      title: slides.length > 1 ? `${slide.title} ${ctx.strings.continued(i + 1, slides.length)}` : slide.title,
      body: [...(i === 0 ? lead : []), el],
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
