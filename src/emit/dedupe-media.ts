/**
 * pptxgenjs writes one media part per picture use (`ppt/media/image-<slide>-<n>.png`), so a logo on
 * 2,000 slides would be stored 2,000 times. Keep one part per distinct content (the first name in
 * code-unit order, so the result is deterministic), point every relationship at it and drop the
 * copies. Media content types are Defaults by extension, so [Content_Types].xml needs no change
 * (and dangling Overrides are removed by repair-package.ts anyway).
 */
import { createHash } from 'node:crypto';
import { type Parts } from './parts.js';

const MEDIA = /^ppt\/media\/([^/]+)$/;

/** The parts without duplicate media: `parts` itself when there are none, else a new map. */
export function dedupeMedia(parts: Parts): Parts {
  const keep = new Map<string, string>();
  /** Base name of a copy → base name of the part kept in its place. */
  const replaced = new Map<string, string>();
  for (const name of [...parts.keys()].sort()) {
    const base = MEDIA.exec(name)?.[1];
    if (!base) continue;
    const ext = base.slice(base.lastIndexOf('.')).toLowerCase();
    const key = `${createHash('sha256').update(parts.get(name) as Uint8Array | string).digest('hex')}${ext}`;
    const first = keep.get(key);
    if (first) replaced.set(base, first);
    else keep.set(key, base);
  }
  if (replaced.size === 0) return parts;
  const out: Parts = new Map();
  for (const [name, data] of parts) {
    const base = MEDIA.exec(name)?.[1];
    if (base && replaced.has(base)) continue;
    if (!name.endsWith('.rels') || typeof data !== 'string') {
      out.set(name, data);
      continue;
    }
    out.set(
      name,
      data.replace(/(Target="(?:\.\.\/)?media\/)([^"]+)"/g, (m, head: string, file: string) => {
        const kept = replaced.get(file);
        return kept ? `${head}${kept}"` : m;
      }),
    );
  }
  return out;
}
