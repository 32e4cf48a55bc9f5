import { expect, test } from 'vitest';
import { EXIT } from '../cli/io.js';
import { ALL_DIAGNOSTIC_CODES } from './codes.js';
import { codesMarkdown, EXIT_CODES } from './codes-markdown.js';

test('the Markdown has a row for every code and every exit code', () => {
  const md = codesMarkdown();
  for (const c of ALL_DIAGNOSTIC_CODES) expect(md).toContain(`| \`${c.code}\` | ${c.severity} |`);
  expect(EXIT_CODES.map((e) => e.code)).toEqual(Object.values(EXIT));
  for (const e of EXIT_CODES) expect(md).toMatch(new RegExp(`^\\| ${e.code} \\| `, 'm'));
});

test('pipes in a meaning do not break the table', () => {
  const md = codesMarkdown([{ code: 'x/y', severity: 'error', meaning: 'a | b', fix: 'c' }]);
  expect(md).toContain('| `x/y` | error | a \\| b | c |');
});
