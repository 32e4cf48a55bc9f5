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
  const findings = lintDeck({ outline, theme: presentation.theme, presentation });
  // checkDeck runs the lint itself: each finding must be among its diagnostics too.
  const key = (d: Diagnostic) => brief(d);
  const reported = new Set(check.diagnostics.map(key));
  for (const f of findings) if (!reported.has(key(f))) throw new Error(`checkDeck did not report the lint finding: ${key(f)}`);
  return { check: { ...check, diagnostics: check.diagnostics.filter((d) => !findings.some((f) => key(f) === key(d))) }, findings };
}

/** `file:line:col severity code message`, the CLI's first line, for readable assertions. */
export function brief(d: Diagnostic): string {
  const at = d.span ? `${d.span.file}:${d.span.line}:${d.span.col}` : '-';
  return `${at} ${d.severity} ${d.code} ${d.message}`;
}
