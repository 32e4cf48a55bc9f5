/** `briefdeck build` and `briefdeck check`: one deck after another, each independent of the others. */
import path from 'node:path';
import { buildDeck, checkDeck } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RenderTarget } from '../outline/schema.js';
import { EXIT, type CliIO } from './io.js';
import { counts, plural, printDiagnostics, type ReportFormat } from './report.js';
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
}

interface DeckOutcome {
  file: string;
  output?: string;
  exit: number;
  diagnostics: Diagnostic[];
  slides?: number;
  charts?: number;
  ms?: number;
  error?: string;
}

export async function buildCommand(io: CliIO, outlines: string[], flags: BuildFlags): Promise<number> {
  if (flags.output && outlines.length > 1) {
    io.stderr('error: -o/--output names one file; with several outlines use --out-dir\n');
    return EXIT.usage;
  }
  const outcomes: DeckOutcome[] = [];
  for (const file of outlines) outcomes.push(await buildOne(io, file, flags));
  return finish(io, outcomes, flags, 'build');
}

async function buildOne(io: CliIO, file: string, flags: BuildFlags): Promise<DeckOutcome> {
  const abs = path.resolve(io.cwd, file);
  const result = await buildDeck(abs, {
    host: io.host,
    ...(flags.charts ? { charts: flags.charts } : {}),
    ...(flags.strict ? { strict: true } : {}),
    cacheDir: flags.cache ? path.resolve(io.cwd, '.briefdeck-cache') : false,
  });
  const diagnostics = result.diagnostics.map((d) => relativeSpan(d, abs, file));
  if (flags.format === 'text') printDiagnostics(io, { file, diagnostics, ...(result.source ? { source: result.source } : {}) }, !!flags.verbose);
  if (!result.ok || !result.bytes) {
    const io3 = diagnostics.some((d) => d.code.startsWith('io/'));
    return { file, exit: io3 ? EXIT.io : EXIT.inputErrors, diagnostics };
  }
  const output = flags.output
    ? path.resolve(io.cwd, flags.output)
    : path.resolve(io.cwd, flags.outDir ?? 'out', `${deckName(file)}.pptx`);
  const error = await writeDeck(io.host, { outline: abs, target: output, bytes: result.bytes, force: !!flags.force });
  const shown = path.relative(io.cwd, output) || output;
  if (error) {
    if (flags.format === 'text') io.stderr(`error: ${error}\n`);
    return { file, exit: EXIT.io, diagnostics, error };
  }
  const { slides, charts, ms } = result.stats;
  if (!flags.quiet && flags.format === 'text')
    io.stderr(`✓ ${shown}  ${plural(slides, 'slide')}, ${plural(charts, 'chart')}, ${Math.round(ms)} ms${warningsNote(diagnostics)}\n`);
  return { file, output: shown, exit: EXIT.ok, diagnostics, slides, charts, ms: Math.round(ms) };
}

export async function checkCommand(io: CliIO, outlines: string[], flags: BuildFlags): Promise<number> {
  const outcomes: DeckOutcome[] = [];
  for (const file of outlines) {
    const abs = path.resolve(io.cwd, file);
    const r = await checkDeck(abs, { host: io.host, ...(flags.strict ? { strict: true } : {}), ...(flags.charts ? { charts: flags.charts } : {}) });
    const diagnostics = r.diagnostics.map((d) => relativeSpan(d, abs, file));
    if (flags.format === 'text') {
      printDiagnostics(io, { file, diagnostics, ...(r.source ? { source: r.source } : {}) }, !!flags.verbose);
      if (r.ok && !flags.quiet) io.stderr(`✓ ${file}  ${plural(r.presentation?.slides.length ?? 0, 'slide')}${warningsNote(diagnostics)}\n`);
    }
    const io3 = diagnostics.some((d) => d.code.startsWith('io/'));
    outcomes.push({ file, exit: r.ok ? EXIT.ok : io3 ? EXIT.io : EXIT.inputErrors, diagnostics });
  }
  return finish(io, outcomes, flags, 'check');
}

function finish(io: CliIO, outcomes: DeckOutcome[], flags: BuildFlags, verb: string): number {
  if (flags.format === 'json') {
    io.stdout(JSON.stringify({ decks: outcomes }, null, 2) + '\n');
  } else if (outcomes.length > 1) {
    const failed = outcomes.filter((o) => o.exit !== EXIT.ok);
    io.stderr(
      failed.length === 0
        ? `${verb}: all ${outcomes.length} decks ok\n`
        : `${verb}: ${failed.length} of ${outcomes.length} decks failed: ${failed.map((f) => f.file).join(', ')}\n`,
    );
  }
  return outcomes.reduce((worst, o) => Math.max(worst, o.exit), EXIT.ok as number);
}

function warningsNote(ds: Diagnostic[]): string {
  const { warnings } = counts(ds);
  return warnings ? `, ${plural(warnings, 'warning')}` : '';
}

/** decks/x.yaml → "x"; decks/x.de.yaml → "x.de". */
export function deckName(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}

/** Spans are shown as the user typed the path, not as the absolute path we resolved. */
function relativeSpan(d: Diagnostic, abs: string, given: string): Diagnostic {
  if (!d.span) return d;
  if (d.span.file === abs) return { ...d, span: { ...d.span, file: given } };
  if (path.isAbsolute(d.span.file)) return { ...d, span: { ...d.span, file: path.relative(path.dirname(abs), d.span.file) === '' ? given : path.join(path.dirname(given), path.relative(path.dirname(abs), d.span.file)) } };
  return d;
}
