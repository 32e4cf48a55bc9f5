/**
 * Writing a built deck safely: missing folders are created, the write is atomic (temp file in
 * the target folder, then rename: the previous deck survives any failure, see Host), and we
 * refuse to overwrite the outline itself or a file that is not a PowerPoint deck unless forced.
 */
import path from 'node:path';
import type { Host } from '../host.js';

export interface WriteRequest {
  /** The outline the deck was built from (absolute or relative to the process cwd). */
  outline: string;
  target: string;
  bytes: Uint8Array;
  force: boolean;
  /** How messages name the outline and the target (as the user typed them); default the paths. */
  shown?: { outline: string; target: string };
}

/** Resolves to undefined on success, or a message saying what went wrong and what to do. */
export async function writeDeck(host: Host, req: WriteRequest): Promise<string | undefined> {
  const target = path.resolve(req.target);
  const shown = req.shown ?? { outline: req.outline, target: req.target };
  try {
    if (await sameFile(host, target, path.resolve(req.outline)))
      return `refusing to overwrite the outline ${shown.outline} with the deck; choose another -o`;
    const existing = await host.stat(target);
    if (existing?.isDirectory) return `${shown.target} is a folder; give a file name ending in .pptx or use --out-dir`;
    if (existing && existing.size > 0 && !req.force && !(await isPptx(host, target)))
      return `${shown.target} exists and is not a PowerPoint deck; refusing to overwrite it (use --force)`;
    await host.mkdirp(path.dirname(target));
    await host.writeFileAtomic(target, req.bytes);
    return undefined;
  } catch (e) {
    return describeWriteError(shown.target, e as NodeJS.ErrnoException);
  }
}

/** The same path, or two names of one file (a symlink, `./x` and `x`). */
async function sameFile(host: Host, a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  if (!(await host.stat(a))) return false;
  try {
    return (await host.realpath(a)) === (await host.realpath(b));
  } catch {
    return false;
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PRESENTATION_PART = new TextEncoder().encode('ppt/presentation.xml');

/**
 * A zip holding `ppt/presentation.xml` (entry names are stored uncompressed in a zip, so a byte
 * search finds them). A .docx or .xlsx is a zip too, but not a deck: it is not overwritten.
 */
export async function isPptx(host: Host, file: string): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = await host.readFile(file);
  } catch {
    return false;
  }
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) return false;
  return indexOf(bytes, PRESENTATION_PART) >= 0;
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** A one-line message for a failed write, naming the likely cause and what to do. */
export function describeWriteError(file: string, e: NodeJS.ErrnoException): string {
  const untouched = 'any previous deck was left untouched';
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `cannot write ${file}: permission denied (a read-only folder?); choose another folder with -o or --out-dir`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `cannot write ${file}: the file is locked, probably open in PowerPoint; close it and build again`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `cannot write ${file}: the disk is full; ${untouched}`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `cannot write ${file}: a part of its folder path is a file, not a folder`;
    case 'EISDIR':
      return `cannot write ${file}: it is a folder; give a file name ending in .pptx`;
    case 'ENAMETOOLONG':
      return `cannot write ${file}: the path is too long`;
    case 'EMFILE':
    case 'ENFILE':
      return `cannot write ${file}: too many open files; try again`;
    default:
      return `cannot write ${file}: ${e.message ?? String(e)}; ${untouched}`;
  }
}
