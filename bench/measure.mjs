// Timing helpers for the benchmark: run a child process and measure its wall time (from this
// process, spawn to exit) and peak RSS; run groups of commands alternately (A B C A B C …) so a
// change in machine load hits every command alike; medians.
//
// Peak RSS of a child: GNU time's %M (maximum resident set size, KiB) when /usr/bin/time exists;
// otherwise, for node children only, a preload (report-rss.mjs) that writes
// process.resourceUsage().maxRSS at exit; otherwise null.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;
const REPORT_RSS = new URL('./report-rss.mjs', import.meta.url).href;

/** Whether `cmd` is an executable on PATH. */
export function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * A command to measure: `argv[0]` is the program; `out` the file it writes (for its size);
 * `cwd` where it runs; `once`: too slow to repeat (pandoc on 500 and 2,000 slides), so it runs in the
 * first round only and gets no untimed warm-up run.
 */
export function command(name, argv, { out, cwd, once = false } = {}) {
  return { name, argv, out, cwd, once };
}

/** Runs one command once; returns { ms, rssKiB, bytes }. Throws when the command fails. */
export function runOnce(cmd, rssFile) {
  rmSync(rssFile, { force: true });
  let argv = cmd.argv;
  const env = { ...process.env };
  if (hasGnuTime) argv = [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv];
  else if (path.basename(argv[0]) === 'node' || argv[0] === process.execPath) {
    argv = [argv[0], `--import=${REPORT_RSS}`, ...argv.slice(1)];
    env.BENCH_RSS_FILE = rssFile;
  }
  if (cmd.out) rmSync(cmd.out, { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: cmd.cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd.name} failed (exit ${r.status}): ${cmd.argv.join(' ')}\n${String(r.stderr).slice(0, 2000)}`);
  let rssKiB = null;
  if (existsSync(rssFile)) {
    const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop();
    rssKiB = Number(last) || null;
  }
  const bytes = cmd.out && existsSync(cmd.out) ? statSync(cmd.out).size : null;
  return { ms, rssKiB, bytes };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs every command of the group once untimed (disk cache, JIT of this process), then `runs`
 * rounds of A B C …; returns one summary per command: median ms, all samples, peak RSS (max over
 * runs, MiB), output bytes.
 */
export function alternate(group, runs, rssFile, log = () => {}) {
  const samples = group.map(() => []);
  const rss = group.map(() => []);
  const bytes = group.map(() => null);
  group.forEach((c) => c.once || runOnce(c, rssFile));
  for (let r = 0; r < runs; r++) {
    group.forEach((c, i) => {
      if (c.once && r > 0) return;
      const one = runOnce(c, rssFile);
      samples[i].push(one.ms);
      if (one.rssKiB !== null) rss[i].push(one.rssKiB);
      bytes[i] = one.bytes;
    });
    log(`  round ${r + 1}/${runs}: ${group.map((c, i) => (samples[i][r] === undefined ? '' : `${c.name} ${samples[i][r].toFixed(0)} ms`)).filter(Boolean).join(', ')}`);
  }
  return group.map((c, i) => ({
    name: c.name,
    median_ms: median(samples[i]),
    samples_ms: samples[i].map((x) => Math.round(x * 10) / 10),
    peak_rss_mib: rss[i].length ? Math.max(...rss[i]) / 1024 : null,
    bytes: bytes[i],
  }));
}
