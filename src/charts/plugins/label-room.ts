/**
 * Where labels already are, so a later plugin does not draw over them: the value-label plugin
 * records the rectangle of every label it draws, per chart; the target-line plugin reads them
 * together with the rectangles of the bars and points (all in canvas pixels).
 */
import type { Chart } from 'chart.js';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const drawn = new WeakMap<object, Rect[]>();

export function recordLabels(chart: Chart, rects: readonly Rect[]): void {
  drawn.set(chart, [...(drawn.get(chart) ?? []), ...rects]);
}

export function labelRects(chart: Chart): Rect[] {
  return drawn.get(chart) ?? [];
}

/** Every bar (as drawn) and line (points and segments, with a margin of `pad`) of the visible datasets. */
export function elementRects(chart: Chart, pad: number): Rect[] {
  const rects: Rect[] = [];
  chart.data.datasets.forEach((_, di) => {
    if (!chart.isDatasetVisible(di)) return;
    const meta = chart.getDatasetMeta(di);
    for (const el of meta.data) {
      if (meta.type === 'bar') {
        const b = el.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as {
          x: number; y: number; base: number; width: number; height: number; horizontal: boolean;
        };
        if (b.horizontal) rects.push({ x: Math.min(b.x, b.base), y: b.y - b.height / 2, w: Math.abs(b.x - b.base), h: b.height });
        else rects.push({ x: b.x - b.width / 2, y: Math.min(b.y, b.base), w: b.width, h: Math.abs(b.y - b.base) });
      }
    }
    if (meta.type === 'line') {
      // Points and the segments between them (sampled), each with a margin of `pad`.
      const pts = meta.data.map((el) => el.getProps(['x', 'y'], true) as unknown as { x: number; y: number });
      pts.forEach((p, i) => {
        const next = pts[i + 1];
        const steps = next ? 8 : 1;
        for (let k = 0; k < steps; k++) {
          const x = next ? p.x + ((next.x - p.x) * k) / steps : p.x;
          const y = next ? p.y + ((next.y - p.y) * k) / steps : p.y;
          rects.push({ x: x - pad, y: y - pad, w: 2 * pad, h: 2 * pad });
        }
      });
    }
  });
  return rects;
}

export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Area (px²) of the intersection of two rectangles. */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
