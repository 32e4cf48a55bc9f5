/**
 * Accessibility by construction, read back from the PPTX of every deck in decks/: what
 * PowerPoint's accessibility checker and screen readers look at.
 *  - every slide has a title placeholder (type title or ctrTitle) with text, first in the
 *    spTree (the reading order);
 *  - every picture and chart frame has alt text (`descr`), unless marked decorative;
 *  - every table has a header row (`firstRow="1"`);
 *  - every text run carries the deck's language (`lang` = the outline's locale), on slides and
 *    in speaker notes and in native charts;
 *  - no autofit (`normAutofit`, `spAutoFit`): text is fitted at build time.
 * Problems are collected as "part: what" strings so a failure names every place at once.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDeck } from '../../src/compile.js';
import { readParts } from '../support/readers.js';
import { find, findAll, kids, parseXml, textOf, type XmlNode } from './xml-tree.js';

const DECKS_DIR = path.resolve(__dirname, '../../decks');
const deckFiles = (await readdir(DECKS_DIR)).filter((f) => f.endsWith('.yaml')).sort();

interface Deck {
  locale: string;
  slides: { part: string; root: XmlNode }[];
  notes: { part: string; root: XmlNode }[];
  /** Native chart parts: their titles and labels are text runs too. */
  charts: { part: string; root: XmlNode }[];
}

const decks = new Map<string, Deck>();

const partNumber = (p: string) => Number(/(\d+)\.xml$/.exec(p)?.[1] ?? 0);

beforeAll(async () => {
  for (const f of deckFiles) {
    const r = await buildDeck(path.join(DECKS_DIR, f), { cacheDir: false });
    if (!r.bytes || !r.outline) throw new Error(`${f} did not build: ${r.diagnostics.map((d) => d.message).join('; ')}`);
    const parts = readParts(r.bytes);
    const pick = (re: RegExp) =>
      Object.keys(parts)
        .filter((p) => re.test(p))
        .sort((a, b) => partNumber(a) - partNumber(b))
        .map((part) => ({ part, root: parseXml(parts[part]!) }));
    decks.set(f, { locale: r.outline.locale, slides: pick(/^ppt\/slides\/slide\d+\.xml$/), notes: pick(/^ppt\/notesSlides\/notesSlide\d+\.xml$/), charts: pick(/^ppt\/charts\/chart\d+\.xml$/) });
  }
}, 120_000);

/** The shapes of a slide in spTree order (its reading order), without the group's own properties. */
function shapes(slide: XmlNode): XmlNode[] {
  const tree = find(slide, 'p:spTree');
  return tree ? tree.children.filter((c) => c.name !== 'p:nvGrpSpPr' && c.name !== 'p:grpSpPr') : [];
}

function placeholderType(shape: XmlNode): string | undefined {
  const nv = kids(shape, 'p:nvSpPr')[0];
  const ph = nv && find(nv, 'p:ph');
  return ph ? (ph.attrs['type'] ?? 'body') : undefined;
}

const isTitle = (shape: XmlNode) => shape.name === 'p:sp' && ['title', 'ctrTitle'].includes(placeholderType(shape) ?? '');

function cNvPr(shape: XmlNode): XmlNode | undefined {
  return find(shape, 'p:cNvPr');
}

function isDecorative(shape: XmlNode): boolean {
  const pr = cNvPr(shape);
  return pr ? findAll(pr, 'adec:decorative').some((d) => d.attrs['val'] === '1') : false;
}

const isChartFrame = (shape: XmlNode) =>
  shape.name === 'p:graphicFrame' && findAll(shape, 'a:graphicData').some((g) => (g.attrs['uri'] ?? '').endsWith('/chart'));

test('decks/ has decks to check', () => {
  expect(deckFiles.length).toBeGreaterThanOrEqual(3);
});

describe.each(deckFiles)('%s', (file) => {
  const deck = () => decks.get(file)!;

  test('every slide has a title placeholder with text, first in reading order', () => {
    const problems: string[] = [];
    for (const { part, root } of deck().slides) {
      const all = shapes(root);
      const titles = all.filter(isTitle);
      if (titles.length !== 1) problems.push(`${part}: ${titles.length} title placeholders`);
      else if (textOf(titles[0]!).trim() === '') problems.push(`${part}: the title placeholder is empty`);
      if (all[0] && !isTitle(all[0])) problems.push(`${part}: the first shape in reading order is ${all[0].name} "${cNvPr(all[0])?.attrs['name'] ?? ''}", not the title`);
    }
    expect(deck().slides.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  test('every picture and chart frame has alt text unless decorative', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { part, root } of deck().slides)
      for (const shape of shapes(root)) {
        if (shape.name !== 'p:pic' && !isChartFrame(shape)) continue;
        checked++;
        const descr = (cNvPr(shape)?.attrs['descr'] ?? '').trim();
        if (descr === '' && !isDecorative(shape)) problems.push(`${part}: ${shape.name} "${cNvPr(shape)?.attrs['name'] ?? ''}" has no descr`);
      }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('every table has a header row', () => {
    const tables = deck().slides.flatMap(({ part, root }) => findAll(root, 'a:tbl').map((t) => ({ part, t })));
    const problems = tables.filter(({ t }) => kids(t, 'a:tblPr')[0]?.attrs['firstRow'] !== '1').map(({ part }) => `${part}: a:tbl without firstRow="1"`);
    expect(problems).toEqual([]);
  });

  test("every text run carries the deck's language", () => {
    const problems: string[] = [];
    const { locale } = deck();
    for (const { part, root } of [...deck().slides, ...deck().notes, ...deck().charts]) {
      const runs = findAll(root, 'a:rPr');
      const wrong = runs.filter((r) => r.attrs['lang'] !== locale);
      if (wrong.length > 0) problems.push(`${part}: ${wrong.length} of ${runs.length} a:rPr with lang ${[...new Set(wrong.map((r) => r.attrs['lang'] ?? '(none)'))].join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  test('no autofit: text is fitted at build time', () => {
    const problems: string[] = [];
    for (const { part, root } of deck().slides)
      for (const name of ['a:normAutofit', 'a:spAutoFit']) {
        const n = findAll(root, name).length;
        if (n > 0) problems.push(`${part}: ${n} × ${name}`);
      }
    expect(problems).toEqual([]);
  });
});
