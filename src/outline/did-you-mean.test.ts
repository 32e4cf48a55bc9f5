import { describe, expect, test } from 'vitest';
import { didYouMean, didYouMeanHint, editDistance } from './did-you-mean.js';

describe('editDistance', () => {
  test('counts inserts, deletes, substitutions and neighbour swaps as one edit', () => {
    expect(editDistance('bullets', 'bullets')).toBe(0);
    expect(editDistance('bulets', 'bullets')).toBe(1);
    expect(editDistance('bullest', 'bullets')).toBe(1);
    expect(editDistance('kpi', 'kpis')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  test('is symmetric', () => {
    for (const [a, b] of [['legnd', 'legend'], ['chart', 'charts'], ['x', '']] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('didYouMean', () => {
  const keys = ['title', 'bullets', 'kpis', 'chart', 'takeaway', 'stages'];
  test('suggests the closest plausible key', () => {
    expect(didYouMean('bulets', keys)).toBe('bullets');
    expect(didYouMean('takeaways', keys)).toBe('takeaway');
    expect(didYouMean('Chart', keys)).toBe('chart');
  });
  test('suggests nothing when no candidate is close', () => {
    expect(didYouMean('zzzzzz', keys)).toBeUndefined();
    expect(didYouMean('x', keys)).toBeUndefined();
    expect(didYouMean('bullets', ['bullets'])).toBeUndefined();
  });
  test('formats a hint', () => {
    expect(didYouMeanHint('barr', ['bar', 'line'])).toBe('did you mean `bar`?');
    expect(didYouMeanHint('pie-chart', ['bar', 'line'])).toBeUndefined();
  });
});
