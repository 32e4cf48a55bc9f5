import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as zlib from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { crc32, crc32Table } from './crc32.js';
import { deflateOptions, dosDateTime, entryOrder, writeZip, ZipWriter } from './zip-write.js';
import { zipCentralDirectory, type CentralEntry } from '../../tests/support/zip-directory.js';

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const files = (): Record<string, Uint8Array> => ({
  'ppt/slides/slide1.xml': new TextEncoder().encode('<a/>'.repeat(200)),
  '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
  '_rels/.rels': new TextEncoder().encode('<Relationships/>'),
});

describe('writeZip', () => {
  test('round-trips the content with [Content_Types].xml first', () => {
    const zip = writeZip(files(), '2026-11-28T00:00:00Z');
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(['[Content_Types].xml', '_rels/.rels', 'ppt/slides/slide1.xml']);
    expect(new TextDecoder().decode(back['ppt/slides/slide1.xml'])).toBe('<a/>'.repeat(200));
    expect(zip.byteLength).toBeLessThan(400); // 800 bytes of slide XML are really deflated
  });

  test('media and workbooks are stored byte for byte, text is deflated; every CRC and size is right', () => {
    const png = new Uint8Array(3000).map((_, i) => (i * 31) & 0xff);
    const zip = writeZip({ ...files(), 'ppt/media/image1.png': png, 'ppt/embeddings/Book1.xlsx': png, 'ppt/empty.xml': new Uint8Array(0) }, '2026-11-28T00:00:00Z');
    const entries = centralEntries(zip);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('ppt/media/image1.png')?.method).toBe(0);
    expect(byName.get('ppt/embeddings/Book1.xlsx')?.method).toBe(0);
    expect(byName.get('ppt/slides/slide1.xml')?.method).toBe(8);
    const back = unzipSync(zip); // fflate checks nothing; compare content and our CRCs ourselves
    for (const e of entries) {
      const data = back[e.name] as Uint8Array;
      expect(e.size, e.name).toBe(data.byteLength);
      expect(e.crc, e.name).toBe(crc32Table(data));
    }
    expect(Buffer.from(back['ppt/media/image1.png'] as Uint8Array).equals(Buffer.from(png))).toBe(true);
    expect(back['ppt/empty.xml']).toHaveLength(0);
  });

  // The Open XML SDK validator and LibreOffice read whole decks in tests/emit; this one is quick.
  test.skipIf(!hasPython)("an independent reader (Python's zipfile) tests every entry's CRC", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bd-zip-'));
    try {
      const file = path.join(dir, 'x.zip');
      writeFileSync(file, writeZip({ ...files(), 'ppt/media/Bild ä.png': new Uint8Array([1, 2, 3]) }, '2026-11-28T10:20:30Z'));
      const py = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), [i.filename for i in z.infolist()], z.infolist()[0].date_time)';
      const out = execFileSync('python3', ['-c', py, file], { encoding: 'utf8' });
      expect(out.trim()).toBe("None ['[Content_Types].xml', '_rels/.rels', 'ppt/media/Bild ä.png', 'ppt/slides/slide1.xml'] (2026, 11, 28, 10, 20, 30)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('non-ASCII names carry the UTF-8 flag; ASCII names do not', () => {
    const entries = centralEntries(writeZip({ 'a.xml': new Uint8Array(1), 'ö.xml': new Uint8Array(1) }, '2026-11-28T00:00:00Z'));
    expect(entries.map((e) => [e.name, e.flag])).toEqual([
      ['a.xml', 0],
      ['ö.xml', 0x0800],
    ]);
  });

  test('more entries than a zip without ZIP64 holds is an error, not a corrupt file', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 0x10000; i++) many[`f${i}`] = new Uint8Array(0);
    expect(() => writeZip(many, '2026-11-28T00:00:00Z')).toThrow(/ZIP64/);
  });

  test('same bytes whatever the process time zone (DOS fields from UTC)', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const ny = writeZip(files(), '2026-03-08T07:30:00Z'); // 02:30 New York time does not exist
      process.env.TZ = 'UTC';
      const utc = writeZip(files(), '2026-03-08T07:30:00Z');
      expect(Buffer.from(ny).equals(Buffer.from(utc))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  test('entries get a window that covers them (and no more than the default)', () => {
    expect(deflateOptions(0)).toEqual({ level: 6, windowBits: 9, memLevel: 2 });
    expect(deflateOptions(4000)).toEqual({ level: 6, windowBits: 13, memLevel: 6 });
    expect(deflateOptions(10_000_000)).toEqual({ level: 6, windowBits: 15, memLevel: 8 });
    // A part larger than a small window but with a repeat far back: still found (the window covers it).
    const block = new Uint8Array(3000).map((_, i) => (i * 7919) % 251);
    const twice = new Uint8Array(6000);
    twice.set(block, 0);
    twice.set(block, 3000);
    const back = unzipSync(writeZip({ 'a.xml': twice }, '2026-11-28T00:00:00Z'));
    expect(Buffer.from(back['a.xml'] as Uint8Array).equals(Buffer.from(twice))).toBe(true);
    expect(zlib.deflateRawSync(twice, deflateOptions(twice.length)).length).toBeLessThan(3300);
  });

  test('DOS date/time from UTC fields', () => {
    expect(dosDateTime('2026-11-28T13:45:58Z')).toEqual({ time: (13 << 11) | (45 << 5) | 29, date: (46 << 9) | (11 << 5) | 28 });
    expect(entryOrder('[Content_Types].xml', '_rels/.rels')).toBe(-1);
    expect(entryOrder('b', 'a')).toBe(1);
  });
});

describe('ZipWriter', () => {
  test('entries in any order, from a reused buffer: the same bytes as writeZip', () => {
    const zip = new ZipWriter('2026-11-28T00:00:00Z');
    const scratch = new Uint8Array(4096);
    for (const [name, data] of Object.entries(files()).reverse()) {
      scratch.fill(0);
      scratch.set(data);
      zip.add(name, scratch.subarray(0, data.byteLength)); // overwritten before the next add
    }
    expect(Buffer.from(zip.finish()).equals(Buffer.from(writeZip(files(), '2026-11-28T00:00:00Z')))).toBe(true);
  });

  test('the same name twice is an error', () => {
    const zip = new ZipWriter('2026-11-28T00:00:00Z');
    zip.add('a.xml', new Uint8Array(1));
    expect(() => zip.add('a.xml', new Uint8Array(1))).toThrow(/twice/);
  });
});

describe('dates outside the zip format', () => {
  test('an outline dated 1900 or 2999 still zips; the DOS date is clamped to 1980–2107', () => {
    for (const iso of ['1900-01-01T00:00:00.000Z', '2999-12-31T00:00:00.000Z', '2100-06-01T00:00:00.000Z']) {
      const zip = writeZip(files(), iso);
      expect(Object.keys(unzipSync(zip))).toHaveLength(3);
    }
    expect(dosDateTime('1900-05-05T10:00:00Z')).toEqual({ time: 0, date: (1 << 5) | 1 });
    expect(dosDateTime('2999-01-01T00:00:00Z')).toEqual({ time: (23 << 11) | (59 << 5) | 29, date: (127 << 9) | (12 << 5) | 31 });
    expect(dosDateTime('2100-06-01T00:00:00Z').date).toBe((120 << 9) | (6 << 5) | 1);
  });
});

describe('crc32', () => {
  test('the check value of CRC-32 and agreement of the table with zlib', () => {
    const check = new TextEncoder().encode('123456789');
    expect(crc32Table(check)).toBe(0xcbf43926);
    expect(crc32(check)).toBe(0xcbf43926);
    const data = new Uint8Array(100_000).map((_, i) => (i * 2654435761) >>> 24);
    expect(crc32Table(data)).toBe(crc32(data));
    const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
    if (native) expect(crc32Table(data)).toBe(native(data) >>> 0);
    expect(crc32Table(new Uint8Array(0))).toBe(0);
  });
});

/** The central directory, read from the bytes (independent of the writer), signatures checked. */
function centralEntries(zip: Uint8Array): CentralEntry[] {
  const dir = zipCentralDirectory(zip);
  expect(dir.endSignature).toBe(0x06054b50);
  for (const e of dir.entries) expect(e.signature, e.name).toBe(0x02014b50);
  return dir.entries;
}
