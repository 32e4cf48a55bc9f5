/**
 * SIGKILL during a build: `node bin/briefdeck build` (the compiled CLI in dist/, as `npm test`
 * builds it) is killed at spread-out moments of a build whose deck differs from the one on disk,
 * the last kills close to the end, where the write happens. Every time the file on disk must be
 * the previous deck, byte for byte, or the complete new one: never half a file. The decks pass
 * the strict XML parse and the Open XML SDK validator.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { strictXmlParseAll, validateOoxml } from '../support/readers.js';
import { tempFolder } from '../hostile/helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'bin', 'briefdeck');
const f = tempFolder('bd-kill-');
afterAll(() => f.dispose());

/** A deck big enough that its build takes a while; `variant` changes every slide. */
function bigOutline(variant: string): string {
  const slides = Array.from({ length: 120 }, (_, i) => `      - title: Slide ${i} ${variant}\n        bullets: [first point ${variant}, second point, third point with more words in it]`);
  return `title: Kill test ${variant}\ndate: 2026-11-28\nsections:\n  - title: Part\n    slides:\n${slides.join('\n')}\n`;
}

/** Runs the CLI; kills it with SIGKILL after `killAfterMs` (never when undefined). */
function build(killAfterMs?: number): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build', 'deck.yaml', '-o', 'out/deck.pptx', '--no-cache', '-q'], { cwd: f.dir, stdio: 'ignore' });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started });
    });
  });
}

const deck = () => new Uint8Array(readFileSync(path.join(f.dir, 'out/deck.pptx')));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

test('a build killed at any moment leaves the previous deck intact (or the complete new one)', async () => {
  f.write('deck.yaml', bigOutline('B'));
  const first = await build();
  expect(first.code).toBe(0);
  const newDeck = deck();
  f.write('deck.yaml', bigOutline('A'));
  const full = await build();
  expect(full.code).toBe(0);
  const oldDeck = deck();
  expect(same(oldDeck, newDeck)).toBe(false);
  f.write('deck.yaml', bigOutline('B')); // each killed build would write newDeck again
  const outcomes: string[] = [];
  for (const fraction of [0.5, 0.8, 0.9, 0.97, 1.0, 1.03]) {
    const r = await build(Math.round(full.ms * fraction));
    const now = deck();
    const which = same(now, oldDeck) ? 'old' : same(now, newDeck) ? 'new' : 'CORRUPT';
    outcomes.push(`${fraction}: ${r.signal ?? `exit ${r.code}`} → ${which}`);
    expect(which, outcomes.join('\n')).not.toBe('CORRUPT');
    if (which === 'new') {
      // Put the old deck back so the remaining kills test overwriting it again.
      f.write('deck.yaml', bigOutline('A'));
      expect((await build()).code).toBe(0);
      f.write('deck.yaml', bigOutline('B'));
    }
  }
  expect(outcomes.some((o) => o.includes('SIGKILL')), outcomes.join('\n')).toBe(true);
  for (const d of [oldDeck, newDeck]) {
    expect(strictXmlParseAll(d)).toEqual([]);
    expect(await validateOoxml(d)).toEqual([]);
  }
}, 300_000);
