#!/usr/bin/env node
/**
 * Writes assets/metrics/<font file>.json for every TTF in assets/fonts (npm run metrics), so that
 * measuring text at run time never parses a TTF. Uses the compiled extractor in dist/ (run
 * `npm run build` first). `--check` writes nothing and exits 1 when a committed file differs
 * (src/text/metrics-extract.test.ts checks the same in the test suite).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { FONTS_DIR } from '../dist/assets.js';
import { extractFaceMetrics } from '../dist/text/metrics-extract.js';
import { METRICS_DIR, metricsPath, serializeMetrics } from '../dist/text/metrics-file.js';

const check = process.argv.includes('--check');
const fonts = readdirSync(FONTS_DIR).filter((f) => f.endsWith('.ttf')).sort();
let stale = 0;
if (!check) mkdirSync(METRICS_DIR, { recursive: true });
for (const font of fonts) {
  const text = serializeMetrics(extractFaceMetrics(font, readFileSync(path.join(FONTS_DIR, font))));
  const file = metricsPath(font);
  const same = existsSync(file) && readFileSync(file, 'utf8') === text;
  if (check) {
    if (!same) stale++;
    console.log(`${same ? 'ok   ' : 'STALE'} ${path.relative(process.cwd(), file)}`);
  } else {
    if (!same) writeFileSync(file, text);
    console.log(`${same ? 'same ' : 'wrote'} ${path.relative(process.cwd(), file)} (${(text.length / 1024).toFixed(1)} KiB)`);
  }
}
// Metrics of fonts no longer shipped.
for (const f of existsSync(METRICS_DIR) ? readdirSync(METRICS_DIR) : []) {
  if (!f.endsWith('.ttf.json') || fonts.includes(f.slice(0, -'.json'.length))) continue;
  if (check) {
    stale++;
    console.log(`STALE ${f} (no such font)`);
  } else {
    rmSync(path.join(METRICS_DIR, f));
    console.log(`removed ${f}`);
  }
}
if (check && stale > 0) {
  console.error(`${stale} metrics file(s) out of date: run npm run metrics`);
  process.exitCode = 1;
}
