/**
 * Every example deck in decks/ is built and opened by independent readers: the Open XML SDK
 * validator (zero errors), a strict XML parse of every part (embedded workbooks included), and
 * LibreOffice (PDF page count = slide count, every visible slide title in the PDF text).
 * Two builds give the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDeck, type BuildResult } from '../../src/compile.js';
import { pdfInfo, pdfPages, renderWithLibreOffice, strictXmlParseAll, validateOoxml } from '../support/readers.js';

const DECKS_DIR = path.resolve(__dirname, '../../decks');
const deckFiles = (await readdir(DECKS_DIR)).filter((f) => f.endsWith('.yaml')).sort();

const built = new Map<string, BuildResult>();
const pdfs = new Map<string, string>();
let work = '';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'bd-decks-'));
  const paths: string[] = [];
  for (const f of deckFiles) {
    const r = await buildDeck(path.join(DECKS_DIR, f), { cacheDir: false });
    built.set(f, r);
    if (!r.bytes) continue;
    const out = path.join(work, f.replace(/\.yaml$/, '.pptx'));
    await writeFile(out, r.bytes);
    paths.push(out);
  }
  const rendered = await renderWithLibreOffice(paths, path.join(work, 'pdf'));
  paths.forEach((p, i) => pdfs.set(path.basename(p).replace(/\.pptx$/, '.yaml'), rendered[i]!));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('decks/ holds the seed decks and the showcase', () => {
  expect(deckFiles).toEqual(expect.arrayContaining(['openai-infrastructure-bet.de.yaml', 'openai-infrastructure-bet.en.yaml', 'showcase.yaml']));
});

describe.each(deckFiles)('%s', (file) => {
  test('builds without errors or warnings', () => {
    const r = built.get(file)!;
    const problems = r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.span?.line}:${d.span?.col} ${d.code} ${d.message}`);
    expect(problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.bytes!.length).toBeGreaterThan(10_000);
  });

  test('the Open XML SDK validator reports zero errors', async () => {
    const errors = await validateOoxml(built.get(file)!.bytes!);
    expect(errors.map((e) => `${e.path?.partUri ?? ''} ${e.description}`)).toEqual([]);
  });

  test('every XML part parses strictly', () => {
    expect(strictXmlParseAll(built.get(file)!.bytes!)).toEqual([]);
  });

  test('LibreOffice renders one page per slide and shows every visible title', async () => {
    const r = built.get(file)!;
    const slides = r.presentation!.slides;
    const pdf = pdfs.get(file)!;
    expect((await pdfInfo(pdf)).pages).toBe(slides.length);
    const pages = await pdfPages(pdf);
    slides.forEach((slide, i) => {
      const titleEl = slide.elements.find((e) => e.type === 'text' && e.placeholder === 'title');
      if (titleEl?.type === 'text' && titleEl.hidden) return;
      expect(squash(pages[i] ?? ''), `slide ${i + 1}`).toContain(squash(slide.title));
    });
  });

  test('two builds give identical bytes', async () => {
    const again = await buildDeck(path.join(DECKS_DIR, file), { cacheDir: false });
    expect(sha(again.bytes!)).toBe(sha(built.get(file)!.bytes!));
  });
});
