/**
 * Semantic checks: rules that need more than one value or more than a type (cited ids exist,
 * series match labels, one content kind per slide, real dates and locales). Each rule reports
 * with its own stable code, positioned on the YAML node at fault. Pure: file checks live in
 * `paths.ts` / `data-file.ts`.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { DocPath } from '../model/span.js';
import { SLIDE_KINDS, type ChartInput, type ImageInput, type SeriesInput, type SlideKind, type TableInput } from './schema.js';
import { didYouMean, didYouMeanHint } from './did-you-mean.js';
import type { Positions } from './positions.js';

/**
 * A slide as far as it can be checked: its raw keys (unknown ones removed) and those of its
 * parts that passed the schema. Parts that failed were reported already and are left out, so
 * one run reports semantic problems beside type errors.
 */
export interface SlideRef {
  path: DocPath;
  /** 1-based number among all slides of the outline, in order. */
  number: number;
  raw: Record<string, unknown>;
  charts: { chart: ChartInput; path: DocPath }[];
  /** Unknown keys dropped from this slide (a misspelt content key explains "no content"). */
  removedKeys: string[];
  table?: TableInput;
  image?: ImageInput;
}

/** The parts of an outline the checks need; built even when other parts failed the schema. */
export interface CheckInput {
  date?: unknown;
  locale?: unknown;
  /** Declared source ids; undefined when `sources` itself is malformed (then cites are not checked). */
  sourceIds?: string[];
  slides: SlideRef[];
}

/** Chart data after `data:` files are read: what the series-length and shape rules look at. */
export interface ChartData {
  labels: string[];
  series: SeriesInput[];
}

export function checkDeck(input: CheckInput, positions: Positions, bag: DiagnosticBag): void {
  checkDate(input.date, positions, bag);
  checkLocale(input.locale, positions, bag);
  for (const ref of input.slides) {
    checkSlideContent(ref, positions, bag);
    if (input.sourceIds) checkCites(ref, input.sourceIds, positions, bag);
    checkTable(ref, positions, bag);
  }
}

/** YYYY-MM-DD and a day that exists (2026-02-30 does not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function checkDate(date: unknown, positions: Positions, bag: DiagnosticBag): void {
  if (typeof date !== 'string' || isCalendarDate(date)) return;
  bag.error('outline/bad-date', `\`date\` is not a calendar date in the form YYYY-MM-DD`, {
    span: positions.valueSpan(['date']),
    expected: 'a date such as 2026-11-28',
    actual: JSON.stringify(date),
    hint: /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'that day does not exist' : 'write year-month-day with hyphens: 2026-11-28',
  });
}

/** The canonical BCP 47 form of `tag`, or undefined when it is not a valid tag. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function checkLocale(locale: unknown, positions: Positions, bag: DiagnosticBag): void {
  if (typeof locale !== 'string' || canonicalLocale(locale) !== undefined) return;
  const fixed = locale.replace(/_/g, '-');
  bag.error('outline/bad-locale', `\`locale\` is not a valid BCP 47 language tag`, {
    span: positions.valueSpan(['locale']),
    expected: 'a language tag such as en-US, de-DE or fr',
    actual: JSON.stringify(locale),
    hint: fixed !== locale && canonicalLocale(fixed) ? `use hyphens: ${canonicalLocale(fixed)}` : undefined,
  });
}

/** The content kinds present on a slide (its keys among SLIDE_KINDS), in schema order. */
export function contentKinds(slide: object): SlideKind[] {
  return SLIDE_KINDS.filter((k) => (slide as Record<string, unknown>)[k] !== undefined);
}

function isKind(v: unknown): v is SlideKind {
  return typeof v === 'string' && (SLIDE_KINDS as readonly string[]).includes(v);
}

function checkSlideContent(ref: SlideRef, positions: Positions, bag: DiagnosticBag): void {
  const present = contentKinds(ref.raw);
  const kind = ref.raw.kind;
  const title = typeof ref.raw.title === 'string' ? `slide "${ref.raw.title}"` : 'this slide';
  if (kind !== undefined) {
    if (!isKind(kind)) return; // reported by the schema as outline/unknown-value
    if (present.includes(kind)) return;
    bag.error('slide/kind-mismatch', `the slide says \`kind: ${kind}\` but has no \`${kind}\``, {
      span: positions.valueSpan([...ref.path, 'kind']),
      expected: `a \`${kind}:\` key on this slide`,
      actual: present.length > 0 ? present.map((k) => `\`${k}\``).join(', ') : 'no content',
      hint: present.length === 1 ? `set \`kind: ${present[0]}\`, or add \`${kind}:\`` : `add \`${kind}:\``,
    });
    return;
  }
  if (present.length === 0) {
    const typo = ref.removedKeys
      .map((k) => ({ k, meant: didYouMean(k, SLIDE_KINDS) }))
      .find((t) => t.meant !== undefined);
    bag.error('slide/no-content', `${title} has no content`, {
      span: positions.valueSpan(ref.path),
      expected: `one of ${SLIDE_KINDS.join(', ')}`,
      hint: typo
        ? `the unknown key \`${typo.k}\` was ignored: did you mean \`${typo.meant}\`?`
        : 'add the content, e.g. `bullets:` with a list of points',
    });
  } else if (present.length > 1) {
    const second = present[1]!;
    bag.error('slide/ambiguous-kind', `${title} has several kinds of content: ${present.join(', ')}`, {
      span: positions.keySpan([...ref.path, second]),
      expected: 'one content key per slide',
      hint: `move one to its own slide, or state the layout with \`kind: ${present[0]}\``,
    });
  }
}

function checkCites(ref: SlideRef, declared: string[], positions: Positions, bag: DiagnosticBag): void {
  const cited: { id: string; path: DocPath }[] = [];
  const { source, sources } = ref.raw;
  if (typeof source === 'string') cited.push({ id: source, path: [...ref.path, 'source'] });
  if (Array.isArray(sources)) {
    sources.forEach((id: unknown, i) => typeof id === 'string' && cited.push({ id, path: [...ref.path, 'sources', i] }));
  }
  for (const { id, path } of cited) {
    if (declared.includes(id)) continue;
    bag.error('sources/unknown-id', `source \`${id}\` is not declared under \`sources:\``, {
      span: positions.valueSpan(path),
      expected: declared.length > 0 ? `one of ${declared.join(', ')}` : 'a declared source id',
      actual: JSON.stringify(id),
      hint: didYouMeanHint(id, declared) ?? `declare it at the top: sources: { ${id}: { title: … } }`,
    });
  }
}

const cells = (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'}`;

function checkTable(ref: SlideRef, positions: Positions, bag: DiagnosticBag): void {
  const table = ref.table;
  if (!table) return;
  table.rows.forEach((row, i) => {
    if (row.length === table.header.length) return;
    bag.error('table/row-length', `table row ${i + 1} has ${cells(row.length)}, the header has ${table.header.length}`, {
      span: positions.valueSpan([...ref.path, 'table', 'rows', i]),
      expected: cells(table.header.length),
      actual: cells(row.length),
      hint: 'give every row one cell per header column (use "" for an empty cell)',
    });
  });
}

/**
 * Rules about where a chart's data comes from (before files are read): inline labels+series,
 * or `data:`, or `ranges` for a stages chart, and not two sources at once.
 */
export function checkChartSource(chart: ChartInput, path: DocPath, positions: Positions, bag: DiagnosticBag): void {
  const inline = chart.labels !== undefined || chart.series !== undefined;
  if (chart.data !== undefined && inline) {
    bag.error('chart/data-and-inline', 'the chart has both `data:` and inline `labels`/`series`', {
      span: positions.keySpan([...path, chart.labels !== undefined ? 'labels' : 'series']),
      hint: 'keep one source of data: the file, or the inline values',
    });
    return;
  }
  if (chart.data === undefined && (chart.labelColumn !== undefined || chart.valueColumns !== undefined)) {
    bag.warning('chart/columns-without-data', '`labelColumn`/`valueColumns` only apply with `data:`; they are ignored', {
      span: positions.keySpan([...path, chart.labelColumn !== undefined ? 'labelColumn' : 'valueColumns']),
      hint: 'add `data: ./file.csv`, or remove them',
    });
  }
  if (chart.data !== undefined) return;
  if (chart.type === 'stages' && chart.ranges !== undefined) {
    chart.ranges.forEach((r, i) => {
      if (r.to >= r.from) return;
      bag.error('chart/bad-range', `stage "${r.label}" ends (${r.to}) before it starts (${r.from})`, {
        span: positions.valueSpan([...path, 'ranges', i]),
        hint: 'swap `from` and `to`',
      });
    });
    return;
  }
  if (chart.labels !== undefined && chart.series !== undefined) return;
  const missing = chart.labels === undefined && chart.series === undefined ? 'labels and series' : chart.labels === undefined ? 'labels' : 'series';
  bag.error('chart/no-data', `the chart has no ${missing}`, {
    span: positions.valueSpan(path),
    expected:
      chart.type === 'stages'
        ? '`ranges` (one {label, from, to} per stage), or labels and series'
        : '`labels` and `series`, or `data: ./file.csv`',
    hint: chart.type === 'stages' ? 'a stages chart draws one floating bar per entry of `ranges`' : `add \`${missing.split(' and ')[0]}:\``,
  });
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Rules about a chart's resolved data. `dataPath` is where to point when the data came from a
 * file (the `data:` node), since its rows cannot be out of step with its labels.
 */
export function checkChartData(
  chart: ChartInput,
  data: ChartData,
  path: DocPath,
  fromFile: boolean,
  positions: Positions,
  bag: DiagnosticBag,
): void {
  const where = (sub: DocPath) => positions.valueSpan(fromFile ? [...path, 'data'] : [...path, ...sub]);
  data.series.forEach((s, i) => {
    if (s.values.length === data.labels.length) return;
    bag.error('chart/series-length', `series "${s.name}" has ${count(s.values.length, 'value')} for ${count(data.labels.length, 'label')}`, {
      span: where(['series', i, 'values']),
      expected: `${count(data.labels.length, 'value')}, one per label`,
      actual: count(s.values.length, 'value'),
      hint: 'give every series exactly one value per label, in the order of `labels`',
    });
  });
  if (chart.type === 'combo' && data.series.length < 2) {
    bag.error('chart/combo-series', 'a combo chart needs at least two series', {
      span: positions.valueSpan([...path, 'type']),
      expected: 'two or more series (e.g. one drawn as bars, one as a line)',
      actual: `${data.series.length} series`,
      hint: 'add a series, or use type: bar or line',
    });
  }
  if (chart.type === 'pie' || chart.type === 'doughnut') {
    if (data.series.length !== 1) {
      bag.error('chart/pie-series', `a ${chart.type} chart shows exactly one series`, {
        span: positions.valueSpan([...path, 'type']),
        expected: 'one series',
        actual: `${data.series.length} series`,
        hint: 'use a bar chart to compare several series',
      });
    }
    data.series.forEach((s, i) =>
      s.values.forEach((v, j) => {
        if (v >= 0) return;
        bag.error('chart/pie-negative', `a ${chart.type} chart cannot show the negative value ${v}`, {
          span: where(['series', i, 'values', j]),
          expected: 'zero or more',
          actual: String(v),
          hint: 'slices are shares of a whole; use a bar or waterfall chart for negative values',
        });
      }),
    );
  }
}
