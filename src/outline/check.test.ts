/** Semantic checks: each rule, its code and its position. */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MemoryHost } from '../../tests/outline/memory-host.js';
import { canonicalLocale, isCalendarDate } from './check.js';
import { loadOutline } from './load.js';

const host = new MemoryHost({ '/d/pic.png': 'png' });
async function diagnose(yaml: string): Promise<Diagnostic[]> {
  return (await loadOutline(yaml, 'o.yaml', '/d', host)).diagnostics;
}
const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.span?.line}:${d.span?.col} ${d.code}`);
/** A deck whose one slide (from line 6 on) is `body`. */
const slide = (body: string, head = '') => `title: T\n${head}sections:\n  - title: S\n    slides:\n      - title: A\n${body}`;

describe('dates and locales', () => {
  test('isCalendarDate', () => {
    expect(isCalendarDate('2026-11-28')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('28.11.2026')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
  });
  test('canonicalLocale', () => {
    expect(canonicalLocale('de-de')).toBe('de-DE');
    expect(canonicalLocale('en')).toBe('en');
    expect(canonicalLocale('de_DE')).toBeUndefined();
    expect(canonicalLocale('not a locale')).toBeUndefined();
  });
  test('bad date and locale are positioned on their values', async () => {
    const ds = await diagnose(slide('        bullets: [x]\n').replace('title: T\n', 'title: T\ndate: 28.11.2026\nlocale: en_US\n'));
    expect(brief(ds)).toEqual(['2:7 outline/bad-date', '3:9 outline/bad-locale']);
    expect(ds[1]!.hint).toBe('use hyphens: en-US');
  });
});

describe('slide content', () => {
  test('no content, with the misspelt key named in the hint', async () => {
    const ds = await diagnose(slide('        bulets: [x]\n'));
    expect(brief(ds)).toEqual(['5:9 slide/no-content', '6:9 outline/unknown-key']);
    expect(ds[0]!.hint).toContain('`bulets`');
  });
  test('two content keys without kind', async () => {
    expect(brief(await diagnose(slide('        bullets: [x]\n        kpis: [{ value: 1, label: k }]\n')))).toEqual(['7:9 slide/ambiguous-kind']);
  });
  test('kind names one of them: fine', async () => {
    const r = await loadOutline(slide('        kind: kpis\n        bullets: [x]\n        kpis: [{ value: 1, label: k }]\n'), 'o.yaml', '/d', host);
    expect(r.diagnostics).toEqual([]);
    expect(r.outline?.sections[0]?.slides[0]?.kind).toBe('kpis');
  });
  test('kind that the keys do not back up', async () => {
    const [d] = await diagnose(slide('        kind: table\n        bullets: [x]\n'));
    expect(d).toMatchObject({ code: 'slide/kind-mismatch', span: { line: 6, col: 15 }, hint: 'set `kind: bullets`, or add `table:`' });
  });
  test('semantic checks run on slides that also have type errors elsewhere', async () => {
    const ds = await diagnose(slide('        kpis: [{ value: x, label: k }]\n        source: nope\n'));
    expect(brief(ds)).toEqual(['6:25 outline/expected-number', '7:17 sources/unknown-id']);
  });
});

describe('sources', () => {
  test('unknown ids in source and sources, with did-you-mean', async () => {
    const head = 'sources:\n  reuters: { title: R }\n';
    const ds = await diagnose(slide('        bullets: [x]\n        source: reuter\n        sources: [reuters, bbc]\n', head));
    expect(brief(ds)).toEqual(['9:17 sources/unknown-id', '10:28 sources/unknown-id']);
    expect(ds[0]!.hint).toBe('did you mean `reuters`?');
  });
});

describe('charts', () => {
  const chart = (c: string) => slide(`        chart:\n${c}`);
  test('series length must match labels', async () => {
    const [d] = await diagnose(chart('          type: bar\n          labels: [a, b]\n          series: [{ name: s, values: [1, 2, 3] }]\n'));
    expect(d).toMatchObject({ code: 'chart/series-length', span: { line: 9, col: 39 }, expected: '2 values, one per label', actual: '3 values' });
  });
  test('no data', async () => {
    expect(brief(await diagnose(chart('          type: line\n')))).toEqual(['7:11 chart/no-data']);
    expect(brief(await diagnose(chart('          type: line\n          series: [{ name: s, values: [1] }]\n')))).toEqual(['7:11 chart/no-data']);
  });
  test('stages charts need ranges; ranges suffice', async () => {
    expect(brief(await diagnose(chart('          type: stages\n')))).toEqual(['7:11 chart/no-data']);
    expect(await diagnose(chart('          type: stages\n          ranges: [{ label: a, from: 0, to: 2 }]\n'))).toEqual([]);
  });
  test('combo needs two series', async () => {
    const ds = await diagnose(chart('          type: combo\n          labels: [a]\n          series: [{ name: s, values: [1] }]\n'));
    expect(brief(ds)).toEqual(['7:17 chart/combo-series']);
  });
  test('pie: one series, no negatives', async () => {
    const ds = await diagnose(
      chart('          type: doughnut\n          labels: [a, b]\n          series:\n            - { name: s, values: [-1, 2] }\n            - { name: t, values: [1, 2] }\n'),
    );
    expect(brief(ds)).toEqual(['7:17 chart/pie-series', '10:35 chart/pie-negative']);
  });
  test('column charts are checked too', async () => {
    const body = '        columns:\n          - { bullets: [x] }\n          - { chart: { type: bar, labels: [a], series: [{ name: s, values: [] }] } }\n';
    const ds = await diagnose(slide(body));
    expect(brief(ds)).toEqual(['8:76 outline/too-few']);
  });
  test('labelColumn without data is a warning', async () => {
    const ds = await diagnose(chart('          type: bar\n          labels: [a]\n          series: [{ name: s, values: [1] }]\n          labelColumn: year\n'));
    expect(ds.map((d) => [d.severity, d.code])).toEqual([['warning', 'chart/columns-without-data']]);
  });
});

describe('tables and images', () => {
  test('ragged table rows', async () => {
    const ds = await diagnose(slide('        table:\n          header: [a, b]\n          rows: [[1, 2], [3]]\n'));
    expect(brief(ds)).toEqual(['8:26 table/row-length']);
  });
  test('image paths are checked against the folder', async () => {
    expect(await diagnose(slide('        image: { path: ./pic.png }\n'))).toEqual([]);
    expect(brief(await diagnose(slide('        image: { path: ../pic.png }\n')))).toEqual(['6:24 path/outside-outline']);
    expect(brief(await diagnose(slide('        image: { path: "http://x/pic.png" }\n')))).toEqual(['6:24 path/url-not-allowed']);
    expect(brief(await diagnose(slide('        image: { path: ./gone.png }\n')))).toEqual(['6:24 path/not-found']);
  });
});
