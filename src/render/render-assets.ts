/**
 * The render stage: every chart element that is drawn as an image becomes a PNG, sized to its
 * slide box, keyed by chart id for the emitter. One renderer per process, reused across builds
 * (watch mode, batch builds), so canvases and registered fonts are made once; with a cache
 * folder, charts whose spec, size, theme and locale are unchanged are read back instead.
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
  render: async (req: ChartImageRequest): Promise<ChartImage> => (await sharedRenderer()).render(req),
};

export interface RenderOptions {
  /** Folder of the content-addressed chart cache; false disables it. */
  cacheDir: string | false;
}

export function chartImageRequests(pres: Presentation): ChartImageRequest[] {
  const requests: ChartImageRequest[] = [];
  for (const slide of pres.slides)
    for (const el of slide.elements)
      if (el.type === 'chart' && el.render === 'image')
        requests.push({ chart: el.chart, widthIn: el.box.w, heightIn: el.box.h, theme: pres.theme, locale: pres.meta.lang });
  return requests;
}

export async function renderChartImages(pres: Presentation, opts: RenderOptions): Promise<Map<string, ChartImage>> {
  const requests = chartImageRequests(pres);
  if (requests.length === 0) return new Map();
  if (!opts.cacheDir) return (await sharedRenderer()).renderAll(requests);
  const { CachedChartRenderer } = await import('../charts/chart-cache.js');
  return new CachedChartRenderer(lazyRenderer, opts.cacheDir).renderAll(requests);
}
