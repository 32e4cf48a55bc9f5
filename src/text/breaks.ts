/**
 * Where a line may break, as PowerPoint and LibreOffice break Latin, Greek, Cyrillic and CJK text
 * (a small subset of Unicode line breaking, UAX #14, that covers briefing text):
 * - after a run of spaces (U+0020, tab); NBSP (U+00A0), U+202F and U+2007 never break;
 * - after a hyphen (U+002D, U+2010) inside a word and before a letter: "Infrastruktur-|Investment",
 *   but not "-5" or "2-3" (a hyphen before a digit binds, as a minus sign would);
 * - after an en or em dash (U+2013, U+2014) inside a word: "2015–|2020", "Wort—|Wort";
 * - after U+200B ZERO WIDTH SPACE;
 * - before and after a CJK character, except before closing punctuation;
 * - hard breaks: "\n", "\v", U+2028 (a line break inside the paragraph).
 * No break after "/" (URLs, "und/oder"): a missing break opportunity can only make the measured
 * text need more lines, the safe side.
 */
import { isWide } from './font-metrics.js';

/** 0: no break; 1 (Soft): a line may end here; 2 (Hard): a line must end here. */
export const BreakKind = { None: 0, Soft: 1, Hard: 2 } as const;
export type BreakKind = (typeof BreakKind)[keyof typeof BreakKind];

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

export function isHardBreak(code: number): boolean {
  return code === 0x0a || code === 0x0b || code === 0x2028 || code === 0x0d;
}

const LETTER = /\p{L}/u;
const CLOSING = new Set([...'。、，．）」』】〕〉》！？：；・ー々ゝゞ)]}!?,.:;'].map((c) => c.codePointAt(0)!));

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER.test(String.fromCharCode(code));
}

function isLetterOrDigit(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39);
}

/**
 * Classifies the position between text[i-1] and text[i] (1 ≤ i ≤ text.length; i = length is the
 * end of the paragraph, never a break here). Works on UTF-16 code units; surrogates count as
 * letters, so astral characters never split.
 */
export function breakBefore(text: string, i: number): BreakKind {
  if (i <= 0 || i >= text.length) return BreakKind.None;
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i);
  if (isHardBreak(prev)) {
    // "\r\n" is one break.
    return prev === 0x0d && next === 0x0a ? BreakKind.None : BreakKind.Hard;
  }
  if (isSpace(next) || isHardBreak(next)) return BreakKind.None;
  if (isSpace(prev)) return BreakKind.Soft;
  if (prev === 0x200b) return BreakKind.Soft;
  const before = i >= 2 ? text.charCodeAt(i - 2) : 0x20;
  const inWord = !isSpace(before) && !isHardBreak(before);
  if ((prev === 0x2d || prev === 0x2010) && inWord && isLetter(next)) return BreakKind.Soft;
  if ((prev === 0x2013 || prev === 0x2014) && inWord && isLetterOrDigit(next)) return BreakKind.Soft;
  if (isWide(next) && !CLOSING.has(next) && !isSpace(prev)) return BreakKind.Soft;
  if (isWide(prev) && !CLOSING.has(next) && prev !== 0xff08 && prev !== 0x300c) return BreakKind.Soft;
  return BreakKind.None;
}
