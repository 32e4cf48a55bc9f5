/**
 * Property (a): generated VALID outlines, of every slide kind, chart kind and option, build into
 * decks whose every XML part parses strictly; a sample of them (several decks per validator
 * batch, run in parallel) passes the Open XML SDK validator with zero errors.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, expect, test } from 'vitest';
import { CHART_TYPES } from '../../src/outline/schema.js';
import { abbreviate, checkOutlineText, validateDecks } from './harness.js';
import { FUZZ_SEED, runs } from './fuzz-config.js';
import { chartArb, outlineArb, slideArb, SLIDE_KIND_NAMES } from './valid-outline.js';
import { makeWorkspace } from './workspace.js';

const ws = makeWorkspace();
afterAll(() => ws.dispose());
let n = 0;

/** Builds one outline; returns its deck, or throws with what went wrong and the outline. */
/**
 * Builds one outline; returns its deck, or undefined when the only errors are the text overflow
 * (layout/*) the outline asked to be told about as errors (`overflow: error`). Throws with the problems and the outline.
 */
async function mustBuild(outline: Record<string, unknown>, args: string[] = []): Promise<Uint8Array | undefined> {
  const text = stringify(outline, { lineWidth: 0 });
  const r = await checkOutlineText(ws, n++, text, args);
  const askedFor = r.code === 1 && r.errorCodes.length > 0 && r.errorCodes.every((c) => c.startsWith('layout/')) && text.includes('overflow: error');
  const problems = [...r.problems, ...(r.code !== 0 && !askedFor ? [`a valid outline did not build (exit ${r.code}, ${r.errorCodes.join(', ')}): ${r.stderr.slice(0, 2000)}`] : [])];
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n--- outline ---\n${abbreviate(text)}`);
  return r.deck;
}

/** One deck per slide kind and per chart kind (image and native), then a validator batch. */
const sampled: Uint8Array[] = [];

/** A seed per test, so the tests do not all start from the same first outline. */
const seedOf = (name: string) => FUZZ_SEED + [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0);

test.each(SLIDE_KIND_NAMES)('every %s slide builds', async (kind) => {
  await fc.assert(
    fc.asyncProperty(outlineArb(slideArb(kind)), async (o) => {
      const deck = await mustBuild(o);
      if (deck && sampled.length < 8) sampled.push(deck);
    }),
    { numRuns: runs(4), seed: seedOf(kind) },
  );
});

test.each(CHART_TYPES)('every %s chart builds, as an image and as a native chart', async (type) => {
  const chartSlide = chartArb(type).map((chart) => ({ title: `A ${type} chart`, chart }));
  await fc.assert(
    fc.asyncProperty(outlineArb(chartSlide), fc.constantFrom('image', 'native'), async (o, target) => {
      const deck = await mustBuild(o, ['--charts', target]);
      if (deck && sampled.length < 14) sampled.push(deck);
    }),
    { numRuns: runs(3), seed: seedOf(type) },
  );
});

test('mixed outlines of every kind build', async () => {
  await fc.assert(
    fc.asyncProperty(outlineArb(), async (o) => void (await mustBuild(o))),
    { numRuns: runs(20), seed: FUZZ_SEED },
  );
});

test('a sample of the generated decks passes the Open XML SDK validator', async () => {
  expect(sampled.length).toBeGreaterThan(8);
  expect(await validateDecks(sampled)).toEqual([]);
});
