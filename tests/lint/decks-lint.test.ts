/** Every deck in decks/ lints clean: no lint finding other than infos. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { brief, lintFile } from './lint-fixture.js';

const DECKS_DIR = path.resolve(__dirname, '../../decks');
const deckFiles = (await readdir(DECKS_DIR)).filter((f) => f.endsWith('.yaml')).sort();

test.each(deckFiles)('%s has no lint warnings or errors', async (file) => {
  const { check, findings } = await lintFile(path.join(DECKS_DIR, file));
  expect(check.ok).toBe(true);
  expect(findings.filter((d) => d.severity !== 'info').map(brief)).toEqual([]);
});
