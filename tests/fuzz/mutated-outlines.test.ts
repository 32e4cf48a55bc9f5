/**
 * Property (b): mutated outlines (wrong types, missing and extra keys, empty lists, extreme
 * numbers, numeric strings, .nan, every Unicode plane, right-to-left and control characters,
 * U+FFFE, lone surrogates, deep nesting, 10,000-character strings, broken bytes) end in
 * positioned diagnostics and exit 1, or in a deck that parses strictly: never exit 70, never a
 * throw. A sample of the decks that did build also goes through the Open XML SDK validator.
 */
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { abbreviate, caseArb, checkOutlineText, validateDecks } from './harness.js';
import { FUZZ_SEED, runs } from './fuzz-config.js';
import { makeWorkspace } from './workspace.js';

const ws = makeWorkspace();
afterAll(() => ws.dispose());
const built: Uint8Array[] = [];
let n = 0;

for (const kind of ['mutated', 'text'] as const) {
  test(`${kind} outlines: diagnostics with positions and exit 1, or a valid deck`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb[kind], async (c) => {
        const r = await checkOutlineText(ws, n++, c.text);
        if (r.deck && built.length < 6) built.push(r.deck);
        if (r.problems.length > 0) throw new Error(`${r.problems.join('\n')}\n--- outline ---\n${abbreviate(c.describe())}`);
      }),
      { numRuns: runs(kind === 'mutated' ? 60 : 25), seed: FUZZ_SEED, endOnFailure: true },
    );
  });
}

test('the decks that built from mutated outlines pass the Open XML SDK validator', async () => {
  expect(await validateDecks(built)).toEqual([]);
});
