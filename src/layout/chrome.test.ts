import { describe, expect, test } from 'vitest';
import { formatDeckDate, numberRanges } from './chrome.js';

describe('chrome', () => {
  test('deck dates are long dates in the deck language, in UTC, per locale', () => {
    // Alternating locales: the per-locale formatter cache must never hand out another locale's.
    for (let i = 0; i < 2; i++) {
      expect(formatDeckDate('2026-12-01', 'de-DE')).toBe('1. Dezember 2026');
      expect(formatDeckDate('2026-12-01', 'en-US')).toBe('December 1, 2026');
      expect(formatDeckDate('2026-01-31', 'de-DE')).toBe('31. Januar 2026');
    }
  });

  test('citation numbers collapse into ranges of three or more', () => {
    expect(numberRanges([3, 1, 2, 7])).toBe('[1]–[3], [7]');
    expect(numberRanges([1, 2, 4, 4])).toBe('[1], [2], [4]');
  });
});
