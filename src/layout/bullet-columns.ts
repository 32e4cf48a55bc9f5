/**
 * Many short bullets (each one line at the floor in half the width) that do not fit one column:
 * set them in two columns side by side instead of shrinking them below the floor or splitting
 * the slide. One size for both columns, the largest at which the list, cut about evenly, fits.
 */
import type { TextElement } from '../model/presentation.js';
import { balancedSplit } from '../text/split.js';
import type { LayoutContext } from './context.js';
import { GUTTER } from './grid.js';
import { faceFor, fittedText, type TextSpec } from './text-block.js';

export function twoColumnBullets(ctx: LayoutContext, spec: TextSpec): TextElement[] | undefined {
  const { theme } = ctx;
  const paras = spec.paragraphs;
  if (paras.length < 6 || paras.some((p) => p.level > 0)) return undefined;
  const preferred = spec.sizePt ?? theme.text[spec.role].size;
  const floor = Math.min(spec.floorPt ?? theme.text[spec.role].floor, preferred);
  const colW = (spec.box.w - GUTTER) / 2;
  const left = { ...spec.box, w: colW };
  const right = { ...spec.box, x: spec.box.x + colW + GUTTER, w: colW };
  const face = faceFor(theme, spec.heading);
  const short = fittedText(theme, { ...spec, box: { ...left, h: 1e6 }, sizePt: floor, floorPt: floor });
  if (short.overlongWord || short.lines.some((n) => n > 1)) return undefined;
  for (let size = preferred; size >= floor - 1e-9; size -= 1) {
    const el = fittedText(theme, { ...spec, box: left, sizePt: size, floorPt: size }).el;
    const cuts = balancedSplit(el, face, size, 2);
    if (!cuts) continue;
    const cut = cuts[0]!;
    return [
      fittedText(theme, { ...spec, box: left, paragraphs: paras.slice(0, cut), sizePt: size, floorPt: size }).el,
      fittedText(theme, { ...spec, box: right, paragraphs: paras.slice(cut), sizePt: size, floorPt: size }).el,
    ];
  }
  return undefined;
}
