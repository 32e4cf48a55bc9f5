/**
 * fast-check arbitraries for VALID outlines: every slide kind, every chart kind and option, text
 * from every Unicode plane. "Valid" means the outline loader accepts it (no error diagnostics);
 * layout may still warn (overflow, splits). The outline refers to files the fuzz workspace
 * provides (see `FIXTURE_FILES` in workspace.ts): ./data/series.csv, ./data/series.json, ./img/pic.png.
 */
import fc from 'fast-check';
import { CHART_TYPES, LEGEND_POSITIONS, MAX_FIGURE, NUMBER_FORMATS, OVERFLOW_POLICIES, type ChartType } from '../../src/outline/schema.js';

type Obj = Record<string, unknown>;

/** Drops keys whose value is undefined, so the YAML has only the options that were chosen. */
function compact(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
/** `arb` with probability `p`, else undefined (shrinks towards undefined: fewer options). */
const opt = <T>(arb: fc.Arbitrary<T>, p = 0.3): fc.Arbitrary<T | undefined> =>
  fc.oneof(
    { weight: Math.round(10 * (1 - p)), arbitrary: fc.constant(undefined) },
    { weight: Math.max(1, Math.round(10 * p)), arbitrary: arb },
  );

/** Hand-picked hard text: right-to-left, combining marks, astral planes, XML-forbidden characters. */
const HARD_TEXT = [
  'Umsatz 2026 – 1,4 Bio. $',
  'שלום עולם, مرحبا بالعالم',
  '\u202Eevil\u202C override',
  'e\u0301\u0301\u0301 combining',
  '𝕳𝖊𝖑𝖑𝖔 🚀👩‍👩‍👧 emoji',
  '中文字符 日本語 한국어',
  'tab\there and\u00A0nbsp',
  'bell\u0007 nul\u0000 esc\u001B',
  'noncharacter \uFFFE \uFFFF',
  'lone high \uD800 and low \uDC00',
  '=HYPERLINK("http://x","y")',
  '+1',
  '-1',
  '@SUM(A1:A3)',
  '<b>&amp;</b> "quotes" \'apos\'',
  '   padded   ',
  '#not a comment',
  '- not a bullet',
  'line one\nline two',
  'x',
];

const word = fc.constantFrom('grid', 'solar', 'Capex', 'Prognose', 'Wärme', 'Speicher', 'growth', 'risk', 'Q4', '2030');

/** Non-empty text for titles, bullets, labels. Mostly plain words, sometimes the hard cases. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.constantFrom(...HARD_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
);
/** Occasionally a very long text (layout must split, shrink or warn, never crash). */
const longText = fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: fc.constant('lorem ipsum '.repeat(850).trim()) });

/**
 * Valid figures: anything within the schema's ±MAX_FIGURE (1e15), including its bounds, the
 * smallest subnormal and signed zero. (Beyond the bound is the mutation suite's job: an error.)
 */
export const number: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -1000, max: 1_000_000 }) },
  { weight: 3, arbitrary: fc.double({ min: -MAX_FIGURE, max: MAX_FIGURE, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(MAX_FIGURE, -MAX_FIGURE, 5e-324, -5e-324, -0, 0, 1.4e12, 0.25, 1e-300) },
);
const nonNegative = number.map((n) => Math.abs(n));

const format = fc.constantFrom(...NUMBER_FORMATS);
const unit = fc.constantFrom('USD', 'EUR', '%', 'GW', 'x', 't', 'Mio. €');
const color = fc.constantFrom('#1F4E79', 'C00000', '#00ff00');

function seriesArb(n: number, values: fc.Arbitrary<number>, combo: boolean): fc.Arbitrary<Obj> {
  return fc
    .record({
      name: text,
      values: fc.array(values, { minLength: n, maxLength: n }),
      type: combo ? opt(fc.constantFrom('bar', 'line'), 0.8) : fc.constant(undefined),
      axis: combo ? opt(fc.constantFrom('left', 'right'), 0.5) : fc.constant(undefined),
      color: opt(color, 0.2),
      format: opt(format, 0.2),
      unit: opt(unit, 0.2),
    })
    .map(compact);
}

const commonChartOptions = {
  title: opt(text, 0.2),
  format: opt(format),
  unit: opt(unit),
  decimals: opt(fc.integer({ min: 0, max: 6 }), 0.2),
  stacked: opt(fc.boolean(), 0.3),
  horizontal: opt(fc.boolean(), 0.1),
  log: opt(fc.boolean(), 0.15),
  valueLabels: opt(fc.boolean(), 0.3),
  xTitle: opt(text, 0.2),
  yTitle: opt(text, 0.2),
  y2Title: opt(text, 0.1),
  legend: opt(fc.constantFrom(...LEGEND_POSITIONS), 0.3),
  render: opt(fc.constantFrom('image', 'native'), 0.5),
  alt: opt(text, 0.2),
  dataInNotes: opt(fc.boolean(), 0.2),
  target: opt(fc.record({ value: number, label: opt(text) }).map(compact), 0.15),
};

/** A chart of `type` with inline data, or (sometimes) data from one of the fixture files. */
export function chartArb(type: ChartType): fc.Arbitrary<Obj> {
  if (type === 'stages') {
    const range = fc.tuple(text, number, number).map(([label, a, b]) => ({ label, from: Math.min(a, b), to: Math.max(a, b) }));
    return fc.record({ type: fc.constant(type), ranges: fc.array(range, { minLength: 1, maxLength: 6 }), ...commonChartOptions }).map(compact);
  }
  const pie = type === 'pie' || type === 'doughnut';
  const inline = fc.integer({ min: 1, max: 8 }).chain((n) =>
    fc.record({
      labels: fc.array(fc.oneof(text, number), { minLength: n, maxLength: n }),
      series: fc.array(seriesArb(n, pie ? nonNegative : number, type === 'combo'), {
        minLength: pie ? 1 : type === 'combo' ? 2 : 1,
        maxLength: pie ? 1 : 4,
      }),
      highlight: opt(fc.oneof(text, fc.integer({ min: 0, max: n })), 0.15),
      totals: type === 'waterfall' ? opt(fc.array(fc.oneof(text, fc.integer({ min: 0, max: n - 1 })), { maxLength: 2 }), 0.5) : fc.constant(undefined),
    }),
  );
  // The fixture CSV has one label column and two value columns, all non-negative.
  const fromFile = fc.record({
    data: fc.constantFrom('./data/series.csv', './data/series.json'),
    valueColumns: pie ? fc.constant(['grid']) : opt(fc.constant(['grid', 'solar']), 0.3),
    labelColumn: opt(fc.constant('year'), 0.3),
  });
  const data = type === 'combo' ? inline : fc.oneof({ weight: 4, arbitrary: inline }, { weight: 1, arbitrary: fromFile });
  return fc
    .tuple(fc.record({ type: fc.constant(type), ...commonChartOptions }), data)
    .map(([base, d]) => compact({ ...base, ...d }));
}

export const anyChart: fc.Arbitrary<Obj> = fc.constantFrom(...CHART_TYPES).chain(chartArb);

const bullet = fc.oneof(
  { weight: 4, arbitrary: longText },
  { weight: 1, arbitrary: fc.record({ text, bullets: opt(fc.array(text, { minLength: 1, maxLength: 4 }), 0.7) }).map(compact) },
);
const bullets = fc.array(bullet, { minLength: 1, maxLength: 9 });

const kpi = fc
  .record({
    value: number,
    unit: opt(unit),
    label: text,
    format: opt(format),
    decimals: opt(fc.integer({ min: 0, max: 6 })),
    compact: opt(fc.boolean()),
    prefix: opt(fc.constantFrom('~', '>', '≈'), 0.2),
    note: opt(text, 0.2),
  })
  .map(compact);

const column = fc.oneof(
  fc.record({ title: opt(text), bullets }).map(compact),
  fc.record({ title: opt(text), text: longText }).map(compact),
  fc.record({ title: opt(text), chart: anyChart }).map(compact),
);

const table = fc.integer({ min: 1, max: 6 }).chain((cols) =>
  fc
    .record({
      header: fc.array(text, { minLength: cols, maxLength: cols }),
      rows: fc.array(fc.array(fc.oneof(text, number), { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 30 }),
      format: opt(format),
      unit: opt(unit),
      decimals: opt(fc.integer({ min: 0, max: 6 })),
    })
    .map(compact),
);

/** The content of one slide kind: the key that decides the kind, and its value. */
const content: Record<string, fc.Arbitrary<Obj>> = {
  bullets: bullets.map((b) => ({ bullets: b })),
  columns: fc.tuple(column, column).map((c) => ({ columns: c })),
  quote: fc.record({ text: longText, by: text, role: opt(text) }).map((q) => ({ quote: compact(q) })),
  kpis: fc.array(kpi, { minLength: 1, maxLength: 4 }).map((k) => ({ kpis: k })),
  chart: anyChart.map((c) => ({ chart: c })),
  stages: fc
    .array(fc.record({ when: text, title: text, points: opt(fc.array(text, { minLength: 1, maxLength: 4 }), 0.7) }).map(compact), { minLength: 2, maxLength: 5 })
    .map((s) => ({ stages: s })),
  table: table.map((t) => ({ table: t })),
  image: fc
    .record({ path: fc.constant('./img/pic.png'), alt: opt(text), decorative: opt(fc.boolean(), 0.2), caption: opt(text) })
    .map((i) => ({ image: compact(i) })),
};
export const SLIDE_KIND_NAMES = Object.keys(content);

export function slideArb(kind?: string): fc.Arbitrary<Obj> {
  const kindArb = kind ? fc.constant(kind) : fc.constantFrom(...SLIDE_KIND_NAMES);
  return kindArb.chain((k) =>
    fc
      .record({
        content: content[k]!,
        stated: fc.boolean(),
        title: longText,
        subtitle: opt(text, 0.2),
        takeaway: opt(text, 0.2),
        notes: opt(longText, 0.3),
        source: opt(fc.constant('src1'), 0.3),
        sources: opt(fc.subarray(['src1', 'src2'], { minLength: 1 }), 0.2),
        overflow: opt(fc.constantFrom(...OVERFLOW_POLICIES), 0.1),
        lint: opt(fc.constant({ uncitedFigure: false }), 0.1),
      })
      .map(({ content: c, stated, ...rest }) => compact({ ...(stated ? { kind: k } : {}), ...rest, ...c })),
  );
}

const section = (slide: fc.Arbitrary<Obj>) =>
  fc
    .record({
      title: text,
      subtitle: opt(text, 0.2),
      notes: opt(text, 0.2),
      divider: opt(fc.boolean(), 0.3),
      slides: fc.array(slide, { minLength: 1, maxLength: 3 }),
    })
    .map(compact);

const source = fc
  .record({ title: text, publisher: opt(text), url: opt(fc.constantFrom('https://example.org/a', 'http://example.com/x?y=1&z=2')), date: opt(text), author: opt(text) })
  .map(compact);

/** A whole valid outline. `slide` picks the slides (default: any kind). */
export function outlineArb(slide: fc.Arbitrary<Obj> = slideArb()): fc.Arbitrary<Obj> {
  return fc
    .record({
      title: longText,
      subtitle: opt(text),
      author: opt(text),
      date: opt(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      locale: opt(fc.constantFrom('en-US', 'de-DE', 'fr', 'ar-EG', 'he-IL', 'ja-JP', 'hi-IN', 'de-CH')),
      theme: opt(fc.constantFrom('briefing', 'midnight', './themes/acme.yaml')),
      footer: opt(text),
      charts: opt(fc.constantFrom('image', 'native')),
      overflow: opt(fc.constantFrom(...OVERFLOW_POLICIES), 0.15),
      generate: opt(
        fc
          .record({ title: opt(fc.boolean()), agenda: opt(fc.boolean()), dividers: opt(fc.boolean()), sources: opt(fc.boolean()), slideNumbers: opt(fc.boolean()) })
          .map(compact),
      ),
      sources: fc.constant(undefined),
      sourceList: fc.tuple(source, source),
      sections: fc.array(section(slide), { minLength: 1, maxLength: 3 }),
      closing: opt(fc.record({ title: text, bullets: opt(bullets), text: opt(text), contact: opt(text), notes: opt(text) }).map(compact), 0.3),
    })
    .map(({ sourceList, ...o }) => compact({ ...o, sources: { src1: sourceList[0], src2: sourceList[1] } }));
}
