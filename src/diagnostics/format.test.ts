import { describe, expect, test } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { codeFrame, formatDiagnostic, formatDiagnosticsJson, sourceLines } from './format.js';

const source = 'title: T\nkpis:\n  - { value: many, label: x }\nnext: 1\n';
const d: Diagnostic = {
  severity: 'error',
  code: 'outline/expected-number',
  message: '`value` must be a number',
  span: { file: 'decks/x.yaml', line: 3, col: 14, endLine: 3, endCol: 18 },
  expected: 'a number',
  actual: '"many"',
  hint: 'write 1.4e12 for 1.4 trillion',
};

describe('formatDiagnostic', () => {
  test('header, code frame with context and carets, expected/found, hint', () => {
    expect(formatDiagnostic(d, source)).toBe(
      [
        'decks/x.yaml:3:14 error outline/expected-number `value` must be a number',
        '  2 | kpis:',
        '> 3 |   - { value: many, label: x }',
        '    |              ^^^^',
        '  4 | next: 1',
        '  expected a number, found "many"',
        '  hint: write 1.4e12 for 1.4 trillion',
      ].join('\n'),
    );
  });
  test('without source text: no frame', () => {
    expect(formatDiagnostic(d).split('\n')).toHaveLength(3);
  });
  test('without a span: no place', () => {
    expect(formatDiagnostic({ severity: 'warning', code: 'x/y', message: 'm' })).toBe('warning x/y m');
  });
  test('expected alone, found alone', () => {
    expect(formatDiagnostic({ ...d, actual: undefined, hint: undefined })).toMatch(/\n {2}expected a number$/);
    expect(formatDiagnostic({ ...d, expected: undefined, hint: undefined })).toMatch(/\n {2}found "many"$/);
  });
});

describe('codeFrame', () => {
  test('first line has no line before it; gutter widens at line 10', () => {
    const text = Array.from({ length: 10 }, (_, i) => `line${i + 1}`).join('\n');
    expect(codeFrame(text, 1, 1)).toEqual(['> 1 | line1', '    | ^', '  2 | line2']);
    expect(codeFrame(text, 10, 3)).toEqual(['   9 | line9', '> 10 | line10', '     |   ^']);
  });
  test('a span over several lines gets one caret; tabs are kept for alignment', () => {
    expect(codeFrame('a\n\tkey: v\n', 2, 2, 3, 1)).toEqual(['  1 | a', '> 2 | \tkey: v', '    | \t^']);
  });
  test('a column past the end of the line points just after it', () => {
    expect(codeFrame('ab', 1, 9)).toEqual(['> 1 | ab', '    |   ^']);
  });
  test('lines out of range give no frame', () => {
    expect(codeFrame('a', 5, 1)).toEqual([]);
  });
});

describe('formatDiagnosticsJson', () => {
  test('flat, stable keys; parses back', () => {
    const json = formatDiagnosticsJson([d, { severity: 'info', code: 'a/b', message: 'no place' }]);
    expect(JSON.parse(json)).toEqual([
      {
        severity: 'error',
        code: 'outline/expected-number',
        message: '`value` must be a number',
        file: 'decks/x.yaml',
        line: 3,
        col: 14,
        endLine: 3,
        endCol: 18,
        expected: 'a number',
        actual: '"many"',
        hint: 'write 1.4e12 for 1.4 trillion',
      },
      { severity: 'info', code: 'a/b', message: 'no place' },
    ]);
    expect(Object.keys(JSON.parse(json)[0])).toEqual(['severity', 'code', 'message', 'file', 'line', 'col', 'endLine', 'endCol', 'expected', 'actual', 'hint']);
  });
});

describe('source split once', () => {
  test('a diagnostic formats the same from the text and from its sourceLines (CRLF too)', () => {
    const text = 'a: 1\r\nb: [x\r\nc: 3\r\n';
    const d: Diagnostic = { severity: 'error', code: 'yaml/syntax', message: 'm', span: { file: 'f.yaml', line: 2, col: 4, endLine: 2, endCol: 6 }, hint: 'h' };
    expect(formatDiagnostic(d, sourceLines(text))).toBe(formatDiagnostic(d, text));
    expect(formatDiagnostic(d, text)).toContain('> 2 | b: [x');
  });
});
