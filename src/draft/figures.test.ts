import { describe, expect, test } from 'vitest';
import { decimalString, extractFigures, extractHorizons, extractYearHorizon } from './figures.js';

const one = (text: string, locale = 'en-US') => {
  const f = extractFigures(text, locale);
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('extractFigures', () => {
  test.each([
    ['It plans $1.4 trillion in data centres.', 'en-US', 1.4e12, 'USD'],
    ['Es geht um 1,4 Billionen Dollar für Rechenzentren.', 'de-DE', 1.4e12, 'USD'],
    ['They will spend 1.4 trillion dollars.', 'en-US', 1.4e12, 'USD'],
    ['Die Branche investiert 200 Milliarden Dollar im Jahr.', 'de-DE', 200e9, 'USD'],
    ['Der Zuschuss beträgt 5 Mrd. Euro.', 'de-DE', 5e9, 'EUR'],
    ['A fund of €3.5bn was raised.', 'en-US', 3.5e9, 'EUR'],
    ['Revenue reached $500M last year.', 'en-US', 500e6, 'USD'],
    ['Die 1,4-Billionen-Dollar-Wette', 'de-DE', 1.4e12, 'USD'],
    ['Ein Budget von 1.250 Millionen Euro', 'de-DE', 1.25e9, 'EUR'],
    ['A budget of 1,250 million euros', 'en-US', 1.25e9, 'EUR'],
  ])('%s', (text, locale, value, unit) => {
    const f = one(text, locale);
    expect(f.kind).toBe('money');
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });

  test('a scale word without a currency is a count: "13 billion"', () => {
    expect(one('Microsoft put in 13 billion so far.')).toMatchObject({ kind: 'count', value: 13e9 });
  });

  test('"Billion" is 10^12 in German text, "billion" 10^9', () => {
    expect(one('Eine Investition von 2 Billion Euro', 'de-DE').value).toBe(2e12);
    expect(one('An investment of 2 billion euros', 'de-DE').value).toBe(2e9);
  });

  test('percentages, ranges and multiples', () => {
    expect(one('Kosten sinken um 50 %.', 'de-DE')).toMatchObject({ kind: 'percent', value: 50, unit: '%' });
    expect(one('a 50% cut')).toMatchObject({ kind: 'percent', value: 50 });
    expect(one('mit 40 % Marktanteil', 'de-DE')).toMatchObject({ value: 40, unit: '%' });
    expect(one('Wachstum um 15–20 %', 'de-DE')).toMatchObject({ kind: 'percent', value: 20, low: 15 });
    expect(one('verbrauchen 100-mal mehr Energie', 'de-DE')).toMatchObject({ kind: 'multiple', value: 100, unit: 'x' });
    expect(one('respond 3x faster')).toMatchObject({ kind: 'multiple', value: 3 });
    expect(one('35 percent more riders')).toMatchObject({ kind: 'percent', value: 35 });
  });

  test('qualifiers become the prefix', () => {
    expect(one('über 200 Milliarden Dollar', 'de-DE').prefix).toBe('>');
    expect(one('rund 2,5 Milliarden Euro', 'de-DE').prefix).toBe('~');
    expect(one('about 40 million euros').prefix).toBe('~');
    expect(one('bis zu 50 %', 'de-DE').prefix).toBe('bis zu ');
    expect(one('unter 5 %', 'de-DE').prefix).toBe('<');
  });

  test('versions, plain numbers, years and horizons are not figures', () => {
    expect(extractFigures('GPT-5.2 schlägt Gemini 3 seit 2022 in 2–3 Jahren', 'de-DE')).toEqual([]);
  });

  test('offsets point at the figure as written', () => {
    const text = 'Es treibt Ausgaben von über 200 Milliarden Dollar jährlich an.';
    const f = one(text, 'de-DE');
    expect(text.slice(f.start, f.end)).toBe('200 Milliarden Dollar');
    expect(f.text).toBe('200 Milliarden Dollar');
  });
});

test('decimalString reads separators by style', () => {
  expect(decimalString('1,4', 'de')).toBe('1.4');
  expect(decimalString('1.000', 'de')).toBe('1000');
  expect(decimalString('1,000', 'en')).toBe('1000');
  expect(decimalString('1.4', 'de')).toBe('1.4');
  expect(decimalString('1.234,5', 'de')).toBe('1234.5');
  expect(decimalString('1,234.5', 'en')).toBe('1234.5');
});

test('horizons', () => {
  expect(extractHorizons('Kurzfristig (2–3 Jahre): x').map((h) => [h.text, h.from, h.to])).toEqual([['2–3 Jahre', 2, 3]]);
  expect(extractHorizons('in 5 Jahren')[0]?.text).toBe('5 Jahren');
  expect(extractHorizons('Long term (10+ years)')[0]).toMatchObject({ text: '10+ years', from: 10 });
  expect(extractHorizons('within 2-3 years')[0]?.text).toBe('2–3 years');
  expect(extractHorizons('in fünf Jahren')[0]).toMatchObject({ from: 5, to: 5 });
  expect(extractYearHorizon('Bis 2030: neue Werke')).toEqual({ text: 'Bis 2030', year: 2030 });
  expect(extractYearHorizon('By 2027 most plants')?.text).toBe('By 2027');
});
