/**
 * sources/uncited-figure (warning): a slide shows a figure (see slide-figure.ts) but cites no
 * source. Positioned on the slide. Silenced on one slide with `lint: { uncitedFigure: false }`.
 * Only the author's slides are checked: the generated title and closing slides cannot cite,
 * and repeat what the slides say.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Outline } from '../model/outline.js';
import { slideFigure } from './slide-figure.js';

export const UNCITED_FIGURE = 'sources/uncited-figure';

export function checkUncitedFigures(outline: Outline): Diagnostic[] {
  const ids = Object.keys(outline.sources);
  const out: Diagnostic[] = [];
  for (const section of outline.sections)
    for (const slide of section.slides) {
      if (slide.cites.length > 0 || slide.lint?.uncitedFigure === false) continue;
      const figure = slideFigure(slide);
      if (!figure) continue;
      out.push({
        severity: 'warning',
        code: UNCITED_FIGURE,
        message: `slide "${slide.title}" shows ${figure} but cites no source`,
        span: slide.span,
        hint:
          ids.length > 0
            ? `add \`source: ${ids[0]}\` (or another id under sources:) to the slide; if the figure needs no source, set \`lint: { uncitedFigure: false }\``
            : 'declare the source under `sources:` and cite it with `source: <id>`; if the figure needs no source, set `lint: { uncitedFigure: false }`',
      });
    }
  return out;
}
