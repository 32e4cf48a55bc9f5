/**
 * Files that claim to be images but are not (text, truncated, SVG, GIF), images enormous in pixels
 * (a PNG header claiming 100000×100000), and formula-looking text (=HYPERLINK(…), +1, -1, @SUM) in
 * chart labels, series names and tables: in the embedded chart workbook every such cell is a
 * string (t="s" or inlineStr), never an <f> formula; in slides it is plain a:t text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readParts, strictXmlParseAll, unzipAll } from '../support/readers.js';
import { buildJson, outlineWith, pngHeader, tempFolder } from './helpers.js';

const f = tempFolder();
afterAll(() => f.dispose());

test.each([
  ['a text file named .png', new TextEncoder().encode('definitely not a picture\n'), /not a usable PNG or JPEG/],
  ['a truncated PNG', pngHeader(640, 480).slice(0, 20), /not a usable PNG or JPEG/],
  ['an SVG named .png', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), /not a PNG or JPEG/],
  ['a GIF named .png', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 10, 0, 10, 0, 0, 0, 0]), /not a PNG or JPEG/],
  ['an empty file', new Uint8Array(0), /not a usable PNG or JPEG/],
  ['a PNG header claiming 100000×100000 pixels', pngHeader(100_000, 100_000), /100000×100000 pixels is too large/],
])('%s is image/unreadable at the slide', async (_name, bytes, message) => {
  f.write('img/fake.png', bytes);
  const file = f.write('fake.yaml', outlineWith('title: Picture\nimage: { path: ./img/fake.png, alt: x }'));
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toEqual([expect.objectContaining({ code: 'image/unreadable', line: 5 })]);
  expect(r.errors[0]!.message).toMatch(message);
});

const FORMULAS = ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1:A3)', '=1+1', '\t=cmd|calc'];

test('formula-looking labels, series names and table cells stay text in the workbook and slides', async () => {
  const labels = FORMULAS.map((s) => JSON.stringify(s)).join(', ');
  const values = FORMULAS.map((_, i) => i + 1).join(', ');
  const yaml = `title: Formulas
charts: native
sections:
  - title: S
    slides:
      - title: Chart
        chart:
          type: bar
          labels: [${labels}]
          series:
            - { name: "=HYPERLINK(\\"http://evil\\",\\"click\\")", values: [${values}] }
            - { name: "@SUM(1)", values: [${values}] }
      - title: Line
        chart: { type: line, labels: [${labels}], series: [{ name: "+1", values: [${values}] }] }
      - title: Table
        table:
          header: ["=HYPERLINK(\\"http://x\\",\\"y\\")", "+1"]
          rows: [["-1", "@SUM(A1)"], ["=1+1", 2]]
`;
  const file = f.write('formulas.yaml', yaml);
  const out = path.join(f.dir, 'formulas.pptx');
  const r = await buildJson(file, f.dir, ['-o', out]);
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  const deck = new Uint8Array(readFileSync(out));
  expect(strictXmlParseAll(deck)).toEqual([]);
  const workbooks = Object.entries(unzipAll(deck)).filter(([name]) => name.endsWith('.xlsx'));
  expect(workbooks.length).toBe(2);
  for (const [name, bytes] of workbooks) {
    const parts = readParts(bytes);
    const sheets = Object.entries(parts).filter(([p]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets.length, name).toBeGreaterThan(0);
    for (const [sheet, xml] of sheets) {
      expect(xml, `${name}!${sheet} has a formula`).not.toMatch(/<f[\s>/]/);
      // Every cell whose value is one of the formula texts is a string cell.
      const shared = sharedStrings(parts['xl/sharedStrings.xml'] ?? '');
      for (const cell of xml.matchAll(/<c\b([^>]*)>(.*?)<\/c>/gs)) {
        const attrs = cell[1]!;
        const text = /t="s"/.test(attrs) ? shared[Number(/<v>(\d+)<\/v>/.exec(cell[2]!)?.[1])] : /t="inlineStr"/.test(attrs) ? /<t[^>]*>(.*?)<\/t>/s.exec(cell[2]!)?.[1] : undefined;
        if (text === undefined) expect(cell[2], `${sheet}: a non-string cell holds ${cell[2]}`).toMatch(/^<v>-?[\d.eE+-]+<\/v>$/);
      }
      const texts = Object.values(shared);
      for (const formula of ['=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)', '+1', '-1', '@SUM(A1:A3)'])
        expect(texts.some((t) => t === formula || t === formula.replace(/&quot;/g, '"')), `${name} lacks ${formula}`).toBe(true);
    }
  }
  const slides = readParts(deck);
  const tableSlide = Object.entries(slides).find(([p, xml]) => /^ppt\/slides\/slide\d+\.xml$/.test(p) && xml.includes('<a:tbl>'))?.[1];
  expect(tableSlide).toBeDefined();
  expect(tableSlide).toContain('<a:t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</a:t>');
  expect(tableSlide).toContain('<a:t>@SUM(A1)</a:t>');
});

/** sharedStrings.xml → index → text (as written, entities left in place except &quot;). */
function sharedStrings(xml: string): Record<number, string> {
  const out: Record<number, string> = {};
  [...xml.matchAll(/<si>(.*?)<\/si>/gs)].forEach((m, i) => {
    out[i] = [...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]!).join('').replace(/&quot;/g, '"');
  });
  return out;
}
