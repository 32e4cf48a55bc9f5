/**
 * Writing a built deck safely: missing folders are created, the write is atomic (temp file in
 * the target folder, then rename: the previous deck survives any failure), and we refuse to
 * overwrite the outline itself or a file that is not a PowerPoint deck unless forced.
 */
import path from 'node:path';
import type { Host } from '../host.js';

export interface WriteRequest {
  outline: string;
  target: string;
  bytes: Uint8Array;
  force: boolean;
}

/** Resolves to undefined on success, or a message saying what went wrong and what to do. */
export async function writeDeck(host: Host, req: WriteRequest): Promise<string | undefined> {
  const target = path.resolve(req.target);
  if (target === path.resolve(req.outline)) return `refusing to overwrite the outline ${req.outline} with the deck; choose another -o`;
  const existing = await host.stat(target);
  if (existing?.isDirectory) return `${req.target} is a folder; give a file name ending in .pptx or use --out-dir`;
  if (existing && !req.force && !(await looksLikePptx(host, target)))
    return `${req.target} exists and is not a PowerPoint deck; refusing to overwrite it (use --force)`;
  try {
    await host.mkdirp(path.dirname(target));
    await host.writeFileAtomic(target, req.bytes);
    return undefined;
  } catch (e) {
    return describeWriteError(req.target, e as NodeJS.ErrnoException);
  }
}

async function looksLikePptx(host: Host, file: string): Promise<boolean> {
  try {
    const head = await host.readFile(file);
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b; // "PK": a zip
  } catch {
    return false;
  }
}

export function describeWriteError(file: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `cannot write ${file}: permission denied (read-only folder?)`;
    case 'EBUSY':
      return `cannot write ${file}: the file is locked, probably open in PowerPoint; close it and build again`;
    case 'ENOSPC':
      return `cannot write ${file}: the disk is full; the previous deck was left untouched`;
    default:
      return `cannot write ${file}: ${e.message}`;
  }
}
