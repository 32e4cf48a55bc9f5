/**
 * The few parts of opentype.js 1.3.4 (which ships no types) that src/text/metrics-extract.ts uses
 * at build time: parsing a TTF, the cmap, advance widths and the legacy `kern` table (GPOS
 * kerning: see gpos-kern.ts).
 */
declare module 'opentype.js' {
  export interface Glyph {
    index: number;
    advanceWidth?: number;
  }

  export interface Font {
    unitsPerEm: number;
    numGlyphs: number;
    tables: {
      hhea: { ascender: number; descender: number; lineGap: number };
      /** The cmap subtable opentype.js picked: code point → glyph index. */
      cmap: { glyphIndexMap: Record<number, number> };
      os2?: {
        sTypoAscender: number;
        sTypoDescender: number;
        sTypoLineGap: number;
        usWinAscent: number;
        usWinDescent: number;
        fsSelection: number;
      };
    };
    glyphs: { get(index: number): Glyph };
    /** Legacy `kern` table: "leftIndex,rightIndex" → adjustment in font units. */
    kerningPairs: Record<string, number>;
    charToGlyphIndex(char: string): number;
  }

  export function parse(buffer: ArrayBuffer): Font;

  const opentype: { parse: typeof parse };
  export default opentype;
}
