/**
 * Big input: a 2,000-slide outline and a deck with 100 charts (ten of each kind) build, and parse
 * strictly; a long build says so before it starts. Time and memory are measured in bench/ and
 * recorded in the notes, not asserted here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { BatchJson } from '../../src/cli/commands-build.js';
import { CHART_TYPES } from '../../src/outline/schema.js';
import { strictXmlParseAll } from '../support/readers.js';
import { tempFolder } from '../hostile/helpers.js';
import { runCli } from './capture-io.js';

const f = tempFolder('bd-big-');
afterAll(() => f.dispose());

function slidesOutline(n: number): string {
  const slide = (i: number) =>
    [
      `      - title: Slide ${i}\n        bullets: [Point one about ${i}, Point two with a few more words, Third point]`,
      `      - title: Slide ${i}\n        kpis:\n          - { value: ${i * 1000 + 5}, label: Units sold }\n          - { value: 0.25, format: percent, label: Share }`,
      `      - title: Slide ${i}\n        table: { header: [Item, Value], rows: [[a, ${i}], [b, ${i * 2}]] }`,
      `      - title: Slide ${i}\n        quote: { text: Quote number ${i}, by: Someone }`,
    ][i % 4]!;
  const sections = Array.from({ length: n / 100 }, (_, s) => `  - title: Section ${s}\n    slides:\n${Array.from({ length: 100 }, (_, j) => slide(s * 100 + j)).join('\n')}`);
  return `title: Big deck\ndate: 2026-11-28\nsections:\n${sections.join('\n')}\n`;
}

function chartsOutline(n: number): string {
  const chart = (i: number) => {
    const type = CHART_TYPES[i % CHART_TYPES.length]!;
    if (type === 'stages') return `{ type: stages, ranges: [{ label: a, from: 0, to: 2 }, { label: b, from: 2, to: 5 }] }`;
    const second = type === 'combo' ? `, { name: t, type: line, axis: right, values: [4, 3, 2, 1] }` : '';
    return `{ type: ${type}, labels: [a, b, c, d], series: [{ name: s, values: [1, 2, 3, ${i + 1}] }${second}] }`;
  };
  const slides = Array.from({ length: n }, (_, i) => `      - title: Chart ${i}\n        chart: ${chart(i)}`);
  return `title: Charts\ndate: 2026-11-28\nsections:\n  - title: S\n    slides:\n${slides.join('\n')}\n`;
}

test('a 2,000-slide outline builds, with a progress note first', async () => {
  f.write('slides.yaml', slidesOutline(2000));
  const text = await runCli(['build', 'slides.yaml', '--no-cache'], f.dir);
  expect(text.code).toBe(0);
  expect(text.stderr).toMatch(/^… building slides\.yaml \(\d+ KiB of outline\); this may take a while$/m);
  expect(text.stderr).toMatch(/✓ out\/slides\.pptx {2}2022 slides/);
  expect(strictXmlParseAll(new Uint8Array(readFileSync(path.join(f.dir, 'out/slides.pptx'))))).toEqual([]);
}, 300_000);

test.each(['image', 'native'])('a deck with 100 charts builds (%s)', async (target) => {
  f.write('charts.yaml', chartsOutline(100));
  const r = await runCli(['build', 'charts.yaml', '-o', `charts-${target}.pptx`, '--no-cache', '--charts', target, '--format', 'json'], f.dir);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as BatchJson;
  expect(json.decks[0]).toMatchObject({ ok: true, charts: 100 });
  expect(strictXmlParseAll(new Uint8Array(readFileSync(path.join(f.dir, `charts-${target}.pptx`))))).toEqual([]);
}, 300_000);
