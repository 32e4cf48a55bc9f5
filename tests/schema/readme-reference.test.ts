/** The README's outline reference documents every key the schema allows (walked from the JSON Schema). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { outlineJsonSchema } from '../../src/outline/json-schema.js';

function keysOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keysOf(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o['properties'] && typeof o['properties'] === 'object') Object.keys(o['properties'] as object).forEach((k) => out.add(k));
    Object.values(o).forEach((v) => keysOf(v, out));
  }
  return out;
}

test('README documents every outline key', async () => {
  const readme = await readFile(path.resolve(__dirname, '../../README.md'), 'utf8');
  const reference = readme.slice(readme.indexOf('## The outline format'), readme.indexOf('## Themes'));
  const keys = [...keysOf(outlineJsonSchema())].sort();
  expect(keys.length).toBeGreaterThan(40);
  const missing = keys.filter((k) => !reference.includes(`\`${k}\``));
  expect(missing).toEqual([]);
});
