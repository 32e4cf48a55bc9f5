/**
 * schema/outline.schema.json is what editors validate outlines against: it must be exactly what
 * `briefdeck schema` prints today (regenerate with `npm run schema`), and every example deck
 * must point at it.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { outlineJsonSchema } from '../../src/outline/json-schema.js';

const ROOT = path.resolve(__dirname, '../..');

test('the committed JSON Schema is current (run npm run schema after changing src/outline/schema.ts)', async () => {
  const committed = await readFile(path.join(ROOT, 'schema/outline.schema.json'), 'utf8');
  expect(committed).toBe(JSON.stringify(outlineJsonSchema(), null, 2) + '\n');
});

test('every deck in decks/ starts with the yaml-language-server schema comment', async () => {
  const files = (await readdir(path.join(ROOT, 'decks'))).filter((f) => f.endsWith('.yaml'));
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const first = (await readFile(path.join(ROOT, 'decks', f), 'utf8')).split('\n')[0];
    expect(first, f).toBe('# yaml-language-server: $schema=../schema/outline.schema.json');
  }
});
