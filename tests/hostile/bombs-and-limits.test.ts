/**
 * YAML alias bombs, nesting bombs (10,000 nested lists, in the outline and in a JSON data file),
 * and files above their size limits: each ends in one clear, positioned diagnostic, quickly, with
 * no crash. Run through the CLI (`run()` in-process) with --format json.
 */
import { afterAll, expect, test } from 'vitest';
import { checkDeck, DEFAULT_MAX_OUTLINE_BYTES } from '../../src/compile.js';
import { MAX_DATA_FILE_BYTES } from '../../src/outline/data-file.js';
import { buildJson, outlineWith, tempFolder } from './helpers.js';

const f = tempFolder();
afterAll(() => f.dispose());

test('an alias bomb ("billion laughs") is refused at the alias that multiplies', async () => {
  const lol = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    .concat('bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`))
    .join('\n');
  const file = f.write('bomb.yaml', `${lol}\ntitle: *h\nsections: []\n`);
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatchObject({ code: 'yaml/alias-limit', line: 3, col: 8 });
  expect(r.errors[0]!.message).toMatch(/billion laughs/);
});

test('an anchor that contains itself is refused, not expanded forever', async () => {
  const file = f.write('loop.yaml', 'title: &t [a, *t]\nsections: []\n');
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toEqual([expect.objectContaining({ code: 'yaml/recursive-alias', line: 1, col: 15 })]);
});

test.each([
  ['10,000 nested flow lists', `title: x\nsections: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 2, 10 + 64],
  ['10,000 nested flow maps', `title: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 1, 8 + 4 * 63],
  ['10,000 nested block lists on one line', `title: x\nsections:\n${'- '.repeat(10_000)}x\n`, 3, 1 + 2 * 63],
])('%s: yaml/too-deep at the level that passes the limit', async (_name, text, line, col) => {
  const file = f.write('deep.yaml', text);
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toEqual([expect.objectContaining({ code: 'yaml/too-deep', line, col })]);
  expect(r.errors[0]!.message).toBe('the YAML nests more than 64 levels deep; refused as a possible nesting bomb');
});

test('1,500 ever deeper block maps: yaml/too-deep', async () => {
  const text = `title: x\n${Array.from({ length: 1_500 }, (_, i) => `${" ".repeat(i)}k${i}:`).join('\n')} 1\n`;
  const r = await buildJson(f.write('deep-maps.yaml', text), f.dir);
  expect(r.errors.map((d) => d.code)).toEqual(['yaml/too-deep']);
});

test('a JSON data file nested 10,000 deep is a data/parse error at its data: line', async () => {
  f.write('data/deep.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
  const file = f.write('deep-data.yaml', outlineWith('title: C\nchart: { type: bar, data: ./data/deep.json }'));
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toEqual([expect.objectContaining({ code: 'data/parse', line: 6, message: 'the JSON nests more than 64 levels deep' })]);
});

test('an outline above 2 MiB is refused before it is read (io/too-large, exit 3); the limit is an option', async () => {
  const big = outlineWith('title: Big\nbullets: [a]') + `# ${'x'.repeat(DEFAULT_MAX_OUTLINE_BYTES)}\n`;
  const file = f.write('big.yaml', big);
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(3);
  expect(r.errors).toEqual([expect.objectContaining({ code: 'io/too-large' })]);
  expect(r.errors[0]!.message).toMatch(/over the 2097152-byte limit/);
  const raised = await checkDeck(file, { maxOutlineBytes: 4 * 1024 * 1024 });
  expect(raised.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(raised.ok).toBe(true);
  const lowered = await checkDeck(f.write('small.yaml', outlineWith('title: S\nbullets: [a]')), { maxOutlineBytes: 10 });
  expect(lowered.diagnostics.map((d) => d.code)).toEqual(['io/too-large']);
});

test('a data file above 5 MiB is refused (data/too-large) at the data: line', async () => {
  f.write('data/huge.csv', `label,value\n${'a,1\n'.repeat(Math.ceil(MAX_DATA_FILE_BYTES / 4) + 10)}`);
  const file = f.write('huge-data.yaml', outlineWith('title: C\nchart: { type: bar, data: ./data/huge.csv }'));
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toEqual([expect.objectContaining({ code: 'data/too-large', line: 6 })]);
  expect(r.errors[0]!.message).toMatch(/data files are limited to 5 MiB/);
});

test('a 10,000-character title and control characters are text, not a crash', async () => {
  const file = f.write('long.yaml', outlineWith(`title: "${'W'.repeat(10_000)}\\u0000\\uFFFE\\uD800"\nbullets: ["\\u202Eabc", "\\u0007"]`));
  const r = await buildJson(file, f.dir, ['-o', `${f.dir}/long.pptx`]);
  expect(r.code).toBe(0);
  expect(r.diagnostics.map((d) => d.code)).toContain('layout/title-too-long');
});
