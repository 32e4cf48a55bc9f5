/** What the CLI talks to: two output streams, the working folder and the file host. */
import type { Host } from '../host.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  host: Host;
}

/** Exit codes (documented in the README). */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, io: 3, internal: 70 } as const;
