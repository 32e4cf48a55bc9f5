/**
 * The package as the zip pass sees it: part name (zip path, no leading slash) → content. XML and
 * relationship parts (`*.xml`, `*.rels`) are JavaScript strings, every other part (media,
 * workbooks) is bytes. Nothing is zipped until the very end (zip-write.ts).
 */
export type PartData = string | Uint8Array;
export type Parts = Map<string, PartData>;

const TEXT_PART = /\.(xml|rels)$/;

/** Whether a part is XML text (held as a string) rather than bytes. */
export function isTextPart(name: string): boolean {
  return TEXT_PART.test(name);
}

const decoder = new TextDecoder('utf-8');

/** UTF-8 bytes → string, as a zip reader would decode a part (invalid sequences → U+FFFD, one BOM dropped). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * The string a text part reads back as after UTF-8 encoding and decoding: lone surrogates become
 * U+FFFD and one leading byte-order mark is dropped; `decodeUtf8(encode(s))` without the copies.
 */
export function wellFormedText(text: string): string {
  const s = text as unknown as WellFormed;
  const whole = typeof s.isWellFormed === 'function' ? (s.isWellFormed() ? text : s.toWellFormed()) : decoder.decode(encoder.encode(text));
  return whole.charCodeAt(0) === 0xfeff ? whole.slice(1) : whole;
}

const encoder = new TextEncoder();

/** ES2024 String methods (Node 20 has them; the project's lib setting is ES2023). */
interface WellFormed {
  isWellFormed?: () => boolean;
  toWellFormed: () => string;
}
