/**
 * theme/low-contrast: every (foreground, background) pair the slides use meets WCAG 2.x
 * contrast: 4.5:1 for normal text (an error: text part of the audience cannot read), 3:1 for
 * large text (≥ 18 pt, or ≥ 14 pt bold) and for chart marks against the background (warnings).
 * Runs for built-in and user themes; user-theme findings point at the offending colour key.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../model/span.js';
import type { Theme } from '../model/theme.js';
import { contrastRatio, relativeLuminance, WCAG } from '../theme/color-contrast.js';
import { colorOf, colorUses, type ColorRef, type Need } from './color-uses.js';
import { themeOrigin } from '../theme/theme-origin.js';
import { blameSpan, refName } from './lint-span.js';

export const LOW_CONTRAST = 'theme/low-contrast';

const REQUIRED: Record<Need, { ratio: number; what: string; criterion: string }> = {
  'normal-text': { ratio: WCAG.normalText, what: 'text below 18 pt needs', criterion: 'WCAG 2.x SC 1.4.3' },
  'large-text': { ratio: WCAG.largeText, what: 'large text needs', criterion: 'WCAG 2.x SC 1.4.3' },
  graphics: { ratio: WCAG.graphics, what: 'chart marks need', criterion: 'WCAG 2.x SC 1.4.11' },
};

/** `fallback` is where findings about a built-in theme point (the outline). */
export function checkThemeContrast(theme: Theme, fallback: Span): Diagnostic[] {
  const origin = themeOrigin(theme);
  const out: Diagnostic[] = [];
  for (const use of colorUses(theme)) {
    const fg = colorOf(theme, use.fg);
    const bg = colorOf(theme, use.bg);
    const ratio = contrastRatio(fg, bg);
    const req = REQUIRED[use.need];
    if (ratio >= req.ratio) continue;
    out.push({
      severity: use.need === 'normal-text' ? 'error' : 'warning',
      code: LOW_CONTRAST,
      message: `${refName(use.fg)} #${fg} on ${refName(use.bg)} #${bg} has contrast ${floor2(ratio)}:1; ${req.what} ${req.ratio}:1 (${req.criterion})`,
      span: blameSpan([use.fg, use.bg], origin, fallback),
      expected: `a contrast of at least ${req.ratio}:1`,
      actual: `${floor2(ratio)}:1`,
      hint: `${fixHint(use.fg, fg, use.bg, bg)}; the pair is used for ${use.uses.join('; ')}`,
    });
  }
  return out;
}

/** Rounded down, so a ratio shown as 4.50 never fails a 4.5 requirement. */
function floor2(x: number): string {
  return (Math.floor(x * 100) / 100).toFixed(2);
}

/** Moving the darker colour darker or the lighter one lighter raises the contrast. */
function fixHint(fgRef: ColorRef, fg: string, bgRef: ColorRef, bg: string): string {
  const [dark, light] = relativeLuminance(fg) <= relativeLuminance(bg) ? [fgRef, bgRef] : [bgRef, fgRef];
  return `darken ${refName(dark)} or lighten ${refName(light)}`;
}
