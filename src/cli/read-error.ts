/**
 * An operating-system error while reading a deck's inputs (the outline, its theme, data files,
 * pictures), as one line for people: which file, why, and what to do. `e.path` names the file
 * that failed, which need not be the outline; it is shown relative to the working folder.
 */
import path from 'node:path';

export function describeReadError(outline: string, e: NodeJS.ErrnoException, cwd: string): string {
  const file = e.path ? shown(e.path, cwd) : outline;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${file}: permission denied; check the file's permissions`;
    case 'EISDIR':
      return `cannot read ${file}: it is a folder, not a file`;
    case 'ENOENT':
      return `cannot read ${file}: no such file; check the path`;
    case 'EMFILE':
    case 'ENFILE':
      return `cannot read ${file}: too many open files; close some programs and try again`;
    case 'EIO':
      return `cannot read ${file}: input/output error (a failing disk or a lost network share?)`;
    default:
      return `cannot read ${file}: ${e.code ?? 'unknown error'} (${e.message})`;
  }
}

/** An errno error (code E…) rather than a bug. */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
