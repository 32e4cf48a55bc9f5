/** The catalogue lists every code the outline loader can emit, once, with meaning and fix. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { codeInfo, DIAGNOSTIC_CODES } from './codes.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE = /['"`]((?:yaml|outline|sources|slide|table|chart|path|data)\/[a-z-]+)['"`]/g;

function sources(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

test('codes are unique, documented and well-formed', () => {
  const codes = DIAGNOSTIC_CODES.map((c) => c.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const c of DIAGNOSTIC_CODES) {
    expect(c.code).toMatch(/^[a-z]+\/[a-z][a-z-]*$/);
    expect(c.meaning.length).toBeGreaterThan(10);
    expect(c.fix.length).toBeGreaterThan(5);
  }
});

test('every code literal in src/outline is in the catalogue', () => {
  const found = new Set<string>();
  for (const text of sources(path.join(src, 'outline'))) for (const m of text.matchAll(CODE)) found.add(m[1]!);
  expect(found.size).toBeGreaterThan(30);
  const missing = [...found].filter((c) => !codeInfo(c));
  expect(missing).toEqual([]);
});

test('the expected-<type> family is listed', () => {
  for (const t of ['string', 'number', 'integer', 'boolean', 'list', 'map']) expect(codeInfo(`outline/expected-${t}`)).toBeDefined();
  expect(codeInfo('outline/wrong-type')).toBeDefined();
});

test('every code in the fixture snapshots is in the catalogue', () => {
  const root = path.resolve(src, '..', 'tests', 'outline', 'fixtures');
  const seen = new Set<string>();
  for (const kind of ['valid', 'invalid']) {
    for (const f of readdirSync(path.join(root, kind)).filter((x) => x.endsWith('.diagnostics.txt'))) {
      const text = readFileSync(path.join(root, kind, f), 'utf8');
      for (const m of text.matchAll(/^\S+:\d+:\d+ (?:error|warning|info) (\S+) /gm)) seen.add(m[1]!);
    }
  }
  expect([...seen].filter((c) => !codeInfo(c))).toEqual([]);
});
