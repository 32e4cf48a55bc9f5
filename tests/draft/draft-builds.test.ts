/**
 * Drafts must build as they are, with no edits: every fixture article, and the seed article when
 * ../shared/seed/ is present, is drafted, written beside a decks/ folder (so the schema comment
 * path is right) and compiled through the real pipeline. A chart suggestion, once uncommented,
 * must build too.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import YAML from 'yaml';
import { buildDeck, checkDeck } from '../../src/compile.js';
import { draftOutline } from '../../src/draft/draft.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const SEED = path.resolve(repoRoot, '../shared/seed/article-openai-infrastructure-bet.de.txt');
const work = mkdtempSync(path.join(tmpdir(), 'briefdeck-draft-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeDraft(name: string, yaml: string): string {
  mkdirSync(path.join(work, 'decks'), { recursive: true });
  const file = path.join(work, 'decks', `${name}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

/**
 * Warnings and errors, except `layout/kpi-too-long` on two-KPI slides: layout reports it for any
 * slide with two KPIs, hand-written ones too (reported to the layout owner); drafts with three
 * KPIs (the seed) are checked with it.
 */
const KNOWN_LAYOUT_ISSUE = 'layout/kpi-too-long';
const problems = (ds: { severity: string; code: string; message: string }[], allowKnown = true) =>
  ds.filter((d) => d.severity !== 'info' && !(allowKnown && d.code === KNOWN_LAYOUT_ISSUE)).map((d) => `${d.code}: ${d.message}`);

test.each(['waermepumpen.de.txt', 'night-trains.en.txt', 'lieferketten.de.md'])('%s drafts into a deck that lays out cleanly', async (name) => {
  const { yaml } = draftOutline(readFileSync(path.join(here, 'fixtures', name), 'utf8'), { fileName: name });
  const r = await checkDeck(writeDraft(name, yaml));
  expect(problems(r.diagnostics)).toEqual([]);
  expect(r.ok).toBe(true);
  expect(r.presentation?.slides.length).toBeGreaterThan(5);
});

test('the English Markdown article builds into a .pptx with no edits', async () => {
  const { yaml } = draftOutline(readFileSync(path.join(here, 'fixtures', 'grid-batteries.en.md'), 'utf8'), { fileName: 'grid-batteries.en.md' });
  const r = await buildDeck(writeDraft('grid', yaml));
  expect(problems(r.diagnostics)).toEqual([]);
  expect(r.bytes?.length).toBeGreaterThan(10_000);
});

test('an uncommented chart suggestion is a valid chart slide', async () => {
  const { yaml } = draftOutline(readFileSync(path.join(here, 'fixtures', 'night-trains.en.txt'), 'utf8'), { fileName: 'night-trains.en.txt' });
  const uncommented = yaml.replace(/^(\s+)# (?=(- title: Amounts compared|  ))/gm, '$1');
  expect(uncommented).not.toBe(yaml);
  const slides = (YAML.parse(uncommented) as { sections: { slides: { chart?: unknown }[] }[] }).sections.flatMap((s) => s.slides);
  expect(slides.some((s) => s.chart)).toBe(true);
  const r = await checkDeck(writeDraft('uncommented', uncommented));
  expect(problems(r.diagnostics)).toEqual([]);
});

test.skipIf(!existsSync(SEED))('the seed article builds into a .pptx with no edits', async () => {
  const { yaml } = draftOutline(readFileSync(SEED, 'utf8'), { fileName: path.basename(SEED) });
  const r = await buildDeck(writeDraft('seed', yaml));
  expect(problems(r.diagnostics, false)).toEqual([]);
  expect(r.stats.slides).toBeGreaterThanOrEqual(12);
});
