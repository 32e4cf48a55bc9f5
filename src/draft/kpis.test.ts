import { expect, test } from 'vitest';
import { extractFigures } from './figures.js';
import { compareChart, figureLabel, headlineKpis, mentionsIn } from './kpis.js';

const label = (sentence: string, locale: string) => figureLabel(sentence, extractFigures(sentence, locale)[0]!, locale);

test('labels from the words around the figure', () => {
  expect(label('Developers plan to spend $120 billion on storage sites by 2030.', 'en-US')).toBe('storage sites');
  expect(label('Der Verband schätzt das Marktvolumen für gewerbliche Anlagen auf 4 Milliarden Euro pro Jahr.', 'de-DE')).toBe(
    'Marktvolumen für gewerbliche Anlagen',
  );
  expect(label('Es geht um viel – 3 Billionen Euro, die in die Netze für erneuerbare Energie fließen sollen.', 'de-DE')).toBe(
    'Netze für erneuerbare Energie',
  );
  expect(label('Partner sind Netzbetreiber wie Gridco, das bereits über 2 Milliarden Euro in Speicher investiert hat.', 'de-DE')).toBe(
    'Gridco in Speicher investiert',
  );
  expect(label('Die Preise stiegen auf 2 Milliarden Euro vor drei Jahren.', 'de-DE')).not.toMatch(/Jahren/);
});

test('headline KPIs: distinct amounts in article order, at most four', () => {
  const m = [
    ...mentionsIn('They plan $1.4 trillion on data centres.', 'en-US', 0, ['a']),
    ...mentionsIn('Again, $1.4 trillion on data centres.', 'en-US', 0, []),
    ...mentionsIn('Partners added $13 billion in cash.', 'en-US', 1, []),
    ...mentionsIn('Costs fell 50% in tests.', 'en-US', 1, []),
  ];
  const { kpis, cites } = headlineKpis(m, 'Amount');
  expect(kpis.map((k) => [k.value, k.unit])).toEqual([
    [1.4e12, 'USD'],
    [13e9, 'USD'],
  ]);
  expect(cites).toEqual(['a']);
});

test('one amount is padded with percentages; nothing at all gives no KPI slide', () => {
  const m = [...mentionsIn('They plan $2 billion on new lines.', 'en-US', 0, []), ...mentionsIn('Ridership rose 35 percent in cities.', 'en-US', 1, [])];
  expect(headlineKpis(m, 'Amount').kpis.map((k) => k.unit)).toEqual(['USD', '%']);
  expect(headlineKpis([], 'Amount').kpis).toEqual([]);
});

test('compare chart for two or more amounts in one currency', () => {
  const m = [...mentionsIn('They plan $2 billion on new lines.', 'en-US', 0, []), ...mentionsIn('Each train costs $40 million for the fleet.', 'en-US', 0, [])];
  expect(compareChart(m, 'Amount')).toMatchObject({ type: 'bar', unit: 'USD', series: [{ name: 'Amount', values: [2e9, 40e6] }] });
  expect(compareChart(m.slice(0, 1), 'Amount')).toBeUndefined();
});
