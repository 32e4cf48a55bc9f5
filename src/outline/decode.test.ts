/** Schema validation → diagnostics: codes, positions, expected/actual, did-you-mean, all in one run. */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MemoryHost } from '../../tests/outline/memory-host.js';
import { loadOutline } from './load.js';

async function diagnose(yaml: string): Promise<Diagnostic[]> {
  return (await loadOutline(yaml, 'o.yaml', '/d', new MemoryHost())).diagnostics;
}
const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.span?.line}:${d.span?.col} ${d.severity} ${d.code}`);

const slide = (body: string) => `title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n${body}`;

describe('decode', () => {
  test('a string where a number belongs shows the YAML value and a hint', async () => {
    const [d] = await diagnose(slide('        kpis:\n          - { value: "1.5", label: x }\n'));
    expect(d).toMatchObject({
      code: 'outline/expected-number',
      span: { line: 7, col: 22 },
      expected: 'a number',
      actual: '"1.5"',
      hint: 'remove the quotes: write 1.5 instead of "1.5"',
    });
  });

  test('a missing required key points at the map that lacks it', async () => {
    const ds = await diagnose('title: T\nsections:\n  - slides:\n      - title: A\n        bullets: [x]\n');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'outline/missing-key', span: { line: 3, col: 5 } });
    expect(ds[0]!.message).toContain('`title`');
  });

  test('the root missing everything points at 1:1', async () => {
    const ds = await diagnose('subtitle: x\n');
    expect(brief(ds)).toEqual(['1:1 error outline/missing-key', '1:1 error outline/missing-key']);
  });

  test('unknown keys are warnings on the key, with did-you-mean from the schema shape', async () => {
    const { outline, diagnostics } = await loadOutline(slide('        bullets: [x]\n        notez: hi\n'), 'o.yaml', '/d', new MemoryHost());
    expect(brief(diagnostics)).toEqual(['7:9 warning outline/unknown-key']);
    expect(diagnostics[0]!.hint).toBe('did you mean `notes`?');
    expect(outline).toBeDefined();
  });

  test('an unknown key with nothing close lists what is allowed', async () => {
    const [d] = await diagnose(slide('        bullets: [x]\n        lint: { zzzzzz: false }\n'));
    expect(d).toMatchObject({ code: 'outline/unknown-key', span: { line: 7, col: 17 }, hint: 'keys allowed here: uncitedFigure' });
  });

  test('a comma inside a flow map value is explained', async () => {
    const [d] = await diagnose(slide('        quote: { text: Hi, by: Sam, role: CEO, OpenAI }\n'));
    expect(d).toMatchObject({ code: 'outline/unknown-key', span: { line: 6, col: 48 } });
    expect(d!.hint).toContain('comma');
  });

  test('enum typos get did-you-mean over the allowed values', async () => {
    const [d] = await diagnose(slide('        chart: { type: colum, labels: [a], series: [{ name: s, values: [1] }] }\n'));
    expect(d).toMatchObject({ code: 'outline/unknown-value', span: { line: 6, col: 24 }, hint: 'did you mean `column`?', actual: '"colum"' });
    expect(d!.expected).toContain('waterfall');
  });

  test('too many KPIs points at the first one past the limit, and the items are still checked', async () => {
    const kpis = [1, 2, 3, 4, 5].map((n) => `          - { value: ${n === 2 ? 'x' : n}, label: k }\n`).join('');
    const ds = await diagnose(slide(`        kpis:\n${kpis}`));
    expect(brief(ds)).toEqual(['8:22 error outline/expected-number', '11:13 error outline/too-many']);
    expect(ds[1]).toMatchObject({ expected: 'at most 4 items', actual: '5 items' });
  });

  test('too few stages', async () => {
    const [d] = await diagnose(slide('        stages:\n          - { when: soon, title: one }\n'));
    expect(d).toMatchObject({ code: 'outline/too-few', span: { line: 7, col: 11 }, expected: 'at least 2 items' });
  });

  test('.nan and .inf are not finite', async () => {
    const ds = await diagnose(slide('        kpis: [{ value: .inf, label: k }]\n'));
    expect(ds.map((d) => [d.code, d.actual])).toEqual([['outline/not-finite', '.inf']]);
  });

  test('a bullet of the wrong shape is explained plainly', async () => {
    const [d] = await diagnose(slide('        bullets:\n          - [a, b]\n'));
    expect(d).toMatchObject({ code: 'outline/no-matching-form', span: { line: 7, col: 13 }, actual: 'a list' });
    expect(d!.expected).toBe('a text, or a map with the keys text, bullets');
  });

  test('a list expected, text given', async () => {
    const [d] = await diagnose(slide('        bullets: just one\n'));
    expect(d).toMatchObject({ code: 'outline/expected-list', actual: '"just one"' });
  });

  test('a wrong type inside a map-shaped bullet is reported inside it', async () => {
    const [d] = await diagnose(slide('        bullets:\n          - { text: 5 }\n'));
    expect(d).toMatchObject({ code: 'outline/expected-string', span: { line: 7, col: 21 } });
  });

  test('all errors of a file come in one run, sorted by position', async () => {
    const ds = await diagnose('title: 1\nlocale: 5\ncharts: svg\nsections: {}\n');
    expect(brief(ds)).toEqual([
      '1:8 error outline/expected-string',
      '2:9 error outline/expected-string',
      '3:9 error outline/unknown-value',
      '4:11 error outline/expected-list',
    ]);
  });

  test('an empty file', async () => {
    expect(brief(await diagnose(''))).toEqual(['1:1 error outline/empty']);
  });

  test('a YAML 1.1 timestamp date is accepted as text', async () => {
    const { outline, diagnostics } = await loadOutline(`%YAML 1.1\n---\n${slide('        bullets: [x]\n').replace('title: T\n', 'title: T\ndate: 2026-11-28\n')}`, 'o.yaml', '/d', new MemoryHost());
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(outline?.date).toBe('2026-11-28');
  });
});

describe('YAML layer', () => {
  test('syntax errors have positions', async () => {
    const ds = await diagnose('title: T\nsections:\n  - title: [a, b\n');
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.code === 'yaml/syntax' && d.span !== undefined && d.span.line >= 3)).toBe(true);
  });

  test('tabs as indentation', async () => {
    const [d] = await diagnose('title: T\nsections:\n\t- title: S\n');
    expect(d).toMatchObject({ code: 'yaml/syntax', span: { line: 3, col: 1 } });
  });

  test('duplicate keys are positioned and schema errors still reported', async () => {
    const ds = await diagnose('title: A\ntitle: B\nsections: 3\n');
    expect(brief(ds)).toEqual(['2:1 error yaml/duplicate-key', '3:11 error outline/expected-list']);
  });

  test('alias bombs are refused with a position, below the limit aliases work', async () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    expect(brief(await diagnose(bomb))).toEqual(['3:5 error yaml/alias-limit']);
    const small = slide('        bullets: &b [x]\n      - title: B\n        bullets: *b\n');
    expect(await diagnose(small)).toEqual([]);
    const { diagnostics } = await loadOutline(small, 'o.yaml', '/d', new MemoryHost(), { maxAliasCount: 0 });
    expect(brief(diagnostics)).toEqual(['8:18 error yaml/alias-limit']);
  });

  test('an alias to no anchor', async () => {
    const ds = await diagnose('title: *nope\nsections: []\n');
    expect(ds[0]).toMatchObject({ code: 'yaml/unresolved-alias', span: { line: 1, col: 8 } });
  });
});

describe('robustness', () => {
  test('never throws; every diagnostic is placed inside the text', async () => {
    const fc = await import('fast-check');
    const piece = fc.constantFrom('title: ', 'sections:\n', '  - ', 'slides: ', '[', ']', '{', '}', ': ', '\n', '    ', '&a ', '*a', '"', "'", '#', '.nan', '42', 'kpis', 'chart', 'x', ',', '\t', '---\n', '\uFEFF');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (parts) => {
        const text = parts.join('');
        const { diagnostics } = await loadOutline(text, 'o.yaml', '/d', new MemoryHost());
        const lines = text.split('\n').length;
        for (const d of diagnostics) {
          expect(d.span).toBeDefined();
          expect(d.span!.line).toBeGreaterThanOrEqual(1);
          expect(d.span!.line).toBeLessThanOrEqual(lines);
          expect(d.span!.col).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
