/**
 * `isWhiteSpace(code)` is exactly `/\s/.test(String.fromCharCode(code))` (ECMAScript WhiteSpace
 * and LineTerminator), without a regex call per character: the text scans that use it
 * (nesting-depth.ts, positions.ts) run over every character of an outline.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
