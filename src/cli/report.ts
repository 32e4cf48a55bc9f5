/** Printing diagnostics for people (code frames) or machines (JSON). */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, sourceLines } from '../diagnostics/format.js';
import type { CliIO } from './io.js';

export type ReportFormat = 'text' | 'json';

export interface Reported {
  file: string;
  diagnostics: Diagnostic[];
  source?: string;
}

/** Prints to stderr in text mode; infos only when verbose. */
export function printDiagnostics(io: CliIO, r: Reported, verbose: boolean): void {
  const lines = r.source === undefined ? undefined : sourceLines(r.source);
  for (const d of r.diagnostics) {
    if (d.severity === 'info' && !verbose) continue;
    io.stderr(formatDiagnostic(d, d.span && d.span.file === r.file ? lines : undefined) + '\n');
  }
}

export function counts(ds: readonly Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: ds.filter((d) => d.severity === 'error').length,
    warnings: ds.filter((d) => d.severity === 'warning').length,
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
