/**
 * Reads every picture a deck shows (slide images and the theme's logo) once, through the host:
 * checks that each is a real PNG or JPEG of at most 100 megapixels, and returns the pixel sizes
 * (layout keeps aspect ratios) and the bytes (emit embeds exactly what was checked, never
 * re-reading the path). Bad pictures are positioned errors, never a broken picture in the deck.
 */
import path from 'node:path';
import type { DiagnosticBag } from './diagnostics/diagnostic.js';
import type { Host } from './host.js';
import type { Outline } from './model/outline.js';
import type { Span } from './model/span.js';
import type { Theme } from './model/theme.js';

export interface Pictures {
  sizes: Map<string, { width: number; height: number }>;
  bytes: Map<string, Uint8Array>;
}

const MAX_PIXELS = 100e6;

export async function readPictures(outline: Outline, theme: Theme, host: Host, diags: DiagnosticBag): Promise<Pictures> {
  const wanted: { abs: string; shown: string; code: string; span: Span }[] = [];
  for (const section of outline.sections)
    for (const slide of section.slides)
      if (slide.image) wanted.push({ abs: path.resolve(outline.dir, slide.image.path), shown: slide.image.path, code: 'image/unreadable', span: slide.span });
  if (theme.logo) wanted.push({ abs: theme.logo, shown: `the theme's logo ${path.basename(theme.logo)}`, code: 'theme/logo-unreadable', span: outline.span });
  const out: Pictures = { sizes: new Map(), bytes: new Map() };
  if (wanted.length === 0) return out;
  // image-size is loaded only for decks with pictures (start-up cost of every other build).
  const { imageSize } = await import('image-size');
  for (const w of wanted) {
    if (out.bytes.has(w.abs)) continue;
    try {
      const data = await host.readFile(w.abs);
      const dim = imageSize(data);
      if (!dim.width || !dim.height || (dim.type !== 'png' && dim.type !== 'jpg')) throw new Error('not a PNG or JPEG');
      if (dim.width * dim.height > MAX_PIXELS) throw new Error(`${dim.width}×${dim.height} pixels is too large`);
      out.sizes.set(w.abs, { width: dim.width, height: dim.height });
      out.bytes.set(w.abs, data);
    } catch (e) {
      diags.error(w.code, `${w.shown} is not a usable PNG or JPEG image: ${(e as Error).message}`, {
        span: w.span,
        hint: 'export the picture as PNG or JPEG (at most 100 megapixels)',
      });
    }
  }
  return out;
}
