/**
 * The render stage: every chart element that is drawn as an image becomes a PNG, sized to its
 * slide box, keyed by chart id for the emitter. One renderer per process, reused across builds
 * (watch mode, batch builds), so canvases and registered fonts are made once; with a cache
 * folder, charts whose spec, size, theme and locale are unchanged are read back instead.
 *
 * `startChartImages` separates two moments: `drawn` (this thread has drawn every chart; only PNG
 * encodes on libuv's pool are left) and `images` (every PNG is ready). The build emits the slides
 * in between, so the main thread does not sit idle while the last charts encode.
 *
 * Start-up cost: this module imports only types statically. The renderer (canvas, Chart.js) and
 * the cache (node:crypto) are imported on the first build that has an image chart, and the
 * renderer only when some chart misses the cache, so text decks, native-chart decks and
 * rebuilds with unchanged charts never load canvas or Chart.js.
 */
import type { ChartImage, ChartImageRequest } from '../charts/render.js';
import type { ChartRenderer } from '../charts/render.js';
import type { Presentation } from '../model/presentation.js';

let shared: Promise<ChartRenderer> | undefined;

/** The process-wide renderer, created (and its module loaded) on first use. */
function sharedRenderer(): Promise<ChartRenderer> {
  shared ??= import('../charts/render.js').then((m) => new m.ChartRenderer());
  return shared;
}

/** Renders through the shared renderer, loading it only when a chart is actually drawn. */
const lazyRenderer = {
  render: async (req: ChartImageRequest, onDrawn?: () => void): Promise<ChartImage> => (await sharedRenderer()).render(req, onDrawn),
};

export interface RenderOptions {
  /** Folder of the content-addressed chart cache; false disables it. */
  cacheDir: string | false;
}

export interface ChartImagesInProgress {
  /** Resolves when every chart is drawn or read back (only encodes left); rejects as `images` does. */
  drawn: Promise<void>;
  /** Every chart's PNG, by chart id. */
  images: Promise<Map<string, ChartImage>>;
}

export function chartImageRequests(pres: Presentation): ChartImageRequest[] {
  const requests: ChartImageRequest[] = [];
  for (const slide of pres.slides)
    for (const el of slide.elements)
      if (el.type === 'chart' && el.render === 'image')
        requests.push({ chart: el.chart, widthIn: el.box.w, heightIn: el.box.h, theme: pres.theme, locale: pres.meta.lang });
  return requests;
}

export function startChartImages(pres: Presentation, opts: RenderOptions): ChartImagesInProgress {
  const requests = chartImageRequests(pres);
  if (requests.length === 0) return { drawn: Promise.resolve(), images: Promise.resolve(new Map()) };
  const source = opts.cacheDir
    ? import('../charts/chart-cache.js').then((m) => new m.CachedChartRenderer(lazyRenderer, opts.cacheDir as string))
    : sharedRenderer();
  const each = requests.map((req) => {
    let drawn: () => void = () => undefined;
    const drawnSignal = new Promise<void>((resolve) => (drawn = resolve));
    const image = source.then((s) => s.render(req, drawn));
    // Drawn, read back from the cache (no drawing), or failed: whichever comes first.
    return { image, drawn: Promise.race([drawnSignal, image.then(() => undefined)]) };
  });
  const images = Promise.all(each.map((e) => e.image)).then((all) => new Map(requests.map((r, i) => [r.chart.id, all[i] as ChartImage])));
  return { drawn: Promise.all(each.map((e) => e.drawn)).then(() => undefined), images };
}

export async function renderChartImages(pres: Presentation, opts: RenderOptions): Promise<Map<string, ChartImage>> {
  const started = startChartImages(pres, opts);
  started.drawn.catch(() => undefined); // its failure is the same as images'
  return started.images;
}
