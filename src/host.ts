/**
 * The effects the pipeline needs (files, environment, clock), behind one small interface so the
 * stages stay pure and tests can run in memory or simulate failures (a full disk, a locked file).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface FileInfo {
  size: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface Host {
  readFile(file: string): Promise<Uint8Array>;
  /** `undefined` when the path does not exist. */
  stat(file: string): Promise<FileInfo | undefined>;
  /** Resolves symlinks; throws when the path does not exist. */
  realpath(file: string): Promise<string>;
  /**
   * Writes `data` to a temporary file in the target folder, then renames it over `file`, so a
   * reader never sees half a file and a failure leaves the previous file untouched.
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
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  realpath: (file) => fs.realpath(file),
  async writeFileAtomic(file, data) {
    const dir = path.dirname(file);
    const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await fs.writeFile(tmp, data);
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  },
  async mkdirp(dir) {
    await fs.mkdir(dir, { recursive: true });
  },
  env: (name) => process.env[name],
};
