/**
 * Speaker notes. pptxgenjs writes the whole notes string into one run with `lang="en-US"`, so a
 * multi-line note becomes one paragraph in the wrong language; `notesBodyXml` builds the notes
 * placeholder's paragraphs (one per line) in the deck's language, and the zip pass swaps it in.
 */
import type { Slide } from './pptx-lib.js';
import { escapeXml, stripXmlForbidden } from './xml-chars.js';

export function addNotes(slide: Slide, notes: string): void {
  if (notes.trim() !== '') slide.addNotes(stripXmlForbidden(notes));
}

/** `<a:p>` elements for the notes text: one paragraph per line, every run in `lang`. */
export function notesParagraphsXml(notes: string, lang: string): string {
  const l = escapeXml(lang);
  const lines = stripXmlForbidden(notes).replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) =>
      line === ''
        ? `<a:p><a:endParaRPr lang="${l}" dirty="0"/></a:p>`
        : `<a:p><a:r><a:rPr lang="${l}" dirty="0"/><a:t>${escapeXml(line)}</a:t></a:r></a:p>`,
    )
    .join('');
}

/**
 * Replaces the paragraphs of the notes placeholder (`<p:ph type="body" idx="1"/>`) in a
 * notesSlide part. Returns the part unchanged when it has no such placeholder.
 */
export function rewriteNotesXml(xml: string, notes: string, lang: string): string {
  const ph = xml.indexOf('<p:ph type="body" idx="1"/>');
  if (ph < 0) return xml;
  const start = xml.indexOf('<a:p>', ph);
  const end = xml.indexOf('</p:txBody>', ph);
  if (start < 0 || end < start) return xml;
  return xml.slice(0, start) + notesParagraphsXml(notes, lang) + xml.slice(end);
}
