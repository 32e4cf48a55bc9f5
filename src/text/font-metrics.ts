/**
 * Metrics of the TTF files shipped in assets/fonts, read once with opentype.js and cached.
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
 * also follows the extension lookups Carlito uses), else the legacy `kern` table. LibreOffice
 * kerns (measured: Liberation Sans line widths agree within ±0.5% with kerning applied), and
 * pptxgenjs' default text style sets kern="1200", so PowerPoint kerns text from 12 pt up.
 *
 * The files are read synchronously on first use: they are shipped assets, not user input.
 */
import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import type { Font } from 'opentype.js';
import type { FontFace } from '../model/theme.js';
import { fontPath } from '../assets.js';
import { readGposKerning } from './gpos-kern.js';

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
  /** BMP tables filled lazily: glyph index (−1 = not looked up yet) and advance. */
  private readonly glyphIndex = new Int32Array(0x10000).fill(-1);
  private readonly advances = new Float64Array(0x10000);
  private readonly astral = new Map<number, { index: number; advance: number }>();
  private readonly kernTable = new Map<number, number>();
  private readonly gpos: ((left: number, right: number) => number) | undefined;
  private readonly pairCache = new Map<number, number>();
  private readonly words = new Map<string, number>();

  constructor(
    readonly file: string,
    private readonly font: Font,
    bytes: Uint8Array,
  ) {
    this.unitsPerEm = font.unitsPerEm;
    const hhea = font.tables.hhea;
    const os2 = font.tables.os2;
    const useTypo = os2 !== undefined && (os2.fsSelection & 0x80) !== 0;
    const asc = useTypo ? os2.sTypoAscender : hhea.ascender;
    const desc = Math.abs(useTypo ? os2.sTypoDescender : hhea.descender);
    const gap = useTypo ? os2.sTypoLineGap : hhea.lineGap;
    this.ascentEm = asc / this.unitsPerEm;
    this.descentEm = desc / this.unitsPerEm;
    this.lineGapEm = Math.max(0, gap) / this.unitsPerEm;
    this.lineHeightEm = this.ascentEm + this.descentEm + this.lineGapEm;
    this.gpos = readGposKerning(bytes);
    if (!this.gpos) {
      for (const [key, value] of Object.entries(font.kerningPairs)) {
        const [l, r] = key.split(',').map(Number);
        if (l !== undefined && r !== undefined) this.kernTable.set(l * 0x10000 + r, value);
      }
    }
  }

  private lookup(cp: number): number {
    if (cp < 0x10000) {
      const cached = this.glyphIndex[cp]!;
      if (cached >= 0) return cached;
      const index = this.font.charToGlyphIndex(String.fromCharCode(cp));
      this.glyphIndex[cp] = index;
      this.advances[cp] = this.advanceOf(cp, index);
      return index;
    }
    let entry = this.astral.get(cp);
    if (!entry) {
      const index = this.font.charToGlyphIndex(String.fromCodePoint(cp));
      entry = { index, advance: this.advanceOf(cp, index) };
      this.astral.set(cp, entry);
    }
    return entry.index;
  }

  private advanceOf(cp: number, index: number): number {
    if (isZeroWidth(cp)) return 0;
    if (index > 0) return this.font.glyphs.get(index).advanceWidth ?? 0;
    // Renderers draw a missing no-break or fixed space as a space (Carlito has no U+00A0).
    if (isSpaceLike(cp)) return this.advance(0x20);
    return (isWide(cp) ? 1 : FALLBACK_EM) * this.unitsPerEm;
  }

  advance(cp: number): number {
    this.lookup(cp);
    return cp < 0x10000 ? this.advances[cp]! : this.astral.get(cp)!.advance;
  }

  hasGlyph(cp: number): boolean {
    return this.lookup(cp) > 0;
  }

  kerning(leftCp: number, rightCp: number): number {
    const l = this.lookup(leftCp);
    const r = this.lookup(rightCp);
    if (l <= 0 || r <= 0) return 0;
    const key = l * 0x10000 + r;
    if (!this.gpos) return this.kernTable.get(key) ?? 0;
    let v = this.pairCache.get(key);
    if (v === undefined) {
      v = this.gpos(l, r);
      this.pairCache.set(key, v);
    }
    return v;
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

/** Loads (once) one TTF from assets/fonts. Throws if the shipped file is missing: a packaging bug. */
export function loadFont(file: string): FontMetrics {
  let f = loaded.get(file);
  if (!f) {
    const buf = readFileSync(fontPath(file));
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    f = new LoadedFont(file, opentype.parse(ab), new Uint8Array(ab));
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
