import { expect, test } from 'vitest';
import { buildSourceTable, parseSourceEntry, sourceForLink, sourceId } from './sources.js';

test('"Publisher: Title – URL" entries', () => {
  expect(parseSourceEntry('Gridwatch: Storage outlook 2030 – https://gridwatch.example/outlook', [])).toEqual({
    title: 'Storage outlook 2030',
    publisher: 'Gridwatch',
    url: 'https://gridwatch.example/outlook',
  });
});

test('Markdown link entries and quoted titles', () => {
  expect(parseSourceEntry('Report title, Example Institute', [{ text: 'Report title', url: 'https://example.org/r' }])).toEqual({
    title: 'Report title',
    publisher: 'Example Institute',
    url: 'https://example.org/r',
  });
  expect(parseSourceEntry('Example Institute, "Report title", https://example.org/r.', [])).toEqual({
    title: 'Report title',
    publisher: 'Example Institute',
    url: 'https://example.org/r',
  });
  expect(parseSourceEntry('https://example.org/only-a-url', [])).toEqual({ title: 'example.org', url: 'https://example.org/only-a-url' });
});

test('identical entries share one id; numbers map to ids', () => {
  const entry = 'Gridwatch: Storage outlook – https://gridwatch.example/o';
  const t = buildSourceTable([
    { number: 1, text: entry, links: [], line: 10 },
    { number: 2, text: 'Other Press: Another piece – https://other.example/p', links: [], line: 11 },
    { number: 3, text: entry, links: [], line: 12 },
  ]);
  expect(Object.keys(t.sources)).toEqual(['gridwatch', 'other-press']);
  expect([...t.byNumber.entries()]).toEqual([
    [1, 'gridwatch'],
    [2, 'other-press'],
    [3, 'gridwatch'],
  ]);
  expect(t.merged).toEqual([{ number: 3, id: 'gridwatch', line: 12 }]);
});

test('ids: German letters transliterated, different sources with one publisher numbered', () => {
  expect(sourceId({ title: 'x', publisher: 'Bundesamt für Straßenbau und Verkehrsplanung' })).toBe('bundesamt-strassenbau'); // cut at a word to stay short
  const t = buildSourceTable([
    { number: 1, text: 'Acme: One – https://a.example/1', links: [], line: 1 },
    { number: 2, text: 'Acme: Two – https://a.example/2', links: [], line: 2 },
  ]);
  expect(Object.keys(t.sources)).toEqual(['acme', 'acme-2']);
});

test('links in prose cite a listed source by URL, or become sources', () => {
  const t = buildSourceTable([{ number: 1, text: 'Acme: One – https://a.example/1', links: [], line: 1 }]);
  expect(sourceForLink(t, { text: 'the report', url: 'https://a.example/1' })).toBe('acme');
  expect(sourceForLink(t, { text: 'a study', url: 'https://www.study.example/x' })).toBe('study');
  expect(t.sources.study).toEqual({ title: 'a study', url: 'https://www.study.example/x' });
});
