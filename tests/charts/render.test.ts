/**
 * Renders every chart kind to PNG at 12 × 5.5 in and checks signature, pixel size, determinism
 * and the disk cache. The PNGs are written to /tmp/briefdeck-charts/ for looking at them.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CachedChartRenderer } from '../../src/charts/chart-cache.js';
import { ChartRenderer, type ChartImage, type ChartImageRequest } from '../../src/charts/render.js';
import { briefing, midnight } from '../../src/theme/builtin.js';
import { FIXTURES, investment } from './fixtures.js';

const OUT = '/tmp/briefdeck-charts';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const requests = (theme = briefing, locale = 'de-DE'): ChartImageRequest[] =>
  FIXTURES.map((chart) => ({ chart, widthIn: 12, heightIn: 5.5, theme, locale }));

describe('ChartRenderer', () => {
  const renderer = new ChartRenderer();

  it('renders every kind as a PNG of exactly 192 px per inch, twice with identical bytes', async () => {
    mkdirSync(OUT, { recursive: true });
    const first = await renderer.renderAll(requests());
    const second = await renderer.renderAll(requests());
    expect([...first.keys()]).toEqual(FIXTURES.map((f) => f.id));
    for (const [id, img] of first) {
      expect([...img.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(img.png)).toEqual({ width: 2304, height: 1056 });
      expect(img).toMatchObject({ widthPx: 2304, heightPx: 1056 });
      expect(Buffer.from(img.png).equals(Buffer.from((second.get(id) as ChartImage).png))).toBe(true);
      writeFileSync(path.join(OUT, `${id}.png`), img.png);
    }
  }, 60_000);

  it('gives the same bytes from a fresh renderer, and renders the dark theme and en-US', async () => {
    const a = await renderer.render(requests()[0] as ChartImageRequest);
    const b = await new ChartRenderer().render(requests()[0] as ChartImageRequest);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
    const dark = await renderer.renderAll(requests(midnight, 'en-US'));
    for (const [id, img] of dark) writeFileSync(path.join(OUT, `${id}.midnight.png`), img.png);
    expect(Buffer.from((dark.get(investment.id) as ChartImage).png).equals(Buffer.from(a.png))).toBe(false);
  }, 60_000);

  it('renders every kind in a half-slide column box (5.8 × 4.6 in)', async () => {
    const half = await renderer.renderAll(FIXTURES.map((chart) => ({ chart, widthIn: 5.8, heightIn: 4.6, theme: briefing, locale: 'de-DE' })));
    for (const [id, img] of half) {
      expect(pngSize(img.png)).toEqual({ width: Math.round(5.8 * 192), height: Math.round(4.6 * 192) });
      writeFileSync(path.join(OUT, `half-${id}.png`), img.png);
    }
  }, 60_000);

  it('keeps the box aspect ratio for other sizes', async () => {
    const img = await renderer.render({ chart: investment, widthIn: 5.8, heightIn: 4.2, theme: briefing, locale: 'de-DE' });
    expect(pngSize(img.png)).toEqual({ width: Math.round(5.8 * 192), height: Math.round(4.2 * 192) });
  });
});

describe('CachedChartRenderer', () => {
  it('serves the second request from disk with the same bytes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefdeck-cache-'));
    let renders = 0;
    const inner = new ChartRenderer();
    const counting = { render: (r: ChartImageRequest) => ((renders += 1), inner.render(r)) };
    const cache = new CachedChartRenderer(counting, dir);
    const req = requests()[0] as ChartImageRequest;
    const a = await cache.render(req);
    const b = await cache.render({ ...req, chart: { ...req.chart, id: 'other-id', span: { file: 'x.yaml', line: 9, col: 9 } } });
    expect(renders).toBe(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
    await cache.render({ ...req, locale: 'en-US' });
    expect(renders).toBe(2);
  });

  it('falls back to rendering when the cache dir cannot be used', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefdeck-cache-'));
    const blocker = path.join(dir, 'file');
    writeFileSync(blocker, 'not a directory');
    const cache = new CachedChartRenderer(new ChartRenderer(), path.join(blocker, 'cache'));
    const img = await cache.render(requests()[0] as ChartImageRequest);
    expect([...img.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});
