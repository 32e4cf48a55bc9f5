/**
 * A content-addressed cache of chart PNGs on disk, in front of any chart renderer. The key is the
 * sha256 of a canonical JSON of what decides the pixels (chart spec without its id and source
 * span, box size, theme, locale) and RENDERER_VERSION; bump that whenever the drawing changes.
 * A cache failure (unreadable dir, full disk, corrupt file) is never an error: we render instead.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChartImage, ChartImageRequest } from './render.js';
import { chartPixelSize } from './pixel-size.js';

/** Bump when chartjs-config, the plugins, the fonts or the PNG settings change what is drawn. */
export const RENDERER_VERSION = 'chartjs-4.6.1/briefdeck-2';

export interface ChartImageSource {
  /** `onDrawn`: called when only the PNG encode is left (not called for a picture read back). */
  render(req: ChartImageRequest, onDrawn?: () => void): Promise<ChartImage>;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** JSON with object keys sorted, so equal content gives an equal key whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function chartCacheKey(req: ChartImageRequest, extra = ''): string {
  const { id: _id, span: _span, ...spec } = req.chart;
  const material = canonical({ v: RENDERER_VERSION, extra, spec, w: req.widthIn, h: req.heightIn, theme: req.theme, locale: req.locale });
  return createHash('sha256').update(material).digest('hex');
}

export class CachedChartRenderer implements ChartImageSource {
  /** @param dir cache folder (created on first write); @param extra mixed into keys (e.g. PNG settings). */
  constructor(
    private readonly inner: ChartImageSource,
    private readonly dir: string,
    private readonly extra = '',
  ) {}

  async render(req: ChartImageRequest, onDrawn?: () => void): Promise<ChartImage> {
    const file = path.join(this.dir, `${chartCacheKey(req, this.extra)}.png`);
    const { widthPx, heightPx } = chartPixelSize(req.widthIn, req.heightIn);
    try {
      const png = await readFile(file);
      if (PNG_SIGNATURE.every((b, i) => png[i] === b)) return { png: new Uint8Array(png), widthPx, heightPx };
    } catch {
      // a miss or an unreadable cache: render below
    }
    const image = await this.inner.render(req, onDrawn);
    try {
      await mkdir(this.dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, image.png);
      await rename(tmp, file);
    } catch {
      // the cache is an optimisation only
    }
    return image;
  }
}
