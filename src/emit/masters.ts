/**
 * The three slide masters (pptxgenjs writes them as slide layouts under one slide master):
 * TITLE, SECTION and CONTENT, each with a real title placeholder and CONTENT with a body
 * placeholder too, backgrounds from the theme. The placeholder boxes are what PowerPoint offers
 * when a user adds a slide by hand; our slides place their own title boxes (see repair-drawing.ts).
 */
import type { PlaceholderProps, PlaceholderType, Pptx, SlideMasterProps } from './pptx-lib.js';
import type { Box, MasterName, Presentation } from '../model/presentation.js';
import { pos } from './units.js';

export const MASTER_NAMES: readonly MasterName[] = ['TITLE', 'SECTION', 'CONTENT'];

export function defineMasters(pptx: Pptx, pres: Presentation): void {
  for (const name of MASTER_NAMES) {
    const { theme } = pres;
    const hero = name !== 'CONTENT';
    const title = titleBox(pres, name);
    const objects: NonNullable<SlideMasterProps['objects']> = [
      { placeholder: { options: placeholderOptions('title', 'title', title, pres, hero), text: '' } },
    ];
    if (name === 'CONTENT') {
      const top = title.y + title.h + 0.2;
      const body = { x: title.x, y: top, w: title.w, h: Math.max(1, pres.size.height - top - 0.8) };
      objects.push({ placeholder: { options: placeholderOptions('body', 'body', body, pres, false), text: '' } });
    }
    pptx.defineSlideMaster({
      title: name,
      background: { color: hero ? theme.colors.heroBackground : theme.colors.background },
      objects,
    });
  }
}

function placeholderOptions(
  name: string,
  type: PlaceholderType,
  box: Box,
  pres: Presentation,
  hero: boolean,
): PlaceholderProps {
  const { theme } = pres;
  const heading = type === 'title';
  return {
    name,
    type,
    x: pos(box.x),
    y: pos(box.y),
    w: pos(box.w),
    h: pos(box.h),
    fontFace: heading ? theme.fonts.heading.name : theme.fonts.body.name,
    fontSize: heading ? theme.text.title.size : theme.text.body.size,
    color: hero ? theme.colors.heroText : heading ? theme.colors.title : theme.colors.text,
    bold: heading,
    valign: heading && !hero ? 'bottom' : 'top',
    lang: pres.meta.lang,
  };
}

/** The first title box used on a slide of this master, or a sensible default. */
function titleBox(pres: Presentation, master: MasterName): Box {
  for (const slide of pres.slides) {
    if (slide.master !== master) continue;
    const el = slide.elements.find((e) => e.type === 'text' && e.placeholder === 'title' && !e.hidden);
    if (el) return el.box;
  }
  const { width, height } = pres.size;
  const margin = width * 0.05;
  if (master === 'CONTENT') return { x: margin, y: 0.35, w: width - 2 * margin, h: 1.15 };
  return { x: margin, y: height * 0.35, w: width - 2 * margin, h: 1.5 };
}
