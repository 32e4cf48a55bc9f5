import { describe, expect, test } from 'vitest';
import { escapeXml, stripXmlForbidden } from './xml-chars.js';

describe('stripXmlForbidden', () => {
  test('removes C0 controls, U+FFFE/U+FFFF and lone surrogates; keeps tab, LF, CR and astral characters', () => {
    expect(stripXmlForbidden('a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(stripXmlForbidden('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripXmlForbidden('tab\tlf\ncr\r😀 ä €')).toBe('tab\tlf\ncr\r😀 ä €');
  });
  test('escapeXml strips and escapes', () => {
    expect(escapeXml('<a & "b"> \u0002\'')).toBe('&lt;a &amp; &quot;b&quot;&gt; &apos;');
  });
});
