import type { Span } from '../model/span.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about the user's input. Data only: formatting lives in `format.ts`.
 * `code` is stable (documented in the README) so users can search for it and tools can match it.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  /** Where in which file; absent only for findings about the run itself (e.g. a missing file). */
  span?: Span;
  expected?: string;
  actual?: string;
  hint?: string;
}

/** A sink every stage reports into; stages never throw for user errors. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  add(d: Diagnostic): void {
    this.items.push(d);
  }
  error(code: string, message: string, rest: Omit<Diagnostic, 'severity' | 'code' | 'message'> = {}): void {
    this.add({ severity: 'error', code, message, ...rest });
  }
  warning(code: string, message: string, rest: Omit<Diagnostic, 'severity' | 'code' | 'message'> = {}): void {
    this.add({ severity: 'warning', code, message, ...rest });
  }
  info(code: string, message: string, rest: Omit<Diagnostic, 'severity' | 'code' | 'message'> = {}): void {
    this.add({ severity: 'info', code, message, ...rest });
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}
