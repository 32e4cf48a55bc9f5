/**
 * Every word LibreOffice drew, per PDF page, with its box in PDF points from the page's top-left
 * corner, read from `pdftotext -bbox-layout` (poppler). Bullet glyphs ("•") are dropped: they
 * are drawn by the client from the paragraph's bullet, not from our text.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

function decode(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|apos|#39);/g, (m) => ENTITIES[m] ?? m);
}

/** Parses the XHTML that `pdftotext -bbox-layout` writes. */
export function parseBboxLayout(html: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const chunk of html.split('<page ').slice(1)) {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
    const words: PdfWord[] = [];
    const re = /<word xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">([^<]*)<\/word>/g;
    for (const m of chunk.matchAll(re)) {
      const text = decode(m[5]!).replace(/[•\u2022]/g, '');
      if (text.trim().length === 0) continue;
      words.push({ text, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
    }
    pages.push({ width: Number(size?.[1] ?? NaN), height: Number(size?.[2] ?? NaN), words });
  }
  return pages;
}

/** Runs pdftotext -bbox-layout on a PDF and parses it. */
export async function pdfWords(pdf: string): Promise<PdfPage[]> {
  const html = `${pdf}.bbox.html`;
  await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, html], { maxBuffer: 64 * 1024 * 1024 });
  return parseBboxLayout(await readFile(html, 'utf8'));
}
