/**
 * The CLI as a function: wires the real stdout/stderr, cwd and file host to `run` and resolves to
 * the exit code. Both process entries use it: `main.ts` (the ES module tsc writes to dist/cli/) and
 * the shipped bundle `dist/briefdeck.cjs` that `bin/briefdeck` loads with a V8 code cache (see
 * scripts/bundle.mjs). No top-level await here, so the bundle can be CommonJS.
 */
import { nodeHost } from '../host.js';
import { run } from './run.js';

export function main(argv: readonly string[]): Promise<number> {
  return run(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    host: nodeHost,
  });
}
