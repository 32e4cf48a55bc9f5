/**
 * A data file read as a table with positions: header cells and rows of cells, each knowing its
 * line:col in the data file. CSV and JSON rows both become this, so choosing columns and turning
 * cells into numbers (`table-to-chart.ts`) is written once.
 */
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../model/span.js';

export interface Cell {
  /** The cell as read: a string from CSV; any JSON value from JSON. */
  value: unknown;
  span: Span;
}

export interface Row {
  span: Span;
  /** One entry per header column; undefined where the row has no such field. */
  cells: (Cell | undefined)[];
  /** Fields the row actually has, to report rows that are out of step with the header. */
  fieldCount: number;
}

export interface DataTable {
  /** True when cells carry types (JSON): numbers must then be numbers, not numeric text. */
  typed?: boolean;
  header: Cell[];
  rows: Row[];
}

interface CsvRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * Where each field of a record starts: line offset within the record (0 for its first line) and
 * 1-based column. A small scan that honours double quotes, only used to point at a cell;
 * csv-parse does the actual parsing.
 */
export function fieldStarts(raw: string, delimiter = ','): { line: number; col: number }[] {
  const starts = [{ line: 0, col: 1 }];
  let quoted = false;
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line++;
      lineStart = i + 1;
    } else if (!quoted && ch === delimiter) starts.push({ line, col: i - lineStart + 2 });
  }
  return starts;
}

/** Parses CSV text (comma-separated, first record is the header). */
export function csvTable(text: string, file: string): { table?: DataTable; diagnostics: Diagnostic[] } {
  let records: CsvRecord[];
  try {
    records = parse(text, {
      info: true,
      raw: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true, // ragged rows are reported by us, all of them, with their lines
    }) as unknown as CsvRecord[];
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'data/parse',
          message: `cannot read the CSV file: ${String(err.message ?? e).replace(/ at line \d+$/, '')}`,
          span: { file, line: typeof err.lines === 'number' && err.lines > 0 ? err.lines : 1, col: 1 },
          hint: 'check the quotes: a field that contains a comma or quote must be in double quotes, with inner quotes doubled',
        },
      ],
    };
  }
  const positioned = records.map((r) => {
    const raw = r.raw.replace(/^(?:\r?\n)+/, ''); // skipped empty lines come before the record
    const inner = raw.replace(/\r?\n$/, '');
    const line = r.info.lines - (inner.match(/\n/g)?.length ?? 0);
    const starts = fieldStarts(inner);
    const cells = r.record.map((value, i) => {
      const at = starts[i] ?? { line: 0, col: 1 };
      return { value, span: { file, line: line + at.line, col: at.col } };
    });
    return { line, cells };
  });
  const head = positioned.shift();
  if (!head) return { diagnostics: [emptyFile(file)] };
  const width = head.cells.length;
  return {
    table: {
      header: head.cells,
      rows: positioned.map((r) => ({
        span: { file, line: r.line, col: 1 },
        cells: Array.from({ length: width }, (_, i) => r.cells[i]),
        fieldCount: r.cells.length,
      })),
    },
    diagnostics: [],
  };
}

export function emptyFile(file: string): Diagnostic {
  return {
    severity: 'error',
    code: 'data/empty',
    message: 'the data file has no header row',
    span: { file, line: 1, col: 1 },
    hint: 'the first row names the columns, e.g. year,capex; one row per label follows',
  };
}
