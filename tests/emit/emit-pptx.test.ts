/**
 * The emitter end to end on a hand-made Presentation, checked by independent readers: the Open XML
 * SDK validator, a strict XML parse of every part, LibreOffice (page count, titles in the PDF),
 * byte-for-byte reproducibility (also across time zones) and the accessibility properties in the XML.
 * Set BRIEFDECK_KEEP=dir to keep the deck, PDF and slide PNGs for looking at them.
 */
import { mix } from '../../src/charts/chart-style.js';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartPixelSize } from '../../src/charts/pixel-size.js';
import { emitPptx, type RenderedChart } from '../../src/emit/emit-pptx.js';
import type { Presentation } from '../../src/model/presentation.js';
import { zipCentralDirectory, type CentralEntry } from '../support/zip-directory.js';
import { pdfInfo, pdfPages, readParts, renderPngs, renderWithLibreOffice, strictXmlParseAll, unzipAll, validateOoxml } from '../support/readers.js';
import { FORBIDDEN_RUN, HIDDEN_TITLE, IMAGE_CHART, NATIVE_CHARTS, fixturePresentation, makePng } from './fixture.js';

let dir: string;
let pres: Presentation;
let charts: Map<string, RenderedChart>;
let pictures: Map<string, Uint8Array>;
let picture: Uint8Array;
let bytes: Uint8Array;
let parts: Record<string, string>;

/** The box of the fixture's one image chart. */
function imageChartBox(p: Presentation): { w: number; h: number } {
  for (const s of p.slides) for (const el of s.elements) if (el.type === 'chart' && el.chart.id === IMAGE_CHART.id) return el.box;
  throw new Error('fixture: no image chart');
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const slideParts = (): string[] =>
  Object.keys(parts)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));

beforeAll(async () => {
  dir = process.env.BRIEFDECK_KEEP ?? (await mkdtemp(path.join(os.tmpdir(), 'bd-emit-')));
  // The picture exists only in the map (as read through the Host): emit must not read the path.
  const imagePath = path.join(dir, 'not-on-disk', 'picture.png');
  picture = makePng(400, 300, 'Bild');
  pictures = new Map([[imagePath, picture]]);
  pres = fixturePresentation(imagePath);
  // The renderer's contract: a chart PNG has its box's pixel size (charts/pixel-size.ts).
  const box = imageChartBox(pres);
  const size = chartPixelSize(box.w, box.h);
  charts = new Map([[IMAGE_CHART.id, { png: makePng(size.widthPx, size.heightPx, 'Bilddiagramm'), ...size }]]);
  bytes = await emitPptx(pres, charts, pictures);
  parts = readParts(bytes);
  await writeFile(path.join(dir, 'fixture.pptx'), bytes);
});

afterAll(async () => {
  if (!process.env.BRIEFDECK_KEEP) await rm(dir, { recursive: true, force: true });
});

describe('independent readers', () => {
  test('the Open XML SDK validator reports zero errors', async () => {
    const errors = await validateOoxml(bytes);
    expect(errors.map((e) => `${e.path} ${e.xPath} ${e.description}`)).toEqual([]);
  });

  test('every part, including embedded workbooks, parses as strict XML', () => {
    const all = unzipAll(bytes);
    expect(Object.keys(all).filter((n) => n.endsWith('.xlsx'))).toHaveLength(NATIVE_CHARTS.length);
    expect(strictXmlParseAll(bytes)).toEqual([]);
  });

  test('LibreOffice renders one page per slide with every visible title, and not the hidden one', async () => {
    const [pdf] = await renderWithLibreOffice([path.join(dir, 'fixture.pptx')], dir);
    const info = await pdfInfo(pdf as string);
    expect(info.pages).toBe(pres.slides.length);
    expect(info.width / info.height).toBeCloseTo(16 / 9, 2);
    const pages = await pdfPages(pdf as string);
    pres.slides.forEach((slide, i) => {
      const page = (pages[i] ?? '').replace(/\s+/g, ' ');
      if (slide.title === HIDDEN_TITLE) expect(page).not.toContain(HIDDEN_TITLE);
      else expect(page).toContain(slide.title);
    });
    expect(pages.join('')).toContain('Steuerzeichen und nicht erlaubt');
    await renderPngs(pdf as string, path.join(dir, 'png'), 50);
  });
});

describe('reproducible output', () => {
  test('two emits give identical bytes', async () => {
    const again = await emitPptx(pres, charts, pictures);
    expect(sha256(again)).toBe(sha256(bytes));
  });

  test('chart PNGs that arrive after the slides are built give the same bytes', async () => {
    const later = new Promise<Map<string, RenderedChart>>((resolve) => setTimeout(() => resolve(charts), 20));
    expect(sha256(await emitPptx(pres, later, pictures))).toBe(sha256(bytes));
  });

  test('a chart without its PNG, or with a PNG of another pixel size, is an internal error', async () => {
    await expect(emitPptx(pres, new Map(), pictures)).rejects.toThrow(/no rendered image for chart s-image/);
    const [only] = [...charts.values()];
    const wrong = new Map([[IMAGE_CHART.id, { ...(only as RenderedChart), widthPx: 1600 }]]);
    await expect(emitPptx(pres, wrong, pictures)).rejects.toThrow(/drawn at 1600×\d+ px but placed as \d+×\d+/);
  });

  test('the same bytes in America/New_York and UTC (process.env.TZ switched in-process)', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const ny = await emitPptx(pres, charts, pictures);
      const nyOffset = new Date('2026-11-28T00:00:00Z').getTimezoneOffset();
      process.env.TZ = 'UTC';
      const utc = await emitPptx(pres, charts, pictures);
      expect(new Date('2026-11-28T00:00:00Z').getTimezoneOffset()).not.toBe(nyOffset);
      expect(sha256(ny)).toBe(sha256(utc));
      expect(sha256(utc)).toBe(sha256(bytes));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  test('docProps dates and workbook dates are the build date', () => {
    expect(parts['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T00:00:00Z</dcterms:created>');
    expect(parts['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-28T00:00:00Z</dcterms:modified>');
    const all = unzipAll(bytes);
    for (const [name, data] of Object.entries(all)) {
      if (!name.endsWith('.xlsx')) continue;
      const core = readParts(data)['docProps/core.xml'] ?? '';
      expect(core, name).toMatch(/<dcterms:created[^>]*>2026-11-28T00:00:00Z</);
      expect(core, name).toMatch(/<dcterms:modified[^>]*>2026-11-28T00:00:00Z</);
    }
  });

  test('docProps/app.xml lists the real slide titles', () => {
    const app = parts['docProps/app.xml'] ?? '';
    for (const slide of pres.slides) expect(app).toContain(`<vt:lpstr>${slide.title}</vt:lpstr>`);
    expect(app).not.toMatch(/<vt:lpstr>Slide \d+<\/vt:lpstr>/);
  });

  test('zip entries: [Content_Types].xml first, sorted, deflated, fixed DOS time', () => {
    const names = zipEntryNames(bytes);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => (a < b ? -1 : 1)));
    for (const entry of zipEntries(bytes)) {
      if (/\.(xml|rels)$/.test(entry.name)) expect(entry.method, entry.name).toBe(8);
      // 2026-11-28 00:00:00 → date ((2026-1980)<<9)|(11<<5)|28, time 0
      expect(entry.dosDate, entry.name).toBe(((2026 - 1980) << 9) | (11 << 5) | 28);
      expect(entry.dosTime, entry.name).toBe(0);
    }
  });

  test('pictures come from the bytes handed over, stored once however often they are shown', () => {
    const all = unzipAll(bytes);
    const copies = Object.entries(all).filter(([n, b]) => n.startsWith('ppt/media/') && Buffer.from(b).equals(Buffer.from(picture)));
    expect(copies).toHaveLength(1); // the fixture shows it twice
    const target = `../media/${copies[0]![0].slice('ppt/media/'.length)}`;
    const uses = Object.entries(parts).filter(([n, x]) => n.endsWith('.rels') && x.includes(`Target="${target}"`));
    expect(uses.length).toBeGreaterThanOrEqual(1);
    const rels = Object.entries(parts).filter(([n]) => n.endsWith('.rels'));
    for (const [name, xml] of rels)
      for (const m of xml.matchAll(/Target="\.\.\/media\/([^"]+)"/g)) expect(`ppt/media/${m[1]}` in all, `${name} → ${m[1]}`).toBe(true);
  });

  test('charts are numbered 1..n and no content-type override points at a missing part', () => {
    const all = unzipAll(bytes);
    const chartsIn = Object.keys(all).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort();
    expect(chartsIn).toEqual(NATIVE_CHARTS.map((_, i) => `ppt/charts/chart${i + 1}.xml`).sort());
    const overrides = [...(parts['[Content_Types].xml'] ?? '').matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1] as string);
    expect(overrides.filter((p) => !(p in all))).toEqual([]);
    expect(overrides).toContain('ppt/slides/slide1.xml');
  });
});

describe('accessibility properties in the XML', () => {
  test('every slide has exactly one title placeholder holding its title', () => {
    const slides = slideParts();
    expect(slides).toHaveLength(pres.slides.length);
    slides.forEach((name, i) => {
      const xml = parts[name] ?? '';
      expect(xml.match(/<p:ph type="title"\/>/g), name).toHaveLength(1);
      const sp = titleShape(xml);
      expect(sp, name).toContain(`<a:t>${pres.slides[i]?.title}</a:t>`);
    });
  });

  test('the hidden title stays in its placeholder but sits above the slide', () => {
    const index = pres.slides.findIndex((s) => s.title === HIDDEN_TITLE);
    const sp = titleShape(parts[`ppt/slides/slide${index + 1}.xml`] ?? '');
    const y = Number(/<a:off x="-?\d+" y="(-?\d+)"\/>/.exec(sp)?.[1]);
    const cy = Number(/<a:ext cx="\d+" cy="(\d+)"\/>/.exec(sp)?.[1]);
    expect(y + cy).toBeLessThan(0);
  });

  test('a visible title keeps the element box, not the layout box', () => {
    const sp = titleShape(parts['ppt/slides/slide3.xml'] ?? '');
    expect(sp).toContain(`<a:off x="${Math.round(0.6 * 914400)}" y="${Math.round(0.35 * 914400)}"/>`);
  });

  test('descr on every picture and graphic frame; decorative pictures flagged', () => {
    let pics = 0;
    let frames = 0;
    for (const name of slideParts()) {
      const xml = parts[name] ?? '';
      for (const m of xml.matchAll(/<p:nvPicPr>\s*<p:cNvPr [^>]*>/g)) {
        pics++;
        expect(m[0], name).toMatch(/descr="/);
        expect(m[0], name).not.toContain('picture.png');
      }
      for (const m of xml.matchAll(/<p:nvGraphicFramePr>\s*<p:cNvPr [^>]*>/g)) {
        const isTable = xml.includes('drawingml/2006/table') && /name="Table/.test(m[0]);
        if (isTable) continue;
        frames++;
        expect(m[0], name).toMatch(/descr="[^"]+"/);
      }
    }
    expect(pics).toBe(3);
    expect(frames).toBe(NATIVE_CHARTS.length);
    const all = Object.values(parts).join('');
    expect(all).toContain('descr="Ein Balkenbild als Beispiel"');
    expect(all).toContain(`descr="Diagramm ${IMAGE_CHART.id}: bar"`);
    expect(all.match(/<adec:decorative [^>]*val="1"\/>/g)).toHaveLength(1);
  });

  test('tables have a header row (firstRow="1") with bold header cells', () => {
    const xml = parts['ppt/slides/slide4.xml'] ?? '';
    expect(xml).toContain('<a:tblPr firstRow="1"/>');
    const firstRow = /<a:tr [^>]*>([\s\S]*?)<\/a:tr>/.exec(xml)?.[1] ?? '';
    expect(firstRow.match(/<a:rPr [^>]*b="1"/g)).toHaveLength(3);
  });

  test('every run carries the deck language; no autofit anywhere; wrap on', () => {
    for (const [name, xml] of Object.entries(parts)) {
      if (!/^ppt\/(slides|notesSlides)\//.test(name) || !name.endsWith('.xml')) continue;
      const runs = [...xml.matchAll(/<a:r><a:rPr\b[^>]*>/g)].map((m) => m[0]);
      for (const r of runs) expect(r, name).toContain('lang="de-DE"');
      expect(xml, name).not.toContain('lang="en-US"');
      expect(xml, name).not.toMatch(/normAutofit|spAutoFit/);
    }
    for (const name of slideParts()) {
      for (const m of (parts[name] ?? '').matchAll(/<a:bodyPr\b[^>]*>/g)) {
        if (m[0] !== '<a:bodyPr/>') expect(m[0], name).toContain('wrap="square"');
      }
    }
  });

  test('characters XML forbids are gone, the rest of the run is kept', () => {
    const all = Object.values(parts).join('');
    expect(all).not.toMatch(/[\u0001\uFFFE]/);
    expect(all).toContain(FORBIDDEN_RUN.replace(/[\u0001\uFFFE]/g, ''));
  });

  test('speaker notes: one paragraph per line, in the deck language', () => {
    const notes = parts['ppt/notesSlides/notesSlide1.xml'] ?? '';
    expect(notes).toContain('<a:t>Begrüßung.</a:t>');
    expect(notes).toContain('<a:t>Zweite Zeile der Notizen.</a:t>');
    expect(notes).not.toMatch(/<a:t>[^<]*\n/);
  });

  test('native charts use the theme palette and fonts, never random colours', () => {
    const chartXml = Object.entries(parts).filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    const c = pres.theme.colors;
    // Theme colours only: the palette, the accent (highlight), the muted tone of non-highlighted
    // bars (muted mixed into the background, as the image charts draw them), the text colour of
    // the target line, lines and background.
    const dimmed = mix(c.muted, c.background, 0.55).replace('#', '').toUpperCase();
    const palette = new Set([...pres.theme.palette, c.accent, c.line, c.background, c.text, dimmed]);
    for (const [name, xml] of chartXml) {
      const fills = [...xml.matchAll(/<c:spPr>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1] as string);
      for (const f of fills) expect(palette.has(f), `${name} ${f}`).toBe(true);
      expect(xml, name).toContain(`typeface="${pres.theme.fonts.body.name}"`);
    }
  });
});

/** The `<p:sp>` of the title placeholder in a slide part. */
function titleShape(xml: string): string {
  const at = xml.indexOf('<p:ph type="title"/>');
  if (at < 0) return '';
  const start = xml.lastIndexOf('<p:sp>', at);
  const end = xml.indexOf('</p:sp>', at);
  return xml.slice(start, end);
}

/** Central directory entries, read directly from the bytes (independent of fflate). */
function zipEntries(zip: Uint8Array): CentralEntry[] {
  return zipCentralDirectory(zip).entries;
}

function zipEntryNames(zip: Uint8Array): string[] {
  return zipEntries(zip).map((e) => e.name);
}
