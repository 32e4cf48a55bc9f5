/**
 * `briefdeck build --watch <outline>`: build, then rebuild whenever one of the deck's input files
 * changes (the outline, chart data files, images, the theme file and its logo), until the signal
 * aborts (Ctrl+C). Contract:
 * - inputs are re-collected after every build, from the outline's YAML itself, so they are known
 *   even while the outline has errors (the loaded Outline drops `chart.data` once it is read);
 * - node:fs.watch on the inputs' folders (one watcher per folder; editors that save by renaming
 *   a temp file still count), events debounced by `debounceMs`; a change during a build queues
 *   exactly one more build;
 * - charts go through the on-disk chart cache, so only charts whose spec changed are rendered;
 * - the deck is written atomically (writeDeck); a locked output (EBUSY/EPERM: open in PowerPoint
 *   on Windows) is reported and retried with backoff;
 * - an outline with errors prints its diagnostics and watching goes on; one line per rebuild.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { buildDeck } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import { parseYaml } from '../outline/parse-yaml.js';
import type { BuildFlags } from './commands-build.js';
import { deckOutputPath, reportThrown } from './commands-build.js';
import { EXIT, type CliIO } from './io.js';
import { counts, plural, printDiagnostics } from './report.js';
import { writeDeck } from './write-output.js';

export interface WatchOptions {
  /** Stops watching; the promise resolves once the build in progress (if any) has finished. */
  signal: AbortSignal;
  /** Quiet time after the last change before rebuilding, in ms (default 100). */
  debounceMs?: number;
  /** Waits before each retry of a locked output, in ms (default 250, 500, 1000). */
  retryDelaysMs?: readonly number[];
  /** Called after every build attempt (tests wait on it). */
  onRebuild?: (r: RebuildOutcome) => void;
}

export interface RebuildOutcome {
  /** Deck written. */
  ok: boolean;
  /** Build time in ms, from reading the outline to the written file. */
  ms: number;
  diagnostics: Diagnostic[];
  /** The absolute input files being watched after this build. */
  inputs: string[];
  /** The write error, when the deck built but could not be written. */
  writeError?: string;
  /** What stopped the build itself (an unreadable input, or a bug), as printed. */
  error?: string;
}

const LOCKED = new Set(['EBUSY', 'EPERM']);
const URL_LIKE = /^[a-zA-Z][a-zA-Z0-9+.-]+:/;

/** Every file the deck is built from, as absolute paths; the outline first. Never throws. */
export async function collectInputs(outline: string, host: Host): Promise<string[]> {
  const dir = path.dirname(outline);
  const files = [outline];
  const rel = (base: string, ref: unknown) => {
    if (typeof ref === 'string' && ref && !URL_LIKE.test(ref)) files.push(path.resolve(base, ref));
  };
  const doc = await readYaml(outline, host);
  if (!isRecord(doc)) return files;
  for (const section of list(doc['sections']))
    for (const slide of list(isRecord(section) ? section['slides'] : undefined)) {
      if (!isRecord(slide)) continue;
      const charts = [slide['chart'], ...list(slide['columns']).map((c) => (isRecord(c) ? c['chart'] : undefined))];
      for (const c of charts) if (isRecord(c)) rel(dir, c['data']);
      if (isRecord(slide['image'])) rel(dir, slide['image']['path']);
    }
  const theme = doc['theme'];
  if (typeof theme === 'string' && /\.ya?ml$/i.test(theme) && !URL_LIKE.test(theme)) {
    const themeFile = path.resolve(dir, theme);
    files.push(themeFile);
    const t = await readYaml(themeFile, host);
    if (isRecord(t)) rel(path.dirname(themeFile), t['logo']);
  }
  return [...new Set(files)];
}

async function readYaml(file: string, host: Host): Promise<unknown> {
  try {
    return parseYaml(new TextDecoder().decode(await host.readFile(file)), file).data;
  } catch {
    return undefined;
  }
}
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Resolves when `signal` aborts. */
export async function watchDeck(io: CliIO, outline: string, flags: BuildFlags, opts: WatchOptions): Promise<void> {
  const abs = path.resolve(io.cwd, outline);
  const target = deckOutputPath(io, outline, flags);
  const shownTarget = path.relative(io.cwd, target) || target;
  const debounceMs = opts.debounceMs ?? 100;
  const watchers = new Map<string, FSWatcher>();
  let inputs = new Set<string>([abs]);
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> | undefined;
  let pending = false;

  // Spans as the user typed the outline's path; other files (data, theme) relative to the working folder.
  const shownPath = (f: string) => (f === abs ? outline : path.isAbsolute(f) ? path.relative(io.cwd, f) || f : f);
  const say = (line: string) => flags.format === 'text' && io.stderr(line + '\n');
  const stamp = () => new Date().toTimeString().slice(0, 8);

  const schedule = () => {
    if (opts.signal.aborted) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (building) pending = true;
      else building = rebuild();
    }, debounceMs);
  };

  const syncWatchers = () => {
    const dirs = new Set([...inputs].map((f) => path.dirname(f)));
    for (const [dir, w] of watchers) if (!dirs.has(dir)) (w.close(), watchers.delete(dir));
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const w = watch(dir, { persistent: true }, (_event, name) => {
          // No name (some platforms): assume it was one of ours.
          if (!name || inputs.has(path.join(dir, name.toString()))) schedule();
        });
        w.on('error', () => (w.close(), watchers.delete(dir)));
        watchers.set(dir, w);
      } catch {
        // The folder does not exist (yet): the build reports the missing file; retried next build.
      }
    }
  };

  // One build attempt; what it throws (an unreadable input, a bug) is reported by `rebuild`.
  const buildOnce = async (started: number): Promise<void> => {
    const result = await buildDeck(abs, {
      host: io.host,
      ...(flags.charts ? { charts: flags.charts } : {}),
      ...(flags.strict ? { strict: true } : {}),
      ...(flags.maxOutlineBytes !== undefined ? { maxOutlineBytes: flags.maxOutlineBytes } : {}),
      cacheDir: flags.cache ? path.resolve(io.cwd, '.briefdeck-cache') : false,
    });
    const diagnostics = result.diagnostics.map((d) => (d.span ? { ...d, span: { ...d.span, file: shownPath(d.span.file) } } : d));
    if (flags.format === 'text') printDiagnostics(io, { file: outline, diagnostics, ...(result.source ? { source: result.source } : {}) }, !!flags.verbose);
    let writeError: string | undefined;
    if (result.ok && result.bytes) writeError = await writeWithRetry(io, { outline: abs, target, bytes: result.bytes, force: !!flags.force }, shownTarget, opts);
    const ms = performance.now() - started;
    // Re-collect: the outline may now use another data file, image or theme.
    const collected = await collectInputs(abs, io.host);
    inputs = new Set(result.ok ? collected : [...inputs, ...collected]);
    syncWatchers();
    const ok = !!(result.ok && result.bytes && !writeError);
    const { errors, warnings } = counts(diagnostics);
    if (ok) say(`${stamp()} ✓ ${shownTarget}  ${plural(result.stats.slides, 'slide')}, ${plural(result.stats.charts, 'chart')}, ${Math.round(ms)} ms${warnings ? `, ${plural(warnings, 'warning')}` : ''}`);
    else if (writeError) say(`${stamp()} ✗ ${writeError}; still watching (save again to retry)`);
    else say(`${stamp()} ✗ ${outline}: ${plural(errors, 'error')}, deck not rebuilt; still watching, fix and save`);
    if (flags.format === 'json') io.stdout(JSON.stringify({ ok, output: shownTarget, ms: Math.round(ms), diagnostics, ...(writeError ? { writeError } : {}) }) + '\n');
    opts.onRebuild?.({ ok, ms, diagnostics, inputs: [...inputs], ...(writeError ? { writeError } : {}) });
  };

  // Never rejects: a timer starts it and nothing awaits that, so a throw would end the process.
  const rebuild = async (): Promise<void> => {
    const started = performance.now();
    try {
      await buildOnce(started);
    } catch (e) {
      const { error } = reportThrown(io, outline, e);
      say(`${stamp()} ✗ deck not rebuilt; still watching, fix and save`);
      if (flags.format === 'json') io.stdout(JSON.stringify({ ok: false, output: shownTarget, error }) + '\n');
      opts.onRebuild?.({ ok: false, ms: performance.now() - started, diagnostics: [], inputs: [...inputs], error });
    } finally {
      building = undefined;
      if (pending && !opts.signal.aborted) {
        pending = false;
        building = rebuild();
      }
    }
  };

  building = rebuild();
  await building;
  say(`watching ${plural(inputs.size, 'file')} for ${outline} (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    if (opts.signal.aborted) return resolve();
    opts.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  if (timer) clearTimeout(timer);
  for (const w of watchers.values()) w.close();
  watchers.clear();
  while (building) await building;
}

/** writeDeck, retried with backoff while the target is locked. Undefined on success, else the message. */
async function writeWithRetry(io: CliIO, req: Parameters<typeof writeDeck>[1], shown: string, opts: WatchOptions): Promise<string | undefined> {
  const delays = opts.retryDelaysMs ?? [250, 500, 1000];
  for (let attempt = 0; ; attempt++) {
    let code: string | undefined;
    const probe: Host = {
      ...io.host,
      writeFileAtomic: (f, d) =>
        io.host.writeFileAtomic(f, d).catch((e: NodeJS.ErrnoException) => {
          code = e.code;
          throw e;
        }),
    };
    const error = await writeDeck(probe, req);
    if (!error) return undefined;
    const delay = delays[attempt];
    if (!code || !LOCKED.has(code) || delay === undefined || opts.signal.aborted) return error;
    io.stderr(`${shown} is locked (${code}: open in PowerPoint or another program?); retrying in ${delay} ms (${attempt + 1}/${delays.length})\n`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** The CLI entry: one outline, stops on SIGINT. */
export async function watchCommand(io: CliIO, outlines: string[], flags: BuildFlags): Promise<number> {
  if (outlines.length !== 1) {
    io.stderr('error: --watch takes exactly one outline\n');
    return EXIT.usage;
  }
  const stop = new AbortController();
  const onSigint = () => stop.abort();
  process.once('SIGINT', onSigint);
  try {
    await watchDeck(io, outlines[0]!, flags, { signal: stop.signal });
  } finally {
    process.off('SIGINT', onSigint);
  }
  if (flags.format === 'text') io.stderr('stopped watching\n');
  return EXIT.ok;
}
