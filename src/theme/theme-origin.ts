/**
 * Where a user theme's colours were written: the span of each colour key and palette entry in
 * the theme YAML, so theme checks (src/lint/) can point at the line:col of the offending colour.
 *
 * Kept beside the Theme in a WeakMap rather than on it, because the Theme is part of the
 * JSON-serialisable Presentation IR (snapshots) and built-in themes have no origin at all.
 * `resolveTheme` records the origin of every theme it builds from a file.
 */
import type { Span } from '../model/span.js';
import type { Theme } from '../model/theme.js';

export type ColorKey = keyof Theme['colors'];

export interface ThemeOrigin {
  /** The theme file as shown in diagnostics (relative to the outline's folder, like the outline). */
  file: string;
  /** Span of the key of each colour the file sets (`text:` in `colors:`). */
  colors: Partial<Record<ColorKey, Span>>;
  /** Span of each palette entry the file lists; `theme.palette[i]` for i < length came from it. */
  palette: Span[];
  /** Span of the `palette:` key, when the file has one. */
  paletteKey?: Span;
  /** Span of the whole document, for findings that concern no single key. */
  document: Span;
}

const ORIGINS = new WeakMap<Theme, ThemeOrigin>();

export function recordThemeOrigin(theme: Theme, origin: ThemeOrigin): void {
  ORIGINS.set(theme, origin);
}

/** The origin of a theme built from a file; undefined for built-in themes. */
export function themeOrigin(theme: Theme): ThemeOrigin | undefined {
  return ORIGINS.get(theme);
}
