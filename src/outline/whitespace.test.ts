import { describe, expect, test } from 'vitest';
import { isWhiteSpace } from './whitespace.js';

describe('isWhiteSpace', () => {
  test('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
  test('NaN (charCodeAt past the end) is not white space', () => {
    expect(isWhiteSpace(''.charCodeAt(0))).toBe(false);
  });
});
