/**
 * PDF → one PNG per page with poppler's pdftoppm, into a folder of its own (`slide-01.png`, …).
 * Thumbnails left from an earlier, longer deck are removed first, so the folder shows this deck only.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

const PREFIX = 'slide';
const OURS = /^slide-\d+\.png$/;

/** Pixels per inch: a 13.33 in wide slide becomes 960 px, enough to read on a contact sheet. */
export const THUMBNAIL_DPI = 72;

/** Renders every page; resolves to the PNG paths in page order. */
export async function renderThumbnails(pdftoppm: string, pdf: string, dir: string, dpi = THUMBNAIL_DPI): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  for (const f of await readdir(dir)) if (OURS.test(f)) await rm(path.join(dir, f), { force: true });
  await exec(pdftoppm, ['-png', '-r', String(dpi), pdf, path.join(dir, PREFIX)], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  const pages = (await readdir(dir)).filter((f) => OURS.test(f));
  // pdftoppm pads page numbers to the width of the page count; sort numerically anyway.
  pages.sort((a, b) => pageNo(a) - pageNo(b));
  return pages.map((f) => path.join(dir, f));
}

function pageNo(f: string): number {
  return Number(/(\d+)\.png$/.exec(f)?.[1] ?? 0);
}
