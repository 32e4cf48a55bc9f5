/**
 * `build --watch` driven step by step on a real folder (inotify): start from `init`, wait for the
 * first deck, edit a bullet, change the chart's data file, break the outline and fix it, change
 * the theme; every step waits for the next rebuild (bounded by a timeout) and checks the deck on
 * disk. The chart cache proves a text edit re-renders no chart. A locked output is retried.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, test } from 'vitest';
import type { BuildFlags } from '../../src/cli/commands-build.js';
import { collectInputs, watchDeck, type RebuildOutcome } from '../../src/cli/commands-watch.js';
import { nodeHost, type Host } from '../../src/host.js';
import { initDeck } from '../../src/init/init-deck.js';
import { readParts } from '../support/readers.js';
import { recordingIO } from './cli-io.js';

const work = mkdtempSync(path.join(tmpdir(), 'briefdeck-watch-'));
const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((s) => s.abort()));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FLAGS: BuildFlags = { format: 'text', cache: true };
const STEP_TIMEOUT_MS = 20_000;

/** Starts watching; `next()` resolves with the next rebuild (or fails after the step timeout). */
function startWatch(cwd: string, outline: string, host: Host = nodeHost, retryDelaysMs?: number[]) {
  const io = recordingIO(cwd, host);
  const stop = new AbortController();
  stops.push(stop);
  const seen: RebuildOutcome[] = [];
  let wake: (() => void) | undefined;
  const done = watchDeck(io, outline, FLAGS, {
    signal: stop.signal,
    ...(retryDelaysMs ? { retryDelaysMs } : {}),
    onRebuild: (r) => {
      seen.push(r);
      wake?.();
    },
  });
  let taken = 0;
  const next = async (): Promise<RebuildOutcome> => {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    while (seen.length <= taken) {
      if (Date.now() > deadline) throw new Error(`no rebuild within ${STEP_TIMEOUT_MS} ms; stderr:\n${io.stderrText()}`);
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 200);
      });
    }
    return seen[taken++]!;
  };
  return { io, stop, done, next, seen };
}

/** The text of all slides of the deck on disk. */
function deckText(file: string): string {
  const parts = readParts(new Uint8Array(readFileSync(file)));
  return Object.entries(parts)
    .filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .map(([, x]) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '))
    .join('\n');
}

const cacheFiles = (cwd: string) => (existsSync(path.join(cwd, '.briefdeck-cache')) ? readdirSync(path.join(cwd, '.briefdeck-cache')).length : 0);

test('watch rebuilds on outline, data and theme changes, survives a broken outline, and stops cleanly', async () => {
  const cwd = mkdtempSync(path.join(work, 'loop-'));
  await initDeck(path.join(cwd, 'briefing'), nodeHost);
  const outline = path.join(cwd, 'briefing', 'deck.yaml');
  const deck = path.join(cwd, 'out', 'deck.pptx');
  const w = startWatch(cwd, 'briefing/deck.yaml');

  const first = await w.next();
  expect(first.ok).toBe(true);
  expect(existsSync(deck)).toBe(true);
  expect(first.inputs.map((f) => path.relative(cwd, f)).sort()).toEqual(
    ['briefing/data/capex.csv', 'briefing/deck.yaml', 'briefing/images/picture.png', 'briefing/theme.yaml'].map((p) => p.split('/').join(path.sep)),
  );
  const chartsCached = cacheFiles(cwd);
  expect(chartsCached).toBe(1);

  // 1. Edit one bullet: rebuilt with the new text, and no chart rendered again.
  const source = readFileSync(outline, 'utf8');
  writeFileSync(outline, source.replace('The data centre lease ends in 2028', 'The lease ends in March 2028'));
  expect((await w.next()).ok).toBe(true);
  expect(deckText(deck)).toContain('The lease ends in March 2028');
  expect(cacheFiles(cwd)).toBe(chartsCached);

  // 2. Change the chart's data file: rebuilt, and that chart is rendered anew (a new cache entry).
  const csv = path.join(cwd, 'briefing', 'data', 'capex.csv');
  writeFileSync(csv, readFileSync(csv, 'utf8').replace('2028,5000000,900000', '2028,5500000,100000'));
  expect((await w.next()).ok).toBe(true);
  expect(cacheFiles(cwd)).toBe(chartsCached + 1);

  // 3. Break the outline: diagnostics are printed, the last good deck stays, watching goes on.
  const good = readFileSync(deck);
  writeFileSync(outline, readFileSync(outline, 'utf8').replace('title: Key figures', 'titel: Key figures'));
  const broken = await w.next();
  expect(broken.ok).toBe(false);
  expect(broken.diagnostics.some((d) => d.severity === 'error' && d.span?.file === 'briefing/deck.yaml')).toBe(true);
  expect(w.io.stderrText()).toMatch(/briefing\/deck\.yaml:\d+:\d+ error/);
  expect(w.io.stderrText()).toContain('still watching');
  expect(readFileSync(deck).equals(good)).toBe(true);

  // 4. Fix it: rebuilt again.
  writeFileSync(outline, readFileSync(outline, 'utf8').replace('titel: Key figures', 'title: Key figures'));
  expect((await w.next()).ok).toBe(true);

  // 5. The theme file is an input too.
  const theme = path.join(cwd, 'briefing', 'theme.yaml');
  writeFileSync(theme, readFileSync(theme, 'utf8').replace('accent: "#0E7C86"', 'accent: "#AA3377"'));
  expect((await w.next()).ok).toBe(true);
  expect(Object.values(readParts(new Uint8Array(readFileSync(deck)))).some((x) => x.includes('AA3377'))).toBe(true);

  // One line per rebuild, with its time.
  expect(w.io.stderrText().match(/✓ out[\\/]deck\.pptx {2}\d+ slides, 1 chart, \d+ ms/g)?.length).toBe(5);

  w.stop.abort();
  await w.done;
  // After stopping, changes are not picked up any more.
  writeFileSync(outline, readFileSync(outline, 'utf8').replace('March 2028', 'April 2028'));
  await new Promise((r) => setTimeout(r, 400));
  expect(w.seen.length).toBe(6);
});

test('a new data file used by the outline is watched after the rebuild that adds it', async () => {
  const cwd = mkdtempSync(path.join(work, 'recollect-'));
  await initDeck(path.join(cwd, 'b'), nodeHost);
  const outline = path.join(cwd, 'b', 'deck.yaml');
  writeFileSync(path.join(cwd, 'b', 'data', 'other.csv'), 'year,Cloud,Data centre\n2025,1,2\n2026,3,4\n');
  const before = await collectInputs(outline, nodeHost);
  expect(before.some((f) => f.endsWith('other.csv'))).toBe(false);

  const w = startWatch(cwd, 'b/deck.yaml');
  await w.next();
  writeFileSync(outline, readFileSync(outline, 'utf8').replace('./data/capex.csv', './data/other.csv'));
  const moved = await w.next();
  expect(moved.ok).toBe(true);
  expect(moved.inputs.some((f) => f.endsWith('other.csv'))).toBe(true);
  writeFileSync(path.join(cwd, 'b', 'data', 'other.csv'), 'year,Cloud,Data centre\n2025,1,2\n2026,3,5\n');
  expect((await w.next()).ok).toBe(true);
});

test('a locked output is reported and retried; when it stays locked, watching goes on', async () => {
  const cwd = mkdtempSync(path.join(work, 'locked-'));
  await initDeck(path.join(cwd, 'b'), nodeHost);
  const outline = path.join(cwd, 'b', 'deck.yaml');
  let lockedWrites = 2;
  // PowerPoint on Windows holds the deck open: the rename over it fails with EBUSY.
  const host: Host = {
    ...nodeHost,
    writeFileAtomic: async (file, data) => {
      if (file.endsWith('.pptx') && lockedWrites > 0) {
        lockedWrites--;
        throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${file}'`), { code: 'EBUSY' });
      }
      return nodeHost.writeFileAtomic(file, data);
    },
  };
  const w = startWatch(cwd, 'b/deck.yaml', host, [5, 5]);
  const first = await w.next();
  expect(first.ok).toBe(true);
  expect(w.io.stderrText()).toMatch(/out[\\/]deck\.pptx is locked \(EBUSY.*retrying in 5 ms \(1\/2\)/);

  lockedWrites = 10;
  writeFileSync(outline, readFileSync(outline, 'utf8').replace('Platform team', 'Platform group'));
  const stuck = await w.next();
  expect(stuck.ok).toBe(false);
  expect(stuck.writeError).toMatch(/locked, probably open in PowerPoint/);
  expect(w.io.stderrText()).toContain('still watching (save again to retry)');

  lockedWrites = 0;
  writeFileSync(outline, readFileSync(outline, 'utf8').replace('Platform group', 'Platform crew'));
  expect((await w.next()).ok).toBe(true);
});

test('an unreadable input is one line naming the file, and watching goes on (no crash, no "bug")', async () => {
  const cwd = mkdtempSync(path.join(work, 'unreadable-'));
  await initDeck(path.join(cwd, 'b'), nodeHost);
  const outline = path.join(cwd, 'b', 'deck.yaml');
  const theme = path.join(cwd, 'b', 'theme.yaml');
  let themeDenied = false;
  // The theme file turns unreadable (EACCES) after the first build.
  const host: Host = {
    ...nodeHost,
    readFile: async (file) => {
      if (themeDenied && file === theme) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', path: file });
      return nodeHost.readFile(file);
    },
  };
  const w = startWatch(cwd, 'b/deck.yaml', host);
  expect((await w.next()).ok).toBe(true);

  themeDenied = true;
  writeFileSync(outline, readFileSync(outline, 'utf8').replace('Platform team', 'Platform group'));
  const denied = await w.next();
  expect(denied.ok).toBe(false);
  expect(denied.error).toBe(`cannot read ${path.join('b', 'theme.yaml')}: permission denied; check the file's permissions`);
  expect(w.io.stderrText()).toContain('deck not rebuilt; still watching, fix and save');
  expect(w.io.stderrText()).not.toContain('internal error');

  themeDenied = false;
  writeFileSync(outline, readFileSync(outline, 'utf8').replace('Platform group', 'Platform crew'));
  expect((await w.next()).ok).toBe(true);
});
