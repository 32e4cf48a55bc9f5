/**
 * Finding the external programs previews need (LibreOffice's soffice, poppler's pdftoppm) on PATH,
 * plus the places their installers use when they do not touch PATH (LibreOffice on macOS and
 * Windows). A missing program is a normal outcome with a message naming the package to install.
 */
import { access, constants } from 'node:fs/promises';
import path from 'node:path';

export type ToolName = 'soffice' | 'pdftoppm';

export interface ToolEnv {
  /** Environment lookup (the Host's), for PATH, PATHEXT and ProgramFiles. */
  env(name: string): string | undefined;
  platform?: NodeJS.Platform;
}

/** Absolute path of the program, or undefined when it is not installed (or not on PATH). */
export async function findTool(name: ToolName, te: ToolEnv): Promise<string | undefined> {
  const platform = te.platform ?? process.platform;
  const win = platform === 'win32';
  const dirs = (te.env('PATH') ?? te.env('Path') ?? '').split(win ? ';' : path.delimiter).filter(Boolean);
  const exts = win ? (te.env('PATHEXT') ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean) : [''];
  const candidates = dirs.flatMap((d) => exts.map((e) => path.join(d, name + e.toLowerCase())));
  candidates.push(...wellKnown(name, platform, te));
  for (const c of candidates) if (await isExecutable(c, win)) return c;
  return undefined;
}

function wellKnown(name: ToolName, platform: NodeJS.Platform, te: ToolEnv): string[] {
  if (name !== 'soffice') return [];
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  if (platform === 'win32')
    return [te.env('ProgramFiles'), te.env('ProgramFiles(x86)')]
      .filter((d): d is string => !!d)
      .map((d) => path.win32.join(d, 'LibreOffice', 'program', 'soffice.exe'));
  return [];
}

async function isExecutable(file: string, win: boolean): Promise<boolean> {
  try {
    await access(file, win ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const WHAT: Record<ToolName, string> = {
  soffice: 'LibreOffice (the soffice program)',
  pdftoppm: "poppler's pdftoppm",
};

/** What to tell the user when `name` is missing: which program, and how to install it everywhere. */
export function missingToolMessage(name: ToolName, purpose: string): string {
  return [
    `${purpose} needs ${WHAT[name]}, which is not installed or not on PATH. Install:`,
    '  Debian/Ubuntu:  sudo apt-get install libreoffice-impress poppler-utils',
    '  macOS:          brew install --cask libreoffice && brew install poppler',
    '  Windows:        LibreOffice from https://www.libreoffice.org/download/ and poppler for Windows',
    '                  (https://github.com/oschwartz10612/poppler-windows/releases), then add its bin folder to PATH',
  ].join('\n');
}
