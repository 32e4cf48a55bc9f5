/**
 * Proof by rendering that text fits: every stress outline (tests/fit/stress) and every example
 * deck (decks/) is built with buildDeck, all decks are converted by LibreOffice in one call, and
 * the words of every PDF page are checked against the Presentation IR's text boxes (see
 * word-check.ts): no word off the slide, outside its own box, over a word of another box, or in
 * the footer band. The totals for the corpus are printed. The XML must state every run's size and
 * carry no autofit flag, so PowerPoint draws what LibreOffice drew.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDeck, type BuildResult } from '../../src/compile.js';
import { readParts, renderWithLibreOffice } from '../support/readers.js';
import { pdfWords, type PdfPage } from './pdf-words.js';
import { slideBoxes } from './slide-boxes.js';
import { checkSlide } from './word-check.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Fixed folder, so the decks and PDFs can be looked at after a run (pdftoppm -png -r 60 x.pdf x). */
const outDir = path.join(os.tmpdir(), 'briefdeck-fit-proof');

interface Built {
  name: string;
  file: string;
  result: BuildResult;
  pages?: PdfPage[];
}

async function corpus(): Promise<string[]> {
  const stress = (await readdir(path.join(root, 'tests/fit/stress'))).filter((f) => f.endsWith('.yaml')).map((f) => path.join(root, 'tests/fit/stress', f));
  const decks = (await readdir(path.join(root, 'decks'))).filter((f) => f.endsWith('.yaml')).map((f) => path.join(root, 'decks', f));
  return [...stress.sort(), ...decks.sort()];
}

const built: Built[] = [];

beforeAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const pptx: string[] = [];
  for (const file of await corpus()) {
    const name = `${path.basename(path.dirname(file))}-${path.basename(file, '.yaml')}`;
    const result = await buildDeck(file, { cacheDir: false });
    built.push({ name, file, result });
    if (!result.bytes) continue;
    const out = path.join(outDir, `${name}.pptx`);
    await writeFile(out, result.bytes);
    pptx.push(out);
  }
  const pdfs = await renderWithLibreOffice(pptx, outDir);
  const byName = new Map(pdfs.map((p) => [path.basename(p, '.pdf'), p]));
  for (const b of built) {
    const pdf = byName.get(b.name);
    if (pdf) b.pages = await pdfWords(pdf);
  }
}, 600_000);

describe('fit proof', () => {
  test('every deck of the corpus builds', () => {
    expect(built.length).toBeGreaterThanOrEqual(13);
    const failed = built.filter((b) => !b.result.bytes).map((b) => `${b.name}: ${b.result.diagnostics.map((d) => d.message).join('; ')}`);
    expect(failed).toEqual([]);
  });

  test('no word overflows its box, the slide or into the footer band; no words collide', async () => {
    let boxes = 0;
    let words = 0;
    let slides = 0;
    const problems: string[] = [];
    for (const b of built) {
      const pres = b.result.presentation!;
      expect(b.pages, `${b.name} was rendered`).toBeDefined();
      expect(b.pages!.length, `${b.name}: one PDF page per slide`).toBe(pres.slides.length);
      pres.slides.forEach((slide, i) => {
        const r = checkSlide(b.pages![i]!, slideBoxes(slide), `${b.name} slide ${i + 1} "${slide.title}"`);
        boxes += r.boxes;
        words += r.words;
        slides++;
        problems.push(...r.problems);
      });
    }
    await writeFile(path.join(outDir, 'problems.txt'), problems.join('\n'));
    console.log(
      `fit proof: ${built.length} decks, ${slides} slides, ${boxes} text boxes checked, ${words} words checked, ${problems.length} overflows found`,
    );
    expect(words).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  test('control: the checker finds the overflow when a rendered box is made smaller than its text', () => {
    const b = built.find((x) => x.name === 'stress-bullets-briefing')!;
    const i = b.result.presentation!.slides.findIndex((s) => s.title.startsWith('Zwölf lange Punkte'));
    const boxes = slideBoxes(b.result.presentation!.slides[i]!);
    const body = boxes.find((x) => x.label.startsWith('text "Die Infrastruktur'))!;
    body.y1 = body.y0 + (body.y1 - body.y0) / 2;
    const r = checkSlide(b.pages![i]!, boxes, 'control');
    expect(r.problems.filter((p) => p.includes('outside its box')).length).toBeGreaterThan(5);
  });

  test('every run has an explicit size and nothing asks the client to autofit', () => {
    const problems: string[] = [];
    let runs = 0;
    for (const b of built) {
      for (const [part, xml] of Object.entries(readParts(b.result.bytes!))) {
        if (/normAutofit|spAutoFit/.test(xml)) problems.push(`${b.name} ${part}: autofit flag`);
        if (!/^ppt\/slides\/slide\d+\.xml$/.test(part)) continue;
        for (const m of xml.matchAll(/<a:rPr\b[^>]*>/g)) {
          runs++;
          if (!/\ssz="\d+"/.test(m[0])) problems.push(`${b.name} ${part}: ${m[0]}`);
        }
      }
    }
    console.log(`fit proof: ${runs} a:rPr checked for explicit sz, ${problems.length} without it or with an autofit flag`);
    expect(runs).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
