/**
 * Files an outline refers to (`image.path`, `chart.data`) must be relative paths inside the
 * outline's folder tree: no URLs, no absolute paths, no `..` escape, and no symlink that leads
 * out (checked on the real paths). This keeps a shared outline from reading arbitrary files.
 */
import path from 'node:path';
import type { Host } from '../host.js';

export type InsideResult =
  | { ok: true; /** Absolute real path of the file. */ file: string; size: number }
  | { ok: false; code: 'path/url-not-allowed' | 'path/outside-outline' | 'path/not-found'; message: string; hint: string };

const URL_LIKE = /^[a-zA-Z][a-zA-Z0-9+.-]+:/; // two or more letters, so "C:" is not a scheme
const WINDOWS_ABSOLUTE = /^(?:[a-zA-Z]:)?[\\/]/;

function isWithin(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Checks `ref` (as written in the outline) against the outline folder `dir` (absolute). */
export async function resolveInside(ref: string, dir: string, host: Host): Promise<InsideResult> {
  const keep = 'put the file in the outline folder (or below it) and refer to it as ./name';
  if (URL_LIKE.test(ref) || ref.startsWith('//')) {
    return { ok: false, code: 'path/url-not-allowed', message: `\`${ref}\` is a URL; only files beside the outline can be used`, hint: `download it, then ${keep}` };
  }
  if (path.isAbsolute(ref) || WINDOWS_ABSOLUTE.test(ref)) {
    return { ok: false, code: 'path/outside-outline', message: `\`${ref}\` is an absolute path`, hint: keep };
  }
  const target = path.resolve(dir, ref);
  if (!isWithin(dir, target)) {
    return { ok: false, code: 'path/outside-outline', message: `\`${ref}\` points outside the outline's folder`, hint: keep };
  }
  let info;
  try {
    info = await host.stat(target);
  } catch {
    info = undefined;
  }
  if (!info) {
    return { ok: false, code: 'path/not-found', message: `\`${ref}\` does not exist`, hint: 'paths are relative to the folder of the outline file' };
  }
  if (!info.isFile) {
    return { ok: false, code: 'path/not-found', message: `\`${ref}\` is a folder, not a file`, hint: 'name the file itself' };
  }
  let realDir: string;
  let realFile: string;
  try {
    [realDir, realFile] = await Promise.all([host.realpath(dir), host.realpath(target)]);
  } catch {
    return { ok: false, code: 'path/not-found', message: `\`${ref}\` cannot be resolved`, hint: 'check for a broken symbolic link' };
  }
  if (!isWithin(realDir, realFile)) {
    return {
      ok: false,
      code: 'path/outside-outline',
      message: `\`${ref}\` is a symbolic link to a file outside the outline's folder`,
      hint: `copy the file into the folder instead of linking to it`,
    };
  }
  return { ok: true, file: realFile, size: info.size };
}
