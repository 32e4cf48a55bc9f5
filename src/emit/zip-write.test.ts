import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { dosDateTime, entryOrder, writeZip } from './zip-write.js';

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

  test('same bytes whatever the process time zone (fflate reads local time; we patch DOS fields)', () => {
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

  test('DOS date/time from UTC fields', () => {
    expect(dosDateTime('2026-11-28T13:45:58Z')).toEqual({ time: (13 << 11) | (45 << 5) | 29, date: (46 << 9) | (11 << 5) | 28 });
    expect(entryOrder('[Content_Types].xml', '_rels/.rels')).toBe(-1);
    expect(entryOrder('b', 'a')).toBe(1);
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
