/**
 * Where a theme finding points: at the colour key (or palette entry) in the user's theme file
 * that is to blame, or, for a built-in theme, at the outline (whose `theme:` chose it).
 */
import type { Span } from '../model/span.js';
import type { ColorRef } from './color-uses.js';
import type { ThemeOrigin } from '../theme/theme-origin.js';

/** The span of the first of `refs` the theme file sets; else the palette key or the document. */
export function blameSpan(refs: readonly ColorRef[], origin: ThemeOrigin | undefined, fallback: Span): Span {
  if (!origin) return fallback;
  for (const r of refs) {
    const span = 'key' in r ? origin.colors[r.key] : 'palette' in r ? origin.palette[r.palette] : undefined;
    if (span) return span;
  }
  // Only inherited colours are involved (e.g. the base palette appended after the file's own).
  return refs.some((r) => 'palette' in r) && origin.paletteKey ? origin.paletteKey : origin.document;
}

/** How a colour reference reads in a message: `text`, `palette[3]`, `table header fill`. */
export function refName(r: ColorRef): string {
  return 'key' in r ? r.key : 'palette' in r ? `palette[${r.palette}]` : r.name;
}
