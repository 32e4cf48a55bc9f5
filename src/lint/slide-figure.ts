/**
 * What figure a slide shows, if any: KPIs, a chart, a table with currency/percent/unit values,
 * or a number with a unit, currency, scale or percent anywhere in its visible text (titles,
 * bullets, columns, takeaway, quote, stages, caption, table cells). Speaker notes and alt text
 * are not shown on the slide and do not count.
 */
import type { Slide } from '../model/outline.js';
import type { BulletInput } from '../outline/schema.js';
import { findFigure } from './figure-text.js';

/** A short description for the message ("a chart", `"$1.4 trillion"`), or undefined. */
export function slideFigure(slide: Slide): string | undefined {
  if (slide.kpis && slide.kpis.length > 0) return slide.kpis.length === 1 ? 'a KPI' : `${slide.kpis.length} KPIs`;
  if (slide.chart || slide.columns?.some((c) => c.chart)) return 'a chart';
  const table = slide.table;
  if (table && (table.format === 'currency' || table.format === 'percent' || table.unit) && table.rows.some((r) => r.some((c) => typeof c === 'number')))
    return 'a table of figures';
  for (const text of visibleTexts(slide)) {
    const figure = findFigure(text);
    if (figure) return `"${figure}"`;
  }
  return undefined;
}

function* visibleTexts(slide: Slide): Generator<string> {
  yield slide.title;
  if (slide.subtitle) yield slide.subtitle;
  yield* bulletTexts(slide.bullets);
  for (const col of slide.columns ?? []) {
    if (col.title) yield col.title;
    if (col.text) yield col.text;
    yield* bulletTexts(col.bullets);
  }
  if (slide.takeaway) yield slide.takeaway;
  if (slide.quote) yield slide.quote.text;
  for (const s of slide.stages ?? []) yield* [s.when, s.title, ...(s.points ?? [])];
  if (slide.image?.caption) yield slide.image.caption;
  if (slide.table) for (const row of [slide.table.header, ...slide.table.rows]) for (const cell of row) if (typeof cell === 'string') yield cell;
}

function* bulletTexts(bullets: readonly BulletInput[] | undefined): Generator<string> {
  for (const b of bullets ?? []) {
    if (typeof b === 'string') yield b;
    else yield* [b.text, ...(b.bullets ?? [])];
  }
}
