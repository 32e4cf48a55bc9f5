import { expect, test } from 'vitest';
import { parseArticle } from './article-parse.js';
import { structureArticle } from './article-structure.js';

test('Markdown: headings, lists with nesting, block quotes, inline markup removed', () => {
  const md = [
    '# Title',
    '',
    'Some **bold** and [a link](https://example.org/x) here.',
    '',
    '- one',
    '  - one point one',
    '- two',
    '',
    '1. first',
    '2. second',
    '',
    '> A quoted line',
    '> — Jane Doe, CEO',
    '',
    '```',
    'code is skipped',
    '```',
  ].join('\n');
  const { blocks, markdown, skipped } = parseArticle(md);
  expect(markdown).toBe(true);
  expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote']);
  expect(blocks[1]).toMatchObject({ text: 'Some bold and a link here.', links: [{ text: 'a link', url: 'https://example.org/x' }] });
  expect(blocks[2]).toMatchObject({ ordered: false, items: [{ text: 'one', children: ['one point one'] }, { text: 'two' }] });
  expect(blocks[3]).toMatchObject({ ordered: true, items: [{ text: 'first', number: 1 }, { text: 'second', number: 2 }] });
  expect(blocks[4]).toMatchObject({ text: 'A quoted line — Jane Doe, CEO' });
  expect(skipped).toEqual([{ line: 15, what: 'code' }]);
});

test('plain text: short stand-alone lines are headings, sentences are not', () => {
  const txt = ['My Title', '', 'Background', '', 'A paragraph of text.', '', 'This line ends like a sentence.', '', 'Sources:', '[1] Acme: Report – https://a.example/r'].join('\n');
  const { blocks, markdown } = parseArticle(txt);
  expect(markdown).toBe(false);
  expect(blocks.map((b) => [b.kind, 'text' in b ? b.text : ''])).toEqual([
    ['heading', 'My Title'],
    ['heading', 'Background'],
    ['paragraph', 'A paragraph of text.'],
    ['paragraph', 'This line ends like a sentence.'],
    ['heading', 'Sources'],
    ['list', ''],
  ]);
});

test('structure: breadcrumb and repeated title skipped, intro, sections, CTA, sources', () => {
  const txt = [
    'Home / Energy / Big Title: With a Long Explanation After the Colon, Split Off',
    '',
    'Big Title: With a Long Explanation After the Colon, Split Off',
    '',
    'Opening words of the piece.',
    '',
    'Background',
    '',
    'Text [1].',
    '',
    'Call to action (CTA)',
    '',
    'Do something.',
    '',
    'Quellen:',
    '[1] Acme: Report – https://a.example/r',
  ].join('\n');
  const p = parseArticle(txt);
  const s = structureArticle(p.blocks, p.markdown);
  expect(s.title).toBe('Big Title');
  expect(s.subtitle).toBe('With a Long Explanation After the Colon, Split Off');
  expect(s.intro?.blocks).toHaveLength(1);
  expect(s.sections.map((x) => x.title)).toEqual(['Background']);
  expect(s.cta?.title).toBe('Call to action');
  expect(s.sourceEntries).toEqual([{ number: 1, text: 'Acme: Report – https://a.example/r', links: [], line: 16 }]);
});

test('Markdown: deeper headings stay inside their section', () => {
  const p = parseArticle('# T\n\n## A\n\n### A1\n\ntext\n\n## B\n\nmore');
  const s = structureArticle(p.blocks, p.markdown);
  expect(s.sections.map((x) => [x.title, x.blocks.length])).toEqual([
    ['A', 2],
    ['B', 1],
  ]);
});
