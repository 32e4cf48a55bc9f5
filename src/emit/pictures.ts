/**
 * ImageElement and image-rendered ChartElement → pptxgenjs addImage, with alt text in `descr`.
 * A decorative picture gets an empty `descr` plus PowerPoint's "mark as decorative" flag, written
 * in the zip pass (pptxgenjs would otherwise put the file path into `descr`).
 *
 * Pictures are handed over as bytes (`Pictures`, keyed by ImageElement.path, read once through
 * the Host by the caller and checked there to be PNG or JPEG), never by path: pptxgenjs would read
 * the file again, outside the Host, after it was checked.
 */
import type { ImageProps, Slide } from './pptx-lib.js';
import type { Box, ChartElement, ImageElement } from '../model/presentation.js';
import { MARK } from './markers.js';
import { pos } from './units.js';
import { stripXmlForbidden } from './xml-chars.js';

export interface RenderedChart {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/** The bytes of every picture a deck shows, keyed by absolute path (ImageElement.path). */
export type Pictures = ReadonlyMap<string, Uint8Array>;

export function addImageElement(slide: Slide, el: ImageElement, pictures: Pictures): void {
  const alt = stripXmlForbidden(el.alt).trim();
  const options: ImageProps = { data: cachedDataUrl(el.path, pictures), ...boxOptions(el.box) };
  if (el.decorative || alt === '') options.objectName = MARK.decorative;
  else options.altText = alt;
  slide.addImage(options);
}

/** A chart PNG, fitted into the element's box without distortion (centred, aspect kept). */
export function addChartImage(slide: Slide, el: ChartElement, size: { widthPx: number; heightPx: number }, data: string): void {
  const box = fitContain(el.box, size.widthPx / size.heightPx);
  slide.addImage({ data, ...boxOptions(box), altText: stripXmlForbidden(el.alt) });
}

/**
 * One base64 encoding per picture and map, however many slides show it (a logo on every slide).
 * pptxgenjs still writes one media part per use; the zip pass keeps one copy (dedupe-media.ts).
 */
const dataUrls = new WeakMap<Pictures, Map<string, string>>();

function cachedDataUrl(file: string, pictures: Pictures): string {
  let urls = dataUrls.get(pictures);
  if (!urls) dataUrls.set(pictures, (urls = new Map()));
  let url = urls.get(file);
  if (url === undefined) urls.set(file, (url = pictureDataUrl(file, pictures.get(file))));
  return url;
}

/**
 * The data URL pptxgenjs takes ("image/png;base64,…", no "data:" prefix), with the media type
 * from the bytes' signature. Missing bytes or a format other than PNG/JPEG are a bug upstream
 * (the caller read and checked every picture), so they throw.
 */
export function pictureDataUrl(file: string, bytes: Uint8Array | undefined): string {
  if (!bytes) throw new Error(`emit: no bytes for picture ${file}`);
  const type = pictureType(bytes);
  if (!type) throw new Error(`emit: ${file} is neither PNG nor JPEG`);
  return `image/${type};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}

/** 'png' or 'jpeg' from the file signature; undefined for anything else. */
export function pictureType(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

function boxOptions(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: pos(box.x), y: pos(box.y), w: pos(box.w), h: pos(box.h) };
}

/** The largest box of the given aspect ratio (w/h) centred in `box`. */
export function fitContain(box: Box, aspect: number): Box {
  if (!Number.isFinite(aspect) || aspect <= 0) return box;
  const boxAspect = box.w / box.h;
  if (Math.abs(boxAspect - aspect) / aspect < 0.005) return box;
  if (boxAspect > aspect) {
    const w = box.h * aspect;
    return { x: box.x + (box.w - w) / 2, y: box.y, w, h: box.h };
  }
  const h = box.w / aspect;
  return { x: box.x, y: box.y + (box.h - h) / 2, w: box.w, h };
}
