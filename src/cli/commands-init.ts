/** `briefdeck init [dir]`: writes a starter deck folder that builds as is; never overwrites unless --force. */
import path from 'node:path';
import { initDeck, STARTER_OUTLINE_NAME } from '../init/init-deck.js';
import { EXIT, type CliIO } from './io.js';

export const DEFAULT_INIT_DIR = 'briefing';

export async function initCommand(io: CliIO, dir: string | undefined, opts: { force?: boolean }): Promise<number> {
  const given = dir ?? DEFAULT_INIT_DIR;
  const root = path.resolve(io.cwd, given);
  const existing = await io.host.stat(root);
  if (existing && !existing.isDirectory) {
    io.stderr(`error: ${given} is a file; give a folder for the new deck\n`);
    return EXIT.usage;
  }
  let result;
  try {
    result = await initDeck(root, io.host, { ...(opts.force ? { force: true } : {}) });
  } catch (e) {
    io.stderr(`error: cannot write the starter deck into ${given}: ${(e as Error).message}\n`);
    return EXIT.io;
  }
  if (!result.ok) {
    const names = result.existing.map((f) => path.relative(io.cwd, f) || f);
    io.stderr(`error: ${given} already has ${names.join(', ')}; refusing to overwrite (choose another folder, or use --force)\n`);
    return EXIT.io;
  }
  const outline = path.join(given, STARTER_OUTLINE_NAME);
  for (const f of result.written) io.stderr(`  created ${path.relative(io.cwd, f) || f}\n`);
  io.stderr(`✓ ${outline}  a starter deck with every slide kind. Next:\n`);
  io.stderr(`    briefdeck build --watch ${outline}\n`);
  return EXIT.ok;
}
