#!/usr/bin/env node
/**
 * Long fuzz runs: `node scripts/fuzz.mjs <count> <seed> [--kinds valid,mutated,text] [--validate-every N]`
 * (or `npm run fuzz -- <count> <seed>`). Case i uses seed+i and the kind kinds[i % kinds.length];
 * each goes through the same oracle as the CI tests (tests/fuzz/harness.ts, loaded with Vite's
 * TypeScript transform). Cases run in a child process so that a hang or an out-of-memory crash is
 * caught: the parent kills a child that makes no progress for --timeout seconds (default 90),
 * records the case and goes on. Every Nth deck that builds also goes through the Open XML SDK
 * validator. Prints how many cases ran and what failed; failing outlines are saved for replay.
 * Exit code: 0 when nothing failed, 1 otherwise, 2 for bad arguments.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function option(name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

if (args[0] === '--child') await child(args.slice(1));
else await parent();

async function parent() {
  const kinds = option('--kinds', 'valid,mutated,text').split(',');
  const validateEvery = Number(option('--validate-every', '10'));
  const timeoutS = Number(option('--timeout', '90'));
  const [countArg, seedArg] = args;
  const count = Number(countArg);
  const seed = Number(seedArg ?? Date.now() % 2 ** 31);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || kinds.some((k) => !['valid', 'mutated', 'text'].includes(k))) {
    process.stderr.write('usage: node scripts/fuzz.mjs <count> <seed> [--kinds valid,mutated,text] [--validate-every N] [--timeout seconds]\n');
    process.exitCode = 2;
    return;
  }
  const failDir = path.join(os.tmpdir(), `briefdeck-fuzz-${seed}`);
  const stats = { ran: 0, built: 0, rejected: 0, validated: 0, byKind: {} };
  const failures = [];
  const started = Date.now();
  let next = 0;
  while (next < count) {
    const result = await runChild({ from: next, to: count, seed, kinds, validateEvery, timeoutS, failDir, stats, failures });
    next = result.next;
  }
  const s = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
  process.stdout.write(
    `\nfuzz: ran ${s(stats.ran, 'case')} in ${Math.round((Date.now() - started) / 1000)} s (seed ${seed}; ` +
      `${Object.entries(stats.byKind).map(([k, n]) => `${n} ${k}`).join(', ')}): ${stats.built} decks built, ` +
      `${stats.rejected} outlines rejected with diagnostics, ${stats.validated} decks validated, ${s(failures.length, 'failure')}\n`,
  );
  for (const f of failures) process.stdout.write(`  ✗ case ${f.i} (${f.kind}, seed ${seed + f.i}): ${f.problem}${f.file ? `\n    outline: ${f.file}` : ''}\n`);
  if (failures.length === 0) rmSync(failDir, { recursive: true, force: true });
  process.exitCode = failures.length > 0 ? 1 : 0;
}

/** Runs cases [from, to) in one child; resolves with where to go on after it ended. */
function runChild(ctx) {
  return new Promise((resolve) => {
    const proc = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child', String(ctx.from), String(ctx.to), String(ctx.seed), ctx.kinds.join(','), String(ctx.validateEvery), ctx.failDir],
      { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let current;
    let workspace;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => proc.kill('SIGKILL'), ctx.timeoutS * 1000);
    };
    arm();
    readline.createInterface({ input: proc.stdout }).on('line', (line) => {
      let msg;
      try {
        msg = JSON.parse(line);
      } catch {
        return;
      }
      arm();
      if (msg.event === 'workspace') workspace = msg.dir;
      if (msg.event === 'start') current = msg;
      if (msg.event === 'done') {
        current = undefined;
        ctx.stats.ran++;
        ctx.stats.byKind[msg.kind] = (ctx.stats.byKind[msg.kind] ?? 0) + 1;
        if (msg.code === 0) ctx.stats.built++;
        else if (msg.code === 1) ctx.stats.rejected++;
        ctx.stats.validated += msg.validated ?? 0;
        for (const problem of msg.problems) ctx.failures.push({ i: msg.i, kind: msg.kind, problem, file: msg.file });
        if (ctx.stats.ran % 50 === 0) process.stderr.write(`… ${ctx.stats.ran} cases, ${ctx.failures.length} failures\n`);
      }
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      // A killed child cannot clean up after itself.
      if (workspace && (signal || code !== 0)) rmSync(workspace, { recursive: true, force: true });
      if (current) {
        // The child died or hung in the middle of a case: that case is a failure.
        ctx.stats.ran++;
        ctx.stats.byKind[current.kind] = (ctx.stats.byKind[current.kind] ?? 0) + 1;
        const why = signal === 'SIGKILL' ? `no progress for ${ctx.timeoutS} s (a hang), killed` : `the process died (${signal ?? `exit ${code}`}; out of memory?)`;
        ctx.failures.push({ i: current.i, kind: current.kind, problem: why, file: current.file });
        resolve({ next: current.i + 1 });
      } else resolve({ next: ctx.to });
    });
  });
}

/** The child: loads the TypeScript harness through Vite and runs cases, one JSON line per event. */
async function child([fromArg, toArg, seedArg, kindsArg, everyArg, failDir]) {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root: repo,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const fc = (await import('fast-check')).default;
  const { caseArb, checkOutlineText, validateDecks } = await server.ssrLoadModule('/tests/fuzz/harness.ts');
  const { makeWorkspace } = await server.ssrLoadModule('/tests/fuzz/workspace.ts');
  const ws = makeWorkspace('bd-fuzz-long-');
  process.stdout.write(`${JSON.stringify({ event: 'workspace', dir: ws.dir })}\n`);
  const kinds = kindsArg.split(',');
  const every = Number(everyArg);
  const seed = Number(seedArg);
  let built = 0;
  const say = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);
  try {
    for (let i = Number(fromArg); i < Number(toArg); i++) {
      const kind = kinds[i % kinds.length];
      const [c] = fc.sample(caseArb[kind], { seed: seed + i, numRuns: 1 });
      mkdirSync(failDir, { recursive: true });
      const file = path.join(failDir, `case-${i}-${kind}.yaml`);
      writeFileSync(file, c.text); // kept only when the case fails (removed below)
      say({ event: 'start', i, kind, file });
      const r = await checkOutlineText(ws, i, c.text);
      // A valid outline must build; it may only stop at the layout errors `overflow: error` asks for.
      const askedFor = r.errorCodes.length > 0 && r.errorCodes.every((code) => code.startsWith('layout/')) && c.text.includes('overflow: error');
      if (kind === 'valid' && r.code === 1 && !askedFor) r.problems.push(`a valid outline did not build: ${r.errorCodes.join(', ')}`);
      let validated = 0;
      if (r.deck && every > 0 && built++ % every === 0) {
        r.problems.push(...(await validateDecks([r.deck])).map((p) => `validator: ${p}`));
        validated = 1;
      }
      if (r.problems.length === 0) rmSync(file, { force: true });
      say({ event: 'done', i, kind, code: r.code, problems: r.problems.map((p) => p.slice(0, 600)), validated, ...(r.problems.length ? { file } : {}) });
    }
  } finally {
    ws.dispose();
    await server.close();
  }
}
