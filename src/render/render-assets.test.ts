import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../compile.js';
import type { Presentation } from '../model/presentation.js';
import { chartCacheKey } from '../charts/chart-cache.js';
import { chartImageRequests, renderChartImages } from './render-assets.js';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const require = createRequire(import.meta.url);
/** Whether node-canvas has been loaded into this process (chartjs-node-canvas requires it). */
const canvasLoaded = (): boolean => Object.keys(require.cache).some((k) => k.includes(`${path.sep}node_modules${path.sep}canvas${path.sep}`));

function outline(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    `title: Render test\ndate: "2026-12-01"\nlocale: de-DE\ngenerate: { title: false, agenda: false, dividers: false, sources: false }\nsections:\n  - title: S\n    slides:\n${body}`,
  );
  return file;
}

async function presentationOf(file: string, charts?: 'image' | 'native'): Promise<Presentation> {
  const r = await checkDeck(file, charts ? { charts } : {});
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.presentation as Presentation;
}

const CHART_SLIDE = `      - title: Ein Diagramm
        chart:
          type: column
          labels: [A, B, C]
          series: [{ name: Werte, values: [1, 2, 3] }]
`;

// One test, in order: this file runs in its own process (vitest pool "forks"), so what it loads
// is what the render stage loaded.
describe('renderChartImages', () => {
  it('loads canvas only for image charts, renders through the cache, and reads hits back', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-render-'));
    const text = await presentationOf(outline(dir, 'text.yaml', '      - title: Nur Text\n        bullets: [eins, zwei]\n'));
    expect(chartImageRequests(text)).toEqual([]);
    expect((await renderChartImages(text, { cacheDir: false })).size).toBe(0);

    const native = await presentationOf(outline(dir, 'chart.yaml', CHART_SLIDE), 'native');
    expect(chartImageRequests(native)).toEqual([]);
    expect(canvasLoaded()).toBe(false);

    const pres = await presentationOf(path.join(dir, 'chart.yaml'), 'image');
    const reqs = chartImageRequests(pres);
    expect(reqs).toHaveLength(1);
    const chartEl = pres.slides.flatMap((s) => s.elements).find((e) => e.type === 'chart');
    expect(reqs[0]).toMatchObject({ widthIn: chartEl?.box.w, heightIn: chartEl?.box.h, locale: 'de-DE' });

    // A cache hit is read back without drawing: canvas stays unloaded.
    const cacheDir = path.join(dir, 'cache');
    const fake = Uint8Array.from([...PNG, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    mkdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, `${chartCacheKey(reqs[0]!)}.png`), fake);
    const hit = await renderChartImages(pres, { cacheDir });
    expect([...(hit.get(reqs[0]!.chart.id)?.png ?? [])]).toEqual([...fake]);
    expect(canvasLoaded()).toBe(false);

    // A miss draws (loading canvas), and the PNG lands in the cache.
    const fresh = path.join(dir, 'cache2');
    const drawn = await renderChartImages(pres, { cacheDir: fresh });
    const png = drawn.get(reqs[0]!.chart.id)?.png;
    expect([...(png ?? []).slice(0, 4)]).toEqual(PNG);
    expect(canvasLoaded()).toBe(true);
    expect(readdirSync(fresh).filter((f) => f.endsWith('.png'))).toHaveLength(1);
    const again = await renderChartImages(pres, { cacheDir: false });
    expect(Buffer.from(again.get(reqs[0]!.chart.id)!.png).equals(Buffer.from(png!))).toBe(true);
  });
});
