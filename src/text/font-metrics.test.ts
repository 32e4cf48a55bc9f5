import { describe, expect, test } from 'vitest';
import { briefing, midnight } from '../theme/builtin.js';
import { faceFile, faceMetrics, loadFont, textWidthPt } from './font-metrics.js';

const cp = (s: string): number => s.codePointAt(0)!;

describe('font metrics', () => {
  test('Liberation Sans advance widths are Arial’s (font units of 2048)', () => {
    const m = loadFont('LiberationSans-Regular.ttf');
    expect(m.unitsPerEm).toBe(2048);
    expect(m.advance(cp('A'))).toBe(1366);
    expect(m.advance(cp(' '))).toBe(569);
    expect(m.advance(cp('i'))).toBe(455);
    // "Hello" = H 1479 + e 1139 + l 455 + l 455 + o 1139, no kerning pairs among them.
    expect(m.widthUnits('Hello')).toBe(4667);
    expect(textWidthPt(m, 'Hello', 20)).toBeCloseTo((4667 * 20) / 2048, 9);
  });

  test('kerning comes from GPOS, also from Carlito’s extension lookups', () => {
    const lib = loadFont('LiberationSans-Regular.ttf');
    expect(lib.kerning(cp('A'), cp('V'))).toBe(-152);
    expect(lib.kerning(cp('T'), cp('o'))).toBe(-227);
    expect(lib.widthUnits('AV')).toBe(1366 + 1366 - 152);
    const car = loadFont('Carlito-Regular.ttf');
    expect(car.kerning(cp('T'), cp('o'))).toBeLessThan(0);
    expect(car.kerning(cp('A'), cp('V'))).toBeLessThan(0);
    expect(car.kerning(cp('n'), cp('n'))).toBe(0);
  });

  test('line metrics: hhea, 1.15 em for Liberation Sans and 1.22 em for Carlito', () => {
    const lib = faceMetrics(briefing.fonts.body);
    expect(lib.ascentEm).toBeCloseTo(1854 / 2048, 9);
    expect(lib.descentEm).toBeCloseTo(434 / 2048, 9);
    expect(lib.lineHeightEm).toBeCloseTo(1.1499, 3);
    expect(faceMetrics(midnight.fonts.body).lineHeightEm).toBeCloseTo(1.2207, 3);
  });

  test('bold is wider; styles pick their files', () => {
    const face = briefing.fonts.body;
    expect(faceFile(face, { bold: true })).toBe('LiberationSans-Bold.ttf');
    expect(faceFile(face, { italic: true })).toBe('LiberationSans-Italic.ttf');
    expect(faceFile(face, { bold: true, italic: true })).toBe('LiberationSans-Bold.ttf');
    const text = 'Infrastruktur-Investment';
    expect(faceMetrics(face, { bold: true }).widthUnits(text)).toBeGreaterThan(faceMetrics(face).widthUnits(text));
  });

  test('missing glyphs: NBSP drawn as a space, CJK 1 em, zero-width characters 0', () => {
    const car = loadFont('Carlito-Regular.ttf');
    expect(car.hasGlyph(0xa0)).toBe(false);
    expect(car.advance(0xa0)).toBe(car.advance(0x20));
    expect(car.advance(cp('漢'))).toBe(2048);
    expect(car.advance(0x200b)).toBe(0);
    expect(car.advance(0x1f600)).toBeGreaterThan(0);
  });
});
