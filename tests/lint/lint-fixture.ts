/**
 * Test helper: check an outline file (parse, decode, theme, layout) and lint the result, the way
 * compile.ts does after layout. `findings` are the lint diagnostics only; `check` has the rest.
 */
import path from 'node:path';
import { checkDeck, type CheckResult } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { lintDeck } from '../../src/lint/lint-deck.js';

export interface Linted {
  check: CheckResult;
  findings: Diagnostic[];
}

/** A fixture's path as diagnostics show it: relative to the working folder, like the CLI's. */
export function fixture(name: string): string {
  return path.relative(process.cwd(), path.join(__dirname, 'fixtures', name));
}

export async function lintFile(file: string): Promise<Linted> {
  const check = await checkDeck(file);
  const { outline, presentation } = check;
  if (!outline || !presentation) return { check, findings: [] };
  return { check, findings: lintDeck({ outline, theme: presentation.theme, presentation }) };
}

/** `file:line:col severity code message`, the CLI's first line, for readable assertions. */
export function brief(d: Diagnostic): string {
  const at = d.span ? `${d.span.file}:${d.span.line}:${d.span.col}` : '-';
  return `${at} ${d.severity} ${d.code} ${d.message}`;
}
