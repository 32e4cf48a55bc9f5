/**
 * TextElement → pptxgenjs addText. Every paragraph and run property is written explicitly (font,
 * size, colour, bold/italic, alignment, spacing, bullets) so nothing depends on master styles;
 * no autofit flag is ever set: sizes were decided upstream by measuring with the shipped fonts.
 *
 * pptxgenjs writes one `<a:pPr>` per run; we give every run of a paragraph the same paragraph
 * options and `repair-drawing.ts` keeps only the first `<a:pPr>` of each paragraph.
 */
import type { Slide, TextProps, TextPropsOptions } from './pptx-lib.js';
import type { Paragraph, TextElement } from '../model/presentation.js';
import { MARK } from './markers.js';
import { inchToPt, pos } from './units.js';
import { stripXmlForbidden } from './xml-chars.js';

type TextOptions = TextPropsOptions;

/** How far above the slide a hidden title sits (inches): off the page, so nothing draws it. */
export const HIDDEN_TITLE_GAP = 0.5;

const BULLET_CHAR = '2022';

export function addTextElement(slide: Slide, el: TextElement, lang: string): void {
  const runs = el.paragraphs.flatMap((p, i) => paragraphRuns(el, p, lang, i === el.paragraphs.length - 1));
  slide.addText(runs.length > 0 ? runs : [{ text: '', options: { lang } }], boxOptions(el, lang));
}

/** Options of the text box itself (fresh object per call: pptxgenjs mutates it). */
function boxOptions(el: TextElement, lang: string): TextOptions {
  // A hidden title keeps its size but moves above the slide: PowerPoint's accessibility checker and
  // outline view still see a titled slide, LibreOffice and PowerPoint draw nothing of it.
  const y = el.hidden ? -(el.box.h + HIDDEN_TITLE_GAP) : el.box.y;
  const options: TextOptions = {
    x: pos(el.box.x),
    y: pos(y),
    w: pos(el.box.w),
    h: pos(el.box.h),
    margin: inchToPt(el.inset),
    valign: el.valign,
    align: el.align,
    wrap: true,
    fit: 'none',
    fontFace: el.font,
    fontSize: el.sizePt,
    color: el.color,
    lang,
  };
  if (el.fill) options.fill = { color: el.fill };
  if (el.placeholder === 'title') options.objectName = MARK.titlePlaceholder;
  else if (el.placeholder === 'body') options.objectName = MARK.bodyPlaceholder;
  return options;
}

function paragraphRuns(el: TextElement, p: Paragraph, lang: string, last: boolean): TextProps[] {
  const runs = p.runs.length > 0 ? p.runs : [{ text: '' }];
  return runs.map((run, i) => {
    const options: TextOptions = {
      ...paragraphOptions(el, p),
      lang,
      fontFace: el.font,
      fontSize: run.sizePt ?? el.sizePt,
      color: run.color ?? el.color,
      bold: run.bold ?? el.bold ?? false,
      italic: run.italic ?? el.italic ?? false,
    };
    if (run.superscript) options.superscript = true;
    if (i === runs.length - 1 && !last) options.breakLine = true;
    return { text: stripXmlForbidden(run.text), options };
  });
}

/** Paragraph-level options; identical on every run of the paragraph (see module comment). */
function paragraphOptions(el: TextElement, p: Paragraph): TextOptions {
  const options: TextOptions = {
    align: p.align ?? el.align,
    lineSpacingMultiple: el.lineSpacing,
  };
  if (el.paraSpaceAfterPt > 0) options.paraSpaceAfter = el.paraSpaceAfterPt;
  if (p.spaceBeforePt && p.spaceBeforePt > 0) options.paraSpaceBefore = p.spaceBeforePt;
  if (p.level > 0) options.indentLevel = p.level;
  if (p.bullet === 'bullet') options.bullet = { characterCode: BULLET_CHAR, indent: el.bulletIndentPt };
  else if (p.bullet === 'number') options.bullet = { type: 'number', indent: el.bulletIndentPt };
  return options;
}
