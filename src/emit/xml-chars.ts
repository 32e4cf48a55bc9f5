/**
 * Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE, U+FFFF).
 * pptxgenjs escapes only `& < > " '`, so a stray U+0001 from a pasted article makes the part
 * unparseable. We strip them from every string before it reaches pptxgenjs, and again from every
 * XML part in the zip pass (belt and braces: pptxgenjs builds some strings itself).
 */

// With the `u` flag a lone surrogate is one code point in D800–DFFF, which the class excludes.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 does not allow. */
export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escapes text for an XML element or attribute value (after stripping forbidden characters). */
export function escapeXml(text: string): string {
  return stripXmlForbidden(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
