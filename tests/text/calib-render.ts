/**
 * Renders calibration cases with a real client: pptxgenjs writes one deck per font, LibreOffice
 * (one headless call for all decks) turns them into PDFs, and `pdftotext -bbox-layout` gives
 * every word's box. Words are grouped into visual lines by baseline and the lines assigned back to
 * the paragraphs by their text, so each paragraph gets its rendered line count and positions.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PptxGenJS from 'pptxgenjs';
import type { CalibCase } from './calib-cases.js';

export interface RenderedLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface RenderedCase {
  /** Lines per paragraph, in order; undefined when the text could not be matched. */
  paragraphs: RenderedLine[][] | undefined;
  /** Top of the page's text area (box top + inset), PDF points from the page top. */
  topPt: number;
}

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function buildDeck(cases: readonly CalibCase[], file: string): Promise<void> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  for (const c of cases) {
    const el = c.el;
    const slide = pptx.addSlide();
    const runs: PptxGenJS.TextProps[] = [];
    for (const p of el.paragraphs) {
      p.runs.forEach((r, i) => {
        runs.push({
          text: r.text,
          options: {
            bold: r.bold ?? false,
            ...(p.bullet ? { bullet: { indent: el.bulletIndentPt }, indentLevel: p.level } : { bullet: false }),
            ...(i === p.runs.length - 1 ? { breakLine: true } : {}),
          },
        });
      });
    }
    slide.addText(runs, {
      x: el.box.x,
      y: el.box.y,
      w: el.box.w,
      h: el.box.h,
      fontFace: c.el.font,
      fontSize: el.sizePt,
      color: el.color,
      margin: el.inset * 72,
      valign: 'top',
      align: 'left',
      lineSpacingMultiple: el.lineSpacing,
      ...(el.paraSpaceAfterPt > 0 ? { paraSpaceAfter: el.paraSpaceAfterPt } : {}),
      fit: 'none',
    });
  }
  const buf = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  writeFileSync(file, buf);
}

interface Word extends RenderedLine {}

function parseBbox(html: string): Word[][] {
  const pages: Word[][] = [];
  for (const page of html.split('<page ').slice(1)) {
    const words: Word[] = [];
    const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of page.matchAll(re)) {
      const text = decode(m[5]!).replace(/•/g, '');
      if (text.length === 0) continue;
      words.push({ text, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
    }
    pages.push(words);
  }
  return pages;
}

function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Words with (nearly) the same bottom are one visual line; lines top to bottom, words left to right. */
function groupLines(words: readonly Word[]): RenderedLine[] {
  const sorted = [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const cur = lines[lines.length - 1];
    const tol = Math.max(1, (w.yMax - w.yMin) * 0.3);
    if (cur && Math.abs(cur[0]!.yMax - w.yMax) <= tol) cur.push(w);
    else lines.push([w]);
  }
  return lines.map((ws) => {
    ws.sort((a, b) => a.xMin - b.xMin);
    return {
      text: ws.map((w) => w.text).join(' '),
      xMin: Math.min(...ws.map((w) => w.xMin)),
      xMax: Math.max(...ws.map((w) => w.xMax)),
      yMin: Math.min(...ws.map((w) => w.yMin)),
      yMax: Math.max(...ws.map((w) => w.yMax)),
    };
  });
}

const squash = (s: string): string => s.normalize('NFKC').replace(/[\s\u00a0]+/g, '');

/** Assigns consecutive lines to paragraphs by matching their text without whitespace. */
function assign(lines: readonly RenderedLine[], paragraphs: readonly string[]): RenderedLine[][] | undefined {
  const out: RenderedLine[][] = [];
  let li = 0;
  for (const p of paragraphs) {
    const target = squash(p);
    let acc = '';
    const mine: RenderedLine[] = [];
    while (acc.length < target.length && li < lines.length) {
      const line = lines[li++]!;
      acc += squash(line.text);
      mine.push(line);
    }
    if (acc !== target) return undefined;
    out.push(mine);
  }
  return li === lines.length ? out : undefined;
}

/** Builds, converts (one soffice call) and reads back every case. */
export async function renderCases(cases: readonly CalibCase[], dir: string): Promise<{ rendered: RenderedCase[]; fonts: string }> {
  mkdirSync(dir, { recursive: true });
  const decks = ['arial', 'calibri'] as const;
  const byDeck = new Map(decks.map((d) => [d, cases.filter((c) => c.deck === d)]));
  const files: string[] = [];
  for (const d of decks) {
    const list = byDeck.get(d)!;
    if (list.length === 0) continue;
    const file = path.join(dir, `${d}.pptx`);
    await buildDeck(list, file);
    files.push(file);
  }
  execFileSync(
    'soffice',
    ['--headless', '-env:UserInstallation=file:///tmp/lo-text-calib', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 170_000 },
  );
  const rendered = new Map<CalibCase, RenderedCase>();
  let fonts = '';
  for (const d of decks) {
    const list = byDeck.get(d)!;
    if (list.length === 0) continue;
    const pdf = path.join(dir, `${d}.pdf`);
    const html = path.join(dir, `${d}.html`);
    execFileSync('pdftotext', ['-bbox-layout', pdf, html]);
    fonts += execFileSync('pdffonts', [pdf]).toString();
    const pages = parseBbox(readFileSync(html, 'utf8'));
    list.forEach((c, i) => {
      const texts = c.el.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
      const lines = groupLines(pages[i] ?? []);
      rendered.set(c, { paragraphs: assign(lines, texts), topPt: (c.el.box.y + c.el.inset) * 72 });
    });
  }
  return { rendered: cases.map((c) => rendered.get(c)!), fonts };
}
