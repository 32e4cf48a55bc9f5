/**
 * ImageElement and image-rendered ChartElement → pptxgenjs addImage, with alt text in `descr`.
 * A decorative picture gets an empty `descr` plus PowerPoint's "mark as decorative" flag, written
 * in the zip pass (pptxgenjs would otherwise put the file path into `descr`).
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

export function addImageElement(slide: Slide, el: ImageElement): void {
  const alt = stripXmlForbidden(el.alt).trim();
  const options: ImageProps = { path: el.path, ...boxOptions(el.box) };
  if (el.decorative || alt === '') options.objectName = MARK.decorative;
  else options.altText = alt;
  slide.addImage(options);
}

/** A chart PNG, fitted into the element's box without distortion (centred, aspect kept). */
export function addChartImage(slide: Slide, el: ChartElement, chart: RenderedChart): void {
  const box = fitContain(el.box, chart.widthPx / chart.heightPx);
  const data = `image/png;base64,${Buffer.from(chart.png).toString('base64')}`;
  slide.addImage({ data, ...boxOptions(box), altText: stripXmlForbidden(el.alt) });
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
