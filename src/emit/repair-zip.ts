/**
 * The zip pass over pptxgenjs output: unzip, repair every part, re-zip reproducibly.
 *
 * Generic repairs (any pptxgenjs 4.0.1 deck): dangling content-type overrides, notesMasterIdLst
 * order, chart schema faults, duplicate `<a:pPr>`, placeholder tags, shape ids, table header flag,
 * text language, characters XML 1.0 forbids, docProps and workbook dates, chart numbering, one
 * media part per distinct picture, zip
 * entry order/time/compression. Deck-specific edits (notes paragraphs) come in through `editPart`.
 * Same input bytes and options → same output bytes, in every time zone.
 */
import { unzipSync } from 'fflate';
import { dedupeMedia } from './dedupe-media.js';
import { repairChartXml } from './repair-chart.js';
import {
  applyMarkers,
  dedupeParagraphProps,
  dropCopiedPlaceholders,
  markTableHeaderRows,
  normalisePlaceholders,
  renumberShapeIds,
  setTextLanguage,
} from './repair-drawing.js';
import { dropDanglingOverrides, fixCoreDates, moveNotesMasterIdList } from './repair-package.js';
import { renumberCharts } from './renumber-charts.js';
import { stripXmlForbidden } from './xml-chars.js';
import { writeZip } from './zip-write.js';

export interface RepairOptions {
  /** Build timestamp, ISO 8601: docProps dates, workbook dates and zip entry times. */
  date: string;
  /** BCP 47 language written on every text property. */
  lang: string;
  /** Deck-specific edit of one XML part after the generic repairs (e.g. notes paragraphs). */
  editPart?: (name: string, xml: string) => string;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const decode = (b: Uint8Array): string => decoder.decode(b);
const encode = (s: string): Uint8Array => encoder.encode(s);

export function repairPptx(bytes: Uint8Array, options: RepairOptions): Uint8Array {
  const files = dedupeMedia(renumberCharts(unzipSync(bytes), decode, encode), decode, encode);
  const parts = new Set(Object.keys(files));
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue; // directory entries carry no part
    if (/\.(xml|rels)$/.test(name)) {
      let xml = repairPart(name, decode(data), parts, options);
      if (options.editPart) xml = options.editPart(name, xml);
      out[name] = encode(xml);
    } else if (name.endsWith('.xlsx')) {
      out[name] = repairWorkbook(data, options.date);
    } else {
      out[name] = data;
    }
  }
  return writeZip(out, options.date);
}

/** The generic repairs of one XML part of the deck. */
export function repairPart(name: string, source: string, parts: ReadonlySet<string>, options: RepairOptions): string {
  let xml = stripXmlForbidden(source);
  if (name === '[Content_Types].xml') xml = dropDanglingOverrides(xml, parts);
  else if (name === 'ppt/presentation.xml') xml = moveNotesMasterIdList(xml);
  else if (name === 'docProps/core.xml') xml = fixCoreDates(xml, options.date);
  else if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) xml = repairChartXml(xml);
  if (/^ppt\/slides\/[^/]+\.xml$/.test(name)) xml = dropCopiedPlaceholders(xml);
  if (/^ppt\/(slides|slideLayouts)\/[^/]+\.xml$/.test(name)) {
    xml = normalisePlaceholders(applyMarkers(dedupeParagraphProps(xml)));
    xml = markTableHeaderRows(xml);
  }
  if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name)) {
    xml = renumberShapeIds(xml);
  }
  if (name.startsWith('ppt/') && name.endsWith('.xml')) xml = setTextLanguage(xml, options.lang);
  return xml;
}

/** An embedded chart workbook: same treatment (dates, forbidden characters, reproducible zip). */
export function repairWorkbook(bytes: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(bytes);
  const parts = new Set(Object.keys(files));
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    if (/\.(xml|rels)$/.test(name)) {
      let xml = stripXmlForbidden(decode(data));
      if (name === 'docProps/core.xml') xml = fixCoreDates(xml, date);
      if (name === '[Content_Types].xml') xml = dropDanglingOverrides(xml, parts);
      out[name] = encode(xml);
    } else {
      out[name] = data;
    }
  }
  return writeZip(out, date);
}
