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
    stdout: writerTo(process.stdout),
    stderr: writerTo(process.stderr),
    cwd: process.cwd(),
    host: nodeHost,
  });
}

/**
 * Writes to `stream`; a reader that closed the pipe early (`briefdeck schema | head`) is not an
 * error: the rest of the output is dropped and the command ends with its own exit code, instead
 * of an unhandled EPIPE with a stack trace.
 */
function writerTo(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (s) => {
    if (!closed && !stream.destroyed) stream.write(s);
  };
}
