/**
 * `briefdeck build` and `briefdeck check`: one deck after another, each independent of the
 * others. A broken outline, an I/O failure or even a crash (a bug) in one deck does not stop the
 * rest; the exit code is the worst of all decks (70 > 3 > 1 > 0) and the summary names the
 * decks that failed. With `--format json` stdout holds one JSON document (see `BatchJson`).
 */
import path from 'node:path';
import { buildDeck, checkDeck, type CheckResult } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticToJson, type JsonDiagnostic } from '../diagnostics/format.js';
import type { RenderTarget } from '../outline/schema.js';
import { EXIT, type CliIO } from './io.js';
import { counts, plural, printDiagnostics, type ReportFormat } from './report.js';
import { describeReadError, isSystemError } from './read-error.js';
import { writeDeck } from './write-output.js';

export interface BuildFlags {
  output?: string;
  outDir?: string;
  charts?: RenderTarget;
  strict?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  format: ReportFormat;
  cache: boolean;
  force?: boolean;
  /** Outlines above this many bytes are refused (io/too-large); default compile.ts's 2 MiB. */
  maxOutlineBytes?: number;
}

/** What happened to one outline. */
export interface DeckOutcome {
  file: string;
  exit: number;
  /** The deck written, relative to the working folder (build only, on success). */
  output?: string;
  diagnostics: Diagnostic[];
  slides?: number;
  charts?: number;
  ms?: number;
  /** A failure that is not a diagnostic: a write error, or an internal error (a bug). */
  error?: string;
}

/** The `--format json` document on stdout. */
export interface BatchJson {
  command: 'build' | 'check';
  ok: boolean;
  exit: number;
  decks: {
    file: string;
    ok: boolean;
    exit: number;
    output?: string;
    slides?: number;
    charts?: number;
    ms?: number;
    errors: number;
    warnings: number;
    error?: string;
    diagnostics: JsonDiagnostic[];
  }[];
  summary: { total: number; ok: number; failed: string[] };
}

/** Outlines above this size (about 800 slides; builds of several seconds) get a "this may take a while" note first. */
export const BIG_OUTLINE_BYTES = 100 * 1024;

export async function buildCommand(io: CliIO, outlines: string[], flags: BuildFlags): Promise<number> {
  if (flags.output && outlines.length > 1) {
    io.stderr('error: -o/--output names one file; with several outlines use --out-dir\n');
    return EXIT.usage;
  }
  const outcomes: DeckOutcome[] = [];
  for (const file of outlines) outcomes.push(await guarded(io, file, () => buildOne(io, file, flags)));
  return finish(io, outcomes, flags, 'build');
}

export async function checkCommand(io: CliIO, outlines: string[], flags: BuildFlags): Promise<number> {
  const outcomes: DeckOutcome[] = [];
  for (const file of outlines) outcomes.push(await guarded(io, file, () => checkOne(io, file, flags)));
  return finish(io, outcomes, flags, 'check');
}

async function buildOne(io: CliIO, file: string, flags: BuildFlags): Promise<DeckOutcome> {
  const abs = path.resolve(io.cwd, file);
  await noteBigOutline(io, file, abs, flags);
  const result = await buildDeck(abs, {
    host: io.host,
    ...compileOptions(flags),
    cacheDir: flags.cache ? path.resolve(io.cwd, '.briefdeck-cache') : false,
  });
  const diagnostics = reported(io, file, abs, result, flags);
  if (!result.ok || !result.bytes) return { file, exit: failureExit(diagnostics), diagnostics };
  const output = deckOutputPath(io, file, flags);
  const shown = path.relative(io.cwd, output) || output;
  const error = await writeDeck(io.host, { outline: abs, target: output, bytes: result.bytes, force: !!flags.force, shown: { outline: file, target: shown } });
  if (error) {
    if (flags.format === 'text') io.stderr(`error: ${error}\n`);
    return { file, exit: EXIT.io, diagnostics, error };
  }
  const { slides, charts, ms } = result.stats;
  if (!flags.quiet && flags.format === 'text')
    io.stderr(`✓ ${shown}  ${plural(slides, 'slide')}, ${plural(charts, 'chart')}, ${Math.round(ms)} ms${warningsNote(diagnostics)}\n`);
  return { file, output: shown, exit: EXIT.ok, diagnostics, slides, charts, ms: Math.round(ms) };
}

async function checkOne(io: CliIO, file: string, flags: BuildFlags): Promise<DeckOutcome> {
  const abs = path.resolve(io.cwd, file);
  const r = await checkDeck(abs, { host: io.host, ...compileOptions(flags) });
  const diagnostics = reported(io, file, abs, r, flags);
  if (r.ok && !flags.quiet && flags.format === 'text')
    io.stderr(`✓ ${file}  ${plural(r.presentation?.slides.length ?? 0, 'slide')}${warningsNote(diagnostics)}\n`);
  return { file, exit: r.ok ? EXIT.ok : failureExit(diagnostics), diagnostics, ...(r.presentation ? { slides: r.presentation.slides.length } : {}) };
}

function compileOptions(flags: BuildFlags) {
  return {
    ...(flags.charts ? { charts: flags.charts } : {}),
    ...(flags.strict ? { strict: true } : {}),
    ...(flags.maxOutlineBytes !== undefined ? { maxOutlineBytes: flags.maxOutlineBytes } : {}),
  };
}

/** Diagnostics with spans as the user typed the path; printed in text mode. */
function reported(io: CliIO, file: string, abs: string, r: CheckResult, flags: BuildFlags): Diagnostic[] {
  const diagnostics = r.diagnostics.map((d) => relativeSpan(d, abs, file));
  if (flags.format === 'text') printDiagnostics(io, { file, diagnostics, ...(r.source ? { source: r.source } : {}) }, !!flags.verbose);
  return diagnostics;
}

/** A deck that failed: exit 3 when a file could not be read at all, else 1 (the input has errors). */
function failureExit(ds: Diagnostic[]): number {
  return ds.some((d) => d.severity === 'error' && d.code.startsWith('io/')) ? EXIT.io : EXIT.inputErrors;
}

/**
 * Runs one deck's work so that nothing it throws stops the batch: an operating-system error
 * (EACCES, EIO, … while reading) is an I/O failure (exit 3); anything else is a bug (exit 70),
 * reported with its stack and the outline to send with the report.
 */
async function guarded(io: CliIO, file: string, work: () => Promise<DeckOutcome>): Promise<DeckOutcome> {
  try {
    return await work();
  } catch (e) {
    return { file, diagnostics: [], ...reportThrown(io, file, e) };
  }
}

/**
 * What a deck's work threw, printed: an operating-system error while reading is one line saying
 * which file and why (exit 3); anything else is a bug, with its stack (exit 70). Also used by
 * watch mode, which reports and keeps watching.
 */
export function reportThrown(io: CliIO, file: string, e: unknown): { exit: number; error: string } {
  if (isSystemError(e)) {
    const error = describeReadError(file, e, io.cwd);
    io.stderr(`error: ${error}\n`);
    return { exit: EXIT.io, error };
  }
  const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
  io.stderr(`internal error while processing ${file}: this is a bug in briefdeck; please report it with this outline.\n${stack}\n`);
  return { exit: EXIT.internal, error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
}

/** Big outlines take seconds to lay out and render: say so before the wait starts. */
async function noteBigOutline(io: CliIO, file: string, abs: string, flags: BuildFlags): Promise<void> {
  if (flags.quiet || flags.format !== 'text') return;
  const info = await io.host.stat(abs).catch(() => undefined);
  if (info?.isFile && info.size > BIG_OUTLINE_BYTES)
    io.stderr(`… building ${file} (${Math.round(info.size / 1024)} KiB of outline); this may take a while\n`);
}

function finish(io: CliIO, outcomes: DeckOutcome[], flags: BuildFlags, verb: 'build' | 'check'): number {
  const exit = outcomes.reduce((worst, o) => Math.max(worst, o.exit), EXIT.ok as number);
  const failed = outcomes.filter((o) => o.exit !== EXIT.ok);
  if (flags.format === 'json') {
    io.stdout(JSON.stringify(toJson(outcomes, verb, exit), null, 2) + '\n');
  } else if (outcomes.length > 1) {
    io.stderr(
      failed.length === 0
        ? `${verb}: all ${outcomes.length} decks ok\n`
        : `${verb}: ${failed.length} of ${outcomes.length} decks failed: ${failed.map((f) => `${f.file} (${why(f)})`).join(', ')}\n`,
    );
  }
  return exit;
}

function why(o: DeckOutcome): string {
  if (o.exit === EXIT.internal) return 'internal error';
  const { errors } = counts(o.diagnostics);
  if (errors > 0) return plural(errors, 'error');
  return o.exit === EXIT.io ? 'I/O error' : 'failed';
}

function toJson(outcomes: DeckOutcome[], command: 'build' | 'check', exit: number): BatchJson {
  return {
    command,
    ok: exit === EXIT.ok,
    exit,
    decks: outcomes.map((o) => ({
      file: o.file,
      ok: o.exit === EXIT.ok,
      exit: o.exit,
      ...(o.output !== undefined ? { output: o.output } : {}),
      ...(o.slides !== undefined ? { slides: o.slides } : {}),
      ...(o.charts !== undefined ? { charts: o.charts } : {}),
      ...(o.ms !== undefined ? { ms: o.ms } : {}),
      ...counts(o.diagnostics),
      ...(o.error !== undefined ? { error: o.error } : {}),
      diagnostics: o.diagnostics.map(diagnosticToJson),
    })),
    summary: { total: outcomes.length, ok: outcomes.length - outcomes.filter((o) => o.exit !== EXIT.ok).length, failed: outcomes.filter((o) => o.exit !== EXIT.ok).map((o) => o.file) },
  };
}

function warningsNote(ds: Diagnostic[]): string {
  const { warnings } = counts(ds);
  return warnings ? `, ${plural(warnings, 'warning')}` : '';
}

/** decks/x.yaml → "x"; decks/x.de.yaml → "x.de". */
/** Where a deck is written: `-o FILE`, else `<out-dir or out>/<outline name>.pptx`, from the cwd. */
export function deckOutputPath(io: CliIO, file: string, flags: Pick<BuildFlags, 'output' | 'outDir'>): string {
  return flags.output ? path.resolve(io.cwd, flags.output) : path.resolve(io.cwd, flags.outDir ?? 'out', `${deckName(file)}.pptx`);
}

export function deckName(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}

/** Spans are shown as the user typed the path, not as the absolute path we resolved. */
function relativeSpan(d: Diagnostic, abs: string, given: string): Diagnostic {
  // Diagnostics about the outline file itself (missing, a folder, too large) have no span and name
  // the file in their message: as the user typed it too.
  if (!d.span) return d.message.includes(abs) ? { ...d, message: d.message.split(abs).join(given) } : d;
  if (d.span.file === abs) return { ...d, span: { ...d.span, file: given } };
  if (!path.isAbsolute(d.span.file)) return d;
  const rel = path.relative(path.dirname(abs), d.span.file);
  return { ...d, span: { ...d.span, file: rel === '' ? given : path.join(path.dirname(given), rel) } };
}
