/**
 * Diagnostics for people and for machines.
 *
 *   decks/x.yaml:14:20 error outline/expected-number `value` must be a number
 *     13 |         kpis:
 *   > 14 |           - { value: many, label: Nutzer }
 *        |                      ^^^^
 *     15 |       - title: Ausblick
 *     expected a number, found "many"
 *     hint: write the figure as a plain number …
 *
 * Spans are 1-based; `endCol` is exclusive (see outline/positions.ts). The code frame needs the
 * text of the file the span points into; without it only the header and detail lines print.
 */
import type { Diagnostic } from './diagnostic.js';

/**
 * A file's text split into lines once, for printing many diagnostics of one file: splitting per
 * diagnostic made printing n diagnostics of a large outline cost n × its size.
 */
export function sourceLines(text: string): readonly string[] {
  return text.split(/\r?\n/);
}

/** One diagnostic as text: header line, code frame (when the source is given), details. */
export function formatDiagnostic(d: Diagnostic, sourceText?: string | readonly string[]): string {
  const where = d.span ? `${d.span.file}:${d.span.line}:${d.span.col} ` : '';
  const out = [`${where}${d.severity} ${d.code} ${d.message}`];
  if (d.span && sourceText !== undefined) out.push(...codeFrame(sourceText, d.span.line, d.span.col, d.span.endLine, d.span.endCol));
  if (d.expected !== undefined && d.actual !== undefined) out.push(`  expected ${d.expected}, found ${d.actual}`);
  else if (d.expected !== undefined) out.push(`  expected ${d.expected}`);
  else if (d.actual !== undefined) out.push(`  found ${d.actual}`);
  if (d.hint !== undefined) out.push(`  hint: ${d.hint}`);
  return out.join('\n');
}

/**
 * The line at `line` with one line of context on each side, and a caret line under `col`
 * (as many carets as the span covers when it ends on the same line).
 */
export function codeFrame(text: string | readonly string[], line: number, col: number, endLine?: number, endCol?: number): string[] {
  const lines = typeof text === 'string' ? sourceLines(text) : text;
  if (line < 1 || line > lines.length) return [];
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const content = lines[n - 1]!;
    if (n !== line && n === last && content.trim() === '' && n === lines.length) continue; // trailing newline
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${content}`.trimEnd());
    if (n === line) {
      const start = Math.min(Math.max(col, 1), content.length + 1);
      // Keep tabs from the line so the caret lines up however the terminal draws them.
      const pad = content.slice(0, start - 1).replace(/[^\t]/g, ' ');
      const length = endLine === line && endCol !== undefined && endCol > col ? Math.min(endCol, content.length + 1) - start : 1;
      out.push(`  ${' '.repeat(width)} | ${pad}${'^'.repeat(Math.max(1, length))}`);
    }
  }
  return out;
}

/** One diagnostic as a flat JSON object (the element type of `formatDiagnosticsJson`'s array). */
export interface JsonDiagnostic {
  severity: Diagnostic['severity'];
  code: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endCol?: number;
  expected?: string;
  actual?: string;
  hint?: string;
}

/**
 * A diagnostic as plain data for `--format json` and editors. Keys in a fixed order, span
 * flattened to `file`, `line`, `col` (and `endLine`, `endCol`) so a tool need not know our types.
 */
export function diagnosticToJson(d: Diagnostic): JsonDiagnostic {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.span
      ? {
          file: d.span.file,
          line: d.span.line,
          col: d.span.col,
          ...(d.span.endLine !== undefined ? { endLine: d.span.endLine, endCol: d.span.endCol } : {}),
        }
      : {}),
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.actual !== undefined ? { actual: d.actual } : {}),
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
  };
}

/** Diagnostics as a JSON array (2-space indent) of `diagnosticToJson` objects. */
export function formatDiagnosticsJson(ds: readonly Diagnostic[]): string {
  return JSON.stringify(ds.map(diagnosticToJson), null, 2);
}
