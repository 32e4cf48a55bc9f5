/**
 * Metrics of the TTF files shipped in assets/fonts, read once from their precomputed
 * assets/metrics/<file>.json (see metrics-file.ts; scripts/build-metrics.mjs writes them, a test
 * keeps them equal to the TTFs) and cached. No TTF is parsed at run time.
 *
 * Units: advance widths and kerning are in font units (1/unitsPerEm em); vertical metrics are
 * in em. Callers turn em into points by multiplying with the font size in points.
 *
 * Line height: LibreOffice (on Linux, and Impress adds the external leading) takes the hhea
 * ascender + descender + lineGap unless OS/2 USE_TYPO_METRICS is set; for Liberation Sans that is
 * (1854 + 434 + 67) / 2048 = 1.150 em, for Carlito (1536 + 512 + 452) / 2048 = 1.221 em. The
 * calibration test in tests/text checks this against LibreOffice's PDF output.
 *
 * Kerning: the GPOS `kern` pair lookups (read by gpos-kern.ts, which, unlike opentype.js 1.3.4,
 * also follows the extension lookups Carlito uses), else the legacy `kern` table, folded into
 * exact class tables at build time (metrics-extract.ts). LibreOffice
 * kerns (measured: Liberation Sans line widths agree within ±0.5% with kerning applied), and
 * pptxgenjs' default text style sets kern="1200", so PowerPoint kerns text from 12 pt up.
 *
 * The files are read synchronously on first use (30–46 KiB of JSON, 1–6 ms per face measured):
 * they are shipped assets, not user input.
 */
import { readFileSync } from 'node:fs';
import type { FontFace } from '../model/theme.js';
import { METRICS_FORMAT, metricsPath, type FaceMetricsFile } from './metrics-file.js';

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
}

export interface FontMetrics {
  /** File name inside assets/fonts. */
  readonly file: string;
  readonly unitsPerEm: number;
  /** hhea ascender, em (positive). */
  readonly ascentEm: number;
  /** hhea descender, em (positive, below the baseline). */
  readonly descentEm: number;
  /** hhea lineGap, em. */
  readonly lineGapEm: number;
  /** Single line height as LibreOffice lays it out, em. */
  readonly lineHeightEm: number;
  /** Advance width of a code point, font units (a fallback width when the font lacks it). */
  advance(cp: number): number;
  /** Whether the font has a glyph for the code point (else a fallback font will draw it). */
  hasGlyph(cp: number): boolean;
  /** Pair kerning between two code points, font units (usually ≤ 0). */
  kerning(leftCp: number, rightCp: number): number;
  /** Width of a string with kerning, font units. Cached per string (words repeat a lot). */
  widthUnits(text: string): number;
}

/** Characters drawn with no width (and, for the line breaker, never a place to break). */
export function isZeroWidth(cp: number): boolean {
  return cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff || cp === 0x00ad;
}

/** No-break and fixed-width spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000 excluded). */
function isSpaceLike(cp: number): boolean {
  return cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f;
}

/** East Asian wide characters (CJK ideographs, kana, Hangul syllables, full-width forms). */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const WORD_CACHE_LIMIT = 50_000;
/** Width assumed for a character the font lacks (another font draws it): generous, em. */
const FALLBACK_EM = 0.75;

class LoadedFont implements FontMetrics {
  readonly unitsPerEm: number;
  readonly ascentEm: number;
  readonly descentEm: number;
  readonly lineGapEm: number;
  readonly lineHeightEm: number;
  /** BMP code point → 1 + its position in the metrics arrays (0 = not covered). */
  private readonly bmpSlot = new Uint16Array(0x10000);
  private readonly astralSlot = new Map<number, number>();
  private readonly advances: Int32Array;
  private readonly kernLeft: Uint16Array;
  private readonly kernRight: Uint16Array;
  /** Kerning by class, (left class) × (rightClasses) + right class; row and column 0 are zero. */
  private readonly kernMatrix: Int32Array;
  private readonly rightClasses: number;
  private readonly words = new Map<string, number>();

  constructor(
    readonly file: string,
    data: FaceMetricsFile,
  ) {
    this.unitsPerEm = data.unitsPerEm;
    this.ascentEm = data.ascent / this.unitsPerEm;
    this.descentEm = data.descent / this.unitsPerEm;
    this.lineGapEm = data.lineGap / this.unitsPerEm;
    this.lineHeightEm = this.ascentEm + this.descentEm + this.lineGapEm;
    const n = data.codepoints.length;
    this.advances = Int32Array.from(data.advances);
    this.kernLeft = Uint16Array.from(data.kernLeft);
    this.kernRight = Uint16Array.from(data.kernRight);
    let cp = 0;
    for (let i = 0; i < n; i++) {
      cp += data.codepoints[i]!;
      if (cp < 0x10000) this.bmpSlot[cp] = i + 1;
      else this.astralSlot.set(cp, i + 1);
    }
    this.rightClasses = 1 + Math.max(0, ...data.kernRight);
    this.kernMatrix = new Int32Array((data.kernRows.length + 1) * this.rightClasses);
    data.kernRows.forEach((cells, l) => {
      for (let k = 0; k + 1 < cells.length; k += 2) this.kernMatrix[(l + 1) * this.rightClasses + cells[k]!] = cells[k + 1]!;
    });
  }

  /** 1 + position of the code point in the metrics arrays, 0 when the font lacks it. */
  private slot(cp: number): number {
    return cp < 0x10000 ? this.bmpSlot[cp]! : (this.astralSlot.get(cp) ?? 0);
  }

  advance(cp: number): number {
    if (isZeroWidth(cp)) return 0;
    const s = this.slot(cp);
    if (s > 0) return this.advances[s - 1]!;
    // Renderers draw a missing no-break or fixed space as a space (Carlito has no U+00A0).
    if (isSpaceLike(cp)) return this.advance(0x20);
    return (isWide(cp) ? 1 : FALLBACK_EM) * this.unitsPerEm;
  }

  hasGlyph(cp: number): boolean {
    return this.slot(cp) > 0;
  }

  kerning(leftCp: number, rightCp: number): number {
    const l = this.slot(leftCp);
    const r = this.slot(rightCp);
    if (l === 0 || r === 0) return 0;
    return this.kernMatrix[this.kernLeft[l - 1]! * this.rightClasses + this.kernRight[r - 1]!]!;
  }

  widthUnits(text: string): number {
    const cached = this.words.get(text);
    if (cached !== undefined) return cached;
    let w = 0;
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
        cp = text.codePointAt(i)!;
        i++;
      }
      w += this.advance(cp);
      if (prev >= 0) w += this.kerning(prev, cp);
      prev = cp;
    }
    if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
    this.words.set(text, w);
    return w;
  }
}

const loaded = new Map<string, LoadedFont>();

/**
 * Loads (once) the metrics of one TTF of assets/fonts from assets/metrics/<file>.json. Throws if
 * the shipped file is missing or of another format: a packaging bug, not a user error.
 */
export function loadFont(file: string): FontMetrics {
  let f = loaded.get(file);
  if (!f) {
    const data = JSON.parse(readFileSync(metricsPath(file), 'utf8')) as FaceMetricsFile;
    if (data.format !== METRICS_FORMAT || data.font !== file) throw new Error(`${metricsPath(file)}: not metrics format ${METRICS_FORMAT} of ${file}; run npm run metrics`);
    f = new LoadedFont(file, data);
    loaded.set(file, f);
  }
  return f;
}

/**
 * The file of a face for a style. Bold italic uses the bold file (FontFace has no bold-italic
 * entry; bold italic advances match bold in the metric-compatible families we ship).
 */
export function faceFile(face: FontFace, style: FontStyle = {}): string {
  if (style.bold) return face.bold;
  if (style.italic) return face.italic ?? face.regular;
  return face.regular;
}

export function faceMetrics(face: FontFace, style: FontStyle = {}): FontMetrics {
  return loadFont(faceFile(face, style));
}

/** Width of a string in points at a font size in points (kerning included). */
export function textWidthPt(metrics: FontMetrics, text: string, sizePt: number): number {
  return (metrics.widthUnits(text) * sizePt) / metrics.unitsPerEm;
}
