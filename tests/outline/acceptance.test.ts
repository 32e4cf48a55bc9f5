/**
 * The acceptance case: a typo in a key, a string where a number belongs and an undefined source
 * id give exactly three diagnostics, at line:col worked out by hand from the fixture:
 *   line 19 `          - { value: many, label: Nutzer pro Woche }`  "many" starts at col 22
 *   line 20 `        source: knowtechi`                             the id starts at col 17
 *   line 23 `  bulets:`                                            the key starts at col 3
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { loadOutline } from '../../src/outline/load.js';
import { MemoryHost } from './memory-host.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const text = readFileSync(path.join(here, 'fixtures/invalid/acceptance.yaml'), 'utf8');

test('typo, wrong type and unknown source: exactly three positioned diagnostics', async () => {
  const { outline, diagnostics } = await loadOutline(text, 'decks/x.yaml', '/decks', new MemoryHost());
  expect(outline).toBeUndefined();
  expect(
    diagnostics.map((d) => ({ severity: d.severity, code: d.code, line: d.span?.line, col: d.span?.col, hint: d.hint })),
  ).toEqual([
    {
      severity: 'error',
      code: 'outline/expected-number',
      line: 19,
      col: 22,
      hint: 'write the figure as a plain number (1.4e12 for 1.4 trillion, 25 with unit: "%" for 25 %); units go in `unit`',
    },
    { severity: 'error', code: 'sources/unknown-id', line: 20, col: 17, hint: 'did you mean `knowtechie`?' },
    { severity: 'warning', code: 'outline/unknown-key', line: 23, col: 3, hint: 'did you mean `bullets`?' },
  ]);
  const number = diagnostics[0]!;
  expect(number.expected).toBe('a number');
  expect(number.actual).toBe('"many"');
  expect(number.span).toMatchObject({ file: 'decks/x.yaml', endLine: 19, endCol: 26 });
});

test('with the two errors fixed, the typo alone is a warning and the outline builds', async () => {
  const fixed = text.replace('value: many', 'value: 800e6').replace('source: knowtechi\n', 'source: knowtechie\n');
  const { outline, diagnostics } = await loadOutline(fixed, 'decks/x.yaml', '/decks', new MemoryHost());
  expect(diagnostics.map((d) => `${d.span?.line}:${d.span?.col} ${d.code}`)).toEqual(['23:3 outline/unknown-key']);
  expect(outline?.closing).toMatchObject({ title: 'Fragen?' });
  expect(outline?.closing).not.toHaveProperty('bulets');
});
