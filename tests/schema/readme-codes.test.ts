/** The README's table of diagnostic codes is the catalogue in src/diagnostics/codes.ts, row for row. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { codesMarkdown } from '../../src/diagnostics/codes-markdown.js';

test('README lists every diagnostic code with its meaning and fix', async () => {
  const readme = await readFile(path.resolve(__dirname, '../../README.md'), 'utf8');
  const rows = codesMarkdown().split('\n').filter((l) => l.startsWith('| `'));
  expect(rows.length).toBeGreaterThan(50);
  expect(rows.filter((r) => !readme.includes(r))).toEqual([]);
});
