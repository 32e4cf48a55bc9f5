/** Chart data files read through an in-memory Host: shapes, column choice, positioned errors. */
import { describe, expect, test } from 'vitest';
import { MemoryHost } from '../../tests/outline/memory-host.js';
import { fieldStarts } from './data-table.js';
import { jsonErrorOffset, MAX_DATA_FILE_BYTES, parseCellNumber, readChartData } from './data-file.js';
import { loadOutline } from './load.js';

const at = { file: 'o.yaml', line: 1, col: 1 };
async function read(name: string, content: string | Uint8Array, opts: { labelColumn?: string; valueColumns?: string[] } = {}) {
  const host = new MemoryHost({ [`/d/${name}`]: content });
  const size = (await host.stat(`/d/${name}`))!.size;
  return readChartData({ file: `/d/${name}`, display: name, size, at, ...opts }, host);
}
const brief = (r: { diagnostics: { code: string; span?: { file: string; line: number; col: number } }[] }) =>
  r.diagnostics.map((d) => `${d.span?.file}:${d.span?.line}:${d.span?.col} ${d.code}`);

describe('CSV', () => {
  test('first column labels, every other column a series named by its header', async () => {
    const r = await read('c.csv', 'year,capex,opex\n2024,1.5,2\n2025,3e9,-4\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.data).toEqual({
      labels: ['2024', '2025'],
      series: [
        { name: 'capex', values: [1.5, 3e9] },
        { name: 'opex', values: [2, -4] },
      ],
    });
  });
  test('labelColumn and valueColumns pick columns in the given order', async () => {
    const r = await read('c.csv', '\uFEFFa,label,b\n1,x,2\n3,y,4\n', { labelColumn: 'label', valueColumns: ['b', 'a'] });
    expect(r.data).toEqual({ labels: ['x', 'y'], series: [{ name: 'b', values: [2, 4] }, { name: 'a', values: [1, 3] }] });
  });
  test('missing columns point at the header, with did-you-mean', async () => {
    const r = await read('c.csv', 'year,capex\n2024,1\n', { valueColumns: ['capx'] });
    expect(brief(r)).toEqual(['c.csv:1:1 data/missing-column']);
    expect(r.diagnostics[0]!.hint).toBe('did you mean `capex`?');
  });
  test('ragged rows and bad numbers are all reported with line:col, across quoted newlines', async () => {
    const csv = 'year,capex\n"multi\nline",1\n2025\n\n2026,12 %\n2027,"7"\n';
    const r = await read('c.csv', csv);
    expect(brief(r)).toEqual(['c.csv:4:1 data/ragged-row', 'c.csv:6:6 data/not-a-number']);
    expect(r.data).toBeUndefined();
  });
  test('an unclosed quote is a parse error with a line', async () => {
    const r = await read('c.csv', 'a,b\nx,1\n"y,2\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'data/parse', span: { file: 'c.csv' } });
  });
  test('header only', async () => {
    expect(brief(await read('c.csv', 'a,b\n'))).toEqual(['c.csv:1:1 data/empty']);
    expect(brief(await read('c.csv', ''))).toEqual(['c.csv:1:1 data/empty']);
  });
  test('fieldStarts honours quotes and newlines inside them', () => {
    expect(fieldStarts('a,"b,c",d')).toEqual([{ line: 0, col: 1 }, { line: 0, col: 3 }, { line: 0, col: 9 }]);
    expect(fieldStarts('"x\nyy",z')).toEqual([{ line: 0, col: 1 }, { line: 1, col: 5 }]);
  });
  test('a bad cell after a quoted newline is placed on its own line', async () => {
    expect(brief(await read('c.csv', 'a,b\n"x\ny",z\n'))).toEqual(['c.csv:3:4 data/not-a-number']);
  });
});

describe('JSON', () => {
  test('an array of row objects', async () => {
    const r = await read('d.json', '[{"y": "2024", "v": 1}, {"y": 2025, "v": 2}]');
    expect(r.data).toEqual({ labels: ['2024', '2025'], series: [{ name: 'v', values: [1, 2] }] });
  });
  test('labels and series', async () => {
    const r = await read('d.json', '{"labels": ["a", "b"], "series": [{"name": "s", "values": [1, 2]}, {"name": "t", "values": [3, 4]}]}', { valueColumns: ['t'] });
    expect(r.data).toEqual({ labels: ['a', 'b'], series: [{ name: 't', values: [3, 4] }] });
  });
  test('errors point into the JSON file', async () => {
    const r = await read('d.json', '[\n  {"y": "a", "v": 1},\n  {"y": "b", "v": "2"},\n  {"y": "c"}\n]\n');
    expect(brief(r)).toEqual(['d.json:3:19 data/not-a-number', 'd.json:4:3 data/ragged-row']);
  });
  test('syntax errors have a position', async () => {
    expect(brief(await read('d.json', '{"labels": [1,\n 2,]}'))).toEqual(['d.json:2:4 data/parse']);
    expect(brief(await read('d.json', '{\n  "series": [ oops ] }\n'))).toEqual(['d.json:2:15 data/parse']);
    expect(brief(await read('d.json', '[1, 2'))).toEqual(['d.json:1:6 data/parse']);
  });
  test('jsonErrorOffset reads V8 messages', () => {
    const cases = ['{"b": tru, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": [1, 2, 3]}', '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": [1, 2, 3], "b": tru}', '{"a": 1} x', ''];
    for (const text of cases) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as Error).message;
      }
      const offset = jsonErrorOffset(text, message);
      expect(offset, message).toBeDefined();
      expect(offset).toBeLessThanOrEqual(text.length);
    }
    expect(jsonErrorOffset('{"b": tru, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": 1}', 'Unexpected token \',\', "{"b": tru, "aaaaaaa"... is not valid JSON')).toBe(9);
  });
  test('other shapes are refused', async () => {
    expect(brief(await read('d.json', '{"rows": []}'))).toEqual(['d.json:1:1 data/parse']);
  });
});

describe('limits', () => {
  test('files above 5 MiB are refused before reading', async () => {
    const r = await read('big.csv', new Uint8Array(MAX_DATA_FILE_BYTES + 1));
    expect(r.diagnostics.map((d) => [d.code, d.span])).toEqual([['data/too-large', at]]);
  });
  test('not UTF-8, and unknown extensions', async () => {
    expect(brief(await read('c.csv', new Uint8Array([0x61, 0xff, 0x0a])))).toEqual(['o.yaml:1:1 data/parse']);
    expect(brief(await read('c.xlsx', 'x'))).toEqual(['o.yaml:1:1 data/unsupported-format']);
  });
  test('parseCellNumber accepts plain numbers only', () => {
    expect(parseCellNumber(' 1.4e12 ')).toBe(1.4e12);
    expect(parseCellNumber('-.5')).toBe(-0.5);
    for (const bad of ['', '1,4', '0x10', 'Infinity', '1 000', '5%', null, true]) expect(parseCellNumber(bad)).toBeUndefined();
  });
});

describe('through loadOutline', () => {
  const outline = (chart: string) => `title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        chart: ${chart}\n`;
  test('data replaces labels and series in the Outline', async () => {
    const host = new MemoryHost({ '/deck/data/c.csv': 'q,rev\nQ1,1\nQ2,2\n' });
    const r = await loadOutline(outline('{ type: bar, data: ./data/c.csv }'), 'deck/o.yaml', '/deck', host);
    expect(r.diagnostics).toEqual([]);
    expect(r.outline?.sections[0]?.slides[0]?.chart).toMatchObject({ id: 's01-chart', labels: ['Q1', 'Q2'], series: [{ name: 'rev', values: [1, 2] }] });
    expect(r.outline?.sections[0]?.slides[0]?.chart).not.toHaveProperty('data');
  });
  test('data-file diagnostics name the file as seen from the user', async () => {
    const host = new MemoryHost({ '/deck/c.csv': 'q,rev\nQ1,x\n' });
    const r = await loadOutline(outline('{ type: bar, data: ./c.csv }'), 'deck/o.yaml', '/deck', host);
    expect(brief(r)).toEqual(['deck/c.csv:2:4 data/not-a-number']);
  });
  test('pie rules apply to data from files', async () => {
    const host = new MemoryHost({ '/deck/c.csv': 'q,a,b\nQ1,1,-2\n' });
    const r = await loadOutline(outline('{ type: pie, data: ./c.csv }'), 'deck/o.yaml', '/deck', host);
    expect(brief(r)).toEqual(['deck/o.yaml:6:24 chart/pie-series', 'deck/o.yaml:6:35 chart/pie-negative']);
  });
  test('a symlink that leads out of the folder is refused', async () => {
    const host = new MemoryHost({ '/secret/c.csv': 'q,a\nx,1\n', '/deck/o.yaml': '' }).symlink('/deck/c.csv', '/secret/c.csv');
    const r = await loadOutline(outline('{ type: bar, data: ./c.csv }'), 'deck/o.yaml', '/deck', host);
    expect(brief(r)).toEqual(['deck/o.yaml:6:35 path/outside-outline']);
  });
});
