/**
 * The effects the pipeline needs (files, environment, clock), behind one small interface so the
 * stages stay pure and tests can run in memory or simulate failures (a full disk, a locked file).
 */
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface FileInfo {
  size: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface Host {
  readFile(file: string): Promise<Uint8Array>;
  /** `undefined` when the path does not exist; throws for other failures (EACCES, ELOOP). */
  stat(file: string): Promise<FileInfo | undefined>;
  /** Resolves symlinks; throws when the path does not exist. */
  realpath(file: string): Promise<string>;
  /**
   * Writes `data` to a temporary file in the target folder, then renames it over `file`, so a
   * reader never sees half a file and a failure leaves the previous file untouched (and no
   * temporary file behind). Temp files left by a killed process are removed by the next write.
   */
  writeFileAtomic(file: string, data: Uint8Array): Promise<void>;
  mkdirp(dir: string): Promise<void>;
  env(name: string): string | undefined;
}

export const nodeHost: Host = {
  async readFile(file) {
    return new Uint8Array(await fs.readFile(file));
  },
  async stat(file) {
    try {
      const s = await fs.stat(file);
      return { size: s.size, isFile: s.isFile(), isDirectory: s.isDirectory() };
    } catch (e) {
      // ENOTDIR: a part of the path is a file (x.yaml/y); that path does not exist either.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw e;
    }
  },
  realpath: (file) => fs.realpath(file),
  async writeFileAtomic(file, data) {
    const dir = path.dirname(file);
    const base = path.basename(file);
    await removeStaleTemps(dir, base);
    const tmp = path.join(dir, `${TEMP_PREFIX(base)}${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const handle = await fs.open(tmp, 'wx');
      try {
        await handle.writeFile(data);
        await handle.sync(); // the bytes are on disk before the name points at them
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw e;
    }
  },
  async mkdirp(dir) {
    await fs.mkdir(dir, { recursive: true });
  },
  env: (name) => process.env[name],
};

/** Temp files of `base` are named `.<base>.<pid>.<random>.tmp`, beside it. */
const TEMP_PREFIX = (base: string) => `.${base}.`;

/**
 * A write killed midway (SIGKILL, power loss) leaves its temp file behind; the next write of the
 * same file removes those whose process is gone. Best effort: failures are ignored.
 */
async function removeStaleTemps(dir: string, base: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  const prefix = TEMP_PREFIX(base);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
