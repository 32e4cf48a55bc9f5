/**
 * Briefing lint: checks on a laid-out deck that are about its quality rather than its validity.
 * Pure; runs after layout (compile.ts), so only outlines without errors reach it. Every rule has
 * its own file and a stable code:
 *   sources/uncited-figure  warning  a slide shows a figure without citing a source
 *   sources/unused          info     a declared source no slide cites
 *   theme/low-contrast      error (text below 18 pt) / warning (large text, chart marks)
 *   theme/palette-cvd       warning  adjacent chart colours look alike with red–green blindness
 *   image/missing-alt       warning  a picture has neither alt text nor `decorative: true`
 * Theme findings point at the colour in a user theme file, or at the outline for built-ins.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Outline } from '../model/outline.js';
import type { Presentation } from '../model/presentation.js';
import type { Theme } from '../model/theme.js';
import { checkImageAlt } from './rule-image-alt.js';
import { checkPaletteCvd } from './rule-palette-cvd.js';
import { checkThemeContrast } from './rule-theme-contrast.js';
import { checkUncitedFigures } from './rule-uncited-figure.js';
import { checkUnusedSources } from './rule-unused-source.js';

export interface LintInput {
  outline: Outline;
  theme: Theme;
  /** The laid-out deck; no rule needs it yet, rules about what is drawn will. */
  presentation: Presentation;
}

export function lintDeck(input: LintInput): Diagnostic[] {
  const { outline, theme } = input;
  return [
    ...checkThemeContrast(theme, outline.span),
    ...checkPaletteCvd(theme, outline.span),
    ...checkUncitedFigures(outline),
    ...checkUnusedSources(outline),
    ...checkImageAlt(outline),
  ];
}
