/**
 * The CLI in-process (`run()` with a capturing CliIO): batch builds where one broken outline does
 * not stop the others, exit codes 0/1/2/3, the --format json document, the acceptance case of
 * issue 2 (three diagnostics at file:line:col), --quiet, and examples in every command's --help.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BatchJson } from '../../src/cli/commands-build.js';
import { outlineWith, tempFolder } from '../hostile/helpers.js';
import { nodeHost, type Host } from '../../src/host.js';
import { runCli } from './capture-io.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const f = tempFolder('bd-cli-');
afterAll(() => f.dispose());

beforeAll(() => {
  f.write('a.yaml', outlineWith('title: A\nbullets: [one]'));
  f.write('broken.yaml', outlineWith('title: B\nkpis:\n  - { value: many, label: x }'));
  f.write('c.yaml', outlineWith('title: C\nbullets: [three]'));
  copyFileSync(path.join(repo, 'tests/outline/fixtures/invalid/acceptance.yaml'), path.join(f.dir, 'acceptance.yaml'));
});

describe('batch builds', () => {
  test('a broken outline in the middle does not stop the others; exit 1 and the summary name it', async () => {
    const r = await runCli(['build', 'a.yaml', 'broken.yaml', 'c.yaml', '--out-dir', 'batch', '--no-cache'], f.dir);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(f.dir, 'batch/a.pptx'))).toBe(true);
    expect(existsSync(path.join(f.dir, 'batch/c.pptx'))).toBe(true);
    expect(existsSync(path.join(f.dir, 'batch/broken.pptx'))).toBe(false);
    expect(r.stderr).toMatch(/^✓ batch\/a\.pptx {2}3 slides/m);
    expect(r.stderr).toMatch(/^broken\.yaml:7:22 error outline\/expected-number/m);
    expect(r.stderr).toMatch(/^✓ batch\/c\.pptx/m);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('build: 1 of 3 decks failed: broken.yaml (1 error)');
  });

  test('a missing file among good ones: the worst exit code (3) wins, the good decks are built', async () => {
    const r = await runCli(['build', 'a.yaml', 'missing.yaml', 'broken.yaml', '--out-dir', 'batch2', '--no-cache'], f.dir);
    expect(r.code).toBe(3);
    expect(existsSync(path.join(f.dir, 'batch2/a.pptx'))).toBe(true);
    expect(r.stderr).toContain('error io/not-found cannot read');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('build: 2 of 3 decks failed: missing.yaml (1 error), broken.yaml (1 error)');
  });

  test('an unreadable theme file: exit 3 and one line naming the theme, not the outline, with a read hint', async () => {
    f.write('themed.yaml', outlineWith('title: T\nbullets: [one]', 'theme: locked-theme.yaml\n'));
    f.write('locked-theme.yaml', 'name: locked\n');
    const theme = path.join(f.dir, 'locked-theme.yaml');
    const host: Host = {
      ...nodeHost,
      readFile: async (file) => {
        if (file === theme) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', path: file });
        return nodeHost.readFile(file);
      },
    };
    const r = await runCli(['build', 'themed.yaml', '--out-dir', 'batch-theme', '--no-cache'], f.dir, host);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("error: cannot read locked-theme.yaml: permission denied; check the file's permissions");
    expect(r.stderr).not.toMatch(/out-dir|read-only folder|internal error/);
  });

  test('a folder given as the outline: exit 3, and the message says it is a folder', async () => {
    f.write('a-folder/deck.yaml', outlineWith('title: A\nbullets: [one]'));
    const r = await runCli(['check', 'a-folder'], f.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('error io/not-found cannot read a-folder: it is a folder, not an outline file');
    expect(r.stderr).toContain('hint: give the path of a .yaml outline inside it');
  });

  test('all decks ok', async () => {
    const r = await runCli(['build', 'a.yaml', 'c.yaml', '--out-dir', 'batch3', '--no-cache'], f.dir);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('build: all 2 decks ok');
  });

  test('check works on batches the same way', async () => {
    const r = await runCli(['check', 'a.yaml', 'broken.yaml'], f.dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('check: 1 of 2 decks failed: broken.yaml (1 error)');
  });
});

describe('exit codes', () => {
  test.each([
    ['0: success', ['build', 'a.yaml', '-o', 'x/a.pptx', '--no-cache'], 0],
    ['0: check of a good outline', ['check', 'a.yaml'], 0],
    ['0: --help', ['build', '--help'], 0],
    ['0: --version', ['--version'], 0],
    ['1: the input has errors', ['build', 'broken.yaml', '--no-cache'], 1],
    ['2: unknown option', ['build', 'a.yaml', '--frobnicate'], 2],
    ['2: unknown command', ['frobnicate'], 2],
    ['2: bad choice', ['build', 'a.yaml', '--format', 'xml'], 2],
    ['2: missing argument', ['build'], 2],
    ['2: -o with several outlines', ['build', 'a.yaml', 'c.yaml', '-o', 'x.pptx'], 2],
    ['2: no arguments at all', [], 2],
    ['3: missing file', ['build', 'nope.yaml'], 3],
    ['3: a folder instead of a file', ['check', '.'], 3],
    ['3: the output path runs through a file', ['build', 'a.yaml', '-o', 'a.yaml/deck.pptx', '--no-cache'], 3],
  ])('%s', async (_name, argv, code) => {
    expect((await runCli(argv, f.dir)).code).toBe(code);
  });

  test('an unknown option says what is wrong and points to --help', async () => {
    const r = await runCli(['build', 'a.yaml', '--frobnicate'], f.dir);
    expect(r.stderr).toContain("error: unknown option '--frobnicate'");
    expect(r.stderr).toContain('(run briefdeck --help for usage)');
  });
});

describe('--format json', () => {
  test('one JSON document on stdout: decks with flat diagnostics, and a summary', async () => {
    const r = await runCli(['build', 'a.yaml', 'broken.yaml', '--out-dir', 'json', '--no-cache', '--format', 'json'], f.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as BatchJson;
    expect(Object.keys(json)).toEqual(['command', 'ok', 'exit', 'decks', 'summary']);
    expect(json).toMatchObject({ command: 'build', ok: false, exit: 1, summary: { total: 2, ok: 1, failed: ['broken.yaml'] } });
    expect(json.decks[0]).toMatchObject({ file: 'a.yaml', ok: true, exit: 0, output: 'json/a.pptx', slides: 3, charts: 0, errors: 0 });
    expect(typeof json.decks[0]!.ms).toBe('number');
    expect(json.decks[1]).toMatchObject({ file: 'broken.yaml', ok: false, exit: 1, errors: 1, warnings: 0 });
    expect(json.decks[1]!.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'outline/expected-number',
        message: '`value` must be a number',
        file: 'broken.yaml',
        line: 7,
        col: 22,
        endLine: 7,
        endCol: 26,
        expected: 'a number',
        actual: '"many"',
        hint: expect.any(String),
      },
    ]);
  });
});

describe('the acceptance case of issue 2, through the CLI', () => {
  test('typo, string for a number, undefined source id: three diagnostics at file:line:col, exit 1', async () => {
    const r = await runCli(['check', 'acceptance.yaml'], f.dir);
    expect(r.code).toBe(1);
    const headers = r.stderr.split('\n').filter((l) => /^acceptance\.yaml:\d+:\d+ /.test(l));
    expect(headers).toEqual([
      'acceptance.yaml:19:22 error outline/expected-number `value` must be a number',
      'acceptance.yaml:20:17 error sources/unknown-id source `knowtechi` is not declared under `sources:`',
      'acceptance.yaml:23:3 warning outline/unknown-key unknown key `bulets` in `closing`; it is ignored',
    ]);
    expect(r.stderr).toContain('> 19 |           - { value: many, label: Nutzer pro Woche }');
    expect(r.stderr).toContain('hint: did you mean `bullets`?');
  });
  test('the same three in JSON', async () => {
    const r = await runCli(['build', 'acceptance.yaml', '--format', 'json', '--no-cache'], f.dir);
    const json = JSON.parse(r.stdout) as BatchJson;
    expect(json.decks[0]!.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      'acceptance.yaml:19:22 outline/expected-number',
      'acceptance.yaml:20:17 sources/unknown-id',
      'acceptance.yaml:23:3 outline/unknown-key',
    ]);
    expect(r.code).toBe(1);
  });
});

describe('--quiet', () => {
  test('prints nothing for a good deck, only the problems for a bad one', async () => {
    const ok = await runCli(['build', 'a.yaml', '-o', 'q/a.pptx', '--no-cache', '--quiet'], f.dir);
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(f.dir, 'q/a.pptx')).subarray(0, 2).toString()).toBe('PK');
    const bad = await runCli(['build', 'broken.yaml', '--no-cache', '-q'], f.dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^broken\.yaml:7:22 error outline\/expected-number/);
    expect(bad.stderr).not.toContain('✓');
  });
});

describe('--help', () => {
  test.each(['build', 'check', 'schema', 'draft', 'init'])('%s --help has examples', async (command) => {
    const r = await runCli([command, '--help'], f.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: briefdeck ${command}`);
    expect(r.stdout).toMatch(/Examples?:\n {2}\$ briefdeck /);
  });
});
