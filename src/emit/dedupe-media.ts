/**
 * pptxgenjs writes one media part per picture use (`ppt/media/image-<slide>-<n>.png`), so a logo on
 * 2,000 slides would be stored 2,000 times. Keep one part per distinct content (the first name in
 * code-unit order, so the result is deterministic), point every relationship at it and drop the
 * copies. Media content types are Defaults by extension, so [Content_Types].xml needs no change
 * (and dangling Overrides are removed by repair-package.ts anyway).
 */
import { createHash } from 'node:crypto';

const MEDIA = /^ppt\/media\/([^/]+)$/;

export function dedupeMedia(
  files: Record<string, Uint8Array>,
  decode: (b: Uint8Array) => string,
  encode: (s: string) => Uint8Array,
): Record<string, Uint8Array> {
  const keep = new Map<string, string>();
  /** Base name of a copy → base name of the part kept in its place. */
  const replaced = new Map<string, string>();
  for (const name of Object.keys(files).sort()) {
    const base = MEDIA.exec(name)?.[1];
    if (!base) continue;
    const ext = base.slice(base.lastIndexOf('.')).toLowerCase();
    const key = `${createHash('sha256').update(files[name] as Uint8Array).digest('hex')}${ext}`;
    const first = keep.get(key);
    if (first) replaced.set(base, first);
    else keep.set(key, base);
  }
  if (replaced.size === 0) return files;
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    const base = MEDIA.exec(name)?.[1];
    if (base && replaced.has(base)) continue;
    if (!name.endsWith('.rels')) {
      out[name] = data;
      continue;
    }
    const xml = decode(data);
    const fixed = xml.replace(/(Target="(?:\.\.\/)?media\/)([^"]+)"/g, (m, head: string, file: string) => {
      const kept = replaced.get(file);
      return kept ? `${head}${kept}"` : m;
    });
    out[name] = fixed === xml ? data : encode(fixed);
  }
  return out;
}
