/**
 * Fix-ups of slide, layout and notes parts (PresentationML + DrawingML), each a pure string → string
 * function over the XML pptxgenjs 4.0.1 writes. Each names the fault it repairs.
 */
import { MARK } from './markers.js';
import { escapeXml } from './xml-chars.js';

/**
 * pptxgenjs writes an `<a:pPr>` before every run, so a paragraph with two runs has two; the schema
 * allows one, first (validator: "unexpected child element a:pPr"). Keep the first, drop the rest.
 */
export function dedupeParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, body: string) => {
    const first = /^<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/.exec(body);
    const head = first ? first[0] : '';
    const rest = body.slice(head.length).replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '');
    return `<a:p>${head}${rest}</a:p>`;
  });
}

/**
 * pptxgenjs copies every layout placeholder it finds no filler for onto each slide, as an empty
 * shape (`<p:ph idx="10N" …>`, N from the master definition). Our own placeholders are marker
 * shapes (see `applyMarkers`), so on slides these empty copies are dropped: they would show
 * "Click to add title" in the editor and give the slide a second, empty title.
 */
export function dropCopiedPlaceholders(xml: string): string {
  return xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\s+idx="1\d\d"[\s\S]*?<\/p:sp>/g, '');
}

/**
 * Layout placeholders come out as `<p:ph idx="100" type="title" hasCustomPrompt="1"/>` spread over
 * several lines, with a custom (empty) prompt. Write them the way PowerPoint does: the title
 * without an index, the body as index 1, no custom prompt. Other placeholders are left alone.
 */
export function normalisePlaceholders(xml: string): string {
  return xml.replace(/<p:ph\b([^>]*?)\/>/g, (m, attrs: string) => {
    const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
    if (type === 'title') return '<p:ph type="title"/>';
    if (type === 'body') return '<p:ph type="body" idx="1"/>';
    return m.replace(/\s+/g, ' ').replace(/\s+\/>$/, '/>');
  });
}

const DECORATIVE_EXT =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">' +
  '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>' +
  '</a:ext></a:extLst>';

/**
 * Turns the marker-named shapes of `markers.ts` into what pptxgenjs cannot write: text boxes into
 * slide-level title/body placeholders at their own position, pictures into decorative pictures.
 */
export function applyMarkers(xml: string): string {
  const phShape = new RegExp(
    `<p:nvSpPr><p:cNvPr id="(\\d+)" name="(${MARK.titlePlaceholder}|${MARK.bodyPlaceholder})">` +
      '([\\s\\S]*?)</p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr></p:nvSpPr>',
    'g',
  );
  let out = xml.replace(phShape, (_m, id: string, mark: string, inner: string) => {
    const title = mark === MARK.titlePlaceholder;
    const ph = title ? '<p:ph type="title"/>' : '<p:ph type="body" idx="1"/>';
    return (
      `<p:nvSpPr><p:cNvPr id="${id}" name="${title ? 'Title' : 'Content'}">${inner}</p:cNvPr>` +
      `<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>`
    );
  });
  const decorative = new RegExp(`<p:cNvPr id="(\\d+)" name="${MARK.decorative}" descr="[^"]*">`, 'g');
  out = out.replace(decorative, (_m, id: string) => `<p:cNvPr id="${id}" name="Decorative picture" descr="">${DECORATIVE_EXT}`);
  return out;
}

/**
 * Shape ids must be unique within a part; pptxgenjs numbers tables `tableNo * slideNo + 1`, which
 * collides with the text boxes' `index + 2`. Renumber every `p:cNvPr` in document order.
 */
export function renumberShapeIds(xml: string): string {
  let next = 1;
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${next++}"`);
}

/** pptxgenjs writes `<a:tblPr/>`; our tables always have a header row, so mark it (firstRow). */
export function markTableHeaderRows(xml: string): string {
  return xml.replace(/<a:tblPr\/>/g, '<a:tblPr firstRow="1"/>');
}

/**
 * pptxgenjs hard-codes `lang="en-US"` on end-of-paragraph, notes, slide-number and chart text;
 * the deck has one language, so every text property carries it.
 */
export function setTextLanguage(xml: string, lang: string): string {
  const l = escapeXml(lang);
  return xml.replace(/(<a:(?:rPr|endParaRPr|defRPr)\b[^>]*?\slang=")en-US(")/g, `$1${l}$2`);
}
