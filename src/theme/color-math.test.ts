import { describe, expect, test } from 'vitest';
import { contrastRatio, isLargeText, relativeLuminance } from './color-contrast.js';
import { simulateCvd } from './color-cvd.js';
import { deltaE2000, hexToLab } from './color-delta-e.js';

describe('WCAG contrast', () => {
  test('known ratios', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
    // The classic pair either side of 4.5:1.
    expect(contrastRatio('777777', 'FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('767676', 'FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('FFFFFF', '767676')).toBe(contrastRatio('767676', 'FFFFFF'));
    expect(relativeLuminance('FF0000')).toBeCloseTo(0.2126, 4);
  });

  test('large text is 18 pt, or 14 pt bold', () => {
    expect(isLargeText(18, false)).toBe(true);
    expect(isLargeText(17.5, false)).toBe(false);
    expect(isLargeText(14, true)).toBe(true);
    expect(isLargeText(13, true)).toBe(false);
  });
});

describe('CIEDE2000 (Sharma, Wu & Dalal 2005 test data)', () => {
  test.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])('%j vs %j = %d', (x, y, dE) => {
    const lab = ([L, a, b]: number[]) => ({ L: L!, a: a!, b: b! });
    expect(deltaE2000(lab(x), lab(y))).toBeCloseTo(dE, 4);
    expect(deltaE2000(lab(y), lab(x))).toBeCloseTo(dE, 4);
  });

  test('sRGB to Lab: white, black and mid grey', () => {
    expect(hexToLab('FFFFFF').L).toBeCloseTo(100, 2);
    expect(hexToLab('000000').L).toBeCloseTo(0, 6);
    const grey = hexToLab('777777');
    expect(Math.abs(grey.a) + Math.abs(grey.b)).toBeLessThan(0.01);
  });
});

describe('Machado 2009 CVD simulation', () => {
  test('neutral colours stay neutral', () => {
    expect(simulateCvd('FFFFFF', 'deuteranopia')).toBe('FFFFFF');
    expect(simulateCvd('000000', 'protanopia')).toBe('000000');
    const g = simulateCvd('808080', 'deuteranopia');
    expect(new Set([g.slice(0, 2), g.slice(2, 4), g.slice(4, 6)]).size).toBeLessThanOrEqual(2);
  });

  test('red and green move together; blue and orange stay apart', () => {
    const dE = (a: string, b: string, d: 'deuteranopia' | 'protanopia') => deltaE2000(hexToLab(simulateCvd(a, d)), hexToLab(simulateCvd(b, d)));
    const normal = deltaE2000(hexToLab('D62728'), hexToLab('2CA02C'));
    expect(dE('D62728', '2CA02C', 'deuteranopia')).toBeLessThan(normal / 5);
    expect(dE('0072B2', 'E69F00', 'deuteranopia')).toBeGreaterThan(30);
    expect(dE('0072B2', 'E69F00', 'protanopia')).toBeGreaterThan(30);
  });
});
