// Warm builds: one node process imports dist/compile.js and calls buildDeck repeatedly (what a
// watch mode or a batch build pays per deck once everything is loaded). The variants alternate
// (image, native, image, native, …) after one untimed build of each. Prints one JSON line:
// [{ name, median_ms, samples_ms, peak_rss_mib, bytes }].
//
// Peak RSS is sampled: process.memoryUsage().rss every 2 ms (a timer, so it only fires between
// synchronous stretches) and after each build; the process-wide maximum (resourceUsage().maxRSS)
// is reported too, as `process_peak_rss_mib`, because sampling can miss a short peak.
//
// Usage: node bench/warm.mjs ROUNDS OUTLINE [NAME=CHARTS[+cache] ...]   e.g. seed-warm-image=image
// `+cache` builds with a chart cache in a temp folder (filled by the untimed first build): what a
// `build --watch` rebuild pays after an edit that leaves the charts alone.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './measure.mjs';

const [roundsArg, outline, ...variantArgs] = process.argv.slice(2);
const rounds = Number(roundsArg);
const variants = variantArgs.map((v) => {
  const [name, spec] = v.split('=');
  const [charts, cache] = spec.split('+');
  return { name, charts, cached: cache === 'cache' };
});
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-cache-'));
const { buildDeck } = await import(new URL('../dist/compile.js', import.meta.url).href);

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 2);

async function once(v) {
  const t = performance.now();
  const r = await buildDeck(outline, { charts: v.charts, cacheDir: v.cached ? cacheDir : false });
  const ms = performance.now() - t;
  if (!r.ok || !r.bytes) throw new Error(`${v.name}: build failed: ${JSON.stringify(r.diagnostics.slice(0, 3))}`);
  sample();
  return { ms, bytes: r.bytes.byteLength };
}

const results = variants.map((v) => ({ name: v.name, samples: [], peak: 0, bytes: 0 }));
for (const v of variants) await once(v);
for (let r = 0; r < rounds; r++)
  for (const [i, v] of variants.entries()) {
    peak = 0;
    const one = await once(v);
    results[i].samples.push(one.ms);
    results[i].peak = Math.max(results[i].peak, peak);
    results[i].bytes = one.bytes;
  }
clearInterval(timer);
rmSync(cacheDir, { recursive: true, force: true });
const processPeak = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  JSON.stringify(
    results.map((x) => ({
      name: x.name,
      median_ms: median(x.samples),
      samples_ms: x.samples.map((s) => Math.round(s * 10) / 10),
      peak_rss_mib: x.peak / 2 ** 20,
      process_peak_rss_mib: processPeak,
      bytes: x.bytes,
    })),
  ) + '\n',
);
