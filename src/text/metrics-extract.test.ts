/**
 * The committed assets/metrics/*.json must be exactly what scripts/build-metrics.mjs produces from
 * the shipped TTFs (so they can never go stale), and the run-time metrics read from them must
 * agree with opentype.js and the GPOS reader on the TTFs themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import opentype from 'opentype.js';
import { describe, expect, test } from 'vitest';
import { FONTS_DIR } from '../assets.js';
import { isZeroWidth, loadFont } from './font-metrics.js';
import { readGposKerning } from './gpos-kern.js';
import { extractFaceMetrics } from './metrics-extract.js';
import { METRICS_DIR, metricsPath, serializeMetrics } from './metrics-file.js';

const FONTS = readdirSync(FONTS_DIR)
  .filter((f) => f.endsWith('.ttf'))
  .sort();
const read = (font: string): Buffer => readFileSync(path.join(FONTS_DIR, font));

/** Basic Latin, Latin-1, Latin Extended-A, general punctuation, a few symbols and misses. */
const SAMPLE = [
  ...Array.from({ length: 0x17f - 0x20 + 1 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x2044 - 0x2010 + 1 }, (_, i) => 0x2010 + i),
  0x20ac, 0x2122, 0x2212, 0x2248, 0x2264, 0x2265, 0x4e00, 0x1f600,
];

describe('precomputed font metrics', () => {
  test('every shipped TTF has a metrics file, and every metrics file a TTF', () => {
    expect(FONTS.length).toBeGreaterThan(0);
    for (const font of FONTS) expect(existsSync(metricsPath(font)), `${font}: run npm run metrics`).toBe(true);
    const files = readdirSync(METRICS_DIR).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(FONTS.map((f) => `${f}.json`));
  });

  test.each(FONTS)('%s: the committed JSON is what the script writes (else run npm run metrics)', (font) => {
    const expected = serializeMetrics(extractFaceMetrics(font, read(font)));
    expect(readFileSync(metricsPath(font), 'utf8') === expected, `${metricsPath(font)} is stale: run npm run metrics`).toBe(true);
  });

  test.each(FONTS)('%s: run-time advances and kerning equal opentype.js + GPOS on the TTF', (font) => {
    const bytes = read(font);
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const ttf = opentype.parse(ab);
    const gpos = readGposKerning(new Uint8Array(ab));
    expect(gpos).toBeDefined();
    const m = loadFont(font);
    expect(m.unitsPerEm).toBe(ttf.unitsPerEm);
    const glyph = (cp: number): number => ttf.charToGlyphIndex(String.fromCodePoint(cp));
    let kerned = 0;
    for (const a of SAMPLE) {
      const ga = glyph(a);
      expect(m.hasGlyph(a)).toBe(ga > 0);
      if (ga > 0 && !isZeroWidth(a)) expect(m.advance(a)).toBe(ttf.glyphs.get(ga).advanceWidth ?? 0);
      for (const b of SAMPLE) {
        const gb = glyph(b);
        const want = ga > 0 && gb > 0 ? gpos!(ga, gb) : 0;
        if (m.kerning(a, b) !== want) expect({ a, b, kerning: m.kerning(a, b) }).toEqual({ a, b, kerning: want });
        if (want !== 0) kerned++;
      }
    }
    // The sample really exercises kerning (≈ 100 non-zero pairs in Liberation Sans, more in Carlito).
    expect(kerned).toBeGreaterThan(50);
  });
});
