/**
 * Step 2 of loading: plain data → OutlineInput, checked against the zod schema. Every issue
 * becomes a positioned diagnostic, all in one run. Unknown keys are warnings: they are removed
 * and the data validated again, so a typo in an optional key does not stop the build.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocPath } from '../model/span.js';
import type { CheckInput, SlideRef } from './check.js';
import type { Positions } from './positions.js';
import { ChartSchema, ImageSchema, OutlineSchema, TableSchema, type ChartInput, type OutlineInput } from './schema.js';
import { decodeWith } from './decode-with.js';

export interface Decoded {
  /** Present when the data fits the schema (after unknown keys were dropped). */
  value?: OutlineInput;
  /** The data with unknown keys removed (what later checks look at). */
  data: unknown;
  /** Unknown keys that were removed, by the path of their map joined with "/". */
  removedKeys: Map<string, string[]>;
  diagnostics: Diagnostic[];
}


/** YAML 1.1 timestamps (`%YAML 1.1`, or a custom schema) become Dates; the outline wants text. */
function datesToText(v: unknown): unknown {
  if (v instanceof Date) {
    const iso = Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(v)) return v.map(datesToText);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, datesToText(x)]));
  }
  return v;
}

/**
 * True when `v` is made of primitives, plain objects and arrays only. Then `datesToText(v)`
 * would be a plain deep copy, and `v` can be used as is.
 */
function isPlainTree(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (const item of v) if (!isPlainTree(item)) return false;
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const key in v) if (!isPlainTree((v as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * @param raw plain data from `parseYaml`; it becomes the returned `data` (unknown keys are
 * removed from it) unless it holds values to convert or may hold maps shared by aliases.
 */
export function decodeOutline(raw: unknown, positions: Positions): Decoded {
  const diagnostics: Diagnostic[] = [];
  const removedKeys = new Map<string, string[]>();
  // The copy matters when there is something to convert, or when aliases (`*name`; none without
  // a `*` in the text) share a map: removing an unknown key at one place must not remove it at
  // the other.
  const data = !positions.source.includes('*') && isPlainTree(raw) ? raw : datesToText(raw);
  if (data === null || data === undefined) {
    diagnostics.push({
      severity: 'error',
      code: 'outline/empty',
      message: 'the outline is empty',
      span: { file: positions.file, line: 1, col: 1 },
      expected: 'a map with at least title and sections',
      hint: 'start from `briefdeck init`, or write title: and sections:',
    });
    return { data, removedKeys, diagnostics };
  }
  const decoded = decodeWith(OutlineSchema, data, positions, {
    onRemoved: (path, keys) => {
      const where = path.join('/');
      removedKeys.set(where, [...(removedKeys.get(where) ?? []), ...keys]);
    },
  });
  diagnostics.push(...decoded.diagnostics);
  return { ...(decoded.value ? { value: decoded.value } : {}), data, removedKeys, diagnostics };
}

/**
 * The parts of the (possibly invalid) data that the semantic checks can use: every slide that
 * fits the slide schema, the declared source ids, date and locale. So one run reports semantic
 * errors too, not only after the type errors are fixed.
 */
export function checkInputOf(data: unknown, removedKeys: ReadonlyMap<string, string[]> = new Map()): CheckInput {
  const root = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const sources = root.sources;
  const sourceIds =
    sources === undefined ? [] : sources !== null && typeof sources === 'object' && !Array.isArray(sources) ? Object.keys(sources) : undefined;
  const slides: SlideRef[] = [];
  let number = 0;
  const sections = Array.isArray(root.sections) ? root.sections : [];
  sections.forEach((section: unknown, si) => {
    const list = (section as { slides?: unknown } | null)?.slides;
    if (!Array.isArray(list)) return;
    list.forEach((slide: unknown, i) => {
      number++;
      if (slide === null || typeof slide !== 'object' || Array.isArray(slide)) return;
      const raw = slide as Record<string, unknown>;
      const path: DocPath = ['sections', si, 'slides', i];
      const charts: SlideRef['charts'] = [];
      // Parts are validated only when present: most slides have no chart, table or image.
      const chart = raw.chart !== undefined ? ChartSchema.safeParse(raw.chart) : undefined;
      if (chart?.success) charts.push({ chart: chart.data, path: [...path, 'chart'] });
      if (Array.isArray(raw.columns)) {
        raw.columns.forEach((c: unknown, ci) => {
          const inner = (c as { chart?: unknown } | null)?.chart;
          const r = inner !== undefined ? ChartSchema.safeParse(inner) : undefined;
          if (r?.success) charts.push({ chart: r.data as ChartInput, path: [...path, 'columns', ci, 'chart'] });
        });
      }
      const table = raw.table !== undefined ? TableSchema.safeParse(raw.table) : undefined;
      const image = raw.image !== undefined ? ImageSchema.safeParse(raw.image) : undefined;
      slides.push({
        path,
        number,
        raw,
        charts,
        removedKeys: removedKeys.get(path.join('/')) ?? [],
        ...(table?.success ? { table: table.data } : {}),
        ...(image?.success ? { image: image.data } : {}),
      });
    });
  });
  return { date: root.date, locale: root.locale, sourceIds, slides };
}
