/**
 * Deck → PDF handout through headless LibreOffice. All decks go into ONE soffice call (start-up
 * is most of the ~5 s), with a private throw-away profile (-env:UserInstallation) so a running
 * LibreOffice or a parallel conversion does not interfere. PDFs are written into a temporary
 * folder beside the target and renamed into place, so a viewer never sees half a PDF.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Generous: a cold LibreOffice on a slow CI runner with a large deck. */
const SOFFICE_TIMEOUT_MS = 240_000;

export interface PdfJob {
  /** The .pptx to convert (absolute). */
  pptx: string;
  /** Where the PDF goes (absolute). */
  pdf: string;
}

/** One entry per job, in order: `error` says why that PDF was not made. */
export interface PdfOutcome extends PdfJob {
  error?: string;
}

export async function convertToPdf(soffice: string, jobs: readonly PdfJob[]): Promise<PdfOutcome[]> {
  if (jobs.length === 0) return [];
  const profile = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-lo-'));
  const byDir = new Map<string, string>();
  const failures = new Map<string, string>();
  const outcomes: PdfOutcome[] = [];
  try {
    // One staging folder per target folder, so the final rename never crosses file systems.
    for (const j of jobs) {
      const dir = path.dirname(j.pdf);
      if (!byDir.has(dir)) {
        await mkdir(dir, { recursive: true });
        byDir.set(dir, await mkdtemp(path.join(dir, '.briefdeck-pdf-')));
      }
    }
    // soffice writes <basename>.pdf into --outdir; one call per staging folder.
    for (const [dir, staging] of byDir) {
      const inputs = jobs.filter((j) => path.dirname(j.pdf) === dir).map((j) => j.pptx);
      try {
        await exec(
          soffice,
          [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', staging, ...inputs],
          { timeout: SOFFICE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
        );
      } catch (e) {
        failures.set(dir, `LibreOffice failed: ${(e as Error).message.trim()}`);
      }
    }
    for (const j of jobs) {
      const staged = path.join(byDir.get(path.dirname(j.pdf))!, `${path.basename(j.pptx, path.extname(j.pptx))}.pdf`);
      const made = await stat(staged).catch(() => undefined);
      if (!made?.isFile() || made.size === 0) {
        outcomes.push({ ...j, error: failures.get(path.dirname(j.pdf)) ?? `LibreOffice did not convert ${j.pptx} to PDF` });
        continue;
      }
      await rename(staged, j.pdf);
      outcomes.push({ ...j });
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
    for (const staging of byDir.values()) await rm(staging, { recursive: true, force: true });
  }
  return outcomes;
}
