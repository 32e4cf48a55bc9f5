/**
 * Safe output: the deck is written atomically (temp file in the target folder, then rename), so
 * on any failure the previous deck is untouched and no temporary file remains; the outline itself
 * and files that are not decks are never overwritten without --force; missing folders are made;
 * a read-only folder, a full disk and a locked file each give a clear message and exit 3.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { nodeHost, type Host } from '../../src/host.js';
import { outlineWith, tempFolder } from '../hostile/helpers.js';
import { runCli } from './capture-io.js';

const f = tempFolder('bd-safe-');
afterAll(() => f.dispose());
let previous: Uint8Array;

beforeAll(async () => {
  f.write('deck.yaml', outlineWith('title: B\nbullets: [one, two]'));
  const r = await runCli(['build', 'deck.yaml', '--no-cache'], f.dir);
  expect(r.code).toBe(0);
  previous = new Uint8Array(readFileSync(path.join(f.dir, 'out/deck.pptx')));
  f.write('deck.yaml', outlineWith('title: B\nbullets: [one, two, three]')); // the next build differs
});

/** nodeHost, except that writing fails with `code` (as the OS would report it). */
function failingHost(code: string): Host {
  return {
    ...nodeHost,
    writeFileAtomic: async () => {
      throw Object.assign(new Error(`${code}: simulated`), { code });
    },
  };
}

const tempFiles = () => readdirSync(path.join(f.dir, 'out')).filter((n) => n.endsWith('.tmp'));
const deckNow = () => new Uint8Array(readFileSync(path.join(f.dir, 'out/deck.pptx')));

test.each([
  ['ENOSPC', /the disk is full; any previous deck was left untouched/],
  ['EDQUOT', /the disk is full/],
  ['EBUSY', /the file is locked, probably open in PowerPoint; close it and build again/],
  ['EROFS', /permission denied \(a read-only folder\?\)/],
  ['EACCES', /permission denied/],
  ['EIO', /EIO: simulated; any previous deck was left untouched/],
])('%s: a clear error, exit 3, the previous deck untouched, no temp file', async (code, message) => {
  const r = await runCli(['build', 'deck.yaml', '--no-cache'], f.dir, failingHost(code));
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toContain('cannot write out/deck.pptx');
  expect(Buffer.from(deckNow()).equals(Buffer.from(previous))).toBe(true);
  expect(tempFiles()).toEqual([]);
});

test('the real atomic write removes its temp file when the rename fails', async () => {
  const target = path.join(f.dir, 'busy');
  mkdirSync(path.join(target, 'inside'), { recursive: true }); // a non-empty folder cannot be renamed over
  await expect(nodeHost.writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
  expect(readdirSync(f.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});

test('a temp file left by a killed build is removed by the next write', async () => {
  const stale = path.join(f.dir, 'out', '.deck.pptx.999999.deadbeef.tmp'); // pid 999999 does not run
  writeFileSync(stale, 'half a deck');
  const r = await runCli(['build', 'deck.yaml', '--no-cache', '-q'], f.dir);
  expect(r.code).toBe(0);
  expect(existsSync(stale)).toBe(false);
  expect(tempFiles()).toEqual([]);
});

test('refuses to overwrite the outline itself, also through another name for it', async () => {
  const r = await runCli(['build', 'deck.yaml', '-o', './deck.yaml', '--no-cache'], f.dir);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/refusing to overwrite the outline deck.yaml with the deck/);
  symlinkSync(path.join(f.dir, 'deck.yaml'), path.join(f.dir, 'alias.pptx'));
  const viaLink = await runCli(['build', 'deck.yaml', '-o', 'alias.pptx', '--no-cache', '--force'], f.dir);
  expect(viaLink.code).toBe(3);
  expect(viaLink.stderr).toMatch(/refusing to overwrite the outline/);
  expect(readFileSync(path.join(f.dir, 'deck.yaml'), 'utf8')).toMatch(/^title: Hostile/);
});

test.each([
  ['a text file', 'notes.pptx', 'my notes\n'],
  ['a Word document (a zip, but not a deck)', 'report.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('word/document.xml')])],
])('refuses to overwrite %s unless --force', async (_name, target, content) => {
  f.write(target, content);
  const r = await runCli(['build', 'deck.yaml', '-o', target, '--no-cache'], f.dir);
  expect(r.code).toBe(3);
  expect(r.stderr).toContain(`${target} exists and is not a PowerPoint deck; refusing to overwrite it (use --force)`);
  expect(readFileSync(path.join(f.dir, target))).toEqual(Buffer.from(content));
  const forced = await runCli(['build', 'deck.yaml', '-o', target, '--no-cache', '--force'], f.dir);
  expect(forced.code).toBe(0);
  expect(readFileSync(path.join(f.dir, target)).subarray(0, 2).toString()).toBe('PK');
});

test('overwrites an earlier deck, and creates missing output folders', async () => {
  const r = await runCli(['build', 'deck.yaml', '-o', 'a/b/c/deck.pptx', '--no-cache'], f.dir);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/✓ a\/b\/c\/deck\.pptx {2}\d+ slides/);
  const again = await runCli(['build', 'deck.yaml', '-o', 'a/b/c/deck.pptx', '--no-cache'], f.dir);
  expect(again.code).toBe(0);
});

test('an output path through a file is a clear error', async () => {
  f.write('plain.txt', 'x');
  const r = await runCli(['build', 'deck.yaml', '-o', 'plain.txt/deck.pptx', '--no-cache'], f.dir);
  expect(r.code).toBe(3);
  expect(r.stderr).toContain('cannot write plain.txt/deck.pptx: a part of its folder path is a file, not a folder');
});

test('an output that is a folder is refused', async () => {
  mkdirSync(path.join(f.dir, 'folder.pptx'), { recursive: true });
  const r = await runCli(['build', 'deck.yaml', '-o', 'folder.pptx', '--no-cache'], f.dir);
  expect(r.code).toBe(3);
  expect(r.stderr).toContain('folder.pptx is a folder');
});
