/** ShapeElement → pptxgenjs addShape (rect, roundRect, ellipse, line), theme-free: colours are in the IR. */
import type { ShapeProps, Slide } from './pptx-lib.js';
import type { ShapeElement } from '../model/presentation.js';
import { pos } from './units.js';

/** Corner radius of a roundRect, inches (pptxgenjs `rectRadius`). */
const CORNER_RADIUS_IN = 0.12;

export function addShapeElement(slide: Slide, el: ShapeElement): void {
  const options: ShapeProps = {
    x: pos(el.box.x),
    y: pos(el.box.y),
    w: pos(el.box.w),
    h: pos(el.box.h),
  };
  if (el.fill) options.fill = { color: el.fill };
  if (el.line) options.line = { color: el.line.color, width: el.line.widthPt };
  else if (el.shape === 'line') options.line = { color: el.fill ?? '000000', width: 1 };
  if (el.shape === 'roundRect') (options as ShapeProps & { rectRadius: number }).rectRadius = CORNER_RADIUS_IN;
  slide.addShape(el.shape, options);
}
