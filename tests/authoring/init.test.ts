/**
 * `briefdeck init`: the starter folder builds as is with zero errors and zero warnings, shows every
 * slide kind, passes the independent readers, points its modeline at this package's schema, and
 * never overwrites existing files unless forced.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { buildDeck, checkDeck } from '../../src/compile.js';
import { nodeHost } from '../../src/host.js';
import { PACKAGE_SCHEMA_FILE, schemaReference } from '../../src/assets.js';
import { initDeck } from '../../src/init/init-deck.js';
import { SLIDE_KINDS } from '../../src/outline/schema.js';
import { strictXmlParseAll, validateOoxml } from '../support/readers.js';
import { recordingIO } from './cli-io.js';

const work = mkdtempSync(path.join(tmpdir(), 'briefdeck-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STARTER = ['deck.yaml', 'theme.yaml', 'data/capex.csv', 'images/picture.png', 'README.txt'];

test('init writes a starter deck that checks and builds with no errors and no warnings', async () => {
  const dir = path.join(work, 'decks', 'starter');
  const r = await initDeck(dir, nodeHost);
  expect(r.ok).toBe(true);
  for (const f of STARTER) expect(existsSync(path.join(dir, f)), f).toBe(true);

  const outline = path.join(dir, 'deck.yaml');
  const checked = await checkDeck(outline);
  expect(checked.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  // Every slide kind appears, and the theme file is the one in the folder.
  const kinds = new Set(checked.outline!.sections.flatMap((s) => s.slides.map((sl) => sl.kind)));
  expect([...kinds].sort()).toEqual([...SLIDE_KINDS].sort());
  expect(checked.outline!.theme).toBe('./theme.yaml');
  expect(checked.presentation!.theme.name).toBe('my-theme');

  const built = await buildDeck(outline, { cacheDir: false });
  expect(built.ok).toBe(true);
  expect(built.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  expect(built.stats.charts).toBe(1);
  expect(strictXmlParseAll(built.bytes!)).toEqual([]);
  expect(await validateOoxml(built.bytes!)).toEqual([]);
});

test("the outline's first line points the YAML language server at this package's schema", async () => {
  const dir = path.join(work, 'nested', 'deeper', 'deck');
  await initDeck(dir, nodeHost);
  const first = readFileSync(path.join(dir, 'deck.yaml'), 'utf8').split('\n')[0]!;
  const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  expect(m).not.toBeNull();
  expect(m![1]).not.toContain('\\');
  expect(path.resolve(dir, m![1]!)).toBe(PACKAGE_SCHEMA_FILE);
  expect(existsSync(PACKAGE_SCHEMA_FILE)).toBe(true);
  expect(JSON.parse(readFileSync(PACKAGE_SCHEMA_FILE, 'utf8'))).toHaveProperty('properties.sections');
  expect(schemaReference('/a/b/c', '/a/schema/outline.schema.json')).toBe('../../schema/outline.schema.json');
});

test('init through the CLI: default folder, refuses to overwrite, --force overwrites', async () => {
  const cwd = mkdtempSync(path.join(work, 'cli-'));
  const io = recordingIO(cwd);
  expect(await run(['init'], io)).toBe(0);
  const outline = path.join(cwd, 'briefing', 'deck.yaml');
  expect(existsSync(outline)).toBe(true);
  expect(io.stderrText()).toContain('briefdeck build --watch briefing/deck.yaml');

  writeFileSync(outline, 'title: mine\n');
  const again = recordingIO(cwd);
  expect(await run(['init'], again)).toBe(3);
  expect(again.stderrText()).toMatch(/refusing to overwrite.*--force/);
  expect(readFileSync(outline, 'utf8')).toBe('title: mine\n');

  // One existing file is enough to refuse, and then nothing else is written either.
  const partial = path.join(cwd, 'partial');
  await run(['init', 'partial'], recordingIO(cwd));
  rmSync(path.join(partial, 'theme.yaml'));
  writeFileSync(path.join(partial, 'README.txt'), 'my notes');
  expect(await run(['init', 'partial'], recordingIO(cwd))).toBe(3);
  expect(existsSync(path.join(partial, 'theme.yaml'))).toBe(false);

  expect(await run(['init', '--force'], recordingIO(cwd))).toBe(0);
  expect(readFileSync(outline, 'utf8')).toMatch(/^# yaml-language-server/);

  writeFileSync(path.join(cwd, 'afile'), 'x');
  expect(await run(['init', 'afile'], recordingIO(cwd))).toBe(2);
});

test('init --help shows examples', async () => {
  const io = recordingIO(work);
  expect(await run(['init', '--help'], io)).toBe(0);
  expect(io.out.join('')).toContain('Examples:');
});
