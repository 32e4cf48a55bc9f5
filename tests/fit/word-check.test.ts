/** The proof's checker on hand-made pages: it must find every kind of overflow it claims to. */
import { describe, expect, test } from 'vitest';
import type { PdfPage, PdfWord } from './pdf-words.js';
import { squash, type TextBox } from './slide-boxes.js';
import { checkSlide } from './word-check.js';

const box = (label: string, text: string, x0: number, y0: number, x1: number, y1: number, extra: Partial<TextBox> = {}): TextBox => ({
  label,
  x0,
  y0,
  x1,
  y1,
  text: squash(text),
  numbered: false,
  footer: false,
  hidden: false,
  ...extra,
});

/** A word as pdftotext reports it: 1.3 em tall, baseline 0.95 em below its top. */
const word = (text: string, x: number, baseline: number, size = 20): PdfWord => ({
  text,
  xMin: x,
  xMax: x + text.length * size * 0.5,
  yMin: baseline - 0.95 * size,
  yMax: baseline + 0.35 * size,
});

const page = (words: PdfWord[]): PdfPage => ({ width: 960, height: 540, words });

describe('checkSlide', () => {
  const body = box('body', 'Hello world', 40, 100, 500, 200);
  const footer = box('footer', 'Intern', 40, 502, 300, 527, { footer: true });

  test('words inside their boxes pass', () => {
    const r = checkSlide(page([word('Hello', 50, 130), word('world', 120, 130), word('Intern', 50, 520, 11)]), [body, footer], 's');
    expect(r.problems).toEqual([]);
    expect(r.words).toBe(3);
  });

  test('a word below its box is an overflow, and its box is short of characters', () => {
    const r = checkSlide(page([word('Hello', 50, 130), word('world', 50, 230)]), [body], 's');
    expect(r.problems.some((p) => p.includes('"world"') && p.includes('outside its box'))).toBe(true);
  });

  test('a word in the footer band that is not footer text is reported', () => {
    const r = checkSlide(page([word('Hello', 50, 130), word('world', 50, 515, 11)]), [body, footer], 's');
    expect(r.problems.some((p) => p.includes('footer band'))).toBe(true);
  });

  test('words off the slide are reported', () => {
    const wide = box('wide', 'Hello world', 40, 100, 1200, 200);
    const r = checkSlide(page([word('Hello', 50, 130), word('world', 950, 130)]), [wide], 's');
    expect(r.problems.some((p) => p.includes('outside the slide'))).toBe(true);
  });

  test('colliding words of two boxes are reported even inside overlapping boxes', () => {
    const a = box('a', 'Alpha', 40, 100, 500, 200);
    const b = box('b', 'Beta', 40, 100, 500, 200);
    const r = checkSlide(page([word('Alpha', 50, 130), word('Beta', 60, 132)]), [a, b], 's');
    expect(r.problems.some((p) => p.includes('overlaps'))).toBe(true);
  });

  test('a word no box contains is reported, and a missing word leaves its box short', () => {
    const r = checkSlide(page([word('Hello', 50, 130), word('Bogus', 120, 130)]), [body], 's');
    expect(r.problems.some((p) => p.includes('belongs to no text box'))).toBe(true);
    expect(r.problems.some((p) => p.includes('shows 5 of its 10 characters'))).toBe(true);
  });
});
