/**
 * The precomputed metrics of one shipped TTF: assets/metrics/<font file>.json, written by
 * scripts/build-metrics.mjs (from metrics-extract.ts) and read at run time by font-metrics.ts, so
 * measuring text never loads opentype.js or parses a TTF.
 *
 * Everything is in font units (1/unitsPerEm em). Arrays, not objects, keep the file small:
 * - `codepoints`: the code points the cmap maps to a real glyph (index > 0), ascending, stored as
 *   differences (the first one absolute); `advances`, `kernLeft`, `kernRight` run parallel to it.
 * - kerning is a class matrix: code points whose glyphs kern identically share a class
 *   (`kernLeft` for the left side, `kernRight` for the right; 0 = kerns with nothing), and
 *   `kernRows[l − 1]` lists the non-zero cells of left class l as [right class, value, …], in
 *   ascending right class. kerning(a, b) = that cell, else 0. This is exact: the classes are
 *   derived from the full glyph-pair table, not approximated.
 */
import path from 'node:path';
import { ASSETS_DIR } from '../assets.js';

export const METRICS_FORMAT = 1;

export interface FaceMetricsFile {
  format: typeof METRICS_FORMAT;
  /** File name inside assets/fonts. */
  font: string;
  unitsPerEm: number;
  /** The vertical metrics used (hhea, or OS/2 typo when USE_TYPO_METRICS is set); ascent and
   * descent positive, lineGap ≥ 0. */
  ascent: number;
  descent: number;
  lineGap: number;
  codepoints: number[];
  advances: number[];
  kernLeft: number[];
  kernRight: number[];
  kernRows: number[][];
}

export const METRICS_DIR = path.join(ASSETS_DIR, 'metrics');

/** assets/metrics/<font file>.json */
export function metricsPath(fontFile: string): string {
  return path.join(METRICS_DIR, `${fontFile}.json`);
}

/**
 * The file's text: one key per line, each array on one line, so a regenerated file diffs by key
 * and the staleness test can compare text exactly.
 */
export function serializeMetrics(m: FaceMetricsFile): string {
  const lines = Object.entries(m).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
