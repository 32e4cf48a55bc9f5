/**
 * Outline text → typed Outline, or positioned diagnostics. The pipeline's first stage:
 * parse YAML (parse-yaml.ts) → validate against the schema (decode.ts) → semantic checks
 * (check.ts) → read chart data files (data-file.ts) → build the Outline (build.ts).
 * Never throws for bad input; `outline` is present only when no diagnostic is an error.
 */
import path from 'node:path';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { Outline } from '../model/outline.js';
import type { DocPath } from '../model/span.js';
import { buildOutline, chartKey } from './build.js';
import { canonicalLocale, checkChartData, checkChartSource, checkDeck, type ChartData } from './check.js';
import { checkInputOf, decodeOutline } from './decode.js';
import { DEFAULT_MAX_ALIAS_COUNT, parseYaml } from './parse-yaml.js';
import { resolveInside } from './paths.js';
import type { Positions } from './positions.js';
import type { ChartInput } from './schema.js';

export interface LoadOptions {
  /** Alias expansions allowed before the document is refused as an alias bomb (default 100). */
  maxAliasCount?: number;
}

export interface LoadResult {
  outline?: Outline;
  diagnostics: Diagnostic[];
}

export const DEFAULT_LOCALE = 'en-US';

/**
 * @param text the outline's YAML text
 * @param file the outline file as the user gave it (used in spans)
 * @param dir absolute folder of the outline; `data:` and `image.path` resolve against it
 */
export async function loadOutline(text: string, file: string, dir: string, host: Host, opts: LoadOptions = {}): Promise<LoadResult> {
  const bag = new DiagnosticBag();
  const parsed = parseYaml(text, file, opts.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT);
  parsed.diagnostics.forEach((d) => bag.add(d));
  if (parsed.data === undefined && bag.hasErrors) return { diagnostics: sorted(bag.items, file) };

  const { positions } = parsed;
  const decoded = decodeOutline(parsed.data, positions);
  decoded.diagnostics.forEach((d) => bag.add(d));

  const input = checkInputOf(decoded.data, decoded.removedKeys);
  checkDeck(input, positions, bag);
  const chartData = new Map<string, ChartData>();
  for (const ref of input.slides) {
    for (const { chart, path: at } of ref.charts) {
      const data = await chartDataOf(chart, at, { file, dir, host, positions, bag });
      if (data.fromFile) chartData.set(chartKey(at), data.data);
      if (data.data) checkChartData(chart, data.data, at, data.fromFile, positions, bag);
    }
    if (ref.image) await checkFileRef(ref.image.path, [...ref.path, 'image', 'path'], { file, dir, host, positions, bag });
  }

  if (bag.hasErrors || !decoded.value) return { diagnostics: sorted(bag.items, file) };
  const locale = decoded.value.locale !== undefined ? (canonicalLocale(decoded.value.locale) ?? DEFAULT_LOCALE) : DEFAULT_LOCALE;
  const outline = buildOutline(decoded.value, { file, dir, positions, locale, chartData });
  return { outline, diagnostics: sorted(bag.items, file) };
}

interface Env {
  file: string;
  dir: string;
  host: Host;
  positions: Positions;
  bag: DiagnosticBag;
}

/** Checks a file reference; reports at the node that names it. */
async function checkFileRef(ref: string, at: DocPath, env: Env) {
  const r = await resolveInside(ref, env.dir, env.host);
  if (!r.ok) env.bag.error(r.code, r.message, { span: env.positions.valueSpan(at), actual: JSON.stringify(ref), hint: r.hint });
  return r;
}

type ResolvedData = { data: ChartData; fromFile: true } | { data?: ChartData; fromFile: false };

async function chartDataOf(chart: ChartInput, at: DocPath, env: Env): Promise<ResolvedData> {
  const before = env.bag.items.length;
  checkChartSource(chart, at, env.positions, env.bag);
  const sourceOk = !env.bag.items.slice(before).some((d) => d.severity === 'error');
  if (!sourceOk) return { fromFile: false };
  if (chart.data === undefined) {
    if (chart.labels === undefined || chart.series === undefined) return { fromFile: false };
    return { data: { labels: chart.labels.map(String), series: chart.series }, fromFile: false };
  }
  const ref = await checkFileRef(chart.data, [...at, 'data'], env);
  if (!ref.ok) return { fromFile: false };
  // Loaded on first use: it brings the CSV parser, which decks without `data:` files never need.
  const { readChartData } = await import('./data-file.js');
  const result = await readChartData(
    {
      file: ref.file,
      display: path.join(path.dirname(env.file), chart.data),
      size: ref.size,
      labelColumn: chart.labelColumn,
      valueColumns: chart.valueColumns,
      at: env.positions.valueSpan([...at, 'data']),
    },
    env.host,
  );
  result.diagnostics.forEach((d) => env.bag.add(d));
  return result.data ? { data: result.data, fromFile: true } : { fromFile: false };
}

/** Outline file first, by position; then data files by name and position; unplaced ones first. */
function sorted(ds: Diagnostic[], file: string): Diagnostic[] {
  const rank = (d: Diagnostic): [number, string, number, number] =>
    d.span ? [d.span.file === file ? 1 : 2, d.span.file, d.span.line, d.span.col] : [0, '', 0, 0];
  return ds
    .map((d, i) => ({ d, i, k: rank(d) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1].localeCompare(b.k[1]) || a.k[2] - b.k[2] || a.k[3] - b.k[3] || a.i - b.i)
    .map((x) => x.d);
}
