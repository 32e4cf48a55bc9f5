/**
 * image/missing-alt (warning): a picture with neither alt text nor `decorative: true`. Emit
 * would write it as a decorative picture, so screen readers would skip something the author
 * put on the slide for a reason. Positioned on the slide.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Outline } from '../model/outline.js';

export const MISSING_ALT = 'image/missing-alt';

export function checkImageAlt(outline: Outline): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const section of outline.sections)
    for (const slide of section.slides) {
      const image = slide.image;
      if (!image || image.decorative === true || (image.alt ?? '').trim() !== '') continue;
      out.push({
        severity: 'warning',
        code: MISSING_ALT,
        message: `the picture ${image.path} on slide "${slide.title}" has no alt text`,
        span: slide.span,
        hint: 'describe what the picture shows in `alt:`, or set `decorative: true` if it is decoration only',
      });
    }
  return out;
}
