/**
 * Build-time only (scripts/build-metrics.mjs and the staleness test): reads a TTF with
 * opentype.js and the GPOS reader and produces the FaceMetricsFile that font-metrics.ts loads at
 * run time. Nothing on the build path imports this module.
 *
 * The values are exactly what font-metrics.ts used to compute from the TTF:
 * - vertical metrics: hhea ascender / |descender| / max(0, lineGap), or the OS/2 typo values
 *   when USE_TYPO_METRICS (fsSelection bit 7) is set;
 * - advance per code point: the hmtx advance of the cmap's glyph;
 * - kerning between two covered code points: GPOS `kern` pair lookups over their glyphs (see
 *   gpos-kern.ts), else the legacy `kern` table. Every pair of covered glyphs is evaluated
 *   (≈ 2,300² per face, under a second) and folded into classes of identical rows and columns.
 */
import opentype from 'opentype.js';
import { readGposKerning } from './gpos-kern.js';
import { METRICS_FORMAT, type FaceMetricsFile } from './metrics-file.js';

type Kern = (left: number, right: number) => number;

/** Legacy `kern` table pairs as a function over glyph indices. */
function legacyKerning(pairs: Record<string, number>): Kern {
  const table = new Map<number, number>();
  for (const [key, value] of Object.entries(pairs)) {
    const [l, r] = key.split(',').map(Number);
    if (l !== undefined && r !== undefined) table.set(l * 0x10000 + r, value);
  }
  return (l, r) => table.get(l * 0x10000 + r) ?? 0;
}

/** Numbers each distinct non-empty key 1, 2, … in order of first appearance; '' (all zero) is 0. */
function classify(keys: readonly string[]): number[] {
  const ids = new Map<string, number>();
  return keys.map((k) => {
    if (k === '') return 0;
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(k, id);
    }
    return id;
  });
}

export function extractFaceMetrics(fontFile: string, bytes: Uint8Array): FaceMetricsFile {
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const font = opentype.parse(ab);
  const hhea = font.tables.hhea;
  const os2 = font.tables.os2;
  const useTypo = os2 !== undefined && (os2.fsSelection & 0x80) !== 0;
  const ascent = useTypo ? os2.sTypoAscender : hhea.ascender;
  const descent = Math.abs(useTypo ? os2.sTypoDescender : hhea.descender);
  const lineGap = Math.max(0, useTypo ? os2.sTypoLineGap : hhea.lineGap);

  const map = font.tables.cmap.glyphIndexMap;
  const cps = Object.keys(map)
    .map(Number)
    .filter((cp) => (map[cp] ?? 0) > 0)
    .sort((a, b) => a - b);
  const glyphOf = cps.map((cp) => map[cp]!);
  const advances = glyphOf.map((g) => font.glyphs.get(g).advanceWidth ?? 0);

  const kern: Kern = readGposKerning(new Uint8Array(ab)) ?? legacyKerning(font.kerningPairs);
  // Rows (left glyph) and columns (right glyph) of the pair table over the covered glyphs,
  // keyed by their non-zero cells; identical keys become one class.
  const n = cps.length;
  const rowKeys: string[] = [];
  const colCells: string[][] = Array.from({ length: n }, () => []);
  const rowCells: Array<Array<[number, number]>> = [];
  for (let i = 0; i < n; i++) {
    const cells: Array<[number, number]> = [];
    for (let j = 0; j < n; j++) {
      const v = kern(glyphOf[i]!, glyphOf[j]!);
      if (v !== 0) {
        cells.push([j, v]);
        colCells[j]!.push(`${i}:${v}`);
      }
    }
    rowCells.push(cells);
    rowKeys.push(cells.map(([j, v]) => `${j}:${v}`).join(','));
  }
  const kernLeft = classify(rowKeys);
  const kernRight = classify(colCells.map((c) => c.join(',')));
  const kernRows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const lc = kernLeft[i]!;
    if (lc === 0 || kernRows[lc - 1]) continue;
    const byClass = new Map<number, number>();
    for (const [j, v] of rowCells[i]!) byClass.set(kernRight[j]!, v);
    kernRows[lc - 1] = [...byClass].sort((a, b) => a[0] - b[0]).flat();
  }

  return {
    format: METRICS_FORMAT,
    font: fontFile,
    unitsPerEm: font.unitsPerEm,
    ascent,
    descent,
    lineGap,
    codepoints: cps.map((cp, i) => (i === 0 ? cp : cp - cps[i - 1]!)),
    advances,
    kernLeft,
    kernRight,
    kernRows,
  };
}
