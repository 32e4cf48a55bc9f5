/**
 * The zip pass over pptxgenjs output (its parts, see export-parts.ts): repair every part, zip
 * reproducibly.
 *
 * Generic repairs (any pptxgenjs 4.0.1 deck): dangling content-type overrides, notesMasterIdLst
 * order, chart schema faults, duplicate `<a:pPr>`, placeholder tags, shape ids, table header flag,
 * text language, characters XML 1.0 forbids, docProps and workbook dates, chart numbering, one
 * media part per distinct picture, zip
 * entry order/time/compression. Deck-specific edits (notes paragraphs) come in through `editPart`.
 * Same parts and options → same output bytes, in every time zone.
 *
 * Memory: each part is repaired, encoded and compressed in turn and then dropped from the map, so
 * the deck's XML exists once (plus one part being worked on) next to the compressed zip.
 */
import { unzipSync } from 'fflate';
import { dedupeMedia } from './dedupe-media.js';
import { decodeUtf8, isTextPart, type Parts } from './parts.js';
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
import { writeZip, ZipWriter } from './zip-write.js';

export interface RepairOptions {
  /** Build timestamp, ISO 8601: docProps dates, workbook dates and zip entry times. */
  date: string;
  /** BCP 47 language written on every text property. */
  lang: string;
  /** Deck-specific edit of one XML part after the generic repairs (e.g. notes paragraphs). */
  editPart?: (name: string, xml: string) => string;
}

const encoder = new TextEncoder();
const encode = (s: string): Uint8Array => encoder.encode(s);

/**
 * UTF-8 of one part into a buffer reused from part to part (grown when a part needs more), valid
 * until the next call. Why: a fresh array per part left ≈ 130 MiB of dead ArrayBuffers for V8
 * to collect at 2,000 slides; ZipWriter.add copies nothing it keeps (it keeps the deflated bytes).
 */
class Utf8Scratch {
  private buffer = new Uint8Array(64 * 1024);

  encode(text: string): Uint8Array {
    const worst = text.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 code unit
    if (worst > this.buffer.length) this.buffer = new Uint8Array(Math.max(worst, this.buffer.length * 2));
    const { written } = encoder.encodeInto(text, this.buffer);
    return this.buffer.subarray(0, written);
  }
}

/**
 * The repaired, zipped package. Takes `source` over: its entries are deleted as they are written
 * (the caller must not use the map afterwards).
 */
export function repairParts(source: Parts, options: RepairOptions): Uint8Array {
  const files = dedupeMedia(renumberCharts(source));
  if (files !== source) source.clear();
  const names = new Set(files.keys());
  const zip = new ZipWriter(options.date);
  const scratch = new Utf8Scratch();
  for (const name of names) {
    const data = files.get(name) as string | Uint8Array;
    files.delete(name);
    if (typeof data === 'string') {
      let xml = repairPart(name, data, names, options);
      if (options.editPart) xml = options.editPart(name, xml);
      zip.add(name, scratch.encode(xml));
    } else if (name.endsWith('.xlsx')) {
      zip.add(name, repairWorkbook(data, options.date));
    } else {
      zip.add(name, data);
    }
  }
  return zip.finish();
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
    if (isTextPart(name)) {
      let xml = stripXmlForbidden(decodeUtf8(data));
      if (name === 'docProps/core.xml') xml = fixCoreDates(xml, date);
      if (name === '[Content_Types].xml') xml = dropDanglingOverrides(xml, parts);
      out[name] = encode(xml);
    } else {
      out[name] = data;
    }
  }
  return writeZip(out, date);
}
