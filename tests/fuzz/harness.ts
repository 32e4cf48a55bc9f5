/**
 * The fuzz oracle, shared by the CI tests (tests/fuzz/*.test.ts) and the long-run script
 * (scripts/fuzz.mjs): one outline text goes through the real CLI (`run(['build', …])`, in-process,
 * real files) and must end in either
 *   - exit 1 with at least one error diagnostic, every error placed at file:line:col, or
 *   - exit 0 with a deck whose every XML part (and those of embedded workbooks) parses strictly,
 * and never in exit 70 (a crash), a thrown exception or any other code.
 * The Open XML SDK validator is ~1 s a deck, so callers validate a sample of the decks.
 */
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { strictXmlParseAll, validateOoxml } from '../support/readers.js';
import { runCli } from '../cli/capture-io.js';
import { applyMutations, mutatedOutline, textMutation } from './mutate.js';
import { outlineArb } from './valid-outline.js';
import type { Workspace } from './workspace.js';

export interface CaseResult {
  code: number;
  /** What broke the contract; empty when the case passed. */
  problems: string[];
  /** Notes that do not fail the case (e.g. a warning without a position). */
  notes: string[];
  deck?: Uint8Array;
  stderr: string;
  /** Codes of the error diagnostics. */
  errorCodes: string[];
}

interface JsonDiagnostic {
  severity: string;
  code: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
}

/** Builds `text` as case `n` of the workspace and checks the result against the contract. */
export async function checkOutlineText(ws: Workspace, n: number, text: string | Uint8Array, extraArgs: string[] = []): Promise<CaseResult> {
  const file = ws.outline(n, text);
  const deck = ws.deck(n);
  // FUZZ_LOG=<file>: note each case before it runs, so a hang or a crash of the process
  // (out of memory) leaves the name of the outline that caused it.
  const log = process.env['FUZZ_LOG'];
  if (log) appendFileSync(log, `${new Date().toISOString()} start ${file} rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`);
  rmSync(deck, { force: true });
  const problems: string[] = [];
  const notes: string[] = [];
  let res;
  try {
    res = await runCli(['build', file, '-o', deck, '--no-cache', '--format', 'json', ...extraArgs], ws.dir);
  } catch (e) {
    return { code: -1, problems: [`run() threw: ${(e as Error).stack ?? String(e)}`], notes, stderr: '', errorCodes: [] };
  }
  const { code, stdout, stderr } = res;
  if (code !== 0 && code !== 1) problems.push(`exit ${code}: ${stderr.slice(0, 4000)}`);
  let diagnostics: JsonDiagnostic[] = [];
  try {
    const json = JSON.parse(stdout) as { decks: { diagnostics: JsonDiagnostic[] }[] };
    diagnostics = json.decks[0]?.diagnostics ?? [];
  } catch {
    if (code === 0 || code === 1) problems.push(`--format json printed no JSON: ${stdout.slice(0, 500)}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of diagnostics) {
    const placed = typeof d.file === 'string' && Number.isInteger(d.line) && d.line! >= 1 && Number.isInteger(d.col) && d.col! >= 1;
    if (placed) continue;
    if (d.severity === 'error') problems.push(`error without a position: ${d.code} ${d.message.slice(0, 200)}`);
    else if (d.severity === 'warning') notes.push(`warning without a position: ${d.code}`);
  }
  if (code === 1 && errors.length === 0) problems.push('exit 1 without an error diagnostic');
  let bytes: Uint8Array | undefined;
  if (code === 0) {
    if (errors.length > 0) problems.push(`exit 0 with ${errors.length} errors`);
    if (!existsSync(deck)) problems.push('exit 0 but no deck was written');
    else {
      bytes = new Uint8Array(readFileSync(deck));
      for (const e of strictXmlParseAll(bytes).slice(0, 5)) problems.push(`XML: ${e}`);
    }
  }
  return { code, problems, notes, stderr, errorCodes: errors.map((d) => d.code), ...(bytes ? { deck: bytes } : {}) };
}

/** Validator errors of several decks, checked in parallel (each call is a separate process). */
export async function validateDecks(decks: readonly Uint8Array[], parallel = 4): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < decks.length; i += parallel) {
    const batch = decks.slice(i, i + parallel);
    const results = await Promise.all(batch.map((d) => validateOoxml(d)));
    results.forEach((errs, j) => {
      for (const e of errs.slice(0, 3)) problems.push(`deck ${i + j}: ${e.id ?? ''} ${e.path ?? ''} ${e.xPath ?? ''} ${e.description ?? ''}`);
    });
  }
  return problems;
}

/** What a generated case is: its kind, and how to turn it into outline text. */
export type FuzzKind = 'valid' | 'mutated' | 'text';

export const caseArb: Record<FuzzKind, fc.Arbitrary<{ text: string | Uint8Array; describe: () => string }>> = {
  valid: outlineArb().map((o) => {
    const text = stringify(o, { lineWidth: 0 });
    return { text, describe: () => text };
  }),
  mutated: mutatedOutline.map(({ outline, mutations }) => {
    const text = applyMutations(outline, mutations);
    return { text, describe: () => `# mutations: ${JSON.stringify(mutations).slice(0, 500)}\n${text}` };
  }),
  text: fc.tuple(outlineArb(), textMutation).map(([o, mutate]) => {
    const text = mutate(stringify(o, { lineWidth: 0 }));
    return { text, describe: () => (typeof text === 'string' ? text : `<${text.byteLength} bytes, not UTF-8>`) };
  }),
};

/** Keeps the printed counterexample readable: long runs of one character are abbreviated. */
export function abbreviate(s: string, max = 3000): string {
  const short = s.replace(/(.)\1{40,}/gs, (m, c: string) => `${c.repeat(5)}…(${m.length}×)`);
  return short.length > max ? `${short.slice(0, max)}…` : short;
}
