import { expect, test } from 'vitest';
import { isQuestion, shortenSentence, splitClauses, splitSentences } from './sentences.js';
import { trimAtWord } from './text-utils.js';

test('sentences split at end punctuation, not at abbreviations or decimals', () => {
  expect(splitSentences('Das kostet z. B. 1.4 Mrd. Euro. Danach folgt mehr! Oder nicht? Ja.')).toEqual([
    'Das kostet z. B. 1.4 Mrd. Euro.',
    'Danach folgt mehr!',
    'Oder nicht?',
    'Ja.',
  ]);
  expect(splitSentences('It rose 5% in 2024 [1]. Dr. Smith agreed.')).toEqual(['It rose 5% in 2024 [1].', 'Dr. Smith agreed.']);
});

test('clauses split outside parentheses and quotes', () => {
  expect(splitClauses('Erst A (mit B, C), dann „D, E“ – und F').map((c) => c.text)).toEqual(['Erst A (mit B, C)', 'dann „D, E“', 'und F']);
});

test('a sentence that fits loses only its citation and full stop', () => {
  expect(shortenSentence('Storage prices fell sharply [2].')).toBe('Storage prices fell sharply');
});

test('leading connectives and short labels go', () => {
  expect(shortenSentence('However, the grid is the bottleneck.')).toBe('The grid is the bottleneck');
  expect(shortenSentence('Kurz gesagt: Das Netz ist der Engpass für alle Projekte.')).toBe('Das Netz ist der Engpass für alle Projekte');
});

test('a long sentence keeps its leading clauses that fit', () => {
  const s =
    'OpenAI, founded in 2015 as a research lab in San Francisco, has grown into one of the most influential companies in the field of artificial intelligence.';
  const out = shortenSentence(s);
  expect(out).toBe('OpenAI, founded in 2015 as a research lab in San Francisco');
  expect(out.length).toBeLessThanOrEqual(110);
});

test('never cuts before "sondern"/"but": then the sentence is cut at a word with …', () => {
  const s = 'Das ist nicht nur eine Zahl, sondern eine sehr große Wette auf eine Zukunft, in der Rechenleistung über den Erfolg ganzer Branchen entscheidet.';
  const out = shortenSentence(s);
  expect(out).not.toBe('Das ist nicht nur eine Zahl');
  expect(out.length).toBeLessThanOrEqual(110);
});

test('trimAtWord cuts at a word, drops a dangling stop word and marks the cut', () => {
  expect(trimAtWord('The grid operators want more storage in the coming years', 40)).toBe('The grid operators want more storage…');
  expect(trimAtWord('short', 40)).toBe('short');
  expect(trimAtWord('Der Anteil (gemessen am Umsatz der Branche) steigt', 30, false)).toBe('Der Anteil');
  expect(trimAtWord('Er nannte es den sogenannten ‚Code Red‘ im Haus', 36)).toBe('Er nannte es den sogenannten…');
});

test('questions', () => {
  expect(isQuestion('Was bedeutet das?')).toBe(true);
  expect(isQuestion('Was bedeutet das? [1]')).toBe(true);
  expect(isQuestion('Das bedeutet viel.')).toBe(false);
});
