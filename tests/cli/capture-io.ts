/**
 * A CliIO that records what the CLI prints, for running `run()` in-process. The file host is the
 * real one (nodeHost) unless a test passes another, e.g. one that simulates a full disk.
 */
import { nodeHost, type Host } from '../../src/host.js';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export function captureIO(cwd: string, host: Host = nodeHost): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, host, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) };
}

/** Runs the CLI with `argv` in `cwd` and returns the exit code and everything it printed. */
export async function runCli(argv: string[], cwd: string, host: Host = nodeHost): Promise<Captured> {
  const io = captureIO(cwd, host);
  const code = await run(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}
