/**
 * The pixel size of a chart image: 192 px per inch (2× a 96-dpi slide), the slide box's inches ×
 * 192, rounded, at least 1. The renderer draws at this size and emit places the picture by its
 * aspect before the PNG exists, so both take it from here.
 */
export const PX_PER_INCH = 192;
export const PX_PER_PT = PX_PER_INCH / 72;

export function chartPixelSize(widthIn: number, heightIn: number): { widthPx: number; heightPx: number } {
  return { widthPx: Math.max(1, Math.round(widthIn * PX_PER_INCH)), heightPx: Math.max(1, Math.round(heightIn * PX_PER_INCH)) };
}
