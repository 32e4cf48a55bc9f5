import { describe, expect, test } from 'vitest';
import { findDeepNesting, MAX_NESTING_DEPTH } from './nesting-depth.js';

describe('findDeepNesting', () => {
  test('ordinary outlines pass', () => {
    const text = 'title: a [b] {c}\nsections:\n  - title: x\n    slides:\n      - title: "[[[[[[["\n        bullets: [a, "b]", {c: [d]}]\n        # [[[[[[[[[[\n';
    expect(findDeepNesting(text, 12)).toBeUndefined();
    expect(findDeepNesting(text, 6)?.depth).toBe(7);
  });
  test('10,000 nested flow lists are found at the bracket that passes the limit', () => {
    const text = `title: ${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(findDeepNesting(text)).toEqual({ depth: MAX_NESTING_DEPTH + 1, offset: 7 + MAX_NESTING_DEPTH - 1 });
  });
  test('nested block lists on one line, and ever deeper indentation', () => {
    expect(findDeepNesting(`x:\n${'- '.repeat(100)}y\n`)?.depth).toBe(MAX_NESTING_DEPTH + 1);
    const indented = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(findDeepNesting(indented)?.depth).toBe(MAX_NESTING_DEPTH + 1);
  });
  test('brackets inside quotes, plain words and comments do not count', () => {
    const text = `a: "${'['.repeat(200)}"\nb: '${'{'.repeat(200)}'\nc: x${'['.repeat(200)}\nd: 1 # ${'['.repeat(200)}\n`;
    expect(findDeepNesting(text)).toBeUndefined();
  });
  test('quoted text is skipped up to its real end: escapes, doubled quotes, several lines', () => {
    const deep = '['.repeat(10);
    const text = `a: "x \\" ${deep}\n  ${deep} \\\\"\nb: 'it''s ${deep}\n  ${deep}'\nc: ${deep}${']'.repeat(10)}\n`;
    expect(findDeepNesting(text, 11)).toBeUndefined();
    expect(findDeepNesting(text, 9)).toEqual({ depth: 10, offset: text.indexOf('c: ') + 3 + 8 });
  });
  test('an unclosed quote hides the rest of the text', () => {
    expect(findDeepNesting(`a: "${'\n['.repeat(1000)}`, 5)).toBeUndefined();
  });
});
