/**
 * The render stage: every chart element that is drawn as an image becomes a PNG, sized to its
 * slide box, keyed by chart id for the emitter. One renderer per process, reused across builds
 * (watch mode, batch builds), so canvases and registered fonts are made once; with a cache
 * folder, charts whose spec, size, theme and locale are unchanged are read back instead.
 */
import { CachedChartRenderer } from '../charts/chart-cache.js';
import { ChartRenderer, type ChartImage, type ChartImageRequest } from '../charts/render.js';
import type { Presentation } from '../model/presentation.js';

let shared: ChartRenderer | undefined;

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
  shared ??= new ChartRenderer();
  return opts.cacheDir ? new CachedChartRenderer(shared, opts.cacheDir).renderAll(requests) : shared.renderAll(requests);
}
