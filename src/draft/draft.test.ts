import { expect, test } from 'vitest';
import YAML from 'yaml';
import { OutlineSchema } from '../outline/schema.js';
import { draftOutline } from './draft.js';

const valid = (yaml: string) => {
  const r = OutlineSchema.safeParse(YAML.parse(yaml));
  expect(r.success ? [] : r.error.issues).toEqual([]);
  return r.data!;
};

test('an empty article is an error and no outline', () => {
  const r = draftOutline('  \n\n', { fileName: 'empty.md' });
  expect(r.yaml).toBe('');
  expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'draft/empty-article']]);
});

test('no headings: one section, said in an info diagnostic', () => {
  const text = 'Short Title\n\nThe city added 40 new buses this year. Riders waited less. The budget grew by 12 percent.\n';
  const r = draftOutline(text, { fileName: 'buses.txt' });
  const o = valid(r.yaml);
  expect(o.title).toBe('Short Title');
  expect(o.sections).toHaveLength(1);
  expect(o.sections[0]?.title).toBe('Overview');
  expect(r.diagnostics.map((d) => d.code)).toContain('draft/no-headings');
});

test('no title line: the file name, with a warning', () => {
  const r = draftOutline('## Part one\n\nSome text that says something about the topic at hand.\n', { fileName: 'docs/city-buses.en.md' });
  expect(valid(r.yaml).title).toBe('City buses');
  expect(r.diagnostics.find((d) => d.code === 'draft/no-title')?.severity).toBe('warning');
});

test('a citation without a sources entry is reported once', () => {
  const r = draftOutline('# T\n\n## A\n\nOne claim is made here [4]. Another claim follows [4].\n', { fileName: 'a.md' });
  valid(r.yaml);
  expect(r.diagnostics.filter((d) => d.code === 'draft/unknown-citation')).toHaveLength(1);
});

test('inline links become sources cited by their slide', () => {
  const r = draftOutline('# T\n\n## A\n\nThe [grid report](https://grid.example/report) says storage doubled this year.\n', { fileName: 'a.md' });
  const o = valid(r.yaml);
  expect(o.sources).toEqual({
    article: { title: 'T', publisher: 'Article this draft was made from' },
    grid: { title: 'grid report', url: 'https://grid.example/report' },
  });
  expect(o.sections[0]?.slides[0]?.sources).toEqual(['article', 'grid']);
});

test('a long section continues on "Title (2)" with at most five bullets per slide', () => {
  const para = (n: number) =>
    Array.from({ length: 4 }, (_, i) => `Point ${n}.${i} explains one more thing about storage markets.`).join(' ');
  const text = `# T\n\n## Markets\n\n${[1, 2, 3, 4].map(para).join('\n\n')}\n`;
  const o = valid(draftOutline(text, { fileName: 'a.md' }).yaml);
  const slides = o.sections[0]?.slides ?? [];
  expect(slides.map((s) => s.title)).toEqual(['Markets', 'Markets (2)']);
  for (const s of slides) expect(s.bullets!.length).toBeLessThanOrEqual(5);
});
