import { expect, test } from 'vitest';
import { detectLocale } from './locale-detect.js';

test('German and English by their function words', () => {
  expect(detectLocale('Die Branche investiert mehr als je zuvor, und das Netz ist der Engpass.').locale).toBe('de-DE');
  expect(detectLocale('The industry invests more than ever, and the grid is the bottleneck.').locale).toBe('en-US');
});

test('German with English terms stays German; a tie is English', () => {
  expect(detectLocale('Das AI compute scaling ist der Schlüssel für die Modelle und die Branche.').locale).toBe('de-DE');
  expect(detectLocale('GPT-5.2 Gemini Claude').locale).toBe('en-US');
});
