/**
 * The shipped CLI is the esbuild bundle `dist/briefdeck.cjs`, loaded by `bin/briefdeck` with a V8
 * code cache (scripts/bundle.mjs). It must be the same program as the sources the other tests run
 * in-process: the same deck bytes (image and native charts), the same diagnostics and exit codes,
 * `check` without the native chart stack, and a code cache this Node accepts (else every run
 * silently compiles 2 MB of JavaScript again). `npm test` builds the bundle first.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { outlineWith, tempFolder } from '../hostile/helpers.js';
import { runCli } from './capture-io.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'bin', 'briefdeck');
const bundle = path.join(repo, 'dist', 'briefdeck.cjs');
const f = tempFolder('bd-bundle-');
afterAll(() => f.dispose());

function shipped(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: f.dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `script` in a fresh node with the bundle loaded through bin/code-cache.cjs; its stdout. */
function withBundle(script: string): string {
  const prelude = `const r = require(${JSON.stringify(path.join(repo, 'bin', 'code-cache.cjs'))}).loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(`${bundle}.cache`)});`;
  const out = spawnSync(process.execPath, ['-e', prelude + script], { cwd: f.dir, encoding: 'utf8' });
  expect(out.stderr).toBe('');
  return out.stdout.trim();
}

describe('bin/briefdeck runs the bundle', () => {
  const decks = [
    ['seed, image charts', path.join(repo, 'decks/openai-infrastructure-bet.de.yaml'), []],
    ['showcase, native charts', path.join(repo, 'decks/showcase.yaml'), ['--charts', 'native']],
  ] as const;
  test.each(decks)('%s: the same bytes as the sources in-process', async (_name, deck, extra) => {
    const viaBin = shipped(['build', deck, '-o', 'bin.pptx', '--no-cache', '-q', ...extra]);
    expect(viaBin.stderr).toBe('');
    expect(viaBin.code).toBe(0);
    const inProcess = await runCli(['build', deck, '-o', 'src.pptx', '--no-cache', '-q', ...extra], f.dir);
    expect(inProcess.code).toBe(0);
    expect(readFileSync(path.join(f.dir, 'bin.pptx')).equals(readFileSync(path.join(f.dir, 'src.pptx')))).toBe(true);
  }, 60_000);

  test('a broken outline: the same file:line:col diagnostics and exit code as in-process', async () => {
    f.write('broken.yaml', outlineWith('title: B\nkpis:\n  - { value: many, label: x }'));
    const viaBin = shipped(['check', 'broken.yaml']);
    const inProcess = await runCli(['check', 'broken.yaml'], f.dir);
    expect(viaBin.code).toBe(1);
    expect(viaBin.stderr).toMatch(/^broken\.yaml:\d+:\d+ error outline\/expected-number/m);
    expect({ code: viaBin.code, stdout: viaBin.stdout, stderr: viaBin.stderr }).toEqual(inProcess);
  });

  test('the code cache written by npm run build is accepted by this Node', () => {
    expect(withBundle('process.stdout.write(String(r.cacheUsed));')).toBe('true');
  });

  test('check never loads the canvas addon; a build with image charts does', () => {
    const deck = JSON.stringify(path.join(repo, 'decks/openai-infrastructure-bet.de.yaml'));
    const canvasLoaded = "Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]canvas[\\\\/]/.test(k))";
    const after = (args: string) =>
      withBundle(`r.exports.main(${args}).then((c) => process.stdout.write(c + ' ' + ${canvasLoaded}));`);
    expect(after(`['check', ${deck}, '-q']`)).toBe('0 false');
    expect(after(`['build', ${deck}, '-o', 'x.pptx', '--no-cache', '-q']`)).toBe('0 true');
  }, 60_000);

  test('a bundle older than dist/ (npx tsc without npm run build) is named on stderr', () => {
    // A stand-in package: the real bin, a one-line bundle, and a dist/cli/entry.js newer than it.
    const root = path.join(f.dir, 'stale');
    mkdirSync(path.join(root, 'bin'), { recursive: true });
    mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
    for (const file of ['briefdeck', 'code-cache.cjs', 'package.json']) copyFileSync(path.join(repo, 'bin', file), path.join(root, 'bin', file));
    const fake = path.join(root, 'dist', 'briefdeck.cjs');
    writeFileSync(fake, 'exports.main = async () => 0;\n');
    writeFileSync(path.join(root, 'dist', 'cli', 'entry.js'), '');
    const run = () => spawnSync(process.execPath, [path.join(root, 'bin', 'briefdeck')], { encoding: 'utf8' });
    utimesSync(fake, new Date(2026, 0, 1), new Date(2026, 0, 1));
    const stale = run();
    expect(stale.status).toBe(0);
    expect(stale.stderr).toMatch(/dist\/ is newer than the bundle .*run: npm run build/);
    utimesSync(fake, new Date(), new Date(Date.now() + 60_000));
    expect(run().stderr).toBe('');
  });
});
