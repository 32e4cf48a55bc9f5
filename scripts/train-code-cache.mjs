// Writes dist/briefdeck.cjs.cache: V8's code cache of the bundle after a training run, so the
// functions a typical run needs (check, build with image and with native charts, an outline with
// errors) load compiled. The training runs in a child process (`--child`) on copies in a temp
// folder; its output is shown only when it fails. A missing cache only makes runs slower.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The runs whose compiled code goes into the cache (paths relative to the repository). */
const TRAINING = (root, tmp) => [
  ['check', path.join(root, 'decks', 'openai-infrastructure-bet.de.yaml')],
  ['build', path.join(root, 'decks', 'showcase.yaml'), '-o', path.join(tmp, 'image.pptx'), '--no-cache', '-q'],
  ['build', path.join(root, 'decks', 'showcase.yaml'), '-o', path.join(tmp, 'native.pptx'), '--charts', 'native', '-q'],
  ['build', path.join(root, 'decks', 'openai-infrastructure-bet.de.yaml'), '-o', path.join(tmp, 'seed.pptx'), '--no-cache', '-q'],
  ['check', path.join(tmp, 'broken.yaml')],
];
const BROKEN = 'title: Broken\nsections:\n  - title: A\n    slides:\n      - title: x\n        kind: chart\n        chart: { type: barr }\n';

export async function trainCodeCache(root, bundle) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', root, bundle], { encoding: 'utf8', timeout: 120_000 });
  if (child.status !== 0) {
    // Not a build failure: the CLI runs without the cache, only slower (and tests/cli/bundle.test.ts
    // fails on a missing cache, so CI still notices).
    console.error(`code cache: training run failed (exit ${child.status}); the CLI works without it, only slower\n${child.stdout}${child.stderr}`);
  }
}

async function runChild(root, bundle) {
  const { loadBundle } = createRequire(import.meta.url)(path.join(root, 'bin', 'code-cache.cjs'));
  const { exports, script } = loadBundle(bundle, `${bundle}.cache`, true);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-train-'));
  const cwd = process.cwd();
  try {
    process.chdir(tmp); // the chart cache (.briefdeck-cache) of the native build lands here
    writeFileSync(path.join(tmp, 'broken.yaml'), BROKEN);
    for (const args of TRAINING(root, tmp)) {
      const code = await exports.main(args);
      const expected = args.includes(path.join(tmp, 'broken.yaml')) ? 1 : 0;
      if (code !== expected) throw new Error(`training run \`briefdeck ${args.join(' ')}\` exited ${code}, expected ${expected}`);
    }
  } finally {
    process.chdir(cwd);
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(`${bundle}.cache`, script.createCachedData());
}

if (process.argv[2] === '--child') await runChild(process.argv[3], process.argv[4]);
