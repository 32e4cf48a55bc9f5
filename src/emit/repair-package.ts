/**
 * Package-level repairs: [Content_Types].xml, ppt/presentation.xml and the core properties of the
 * deck and of the chart workbooks. Pure string functions over pptxgenjs 4.0.1 output.
 */

/**
 * pptxgenjs lists `slideMaster2..N.xml` (one per slide) although it writes only slideMaster1; a
 * dangling override makes PowerPoint offer to repair the file. Keep overrides of existing parts.
 */
export function dropDanglingOverrides(xml: string, parts: ReadonlySet<string>): string {
  return xml.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (m, part: string) => (parts.has(part) ? m.trimStart() : ''));
}

/**
 * "presentation has unexpected child element p:notesMasterIdLst": pptxgenjs writes it after
 * p:sldIdLst; the schema (and PowerPoint) put it right after p:sldMasterIdLst.
 */
export function moveNotesMasterIdList(xml: string): string {
  const list = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(xml);
  if (!list) return xml;
  const without = xml.slice(0, list.index) + xml.slice(list.index + list[0].length);
  const anchor = without.indexOf('</p:sldMasterIdLst>');
  if (anchor < 0) return xml;
  const at = anchor + '</p:sldMasterIdLst>'.length;
  return without.slice(0, at) + list[0] + without.slice(at);
}

/** W3CDTF as docProps want it: `2026-11-28T00:00:00Z` (UTC, no milliseconds). */
export function w3cdtf(isoDate: string): string {
  const t = Date.parse(isoDate);
  if (!Number.isFinite(t)) throw new Error(`emit: invalid meta.date ${JSON.stringify(isoDate)}`);
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Sets dcterms:created / dcterms:modified (pptxgenjs writes the wall clock) to the build date. */
export function fixCoreDates(xml: string, isoDate: string): string {
  const date = w3cdtf(isoDate);
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_m, open: string, _tag: string, close: string) => `${open}${date}${close}`,
  );
}
