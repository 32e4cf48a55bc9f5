/** Path containment, in memory and on the real file system (symlinks made in a temp folder). */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { nodeHost } from '../host.js';
import { MemoryHost } from '../../tests/outline/memory-host.js';
import { resolveInside } from './paths.js';

describe('resolveInside (memory)', () => {
  const host = new MemoryHost({ '/deck/a.csv': 'x', '/deck/sub/b.csv': 'y', '/elsewhere/c.csv': 'z' })
    .symlink('/deck/link.csv', '/elsewhere/c.csv')
    .symlink('/deck/inner.csv', '/deck/sub/b.csv');
  const code = async (ref: string) => {
    const r = await resolveInside(ref, '/deck', host);
    return r.ok ? r.file : r.code;
  };
  test('relative paths inside the folder resolve to their real path', async () => {
    expect(await code('./a.csv')).toBe('/deck/a.csv');
    expect(await code('sub/../a.csv')).toBe('/deck/a.csv');
    expect(await code('inner.csv')).toBe('/deck/sub/b.csv');
  });
  test('URLs, absolute paths, escapes and outward links are refused', async () => {
    expect(await code('https://x.org/a.csv')).toBe('path/url-not-allowed');
    expect(await code('file:///deck/a.csv')).toBe('path/url-not-allowed');
    expect(await code('//server/share/a.csv')).toBe('path/url-not-allowed');
    expect(await code('/deck/a.csv')).toBe('path/outside-outline');
    expect(await code('C:\\deck\\a.csv')).toBe('path/outside-outline');
    expect(await code('../elsewhere/c.csv')).toBe('path/outside-outline');
    expect(await code('sub/../../elsewhere/c.csv')).toBe('path/outside-outline');
    expect(await code('link.csv')).toBe('path/outside-outline');
  });
  test('missing files and folders', async () => {
    expect(await code('./nope.csv')).toBe('path/not-found');
    expect(await code('./sub')).toBe('path/not-found');
  });
});

describe('resolveInside (real files)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-paths-'));
  const deck = path.join(tmp, 'deck');
  mkdirSync(path.join(deck, 'data'), { recursive: true });
  writeFileSync(path.join(deck, 'data', 'in.csv'), 'a,b\n');
  writeFileSync(path.join(tmp, 'secret.csv'), 'a,b\n');
  symlinkSync(path.join(tmp, 'secret.csv'), path.join(deck, 'data', 'out.csv'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('a file inside is accepted, a symlink pointing out is refused', async () => {
    const inside = await resolveInside('./data/in.csv', deck, nodeHost);
    expect(inside).toMatchObject({ ok: true, size: 4 });
    const out = await resolveInside('./data/out.csv', deck, nodeHost);
    expect(out).toMatchObject({ ok: false, code: 'path/outside-outline' });
  });
});
