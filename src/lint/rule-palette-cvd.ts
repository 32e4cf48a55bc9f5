/**
 * theme/palette-cvd: two adjacent chart palette colours (series i and i + 1) that become hard to
 * tell apart for viewers with protanopia or deuteranopia (together about 2 % of men; the milder
 * anomalous forms are more common and see less confusion than this simulation).
 *
 * Method: simulate both colours with the Machado et al. (2009) severity-1.0 matrices, convert to
 * CIE L*a*b* (D65) and compare with CIEDE2000. A ΔE00 of about 1–2 is just noticeable between
 * large patches side by side; chart marks are small and seen across a meeting room, so the
 * threshold is MIN_CVD_DELTA_E = 10.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../model/span.js';
import type { Theme } from '../model/theme.js';
import { simulateCvd, type Deficiency } from '../theme/color-cvd.js';
import { deltaE2000, hexToLab } from '../theme/color-delta-e.js';
import { themeOrigin } from '../theme/theme-origin.js';
import { blameSpan } from './lint-span.js';

export const PALETTE_CVD = 'theme/palette-cvd';

export const MIN_CVD_DELTA_E = 10;

const DEFICIENCIES: readonly Deficiency[] = ['deuteranopia', 'protanopia'];

/** ΔE00 between two colours as a viewer with `deficiency` sees them. */
export function cvdDeltaE(a: string, b: string, deficiency: Deficiency): number {
  return deltaE2000(hexToLab(simulateCvd(a, deficiency)), hexToLab(simulateCvd(b, deficiency)));
}

export function checkPaletteCvd(theme: Theme, fallback: Span): Diagnostic[] {
  const origin = themeOrigin(theme);
  const out: Diagnostic[] = [];
  const p = theme.palette;
  for (let i = 0; i + 1 < p.length; i++) {
    const a = p[i]!;
    const b = p[i + 1]!;
    const worst = DEFICIENCIES.map((d) => ({ d, dE: cvdDeltaE(a, b, d) })).sort((x, y) => x.dE - y.dE)[0]!;
    if (worst.dE >= MIN_CVD_DELTA_E) continue;
    out.push({
      severity: 'warning',
      code: PALETTE_CVD,
      message: `palette[${i}] #${a} and palette[${i + 1}] #${b} (chart series ${i + 1} and ${i + 2}) look alike with ${worst.d}: ΔE00 ${worst.dE.toFixed(1)}`,
      // The later colour of the two is the one to change (earlier series keep their colours).
      span: blameSpan([{ palette: i + 1 }, { palette: i }], origin, fallback),
      expected: `ΔE00 ≥ ${MIN_CVD_DELTA_E} under protanopia and deuteranopia simulation`,
      actual: `ΔE00 ${worst.dE.toFixed(1)} (${worst.d})`,
      hint:
        origin && i + 1 >= origin.palette.length
          ? `palette[${origin.palette.length}] onwards come from the base theme; list more colours in the theme's palette to replace them, differing in lightness, not only in hue`
          : 'make the two colours differ in lightness, not only in hue, or reorder the palette',
    });
  }
  return out;
}
