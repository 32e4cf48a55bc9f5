/**
 * Calibration against a real renderer: the calibration corpus (calib-cases.ts) is written with
 * pptxgenjs, converted by LibreOffice headless and read back with pdftotext -bbox-layout. Our
 * predicted line count per paragraph must equal LibreOffice's in the large majority of
 * paragraphs, and our predicted height must never be smaller than the rendered one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { faceMetrics } from '../../src/text/font-metrics.js';
import { measureText } from '../../src/text/measure.js';
import { wrapParagraph } from '../../src/text/wrap.js';
import { calibCases, type CalibCase } from './calib-cases.js';
import { hasLibreOffice, renderCases, type RenderedCase } from './calib-render.js';

interface Stats {
  paragraphs: number;
  sameLines: number;
  /** Same, by the exact model: wrapParagraph at the full width, no safety margin. */
  sameLinesExact: number;
  /** Paragraphs with a word broken between characters, and how many agree by the exact model. */
  overlong: number;
  overlongSame: number;
  moreLines: number;
  fewerLines: number;
  mismatches: string[];
  slides: number;
  unmatched: number;
  /** predicted / rendered content height, per slide. */
  minHeightRatio: number;
  maxHeightRatio: number;
  maxAgreeingHeightRatio: number;
  /** LibreOffice line pitch / (1.2 em × size × spacing). */
  pitchRatios: number[];
  /** [line spacing, first baseline below the text area's top in em], per slide. */
  firstBaselines: [number, number][];
  /** rendered / predicted inked width of lines whose text agrees. */
  widthRatios: number[];
  /** Per slide, for reading the report: font, size, spacing, observed pitch, heights (pt). */
  details: string[];
}

const cases: CalibCase[] = calibCases();
let rendered: RenderedCase[] = [];
let fonts = '';
const stats: Stats = {
  paragraphs: 0,
  sameLines: 0,
  sameLinesExact: 0,
  overlong: 0,
  overlongSame: 0,
  moreLines: 0,
  fewerLines: 0,
  mismatches: [],
  slides: 0,
  unmatched: 0,
  minHeightRatio: Infinity,
  maxHeightRatio: 0,
  maxAgreeingHeightRatio: 0,
  pitchRatios: [],
  firstBaselines: [],
  widthRatios: [],
  details: [],
};

describe.skipIf(!hasLibreOffice())('calibration against LibreOffice', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-text-calib-'));
    ({ rendered, fonts } = await renderCases(cases, dir));
    cases.forEach((c, i) => collect(c, rendered[i]!, i));
    writeFileSync(path.join(dir, 'stats.json'), JSON.stringify(stats, null, 1));
  });

  test('LibreOffice draws Arial with Liberation Sans and Calibri with Carlito', () => {
    expect(fonts).toMatch(/LiberationSans\b/);
    expect(fonts).toMatch(/Carlito\b/);
    expect(fonts).not.toMatch(/DejaVu|Arial|Calibri/);
  });

  test('every rendered slide could be matched back to its paragraphs', () => {
    expect(stats.slides).toBeGreaterThanOrEqual(50);
    expect(stats.unmatched).toBe(0);
  });

  test('predicted line counts equal the rendered ones for at least 95% of paragraphs, never fewer', async ({ annotate }) => {
    await annotate(
      `${stats.sameLines}/${stats.paragraphs} paragraphs same line count (${stats.moreLines} predicted more, ${stats.fewerLines} fewer; ` +
        `exact model without safety margin: ${stats.sameLinesExact}; overlong words: ${stats.overlongSame}/${stats.overlong})` +
        (stats.mismatches.length ? `; ${stats.mismatches.join('; ')}` : ''),
    );
    expect(stats.paragraphs).toBeGreaterThanOrEqual(120);
    expect(stats.sameLines / stats.paragraphs).toBeGreaterThanOrEqual(0.95);
    expect(stats.fewerLines).toBe(0);
    expect(stats.sameLinesExact / stats.paragraphs).toBeGreaterThanOrEqual(0.98);
    expect(stats.overlong).toBeGreaterThanOrEqual(3);
    expect(stats.overlongSame).toBe(stats.overlong);
  });

  test('predicted heights are never smaller than rendered, and within 5% when the lines agree', async ({ annotate }) => {
    await annotate(
      `predicted/rendered height: min ${stats.minHeightRatio.toFixed(3)}, max ${stats.maxHeightRatio.toFixed(3)}; ` +
        `max ${stats.maxAgreeingHeightRatio.toFixed(3)} on slides whose line counts all agree`,
    );
    expect(stats.minHeightRatio).toBeGreaterThanOrEqual(1);
    expect(stats.maxAgreeingHeightRatio).toBeLessThanOrEqual(1.05);
  });

  test('LibreOffice line pitch is 1.2 em × size × spacing for both fonts', async ({ annotate }) => {
    const r = stats.pitchRatios;
    await annotate(`pitch ratio over ${r.length} line pairs: ${Math.min(...r).toFixed(4)}…${Math.max(...r).toFixed(4)}`);
    expect(r.length).toBeGreaterThan(100);
    for (const x of r) {
      expect(x).toBeGreaterThan(0.98);
      expect(x).toBeLessThan(1.02);
    }
    // The first baseline sits 1.0 em below the top of a 1.2 em line (spacing ≥ 1 adds above it).
    for (const [spacing, offsetEm] of stats.firstBaselines) if (spacing >= 1) expect(offsetEm).toBeCloseTo(1.2 * spacing - 0.2, 1);
  });

  test('measured line widths match the rendered ones within 1%', async ({ annotate }) => {
    const r = stats.widthRatios;
    await annotate(`rendered/predicted width over ${r.length} lines: ${Math.min(...r).toFixed(4)}…${Math.max(...r).toFixed(4)}`);
    expect(r.length).toBeGreaterThan(200);
    for (const x of r) {
      expect(x).toBeGreaterThan(0.98);
      expect(x).toBeLessThan(1.01);
    }
  });
});

function collect(c: CalibCase, r: RenderedCase, slide: number): void {
  stats.slides++;
  if (!r.paragraphs) {
    stats.unmatched++;
    stats.mismatches.push(`slide ${slide + 1}: text not matched`);
    return;
  }
  const el = c.el;
  const m = measureText(el, c.face);
  const lineH = 1.2 * el.sizePt * el.lineSpacing;
  r.paragraphs.forEach((lines, i) => {
    stats.paragraphs++;
    const predicted = m.lineCounts[i]!;
    if (predicted === lines.length) stats.sameLines++;
    else {
      if (predicted > lines.length) stats.moreLines++;
      else stats.fewerLines++;
      stats.mismatches.push(`slide ${slide + 1} (${c.deck} ${el.sizePt} pt) ¶${i + 1}: predicted ${predicted}, rendered ${lines.length}`);
    }
    for (let k = 1; k < lines.length; k++) stats.pitchRatios.push((lines[k]!.yMax - lines[k - 1]!.yMax) / lineH);
    const p = el.paragraphs[i]!;
    const width = el.box.w * 72 - 2 * el.inset * 72 - (p.bullet ? (p.level + 1) * el.bulletIndentPt : 0);
    const wrapped = wrapParagraph(p.runs, c.face, el.sizePt, width);
    const ours = wrapped.lines;
    if (ours.length === lines.length) stats.sameLinesExact++;
    if (wrapped.overlongWord) {
      stats.overlong++;
      if (ours.length === lines.length) stats.overlongSame++;
    }
    lines.forEach((line, k) => {
      const o = ours[k];
      // Only whole lines that agree, and long enough for the ratio to mean something.
      if (!o || o.widthPt <= 40 || o.text.replace(/\s+/g, ' ') !== line.text.replace(/\s+/g, ' ')) return;
      const ratio = (line.xMax - line.xMin) / o.widthPt;
      stats.widthRatios.push(ratio);
      stats.details.push(`W ${c.deck} ${ratio.toFixed(4)} ${el.sizePt}pt ${p.runs.some((x) => x.bold) ? 'bold' : 'regular'} ${o.text}`);
    });
  });
  // pdftotext puts a word's bottom 0.35 em below its baseline (poppler's default descent: the
  // font descriptors LibreOffice writes say 0); the ink ends the font's descender below it.
  const metrics = faceMetrics(c.face);
  const baseline = (l: { yMax: number }): number => l.yMax - 0.35 * el.sizePt;
  const last = r.paragraphs[r.paragraphs.length - 1]!;
  const renderedH = baseline(last[last.length - 1]!) + metrics.descentEm * el.sizePt - r.topPt;
  const firstOffset = (baseline(r.paragraphs[0]![0]!) - r.topPt) / el.sizePt;
  stats.firstBaselines.push([el.lineSpacing, firstOffset]);
  const predictedH = m.heightIn * 72 - 2 * el.inset * 72;
  const ratio = predictedH / renderedH;
  const pitches = r.paragraphs.flatMap((ls) => ls.slice(1).map((l, k) => l.yMax - ls[k]!.yMax));
  stats.details.push(
    `${slide + 1} ${c.deck} ${el.sizePt}pt ×${el.lineSpacing} after ${el.paraSpaceAfterPt} inset ${el.inset}: ` +
      `pitch ${pitches.map((x) => x.toFixed(2)).join(',')} vs ${lineH.toFixed(2)}; height ${predictedH.toFixed(1)} vs ${renderedH.toFixed(1)}; first baseline ${firstOffset.toFixed(3)} em`,
  );
  stats.minHeightRatio = Math.min(stats.minHeightRatio, ratio);
  stats.maxHeightRatio = Math.max(stats.maxHeightRatio, ratio);
  if (r.paragraphs.every((ls, i) => ls.length === m.lineCounts[i]))
    stats.maxAgreeingHeightRatio = Math.max(stats.maxAgreeingHeightRatio, ratio);
}
