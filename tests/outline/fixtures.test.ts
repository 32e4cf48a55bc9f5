/**
 * Fixture folders: every tests/outline/fixtures/{valid,invalid}/*.yaml is loaded from disk (the
 * real-file case: data files and images beside them are read through nodeHost) and its
 * diagnostics, formatted with code frames, are compared with the `.diagnostics.txt` beside it.
 * Valid outlines also snapshot the decoded Outline as `.outline.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { nodeHost } from '../../src/host.js';
import { loadOutline } from '../../src/outline/load.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

function fixtures(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(path.join(root, kind))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

/** Loads a fixture with a file name relative to the fixtures folder, so snapshots are portable. */
async function load(kind: string, name: string) {
  const file = `${kind}/${name}`;
  const text = readFileSync(path.join(root, file), 'utf8');
  const result = await loadOutline(text, file, path.join(root, kind), nodeHost);
  const report = result.diagnostics
    .map((d) => {
      const source = d.span ? readFileSync(path.join(root, d.span.file), 'utf8') : undefined;
      return formatDiagnostic(d, source);
    })
    .join('\n\n');
  return { result, report: report === '' ? '(no diagnostics)\n' : `${report}\n` };
}

describe('valid outlines', () => {
  for (const name of fixtures('valid')) {
    test(name, async () => {
      const { result, report } = await load('valid', name);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.outline).toBeDefined();
      await expect(report).toMatchFileSnapshot(path.join(root, 'valid', name.replace(/\.yaml$/, '.diagnostics.txt')));
      const json = JSON.stringify({ ...result.outline, dir: '<fixtures>/valid' }, null, 2) + '\n';
      await expect(json).toMatchFileSnapshot(path.join(root, 'valid', name.replace(/\.yaml$/, '.outline.json')));
    });
  }
});

describe('invalid outlines', () => {
  for (const name of fixtures('invalid')) {
    test(name, async () => {
      const { result, report } = await load('invalid', name);
      expect(result.outline).toBeUndefined();
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      for (const d of result.diagnostics) expect(d.span, `${d.code} has a position`).toBeDefined();
      await expect(report).toMatchFileSnapshot(path.join(root, 'invalid', name.replace(/\.yaml$/, '.diagnostics.txt')));
    });
  }
});
