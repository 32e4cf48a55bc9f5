/**
 * An in-memory Host for tests: files in a Map keyed by absolute POSIX path, plus symbolic links
 * (a path prefix that stands for another path). Folders exist implicitly below any file.
 */
import path from 'node:path';
import type { FileInfo, Host } from '../../src/host.js';

export class MemoryHost implements Host {
  readonly files = new Map<string, Uint8Array>();
  readonly links = new Map<string, string>();
  readonly environment = new Map<string, string>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [name, content] of Object.entries(files)) this.put(name, content);
  }

  put(file: string, content: string | Uint8Array): this {
    this.files.set(path.posix.resolve(file), typeof content === 'string' ? new TextEncoder().encode(content) : content);
    return this;
  }

  /** Makes `link` a symbolic link to `target` (both absolute). */
  symlink(link: string, target: string): this {
    this.links.set(path.posix.resolve(link), path.posix.resolve(target));
    return this;
  }

  /** Follows links segment by segment, like the OS does. */
  private resolveLinks(file: string): string {
    const parts = path.posix.resolve(file).split('/').filter(Boolean);
    let cur = '/';
    for (let i = 0; i < parts.length; i++) {
      cur = path.posix.join(cur, parts[i]!);
      for (let hops = 0; this.links.has(cur); hops++) {
        if (hops > 32) throw Object.assign(new Error(`ELOOP: ${file}`), { code: 'ELOOP' });
        cur = this.links.get(cur)!;
      }
    }
    return cur;
  }

  private exists(real: string): FileInfo | undefined {
    const data = this.files.get(real);
    if (data) return { size: data.byteLength, isFile: true, isDirectory: false };
    const prefix = real.endsWith('/') ? real : `${real}/`;
    for (const name of this.files.keys()) if (name.startsWith(prefix)) return { size: 0, isFile: false, isDirectory: true };
    return undefined;
  }

  async readFile(file: string): Promise<Uint8Array> {
    const data = this.files.get(this.resolveLinks(file));
    if (!data) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return data;
  }

  async stat(file: string): Promise<FileInfo | undefined> {
    return this.exists(this.resolveLinks(file));
  }

  async realpath(file: string): Promise<string> {
    const real = this.resolveLinks(file);
    if (!this.exists(real)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return real;
  }

  async writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
    this.files.set(this.resolveLinks(file), data);
  }

  async mkdirp(): Promise<void> {}

  env(name: string): string | undefined {
    return this.environment.get(name);
  }
}
