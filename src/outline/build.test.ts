/** The built Outline: kinds, cites, chart ids, defaults and spans. */
import { describe, expect, test } from 'vitest';
import { MemoryHost } from '../../tests/outline/memory-host.js';
import { chartId } from './build.js';
import { loadOutline } from './load.js';

const yaml = `title: Deck
sources:
  a: { title: A }
  b: { title: B }
sections:
  - title: One
    slides:
      - title: Bullets
        bullets: [x]
        source: a
        sources: [b, a]
      - title: Chart
        chart: { type: bar, labels: [2024, 2025], series: [{ name: s, values: [1, 2] }] }
  - title: Two
    slides:
      - title: Columns
        columns:
          - { chart: { type: line, labels: [a], series: [{ name: s, values: [1] }] } }
          - { chart: { type: bar, labels: [a], series: [{ name: s, values: [1] }] } }
      - title: Stages
        chart: { type: stages, ranges: [{ label: Now, from: 0, to: 1 }] }
closing:
  title: Thanks
`;

describe('buildOutline', async () => {
  const { outline, diagnostics } = await loadOutline(yaml, 'decks/deck.yaml', '/abs/decks', new MemoryHost());
  test('builds without diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(outline).toBeDefined();
  });
  const slides = outline!.sections.flatMap((s) => s.slides);
  test('defaults: locale en-US; file and dir as given', () => {
    expect(outline).toMatchObject({ file: 'decks/deck.yaml', dir: '/abs/decks', locale: 'en-US' });
    expect(Object.keys(outline!.sources)).toEqual(['a', 'b']);
  });
  test('kind inferred from keys; cites merged in order without repeats', () => {
    expect(slides.map((s) => s.kind)).toEqual(['bullets', 'chart', 'columns', 'chart']);
    expect(slides[0]!.cites).toEqual(['a', 'b']);
    expect(slides[1]!.cites).toEqual([]);
  });
  test('chart ids count slides across sections; labels become text', () => {
    expect(slides[1]!.chart).toMatchObject({ id: 's02-chart', labels: ['2024', '2025'] });
    expect(slides[2]!.columns!.map((c) => c.chart?.id)).toEqual(['s03-col1', 's03-col2']);
    expect(slides[3]!.chart).toMatchObject({ id: 's04-chart', labels: ['Now'], series: [] });
    expect(chartId(12, 'chart')).toBe('s12-chart');
  });
  test('spans on deck, sections, slides, charts and closing', () => {
    expect(outline!.span).toMatchObject({ file: 'decks/deck.yaml', line: 1, col: 1 });
    expect(outline!.sections.map((s) => s.span.line)).toEqual([6, 14]);
    expect(slides.map((s) => [s.span.line, s.span.col])).toEqual([[8, 9], [12, 9], [16, 9], [20, 9]]);
    expect(slides[1]!.chart!.span).toMatchObject({ line: 13, col: 16 });
    expect(outline!.closing).toMatchObject({ title: 'Thanks', span: { line: 23, col: 3 } });
  });
  test('no sources means an empty map', async () => {
    const r = await loadOutline('title: T\nsections: [{ title: S, slides: [{ title: A, bullets: [x] }] }]\nlocale: de-de\n', 'o.yaml', '/', new MemoryHost());
    expect(r.outline).toMatchObject({ sources: {}, locale: 'de-DE' });
  });
});
