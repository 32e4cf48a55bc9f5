/**
 * Pair kerning from a TrueType/OpenType font's GPOS table: the lookups of the `kern` feature,
 * pair adjustment (type 2, formats 1 and 2), also when wrapped in extension lookups (type 9).
 * opentype.js 1.3.4 skips extension lookups, and Carlito keeps all its kerning there; HarfBuzz
 * (LibreOffice) and PowerPoint apply it, so we read it here. Only the first glyph's x-advance
 * adjustment is used, which is what horizontal kerning changes. Offsets follow the OpenType spec
 * (GPOS, Common Table Formats); all values are font units.
 *
 * Build time only: metrics-extract.ts folds this into assets/metrics/*.json; run-time measuring
 * reads those files (font-metrics.ts).
 */

interface PairSubtable {
  coverage: number;
  format: 1 | 2;
  base: number;
  valueFormat1: number;
  valueFormat2: number;
}

const popcount = (x: number): number => {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
};

/** Returns a kerning function over glyph indices, or undefined when the font has no GPOS kern. */
export function readGposKerning(bytes: Uint8Array): ((left: number, right: number) => number) | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number): number => view.getUint16(o);
  const i16 = (o: number): number => view.getInt16(o);
  const u32 = (o: number): number => view.getUint32(o);

  let gpos = -1;
  const numTables = u16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    if (String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!) === 'GPOS') gpos = u32(rec + 8);
  }
  if (gpos < 0) return undefined;

  const featureList = gpos + u16(gpos + 6);
  const lookupList = gpos + u16(gpos + 8);
  const kernLookups = new Set<number>();
  for (let i = 0, n = u16(featureList); i < n; i++) {
    const rec = featureList + 2 + 6 * i;
    const tag = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
    if (tag !== 'kern') continue;
    const feature = featureList + u16(rec + 4);
    for (let k = 0, m = u16(feature + 2); k < m; k++) kernLookups.add(u16(feature + 4 + 2 * k));
  }

  const lookups: PairSubtable[][] = [];
  for (const index of [...kernLookups].sort((a, b) => a - b)) {
    const lookup = lookupList + u16(lookupList + 2 + 2 * index);
    const type = u16(lookup);
    const subtables: PairSubtable[] = [];
    for (let s = 0, n = u16(lookup + 4); s < n; s++) {
      let sub = lookup + u16(lookup + 6 + 2 * s);
      let subType = type;
      if (type === 9) {
        subType = u16(sub + 2);
        sub += u32(sub + 4);
      }
      if (subType !== 2) continue;
      const format = u16(sub);
      if (format !== 1 && format !== 2) continue;
      subtables.push({ coverage: sub + u16(sub + 2), format, base: sub, valueFormat1: u16(sub + 4), valueFormat2: u16(sub + 6) });
    }
    if (subtables.length) lookups.push(subtables);
  }
  if (lookups.length === 0) return undefined;

  const coverageIndex = (table: number, glyph: number): number => {
    const format = u16(table);
    const count = u16(table + 2);
    if (format === 1) {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = u16(table + 4 + 2 * mid);
        if (g === glyph) return mid;
        if (g < glyph) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    }
    for (let lo = 0, hi = count - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      const rec = table + 4 + 6 * mid;
      if (glyph < u16(rec)) hi = mid - 1;
      else if (glyph > u16(rec + 2)) lo = mid + 1;
      else return u16(rec + 4) + glyph - u16(rec);
    }
    return -1;
  };

  const classOf = (table: number, glyph: number): number => {
    if (u16(table) === 1) {
      const start = u16(table + 2);
      return glyph >= start && glyph < start + u16(table + 4) ? u16(table + 6 + 2 * (glyph - start)) : 0;
    }
    for (let lo = 0, hi = u16(table + 2) - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      const rec = table + 4 + 6 * mid;
      if (glyph < u16(rec)) hi = mid - 1;
      else if (glyph > u16(rec + 2)) lo = mid + 1;
      else return u16(rec + 4);
    }
    return 0;
  };

  /** x-advance of value record 1 at `record`, 0 when the format has none. */
  const xAdvance = (record: number, valueFormat: number): number =>
    valueFormat & 0x4 ? i16(record + 2 * popcount(valueFormat & 0x3)) : 0;

  /** One lookup: the first subtable covering `left` (and, in format 1, listing `right`) decides. */
  const applyLookup = (subtables: readonly PairSubtable[], left: number, right: number): number => {
    for (const t of subtables) {
      const ci = coverageIndex(t.coverage, left);
      if (ci < 0) continue;
      const size1 = 2 * popcount(t.valueFormat1);
      const size2 = 2 * popcount(t.valueFormat2);
      if (t.format === 1) {
        const pairSet = t.base + u16(t.base + 10 + 2 * ci);
        const recSize = 2 + size1 + size2;
        for (let lo = 0, hi = u16(pairSet) - 1; lo <= hi; ) {
          const mid = (lo + hi) >> 1;
          const rec = pairSet + 2 + recSize * mid;
          const g = u16(rec);
          if (g === right) return xAdvance(rec + 2, t.valueFormat1);
          if (g < right) lo = mid + 1;
          else hi = mid - 1;
        }
        continue;
      }
      const class1 = classOf(t.base + u16(t.base + 8), left);
      const class2 = classOf(t.base + u16(t.base + 10), right);
      const class2Count = u16(t.base + 14);
      const rec = t.base + 16 + (class1 * class2Count + class2) * (size1 + size2);
      return xAdvance(rec, t.valueFormat1);
    }
    return 0;
  };

  return (left, right) => {
    let v = 0;
    for (const subtables of lookups) v += applyLookup(subtables, left, right);
    return v;
  };
}
