/**
 * The overflow policies and what they report, on outlines built in memory: split (continuation
 * slides "… (2/3)" with notes and sources carried along, a warning at the slide's line:col),
 * shrink (below the floor, with a warning), error (per slide, per deck, and LayoutOptions.overflow
 * as the CLI's --strict sets it), tables paginated by measured rows with the header repeated,
 * the sources slide paginated, long titles, and overlong words that must not force a split.
 */
import { describe, expect, test } from 'vitest';
import { checkDeck } from '../../src/compile.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { layoutPresentation } from '../../src/layout/layout.js';
import type { SlideIR, TableElement, TextElement } from '../../src/model/presentation.js';
import { briefing } from '../../src/theme/builtin.js';
import { MemoryHost } from '../outline/memory-host.js';

const LONG = [
  'Infrastructure investment grows much faster over the next five years than the revenue of the operators who carry it',
  'Power supply for the new data centres is not yet secured in many regions, and this delays planning permission by months',
  'Supply chains for high-performance chips stay concentrated on very few manufacturers, which drives prices and lead times',
  'Financing increasingly comes from long-term offtake agreements rather than from classic equity rounds or bank loans',
  'European regulators examine the data protection compliance of new services more closely than they did two years ago',
  'Competitors respond with investment programmes of their own that add up to several hundred billion dollars a year',
  'The cost per query falls with every model generation, but the total demand for compute keeps rising faster still',
  'Customers expect reliable availability, clear prices and understandable rules for the use of the data they provide',
  'The shortage of grid engineers and data-centre technicians noticeably limits how fast new capacity can be built',
  'Municipalities demand waste-heat use, water concepts and a share of the grid expansion costs as conditions for approval',
  'Insurers now rate the concentration risk of a few very large sites as a material operational risk for the whole sector',
  'The board should decide on the budget, the partners and our own role in the ecosystem before the end of the year',
];

/** An outline with one section; `slides` is YAML for the slide list, indented by 6 spaces. */
function outline(slides: string, head = ''): string {
  return [
    'title: Policies',
    'date: "2026-12-01"',
    'locale: en-US',
    'generate: { title: false, agenda: false, dividers: false }',
    'sources:',
    '  r: { title: A report, publisher: Example Institute }',
    head,
    'sections:',
    '  - title: One',
    '    slides:',
    slides,
  ].join('\n');
}

const twelve = (extra = ''): string =>
  [
    '      - title: Twelve long bullets',
    extra,
    '        notes: Say this on every part.',
    '        source: r',
    '        bullets:',
    ...LONG.map((b) => `          - ${b}`),
  ]
    .filter(Boolean)
    .join('\n');

async function check(yaml: string) {
  const host = new MemoryHost({ '/deck/o.yaml': yaml });
  return checkDeck('/deck/o.yaml', { host });
}

const texts = (s: SlideIR): TextElement[] => s.elements.filter((e): e is TextElement => e.type === 'text');
const bodyOf = (s: SlideIR): TextElement => texts(s).find((t) => t.paragraphs.some((p) => p.bullet))!;

describe('split', () => {
  test('twelve long bullets: continuation slides, notes and sources carried along, a warning at the slide', async () => {
    const r = await check(outline(twelve()));
    expect(r.ok).toBe(true);
    const split = r.diagnostics.filter((d) => d.code === 'layout/split');
    expect(split).toHaveLength(1);
    const d = split[0]!;
    expect(d.severity).toBe('warning');
    // The slide's `- title:` is on line 11, column 9 of the outline.
    expect(d.span).toMatchObject({ file: '/deck/o.yaml', line: 11, col: 9 });
    const m = /split into (\d+) slides at (\d+) pt \((\d+) continuation slides? "… \(2\/\1\)"\)/.exec(d.message);
    expect(m, d.message).not.toBeNull();
    const parts = Number(m![1]);
    expect(Number(m![3])).toBe(parts - 1);
    const slides = r.presentation!.slides.filter((s) => s.title.startsWith('Twelve long bullets'));
    expect(slides.map((s) => s.title)).toEqual(Array.from({ length: parts }, (_, i) => `Twelve long bullets (${i + 1}/${parts})`));
    for (const s of slides) {
      expect(s.notes).toContain('Say this on every part.');
      expect(s.notes).toContain('Example Institute');
      expect(texts(s).some((t) => t.paragraphs[0]!.runs[0]!.text.startsWith('Source: [1]'))).toBe(true);
    }
    // One size for all parts, at or above the floor; every bullet is on exactly one part.
    const sizes = new Set(slides.map((s) => bodyOf(s).sizePt));
    expect(sizes.size).toBe(1);
    expect([...sizes][0]).toBeGreaterThanOrEqual(briefing.text.body.floor);
    expect(slides.flatMap((s) => bodyOf(s).paragraphs.map((p) => p.runs[0]!.text))).toEqual(LONG);
    // Balanced: no part holds more than twice the bullets of another.
    const counts = slides.map((s) => bodyOf(s).paragraphs.length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2 * Math.min(...counts));
  });

  test('a sub-bullet stays with its parent when a size allows it', async () => {
    const group = (n: number): string[] => [
      `          - text: Group ${n} of the plan needs a long sentence here to take up room on the slide`,
      '            bullets:',
      ...[1, 2, 3].map((k) => `              - Point ${k} of group ${n}, which is itself long enough to wrap onto a second line`),
    ];
    const r = await check(outline(['      - title: Groups', '        bullets:', ...[1, 2, 3, 4].flatMap(group)].join('\n')));
    const slides = r.presentation!.slides.filter((s) => s.title.startsWith('Groups'));
    expect(slides.length).toBeGreaterThan(1);
    for (const s of slides) expect(bodyOf(s).paragraphs[0]!.level).toBe(0);
  });

  test('many short bullets go into two columns instead of splitting', async () => {
    const items = ['Budget', 'Partners', 'Sites', 'Power', 'Cooling', 'Grids', 'Chips', 'People', 'Customers', 'Prices', 'Law', 'Risks', 'Timing', 'Rivals'];
    const r = await check(outline(['      - title: Short', '        bullets:', ...items.map((i) => `          - ${i}`)].join('\n')));
    const slides = r.presentation!.slides.filter((s) => s.title.startsWith('Short'));
    expect(slides).toHaveLength(1);
    const cols = texts(slides[0]!).filter((t) => t.paragraphs.some((p) => p.bullet));
    expect(cols).toHaveLength(2);
    expect(cols[0]!.sizePt).toBe(cols[1]!.sizePt);
    expect(cols[0]!.sizePt).toBeGreaterThanOrEqual(briefing.text.body.floor);
    expect(r.diagnostics.some((d) => d.code === 'layout/two-columns')).toBe(true);
  });

  test('an overlong word (a URL) is broken, not a reason to split or shrink to the floor', async () => {
    const url = `https://example.org/${'very-long-path-segment/'.repeat(6)}report.pdf`.replace(/-/g, '_');
    const r = await check(outline(['      - title: URL', '        bullets:', `          - ${url}`, '          - A normal bullet'].join('\n')));
    const slides = r.presentation!.slides.filter((s) => s.title.startsWith('URL'));
    expect(slides).toHaveLength(1);
    expect(bodyOf(slides[0]!).sizePt).toBe(briefing.text.body.size);
    expect(r.diagnostics.filter((d) => d.code.startsWith('layout/'))).toEqual([]);
  });
});

describe('shrink and error', () => {
  test('overflow: shrink goes below the floor and warns', async () => {
    const r = await check(outline(twelve('        overflow: shrink')));
    expect(r.presentation!.slides.filter((s) => s.title.startsWith('Twelve'))).toHaveLength(1);
    const d = r.diagnostics.find((x) => x.code === 'layout/below-floor');
    expect(d?.severity).toBe('warning');
    expect(d?.span).toMatchObject({ line: 11, col: 9 });
    const size = Number(/shrunk to (\d+) pt/.exec(d!.message)?.[1]);
    expect(size).toBeLessThan(briefing.text.body.floor);
    expect(bodyOf(r.presentation!.slides.find((s) => s.title === 'Twelve long bullets')!).sizePt).toBe(size);
  });

  test('overflow: error on the slide is an error at the slide', async () => {
    const r = await check(outline(twelve('        overflow: error')));
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'layout/overflow');
    expect(d).toMatchObject({ severity: 'error', span: { line: 11, col: 9 } });
  });

  test('overflow: error on the deck is an error', async () => {
    const r = await check(outline(twelve(), 'overflow: error'));
    expect(r.ok).toBe(false);
    expect(r.diagnostics.some((x) => x.code === 'layout/overflow' && x.severity === 'error')).toBe(true);
  });

  test("LayoutOptions.overflow = 'error' (--strict) overrides the slide's own policy", async () => {
    const r = await check(outline(twelve('        overflow: shrink')));
    const diags = new DiagnosticBag();
    layoutPresentation({ outline: r.outline!, theme: briefing, date: '2026-12-01T00:00:00Z', options: { overflow: 'error' } }, diags);
    expect(diags.items.some((x) => x.code === 'layout/overflow' && x.severity === 'error')).toBe(true);
    expect(diags.items.some((x) => x.code === 'layout/below-floor')).toBe(false);
  });
});

describe('tables, sources, titles', () => {
  const rows = Array.from({ length: 40 }, (_, i) => `            - [Site ${i + 1}, Helios Infrastructure Partners, ${100 + i}]`);
  const table = ['      - title: Sites', '        notes: Read the totals.', '        table:', '          header: [Site, Operator, MW]', '          rows:', ...rows].join('\n');

  test('a 40-row table paginates with the header on every page, rows measured and balanced', async () => {
    const r = await check(outline(table));
    const slides = r.presentation!.slides.filter((s) => s.title.startsWith('Sites'));
    expect(slides.length).toBeGreaterThan(1);
    const tables = slides.map((s) => s.elements.find((e): e is TableElement => e.type === 'table')!);
    for (const [i, t] of tables.entries()) {
      expect(slides[i]!.title).toBe(`Sites (${i + 1}/${slides.length})`);
      expect(slides[i]!.notes).toContain('Read the totals.');
      expect(t.header).toEqual(['Site', 'Operator', 'MW']);
      expect(t.box.h).toBeCloseTo(t.rowHeight * (t.rows.length + 1), 6);
      expect(t.box.y + t.box.h).toBeLessThanOrEqual(6.45 + 1e-6);
      expect(t.sizePt).toBeGreaterThanOrEqual(briefing.text.table.floor);
      expect(t.sizePt).toBeLessThanOrEqual(briefing.text.table.size);
      expect(t.align).toEqual(['left', 'left', 'right']);
    }
    expect(tables.flatMap((t) => t.rows.map((row) => row[0]))).toEqual(Array.from({ length: 40 }, (_, i) => `Site ${i + 1}`));
    const counts = tables.map((t) => t.rows.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const d = r.diagnostics.find((x) => x.code === 'layout/split');
    expect(d?.message).toContain(`split into ${slides.length} slides`);
    expect(d?.span).toMatchObject({ line: 11, col: 9 });
  });

  test('a table with overflow: error does not paginate but fails', async () => {
    const r = await check(outline(table.replace('        notes:', '        overflow: error\n        notes:')));
    expect(r.ok).toBe(false);
    expect(r.diagnostics.find((x) => x.code === 'layout/overflow')?.severity).toBe('error');
  });

  test('the sources slide paginates', async () => {
    const sources = Array.from({ length: 40 }, (_, i) => `  s${i}: { title: Report ${i} on data-centre investment and power supply, publisher: Publisher ${i}, url: "https://example.org/r/${i}" }`);
    const yaml = [
      'title: Sources',
      'date: "2026-12-01"',
      'generate: { title: false, agenda: false, dividers: false }',
      'sources:',
      ...sources,
      'sections:',
      '  - title: One',
      '    slides:',
      '      - title: All of them',
      `        sources: [${sources.map((_, i) => `s${i}`).join(', ')}]`,
      '        bullets: [Evidence]',
    ].join('\n');
    const r = await check(yaml);
    const slides = r.presentation!.slides.filter((s) => s.role === 'sources');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[0]!.title).toBe(`Sources (1/${slides.length})`);
    // The cited slide's source line falls back to the numbers and stays one line above the footer.
    const line = texts(r.presentation!.slides.find((s) => s.title === 'All of them')!).find((t) => t.paragraphs[0]!.runs[0]!.text.startsWith('Sources:'))!;
    expect(line.paragraphs[0]!.runs[0]!.text).toBe('Sources: [1]–[40]');
  });

  test('a title too long for two lines shrinks below the floor inside its box, with a warning', async () => {
    const title = 'A title that is far too long for the title area of the slide, even when it is set on two lines at the smallest size the theme allows for titles on content slides';
    const r = await check(outline(`      - title: "${title}"\n        bullets: [One]`));
    const d = r.diagnostics.find((x) => x.code === 'layout/title-too-long');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toMatch(/shrunk to \d+ pt in \d lines/);
    const el = texts(r.presentation!.slides.find((s) => s.title === title)!).find((t) => t.placeholder === 'title')!;
    expect(el.sizePt).toBeLessThan(briefing.text.title.floor);
  });
});
