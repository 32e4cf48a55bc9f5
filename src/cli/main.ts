/** Process entry: wires the real stdout/stderr, cwd and file host to `run`, and sets the exit code. */
import { nodeHost } from '../host.js';
import { run } from './run.js';

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  host: nodeHost,
});
process.exitCode = code;
