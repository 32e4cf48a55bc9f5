import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeUtf8, isTextPart, wellFormedText } from './parts.js';

const roundTrip = (s: string): string => decodeUtf8(new TextEncoder().encode(s));

describe('wellFormedText', () => {
  test('reads back what a UTF-8 zip entry would: lone surrogates → U+FFFD, one BOM dropped', () => {
    expect(wellFormedText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(wellFormedText('\uFEFF\uFEFF<x/>')).toBe('\uFEFF<x/>');
    expect(wellFormedText('<a:t>🚀 Ä</a:t>')).toBe('<a:t>🚀 Ä</a:t>');
    const plain = '<p:sld/>'.repeat(10);
    expect(wellFormedText(plain)).toBe(plain);
  });

  test('equals UTF-8 encode + decode for any string', () => {
    const units = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('\uD83D', '\uDE80', '\uFEFF', 'a', '\u0001', '\uFFFF') }));
    fc.assert(fc.property(units, (s) => wellFormedText(s) === roundTrip(s)));
  });

  test('text parts are the XML and relationship parts', () => {
    expect(isTextPart('ppt/slides/slide1.xml')).toBe(true);
    expect(isTextPart('ppt/slides/_rels/slide1.xml.rels')).toBe(true);
    expect(isTextPart('ppt/media/image-1-1.png')).toBe(false);
    expect(isTextPart('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx')).toBe(false);
  });
});
