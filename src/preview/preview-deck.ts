/**
 * A built deck → PDF handout, slide thumbnails and one contact sheet, beside each other:
 *   <dir>/<name>.pdf, <dir>/<name>-slides/slide-01.png …, <dir>/<name>-contact-sheet.png
 * Needs soffice and pdftoppm (see find-tool.ts); the caller checks they exist first. Our own
 * reads and the contact sheet's atomic write go through the Host (the tools write their files).
 */
import path from 'node:path';
import type { Host } from '../host.js';
import { contactSheet } from './contact-sheet.js';
import { convertToPdf } from './convert-pdf.js';
import { renderThumbnails } from './thumbnails.js';

export interface PreviewTools {
  soffice: string;
  pdftoppm: string;
}

export interface PreviewFiles {
  pdf: string;
  thumbnails: string[];
  contactSheet: string;
}

/** Where the PDF of a deck goes: beside it, same name. */
export function pdfPathFor(pptx: string): string {
  return path.join(path.dirname(pptx), `${path.basename(pptx, path.extname(pptx))}.pdf`);
}

export type PreviewResult = { ok: true; files: PreviewFiles } | { ok: false; error: string };

export async function previewDeck(pptx: string, tools: PreviewTools, host: Host): Promise<PreviewResult> {
  const pdf = pdfPathFor(pptx);
  const [converted] = await convertToPdf(tools.soffice, [{ pptx, pdf }]);
  if (converted?.error) return { ok: false, error: converted.error };
  const base = path.join(path.dirname(pptx), path.basename(pptx, path.extname(pptx)));
  let thumbnails: string[];
  try {
    thumbnails = await renderThumbnails(tools.pdftoppm, pdf, `${base}-slides`);
  } catch (e) {
    return { ok: false, error: `pdftoppm failed: ${(e as Error).message.trim()}` };
  }
  if (thumbnails.length === 0) return { ok: false, error: `pdftoppm wrote no pages for ${pdf}` };
  const sheet = await contactSheet(await Promise.all(thumbnails.map((t) => host.readFile(t))));
  const sheetFile = `${base}-contact-sheet.png`;
  try {
    await host.writeFileAtomic(sheetFile, sheet);
  } catch (e) {
    return { ok: false, error: `cannot write ${sheetFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return { ok: true, files: { pdf, thumbnails, contactSheet: sheetFile } };
}
