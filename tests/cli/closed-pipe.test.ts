/**
 * `briefdeck … | head`: when the reader closes the pipe before the CLI writes, the output is
 * dropped quietly; the command keeps its exit code and prints no EPIPE stack trace. Runs the
 * shipped bin (the bundle) with its stdout's read end closed before the process has started.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'bin', 'briefdeck');

function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the CLI writes its first byte
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test.each([
  ['preview --help (several writes)', ['preview', '--help']],
  ['schema (one large write)', ['schema']],
])('%s: exit 0, nothing on stderr', async (_name, args) => {
  const r = await withClosedStdout(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 30_000);
