/** A CliIO that records what the CLI prints, for the authoring tests. */
import { nodeHost, type Host } from '../../src/host.js';
import type { CliIO } from '../../src/cli/io.js';

export interface RecordingIO extends CliIO {
  out: string[];
  err: string[];
  /** Everything printed to stderr so far. */
  stderrText(): string;
}

export function recordingIO(cwd: string, host: Host = nodeHost): RecordingIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    host,
    out,
    err,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    stderrText: () => err.join(''),
  };
}
