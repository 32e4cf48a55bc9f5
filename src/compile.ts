/**
 * The public API: `checkDeck` (parse, decode, theme, layout: everything but charts and PPTX) and
 * `buildDeck` (the whole pipeline to .pptx bytes). Neither writes files nor prints; the CLI and
 * users' scripts decide what to do with the result. Heavy modules (canvas via the chart renderer,
 * pptxgenjs) are imported lazily, so `check` and `schema` never load them.
 */
import path from 'node:path';
import { buildDate } from './build-date.js';
import { DiagnosticBag, type Diagnostic } from './diagnostics/diagnostic.js';
import { nodeHost, type Host } from './host.js';
import { layoutPresentation } from './layout/layout.js';
import { lintDeck } from './lint/lint-deck.js';
import type { Outline } from './model/outline.js';
import type { Presentation } from './model/presentation.js';
import { loadOutline } from './outline/load.js';
import type { RenderTarget } from './outline/schema.js';
import { readPictures } from './read-pictures.js';
import { resolveTheme } from './theme/resolve-theme.js';

export interface CheckOptions {
  host?: Host;
  /** Overrides every chart's render target. */
  charts?: RenderTarget;
  /** Warnings count as errors (for users who gate decks in CI). */
  strict?: boolean;
  /** Outline files above this size are refused (bytes; default 2 MiB). */
  maxOutlineBytes?: number;
}

export interface BuildOptions extends CheckOptions {
  /** Folder of the content-addressed chart cache; false disables it. */
  cacheDir?: string | false;
}

export interface CheckResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  outline?: Outline;
  presentation?: Presentation;
  /** The outline's text, for code frames. */
  source?: string;
  /** The bytes of every picture the deck shows, by absolute path, as checked. */
  pictures?: ReadonlyMap<string, Uint8Array>;
}

export interface BuildResult extends CheckResult {
  bytes?: Uint8Array;
  stats: { slides: number; charts: number; ms: number };
}

export const DEFAULT_MAX_OUTLINE_BYTES = 2 * 1024 * 1024;

export async function checkDeck(file: string, opts: CheckOptions = {}): Promise<CheckResult> {
  const host = opts.host ?? nodeHost;
  const diags = new DiagnosticBag();
  const finish = (extra: Partial<CheckResult>): CheckResult => {
    const diagnostics = opts.strict ? diags.items.map(strictify) : diags.items;
    return { ok: !diagnostics.some((d) => d.severity === 'error'), diagnostics, ...extra };
  };
  const info = await host.stat(file);
  if (!info || !info.isFile) {
    if (info?.isDirectory) diags.error('io/not-found', `cannot read ${file}: it is a folder, not an outline file`, { hint: 'give the path of a .yaml outline inside it' });
    else diags.error('io/not-found', `cannot read ${file}: no such file`, { hint: 'check the path; outlines are .yaml files' });
    return finish({});
  }
  const limit = opts.maxOutlineBytes ?? DEFAULT_MAX_OUTLINE_BYTES;
  if (info.size > limit) {
    diags.error('io/too-large', `${file} is ${info.size} bytes, over the ${limit}-byte limit for outlines`, {
      hint: 'split the deck, or raise the limit with --max-outline-bytes',
    });
    return finish({});
  }
  const source = new TextDecoder().decode(await host.readFile(file));
  const dir = path.resolve(path.dirname(file));
  const loaded = await loadOutline(source, file, dir, host);
  loaded.diagnostics.forEach((d) => diags.add(d));
  const outline = loaded.outline;
  if (!outline || diags.hasErrors) return finish({ source });
  const theme = await resolveTheme(outline, host, diags);
  if (!theme) return finish({ source, outline });
  const pictures = await readPictures(outline, theme, host, diags);
  if (diags.hasErrors) return finish({ source, outline });
  const presentation = layoutPresentation(
    {
      outline,
      theme,
      date: buildDate(host.env('SOURCE_DATE_EPOCH'), outline.date),
      options: {
        ...(opts.charts ? { charts: opts.charts } : {}),
        // --strict: text that does not fit is an error from layout itself, not a shrunk warning.
        ...(opts.strict ? { overflow: 'error' as const } : {}),
        imageSizes: pictures.sizes,
      },
    },
    diags,
  );
  // Briefing lint: sourced figures, theme contrast, colour-blind-safe palettes, alt text.
  lintDeck({ outline, theme, presentation }).forEach((d) => diags.add(d));
  return finish({ source, outline, presentation, pictures: pictures.bytes });
}

export async function buildDeck(file: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const checked = await checkDeck(file, opts);
  const stats = { slides: 0, charts: 0, ms: 0 };
  const pres = checked.presentation;
  if (!checked.ok || !pres) return { ...checked, stats: { ...stats, ms: performance.now() - started } };
  // pptxgenjs loads (file reads) while the charts render. Once every chart is drawn, only PNG
  // encodes on libuv's pool are left: the slides are built meanwhile, and the PNGs go in at the end.
  const emitModule = import('./emit/emit-pptx.js');
  emitModule.catch(() => undefined); // awaited below; never an unhandled rejection if rendering throws first
  const { startChartImages } = await import('./render/render-assets.js');
  const charts = startChartImages(pres, { cacheDir: opts.cacheDir ?? false });
  charts.images.catch(() => undefined); // awaited by emitPptx; a failure surfaces through `drawn` first
  await charts.drawn;
  const { emitPptx } = await emitModule;
  const bytes = await emitPptx(pres, charts.images, checked.pictures ?? new Map());
  stats.slides = pres.slides.length;
  stats.charts = pres.slides.reduce((n, s) => n + s.elements.filter((e) => e.type === 'chart').length, 0);
  stats.ms = performance.now() - started;
  return { ...checked, bytes, stats };
}

function strictify(d: Diagnostic): Diagnostic {
  return d.severity === 'warning' ? { ...d, severity: 'error', message: `${d.message} (strict)` } : d;
}
