/** The catalogue lists every code any stage in src/ can emit, once, with meaning and fix. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { ALL_DIAGNOSTIC_CODES, codeInfo, DIAGNOSTIC_CODES } from './codes.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** A code literal: a known family, a slash, a kebab-case name (MIME types are not codes). */
const FAMILIES = 'yaml|outline|sources|slide|table|chart|path|data|io|image|theme|layout|draft|lint|emit|render';
const CODE = new RegExp(`['"\`]((?:${FAMILIES})\\/[a-z][a-z0-9-]*)['"\`]`, 'g');
const NOT_CODES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/gif', 'image/svg']);

/** Every non-test .ts file below `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sources(file);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [readFileSync(file, 'utf8')] : [];
  });
}

function codeLiterals(dir: string): Set<string> {
  const found = new Set<string>();
  for (const text of sources(dir)) for (const m of text.matchAll(CODE)) if (!NOT_CODES.has(m[1]!)) found.add(m[1]!);
  return found;
}

test('codes are unique, documented and well-formed', () => {
  const codes = ALL_DIAGNOSTIC_CODES.map((c) => c.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const c of ALL_DIAGNOSTIC_CODES) {
    expect(c.code).toMatch(/^[a-z]+\/[a-z][a-z-]*$/);
    expect(c.meaning.length).toBeGreaterThan(10);
    expect(c.fix.length).toBeGreaterThan(5);
  }
});

test('every code literal anywhere in src/ is in the catalogue', () => {
  const found = codeLiterals(src);
  expect(found.size).toBeGreaterThan(70);
  expect([...found].filter((c) => !codeInfo(c))).toEqual([]);
});

test('the scan sees codes of every stage (layout, theme, io, image, chart, draft)', () => {
  const found = codeLiterals(src);
  for (const c of ['layout/overflow', 'theme/unknown', 'io/too-large', 'image/unreadable', 'chart/native-fallback', 'draft/empty-article', 'yaml/too-deep'])
    expect(found.has(c), c).toBe(true);
});

test('a theme file reports the schema codes as theme/…, and each is listed', () => {
  for (const c of DIAGNOSTIC_CODES.filter((d) => d.code.startsWith('outline/') && !/bad-date|bad-locale/.test(d.code)))
    expect(codeInfo(c.code.replace('outline/', 'theme/')), c.code).toBeDefined();
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
