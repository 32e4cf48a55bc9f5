/**
 * `chart.data: ./x.csv` or `./x.json` → labels and series. CSV: first row is the header, one row
 * per label. JSON: an array of row objects, or `{ labels, series: [{ name, values }] }`.
 * `labelColumn` defaults to the first column, `valueColumns` to all others (each a series named
 * by its header). Every problem points at the data file's line:col.
 */
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { Span } from '../model/span.js';
import type { ChartData } from './check.js';
import { csvTable, emptyFile, type Cell, type DataTable } from './data-table.js';
import { didYouMeanHint } from './did-you-mean.js';
import { findDeepNesting, MAX_NESTING_DEPTH } from './nesting-depth.js';
import { Positions } from './positions.js';

/** Data files above this size are refused (bytes): a chart never needs more, a mistake might. */
export const MAX_DATA_FILE_BYTES = 5 * 1024 * 1024;

export interface DataFileRequest {
  /** Absolute path to read (already checked to be inside the outline folder). */
  file: string;
  /** The file as shown in diagnostics, e.g. "decks/capex.csv". */
  display: string;
  size: number;
  labelColumn?: string;
  valueColumns?: string[];
  /** Where the outline names the file: for problems with the file as a whole. */
  at: Span;
}

export interface DataFileResult {
  data?: ChartData;
  diagnostics: Diagnostic[];
}

export async function readChartData(req: DataFileRequest, host: Host): Promise<DataFileResult> {
  const ext = path.extname(req.file).toLowerCase();
  if (ext !== '.csv' && ext !== '.json') {
    return fail('data/unsupported-format', `\`${req.display}\` is neither .csv nor .json`, req.at, 'save the data as CSV (first row: column names) or JSON');
  }
  if (req.size > MAX_DATA_FILE_BYTES) {
    return fail(
      'data/too-large',
      `\`${req.display}\` is ${(req.size / 1048576).toFixed(1)} MiB; data files are limited to 5 MiB`,
      req.at,
      'a chart shows a few dozen values: aggregate the data first',
    );
  }
  let text: string;
  try {
    const bytes = await host.readFile(req.file);
    if (bytes.byteLength > MAX_DATA_FILE_BYTES) {
      return fail('data/too-large', `\`${req.display}\` is larger than 5 MiB`, req.at, 'aggregate the data first');
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const notText = e instanceof TypeError;
    return fail(
      'data/parse',
      notText ? `\`${req.display}\` is not UTF-8 text` : `cannot read \`${req.display}\`: ${(e as Error).message}`,
      req.at,
      notText ? 'save the file as UTF-8' : undefined,
    );
  }
  if (ext === '.csv') {
    const { table, diagnostics } = csvTable(text, req.display);
    if (!table) return { diagnostics };
    return tableToChart(table, req);
  }
  return jsonChart(text, req);
}

function fail(code: string, message: string, span: Span, hint?: string): DataFileResult {
  return { diagnostics: [{ severity: 'error', code, message, span, hint }] };
}

/** A number as written in a data cell: plain decimal or exponent notation, nothing else. */
export function parseCellNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  return typeof cell.value === 'string' ? cell.value : typeof cell.value === 'object' ? JSON.stringify(cell.value) : String(cell.value);
}

const fields = (n: number) => `${n} ${n === 1 ? 'field' : 'fields'}`;

/** Column choice and number parsing, shared by CSV and JSON rows. */
export function tableToChart(table: DataTable, req: Pick<DataFileRequest, 'display' | 'labelColumn' | 'valueColumns'>): DataFileResult {
  const diagnostics: Diagnostic[] = [];
  const names = table.header.map((c) => cellText(c).trim());
  const headSpan = table.header[0]?.span ?? { file: req.display, line: 1, col: 1 };
  const column = (name: string): number => {
    const i = names.indexOf(name);
    if (i < 0) {
      diagnostics.push({
        severity: 'error',
        code: 'data/missing-column',
        message: `\`${req.display}\` has no column \`${name}\``,
        span: headSpan,
        expected: names.length > 0 ? `one of ${names.join(', ')}` : 'a header row naming the columns',
        hint: didYouMeanHint(name, names) ?? 'column names are matched exactly, as in the first row',
      });
    }
    return i;
  };
  const labelIdx = req.labelColumn !== undefined ? column(req.labelColumn) : 0;
  const valueIdx = req.valueColumns !== undefined ? req.valueColumns.map(column) : names.map((_, i) => i).filter((i) => i !== labelIdx);
  if (valueIdx.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'data/missing-column',
      message: `\`${req.display}\` has no value columns, only labels`,
      span: headSpan,
      hint: 'add a column per series, e.g. year,capex',
    });
  }
  if (diagnostics.length > 0) return { diagnostics };

  const labels: string[] = [];
  const values: number[][] = valueIdx.map(() => []);
  for (const row of table.rows) {
    if (row.fieldCount !== names.length) {
      diagnostics.push({
        severity: 'error',
        code: 'data/ragged-row',
        message: `this row has ${fields(row.fieldCount)}, the header has ${names.length}`,
        span: row.span,
        expected: `${fields(names.length)} (${names.join(', ')})`,
        actual: fields(row.fieldCount),
        hint: req.display.toLowerCase().endsWith('.json')
          ? 'give every row object the same keys'
          : 'give every row one field per column; quote fields that contain commas',
      });
      continue;
    }
    labels.push(cellText(row.cells[labelIdx]));
    valueIdx.forEach((ci, si) => {
      const cell = row.cells[ci];
      // JSON has types: a quoted number there is text, as in the outline itself.
      const n = table.typed && typeof cell?.value !== 'number' ? undefined : parseCellNumber(cell?.value);
      if (n !== undefined) {
        values[si]!.push(n);
        return;
      }
      const shown = cellText(cell);
      diagnostics.push({
        severity: 'error',
        code: 'data/not-a-number',
        message: `column \`${names[ci]}\` needs a number here`,
        span: cell?.span ?? row.span,
        expected: 'a number such as 1400 or 1.4e12',
        actual: shown === '' ? 'an empty cell' : JSON.stringify(shown),
        hint: table.typed && parseCellNumber(cell?.value) !== undefined
          ? 'remove the quotes: JSON numbers are written without them'
          : /[\d]/.test(shown) ? 'write plain numbers: no thousands separators, currency signs or units' : 'fill in the value, or leave the column out with valueColumns',
      });
    });
  }
  if (table.rows.length === 0) diagnostics.push({ ...emptyFile(req.display), message: 'the data file has no data rows, only a header' });
  if (diagnostics.length > 0) return { diagnostics };
  return { data: { labels, series: valueIdx.map((ci, si) => ({ name: names[ci]!, values: values[si]! })) }, diagnostics };
}

function offsetToSpan(text: string, offset: number, file: string): Span {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { file, line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** V8's JSON messages quote the text around the error, newlines and all; keep the reason. */
function plainJsonMessage(message: string): string {
  return message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .trim();
}

/**
 * Where JSON.parse failed, as an offset. V8 says "at position N" for some errors; for an
 * unexpected token it quotes the text around it instead: `..."ctx"` (ctx starts 10 characters
 * before the error), `"ctx"...` (ctx is the start of the text, the error 10 before its end) or
 * the whole text. Undefined when neither tells.
 */
export function jsonErrorOffset(text: string, message: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.trimEnd().length;
  const m = /Unexpected token '([^']*)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
  if (!m) return undefined;
  const [, token = '', before, context = '', after] = m;
  if (before) {
    const start = text.indexOf(context);
    return start >= 0 ? start + 10 : undefined;
  }
  if (after) return Math.max(0, context.length - 10);
  const first = text.indexOf(token);
  return first >= 0 && text.indexOf(token, first + 1) < 0 ? first : undefined;
}

/** Where JSON.parse failed: from its message, else where yaml's JSON mode trips, else 1:1. */
function jsonErrorSpan(text: string, message: string, file: string): Span {
  const offset = jsonErrorOffset(text, message);
  if (offset !== undefined) return offsetToSpan(text, offset, file);
  const lineCounter = new LineCounter();
  const first = parseDocument(text, { schema: 'json', lineCounter, prettyErrors: false }).errors[0];
  if (first) {
    const p = lineCounter.linePos(first.pos[0]);
    return { file, line: p.line, col: p.col };
  }
  return { file, line: 1, col: 1 };
}

function jsonChart(text: string, req: DataFileRequest): DataFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    return fail('data/parse', `not valid JSON: ${plainJsonMessage(message)}`, jsonErrorSpan(text, message, req.display), 'JSON has no comments or trailing commas, and keys need double quotes');
  }
  const deep = findDeepNesting(text);
  if (deep) return fail('data/parse', `the JSON nests more than ${MAX_NESTING_DEPTH} levels deep`, req.at, 'chart data is a list of rows, or {labels, series}: two or three levels');
  // JSON is YAML: parse it again for node positions.
  const lineCounter = new LineCounter();
  const positions = new Positions(parseDocument(text, { lineCounter }), lineCounter, req.display, text);

  if (Array.isArray(data)) {
    const keys: string[] = [];
    const bad: Diagnostic[] = [];
    data.forEach((item, i) => {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        for (const k of Object.keys(item)) if (!keys.includes(k)) keys.push(k);
      } else {
        bad.push({ severity: 'error', code: 'data/parse', message: `row ${i + 1} is not an object`, span: positions.valueSpan([i]), hint: 'write each row as {"label": "2025", "value": 12}' });
      }
    });
    if (bad.length > 0) return { diagnostics: bad };
    if (data.length === 0) return { diagnostics: [{ ...emptyFile(req.display), message: 'the data file is an empty list' }] };
    const table: DataTable = {
      typed: true,
      header: keys.map((k) => ({ value: k, span: positions.keySpan([0, k]) })),
      rows: (data as Record<string, unknown>[]).map((item, i) => ({
        span: positions.valueSpan([i]),
        cells: keys.map((k) => (Object.hasOwn(item, k) ? { value: item[k], span: positions.valueSpan([i, k]) } : undefined)),
        fieldCount: keys.filter((k) => Object.hasOwn(item, k)).length,
      })),
    };
    return tableToChart(table, req);
  }
  if (data !== null && typeof data === 'object' && 'labels' in data && 'series' in data) {
    return labelsAndSeries(data as { labels: unknown; series: unknown }, positions, req);
  }
  return fail('data/parse', 'the JSON data is neither a list of rows nor {labels, series}', positions.valueSpan([]), 'write [{"year": "2025", "capex": 12}, …] or {"labels": […], "series": [{"name": …, "values": […]}]}');
}

function labelsAndSeries(data: { labels: unknown; series: unknown }, positions: Positions, req: DataFileRequest): DataFileResult {
  const diagnostics: Diagnostic[] = [];
  const err = (code: string, message: string, at: (string | number)[], rest: Partial<Diagnostic> = {}) =>
    diagnostics.push({ severity: 'error', code, message, span: positions.valueSpan(at), ...rest });
  const labels = Array.isArray(data.labels) ? data.labels : undefined;
  if (!labels || labels.some((l) => typeof l !== 'string' && typeof l !== 'number')) {
    err('data/parse', '`labels` must be a list of texts or numbers', ['labels']);
  }
  const series = Array.isArray(data.series) ? (data.series as unknown[]) : undefined;
  if (!series) err('data/parse', '`series` must be a list of {name, values}', ['series']);
  const out: { name: string; values: number[] }[] = [];
  series?.forEach((s, i) => {
    const entry = s as { name?: unknown; values?: unknown } | null;
    if (!entry || typeof entry.name !== 'string' || !Array.isArray(entry.values)) {
      err('data/parse', `series ${i + 1} must be {"name": "…", "values": […]}`, ['series', i]);
      return;
    }
    const values: number[] = [];
    entry.values.forEach((v: unknown, j: number) => {
      const n = parseCellNumber(v);
      if (n === undefined || typeof v !== 'number') {
        err('data/not-a-number', `series "${entry.name}" needs a number here`, ['series', i, 'values', j], {
          expected: 'a number', actual: positions.describeActual(['series', i, 'values', j]) ?? String(v),
          hint: typeof v === 'string' && n !== undefined ? 'remove the quotes' : undefined,
        });
      } else values.push(n);
    });
    if (labels && entry.values.length !== labels.length) {
      err('chart/series-length', `series "${entry.name}" has ${entry.values.length} values for ${labels.length} labels`, ['series', i, 'values'], {
        expected: `${labels.length} values`, actual: `${entry.values.length} values`,
      });
    }
    out.push({ name: entry.name, values });
  });
  let chosen = out;
  if (req.valueColumns) {
    const names = out.map((s) => s.name);
    chosen = [];
    for (const name of req.valueColumns) {
      const s = out.find((x) => x.name === name);
      if (s) chosen.push(s);
      else err('data/missing-column', `no series named \`${name}\``, ['series'], { expected: `one of ${names.join(', ')}`, hint: didYouMeanHint(name, names) });
    }
  }
  if (diagnostics.length > 0 || !labels) return { diagnostics };
  return { data: { labels: labels.map(String), series: chosen }, diagnostics };
}
