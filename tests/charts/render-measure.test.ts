/**
 * Timings, not a check: run with BRIEFDECK_MEASURE=1 npx vitest run tests/charts/render-measure.test.ts.
 * Splits CPU time into drawing and PNG encoding for several zlib levels and filter sets, then
 * compares awaiting renders one by one with renderAll (which overlaps encodes on libuv's pool).
 */
import { test } from 'vitest';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { chartJsConfig } from '../../src/charts/chartjs-config.js';
import { ChartRenderer, PX_PER_PT, type ChartImageRequest } from '../../src/charts/render.js';
import { briefing } from '../../src/theme/builtin.js';
import { FIXTURES } from './fixtures.js';
const reqs: ChartImageRequest[] = FIXTURES.map((chart) => ({ chart, widthIn: 12, heightIn: 5.5, theme: briefing, locale: 'de-DE' }));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
test.skipIf(!process.env['BRIEFDECK_MEASURE'])('measure PNG settings and concurrency', async () => {
  await new ChartRenderer().render(reqs[0]!); // registers fonts
  const inst = new ChartJSNodeCanvas({ width: 2304, height: 1056 }) as unknown as { renderChart(c: unknown): { canvas: { toBuffer(m: string, o: unknown): Buffer }; destroy(): void } };
  const rows: string[] = [];
  for (const [level, filters] of [[6, 248], [6, 8], [4, 8], [3, 8], [1, 8], [9, 8], [6, 128]] as const) {
    let draw = 0, enc = 0, bytes = 0;
    for (let k = 0; k < 3; k++) for (const q of reqs) {
      const cfg = chartJsConfig(q.chart, { theme: q.theme, locale: q.locale, widthPx: 2304, heightPx: 1056, pxPerPt: PX_PER_PT });
      let t = cpu();
      const ch = inst.renderChart(cfg);
      draw += cpu() - t;
      t = cpu();
      bytes += ch.canvas.toBuffer('image/png', { compressionLevel: level, filters }).length;
      enc += cpu() - t;
      ch.destroy();
    }
    const n = 3 * reqs.length;
    rows.push(`level ${level} filters ${filters}: draw ${(draw / n).toFixed(1)} ms CPU, encode ${(enc / n).toFixed(1)} ms CPU (${((100 * enc) / (draw + enc)).toFixed(0)}%), ${(bytes / n / 1024).toFixed(0)} KiB`);
  }
  for (const conc of [false, true]) {
    const r = new ChartRenderer({ compressionLevel: 6, filters: 8 });
    await r.renderAll(reqs);
    const best: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      if (conc) await r.renderAll(reqs); else for (const q of reqs) await r.render(q);
      best.push(performance.now() - t);
    }
    rows.push(`${conc ? 'renderAll (overlapped)' : 'sequential awaits'}: best wall ${Math.min(...best).toFixed(0)} ms for ${reqs.length} charts`);
  }
  console.log(rows.join('\n'));
}, 300_000);
