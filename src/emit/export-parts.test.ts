import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { exportParts } from './export-parts.js';
import { decodeUtf8, isTextPart, type Parts } from './parts.js';
import { PptxGenJS, type Pptx } from './pptx-lib.js';
import { renumberCharts } from './renumber-charts.js';

// A 1×1 PNG (base64), so the deck has a media part that pptxgenjs adds with { base64: true }.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** A small deck with text (non-ASCII), notes, a picture and a native chart (its own .xlsx). */
function deck(notes = 'Notizen: Ä ö ü 🚀'): Pptx {
  const pptx = new PptxGenJS();
  pptx.title = 'Übersicht';
  const slide = pptx.addSlide();
  slide.addText([{ text: 'Größe 🚀', options: { bold: true } }], { x: 1, y: 1, w: 4, h: 1 });
  slide.addImage({ data: `image/png;base64,${PNG}`, x: 1, y: 2, w: 1, h: 1 });
  slide.addChart('bar', [{ name: 'Umsatz', labels: ['A', 'B'], values: [1, 2] }], { x: 5, y: 2, w: 4, h: 3 });
  slide.addNotes(notes);
  return pptx;
}

/** What the old route gave: JSZip's own (stored) zip of the deck, unzipped and decoded. */
async function viaZip(pptx: Pptx): Promise<Parts> {
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!name.endsWith('/')) parts.set(name, isTextPart(name) ? decodeUtf8(data) : data);
  }
  return parts;
}

/** pptxgenjs and JSZip write the wall clock into core properties. */
const undated = (xml: string): string => xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, '$1');

/** Part name → comparable content; chart numbers differ between decks of one process (renumbered). */
function comparable(parts: Parts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of renumberCharts(parts)) {
    // Workbooks are zips with JSZip's wall-clock dates: compare their unzipped content instead.
    if (name.endsWith('.xlsx')) {
      const inner = unzipSync(data as Uint8Array);
      out[name] = Object.keys(inner)
        .sort()
        .map((n) => `${n}:${undated(decodeUtf8(inner[n] as Uint8Array))}`)
        .join('\n');
    } else {
      out[name] = typeof data === 'string' ? undated(data) : Buffer.from(data).toString('base64');
    }
  }
  return out;
}

describe('exportParts', () => {
  test('the same parts and content as JSZip zipping the deck and a reader unzipping it', async () => {
    const parts = await exportParts(deck());
    expect([...parts.keys()].some((n) => n.startsWith('ppt/media/'))).toBe(true);
    expect([...parts.keys()].some((n) => n.endsWith('.xlsx'))).toBe(true);
    for (const [name, data] of parts) expect(typeof data === 'string', name).toBe(isTextPart(name));
    expect(comparable(parts)).toEqual(comparable(await viaZip(deck())));
  });

  test('JSZip keeps working for everything else (other output types, later zips)', async () => {
    await exportParts(deck());
    const zip = new JSZip();
    zip.file('a.txt', 'ä');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(decodeUtf8(unzipSync(bytes)['a.txt'] as Uint8Array)).toBe('ä');
  });

  test('a non-BMP character where JSZip cut its 16 KiB chunks survives (JSZip wrote two U+FFFD)', async () => {
    const marker = 'MARKER';
    const probe = (await exportParts(deck(marker))).get('ppt/notesSlides/notesSlide1.xml') as string;
    const at = probe.indexOf(marker);
    expect(at).toBeGreaterThan(0);
    const notes = `${'a'.repeat(16 * 1024 - 1 - at)}🚀 Ende`; // the rocket's high surrogate is unit 16,383
    const exported = (await exportParts(deck(notes))).get('ppt/notesSlides/notesSlide1.xml') as string;
    expect(exported.indexOf('🚀')).toBe(16 * 1024 - 1);
    const zipped = (await viaZip(deck(notes))).get('ppt/notesSlides/notesSlide1.xml') as string;
    expect(zipped).not.toContain('🚀');
  });
});
