// The briefdeck benchmark (issue 7). `npm run bench` builds dist/ and runs this file, which on
// this machine, in one run:
//   - times an empty `node -e 0` as the floor, in every group, so ratios compare like with like;
//   - builds the German seed deck cold (a new `node bin/briefdeck build … --no-cache` per run)
//     with image charts and with native charts, and rebuilds it with an unchanged chart cache;
//   - builds it warm (in-process buildDeck, repeated; bench/warm.mjs);
//   - builds generated text decks of 20, 100, 500 and 2,000 slides, against pandoc on the same
//     slides as Markdown (`pandoc in.md -o out.pptx`) when pandoc is on PATH, and a 30-chart deck;
//   - alternates the commands of a group (A B C A B C …) and reports medians, ratios, peak RSS
//     and output sizes; prints a table and the targets; writes bench/results.json.
//
// Options: --runs N (rounds for the small cases; large ones use fewer), --quick (3 / 1 rounds),
// --keep (keep the temp folder). Uses dist/ as built by tsc: run `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDecks } from './generate-decks.mjs';
import { alternate, command, hasGnuTime, median, onPath } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'briefdeck');
const SEED = path.join(ROOT, 'decks', 'openai-infrastructure-bet.de.yaml');
const NODE = process.execPath;
const TEXT_SIZES = [20, 100, 500, 2000];
const CHART_COUNT = 30;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 3 : 7;
/** Fewer rounds where one run takes seconds (pandoc needs ~20 s for 2,000 slides). */
const runsFor = (slides) => (slides >= 2000 ? Math.max(1, Math.ceil(RUNS / 3)) : slides >= 500 ? Math.max(1, Math.ceil(RUNS / 2)) : RUNS);

if (!existsSync(path.join(ROOT, 'dist', 'compile.js'))) {
  console.error('dist/ is missing: run `npm run build` (or `npm run bench`, which builds first)');
  process.exitCode = 1;
} else {
  await main();
}

async function main() {
  const started = performance.now();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-'));
  const rssFile = path.join(tmp, 'rss.txt');
  const log = (s) => console.error(s);
  const pandoc = onPath('pandoc');
  log(`briefdeck bench: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  log(`  temp folder ${tmp}; peak RSS via ${hasGnuTime ? '/usr/bin/time -f %M' : 'a resourceUsage preload (node children only)'}`);
  log(
    pandoc
      ? `  pandoc: ${String(execFileSync('pandoc', ['--version'])).split('\n')[0]}`
      : '  pandoc: NOT on PATH — pandoc cases and ratio_to_pandoc are skipped (Debian/Ubuntu: apt-get install -y pandoc)',
  );

  const decks = writeDecks(path.join(tmp, 'decks'), { textSizes: TEXT_SIZES, chartCount: CHART_COUNT });
  const outDir = path.join(tmp, 'out');
  const cacheCwd = path.join(tmp, 'cache-cwd'); // the CLI keeps its chart cache in ./.briefdeck-cache
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheCwd, { recursive: true });
  const floor = () => command('node-floor', [NODE, '-e', '0']);
  const build = (name, outline, extra = [], cwd = ROOT) =>
    command(name, [NODE, BIN, 'build', outline, '-q', '-o', path.join(outDir, `${name}.pptx`), ...extra], { out: path.join(outDir, `${name}.pptx`), cwd });

  const cases = [];
  const floors = [];
  /** Runs a group alternately; ratio_to_node against the floor measured in the same group. */
  const group = (title, cmds, runs, pandocOf = {}) => {
    log(`\n${title} (${runs} rounds)`);
    const res = alternate([floor(), ...cmds], runs, rssFile, log);
    const [fl, ...rest] = res;
    floors.push(...fl.samples_ms);
    for (const r of rest) {
      const p = pandocOf[r.name] ? rest.find((x) => x.name === pandocOf[r.name]) : undefined;
      cases.push({
        name: r.name,
        median_ms: r.median_ms,
        ratio_to_node: r.median_ms / fl.median_ms,
        ratio_to_pandoc: p ? r.median_ms / p.median_ms : null,
        peak_rss_mib: r.peak_rss_mib,
        bytes: r.bytes,
        ...(p && p.bytes && r.bytes ? { bytes_ratio_to_pandoc: r.bytes / p.bytes } : {}),
        floor_ms: fl.median_ms,
        samples_ms: r.samples_ms,
      });
    }
  };

  // 1. The seed deck, cold: image charts, native charts, and a rebuild with the chart cache warm
  // (the group's untimed first round fills the cache in a fresh temp folder).
  group(
    'seed deck, cold processes',
    [
      build('seed-cold-image', SEED, ['--no-cache']),
      build('seed-cold-native', SEED, ['--charts', 'native', '--no-cache']),
      build('seed-rebuild-cached', SEED, [], cacheCwd),
    ],
    RUNS,
  );

  // 2. The seed deck, warm: in-process buildDeck (no chart cache: every chart is drawn).
  log(`\nseed deck, warm in-process (${RUNS * 2} rounds)`);
  const warmRuns = RUNS * 2;
  const warmRes = spawnSync(NODE, [path.join(ROOT, 'bench', 'warm.mjs'), String(warmRuns), SEED, 'seed-warm-image=image', 'seed-warm-native=native', 'seed-warm-cached=image+cache'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  if (warmRes.status !== 0) throw new Error(`warm builds failed:\n${warmRes.stderr}`);
  const warmFloor = median(floors);
  for (const w of JSON.parse(warmRes.stdout)) {
    log(`  ${w.name}: median ${w.median_ms.toFixed(1)} ms`);
    cases.push({ ...w, ratio_to_node: w.median_ms / warmFloor, ratio_to_pandoc: null, floor_ms: warmFloor });
  }

  // 3. Text decks against pandoc.
  for (const n of TEXT_SIZES) {
    const cmds = [build(`text-${n}`, decks.text[n].yaml)];
    const pairs = {};
    if (pandoc) {
      const out = path.join(outDir, `pandoc-text-${n}.pptx`);
      cmds.push(command(`pandoc-text-${n}`, ['pandoc', decks.text[n].md, '-o', out], { out, once: n >= 500 }));
      pairs[`text-${n}`] = `pandoc-text-${n}`;
    }
    group(`text deck, ${n} slides`, cmds, runsFor(n), pairs);
  }

  // 4. Thirty charts, cold, every chart drawn.
  group(`deck with ${CHART_COUNT} charts, cold`, [build(`charts-${CHART_COUNT}-cold`, decks.charts, ['--no-cache'])], runsFor(500));

  cases.unshift({ name: 'node-floor', median_ms: median(floors), ratio_to_node: 1, ratio_to_pandoc: null, peak_rss_mib: null, bytes: null, samples_ms: floors });
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(cases.map(round), null, 2) + '\n');
  printTable(cases);
  printTargets(cases, pandoc);
  log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s; wrote bench/results.json`);
  if (args.includes('--keep')) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

function round(c) {
  const r = (x, d) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
  return {
    ...c,
    median_ms: r(c.median_ms, 1),
    ratio_to_node: r(c.ratio_to_node, 2),
    ratio_to_pandoc: r(c.ratio_to_pandoc, 3),
    peak_rss_mib: r(c.peak_rss_mib, 1),
    ...(c.process_peak_rss_mib ? { process_peak_rss_mib: r(c.process_peak_rss_mib, 1) } : {}),
    ...(c.bytes_ratio_to_pandoc ? { bytes_ratio_to_pandoc: r(c.bytes_ratio_to_pandoc, 3) } : {}),
    ...(c.floor_ms ? { floor_ms: r(c.floor_ms, 1) } : {}),
  };
}

function printTable(cases) {
  const rows = [['case', 'median ms', '÷ node', '÷ pandoc', 'peak RSS MiB', 'bytes']];
  for (const c of cases)
    rows.push([
      c.name,
      c.median_ms.toFixed(1),
      c.ratio_to_node.toFixed(2),
      c.ratio_to_pandoc === null ? '–' : c.ratio_to_pandoc.toFixed(3),
      c.peak_rss_mib === null ? '–' : c.peak_rss_mib.toFixed(1),
      c.bytes === null ? '–' : String(c.bytes),
    ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log('');
  for (const [k, r] of rows.entries()) {
    console.log(`| ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`);
    if (k === 0) console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`);
  }
}

function printTargets(cases, pandoc) {
  const get = (name) => cases.find((c) => c.name === name);
  const checks = [];
  const check = (label, value, limit, unit = '×') =>
    checks.push({ label, value, limit, ok: value !== null && value !== undefined && value <= limit, unit });
  check('seed deck cold, image charts ÷ node floor', get('seed-cold-image')?.ratio_to_node, 5);
  check('seed deck rebuild, unchanged charts ÷ node floor', get('seed-rebuild-cached')?.ratio_to_node, 3.5);
  const perSlide = (a, b) => (get(`text-${b}`).median_ms - get(`text-${a}`).median_ms) / (b - a);
  check('text deck per-slide cost 100→500', perSlide(100, 500), 0.6, ' ms');
  check('text deck per-slide cost 500→2000', perSlide(500, 2000), 0.6, ' ms');
  check('text deck per-slide cost 100→2000', perSlide(100, 2000), 0.6, ' ms');
  check('peak RSS, 2,000 text slides', get('text-2000')?.peak_rss_mib, 200, ' MiB');
  if (pandoc) {
    check('text deck 20 slides ÷ pandoc', get('text-20')?.ratio_to_pandoc, 0.85);
    check('text deck 2,000 slides ÷ pandoc', get('text-2000')?.ratio_to_pandoc, 0.1);
    for (const n of TEXT_SIZES) check(`file size, ${n} text slides ÷ pandoc`, get(`text-${n}`)?.bytes_ratio_to_pandoc, 1.3);
  }
  console.log('\ntargets (issue 7 §2):');
  for (const c of checks) {
    const v = c.value === null || c.value === undefined ? 'n/a' : `${c.value.toFixed(c.unit === '×' ? 2 : 2)}${c.unit}`;
    console.log(`  ${c.ok ? 'met    ' : 'NOT met'}  ${c.label}: ${v} (target ≤ ${c.limit}${c.unit})`);
  }
  if (!pandoc) console.log('  skipped: the pandoc targets (pandoc is not on PATH)');
  const watch = get('seed-warm-cached');
  if (watch) console.log(`  (info)   the same rebuild in a running \`build --watch\` (in-process, charts cached): ${watch.median_ms.toFixed(0)} ms = ${watch.ratio_to_node.toFixed(2)}× node floor`);
}
