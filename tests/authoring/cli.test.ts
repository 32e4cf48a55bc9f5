/** The CLI surface of the authoring commands: every command's --help has examples; misuse is exit 2. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { recordingIO } from './cli-io.js';

const work = mkdtempSync(path.join(tmpdir(), 'briefdeck-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each(['build', 'check', 'schema', 'draft', 'init', 'preview'])('%s --help shows examples', async (command) => {
  const io = recordingIO(work);
  expect(await run([command, '--help'], io)).toBe(0);
  expect(io.out.join('')).toMatch(/Examples?:\n {2}\$ briefdeck /);
});

test('the top-level help lists the authoring commands', async () => {
  const io = recordingIO(work);
  expect(await run(['--help'], io)).toBe(0);
  for (const c of ['init', 'preview', 'draft', 'build']) expect(io.out.join('')).toContain(`  ${c} `);
});

test.each([
  [['build', '--watch', 'a.yaml', 'b.yaml'], '--watch takes exactly one outline'],
  [['build', '--watch', '--pdf', 'a.yaml'], '--watch and --pdf cannot be combined'],
  [['preview'], "missing required argument 'outline'"],
])('%j is a usage error', async (argv, message) => {
  const io = recordingIO(work);
  expect(await run(argv, io)).toBe(2);
  expect(io.stderrText()).toContain(message);
});
