/** The built-in themes pass every theme check, and the checks do look at their colours. */
import { describe, expect, test } from 'vitest';
import { checkPaletteCvd, cvdDeltaE, MIN_CVD_DELTA_E } from '../../src/lint/rule-palette-cvd.js';
import { checkThemeContrast } from '../../src/lint/rule-theme-contrast.js';
import type { Span } from '../../src/model/span.js';
import { BUILTIN_THEMES } from '../../src/theme/builtin.js';
import { contrastRatio } from '../../src/theme/color-contrast.js';
import { colorOf, colorUses } from '../../src/lint/color-uses.js';

const at: Span = { file: 'deck.yaml', line: 1, col: 1 };

describe.each(Object.values(BUILTIN_THEMES))('$name', (theme) => {
  test('zero contrast findings', () => {
    expect(checkThemeContrast(theme, at)).toEqual([]);
  });

  test('zero palette findings', () => {
    expect(checkPaletteCvd(theme, at)).toEqual([]);
  });

  test('every pair is checked: text, cards, hero slides, every chart colour', () => {
    const uses = colorUses(theme);
    // The text pairs, the table header, and per palette colour its marks and value labels.
    expect(uses.length).toBeGreaterThanOrEqual(10 + 2 * theme.palette.length);
    for (const u of uses) expect(contrastRatio(colorOf(theme, u.fg), colorOf(theme, u.bg))).toBeGreaterThanOrEqual(3);
  });

  test('adjacent palette colours stay apart under both simulations', () => {
    for (let i = 0; i + 1 < theme.palette.length; i++)
      for (const d of ['deuteranopia', 'protanopia'] as const) expect(cvdDeltaE(theme.palette[i]!, theme.palette[i + 1]!, d)).toBeGreaterThanOrEqual(MIN_CVD_DELTA_E);
  });
});

test('the checks fail a theme that breaks them (they are not vacuous)', () => {
  const base = BUILTIN_THEMES['briefing']!;
  const bad = { ...base, colors: { ...base.colors, muted: 'B0B0B0' }, palette: ['D62728', '2CA02C', ...base.palette.slice(2)] };
  expect(checkThemeContrast(bad, at).map((d) => `${d.severity} ${d.code}`)).toContain('error theme/low-contrast');
  expect(checkPaletteCvd(bad, at).map((d) => d.message)).toEqual([expect.stringContaining('palette[0] #D62728 and palette[1] #2CA02C')]);
  expect(checkThemeContrast(bad, at).every((d) => d.span === at)).toBe(true);
});
