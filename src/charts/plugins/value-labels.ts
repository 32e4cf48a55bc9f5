/**
 * Inline Chart.js plugin: prints each value on its bar, point or slice. Texts are formatted
 * beforehand (texts[dataset][index], '' = none) so this plugin only places them. For each label
 * it tries candidate places in order and takes the first that lies inside the plot and does not
 * overlap a label already drawn; a label with no free place is left out (the values are also in
 * the alt text and, on request, the notes):
 * - bars: beyond the bar's end (above / right; below for negative values and for `below`), then
 *   inside the end; stacked segments only in their centre;
 * - line points: above the point, then below;
 * - pie and doughnut slices: at the slice centre, when the slice is big enough.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartStyle } from '../chart-style.js';
import { textOn } from '../chart-style.js';
import { drawText, measure, type TextAlign, type TextBaseline } from './canvas-text.js';
import { overlaps, recordLabels, type Rect } from './label-room.js';

export interface ValueLabelOptions {
  texts: string[][];
  style: ChartStyle;
  /** Fill colour of each element, to pick a readable text colour for labels drawn inside. */
  fills: string[][];
  stacked: boolean;
  /** Elements whose label goes below (vertical) or left of (horizontal) the bar, e.g. waterfall decreases. */
  below?: boolean[][];
  /** A reference line drawn later: no label may sit on it. */
  avoid?: { axisId: string; value: number };
}

interface Place {
  x: number;
  y: number;
  align: TextAlign;
  baseline: TextBaseline;
  color: string;
  /** A place inside a bar: the text must fit in this rectangle. */
  within?: Rect;
}

interface BarProps {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal: boolean;
}

interface ArcProps {
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
}

/** The rectangle a text of size w×h covers when anchored at p. */
function rectOf(p: Place, w: number, h: number): Rect {
  const x = p.align === 'left' ? p.x : p.align === 'right' ? p.x - w : p.x - w / 2;
  const y = p.baseline === 'top' ? p.y : p.baseline === 'bottom' ? p.y - h : p.y - h / 2;
  return { x, y, w, h };
}

const fitsWithin = (outer: Rect, r: Rect) =>
  r.x >= outer.x - 1 && r.x + r.w <= outer.x + outer.w + 1 && r.y >= outer.y - 1 && r.y + r.h <= outer.y + outer.h + 1;

/** Labels may stick out sideways into the axis margins, but not above or below the plot. */
const contains = (area: { top: number; bottom: number }, width: number, r: Rect) =>
  r.x >= 0 && r.x + r.w <= width && r.y >= area.top - 1 && r.y + r.h <= area.bottom + 1;


export function valueLabelsPlugin(o: ValueLabelOptions): Plugin {
  return {
    id: 'bdValueLabels',
    afterDatasetsDraw(chart: Chart) {
      const ctx = chart.ctx;
      const area = chart.chartArea;
      const font = o.style.font.valueLabel;
      const gap = o.style.px.gap;
      const text = o.style.color.text;
      const drawn: Rect[] = [];
      const line = o.avoid ? chart.scales[o.avoid.axisId] : undefined;
      if (line && o.avoid) {
        const at = line.getPixelForValue(o.avoid.value);
        const band = o.style.px.line * 1.5;
        // Kept apart from the labels recorded for later plugins: it is the line, not a label.
        drawn.push(line.isHorizontal() ? { x: at - band, y: area.top, w: 2 * band, h: area.bottom - area.top } : { x: 0, y: at - band, w: chart.width, h: 2 * band });
      }
      const lineRects = drawn.length;
      chart.data.datasets.forEach((ds, di) => {
        if (!chart.isDatasetVisible(di)) return;
        const meta = chart.getDatasetMeta(di);
        meta.data.forEach((el, i) => {
          const label = o.texts[di]?.[i];
          if (!label) return;
          const fill = o.fills[di]?.[i] ?? text;
          const onFill = textOn(fill, o.style);
          const box = measure(ctx, label, font);
          const places: Place[] = [];
          if (meta.type === 'bar') {
            const b = el.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as BarProps;
            const value = ds.data[i];
            const flip = (typeof value === 'number' && value < 0) || o.below?.[di]?.[i] === true;
            if (b.horizontal) {
              const lo = Math.min(b.x, b.base);
              const hi = Math.max(b.x, b.base);
              const bar = { x: lo, y: b.y - b.height / 2, w: hi - lo, h: b.height };
              const mid = (lo + hi) / 2;
              if (o.stacked) places.push({ x: mid, y: b.y, align: 'center', baseline: 'middle', color: onFill, within: bar });
              else if (flip)
                places.push(
                  { x: lo - gap, y: b.y, align: 'right', baseline: 'middle', color: text },
                  { x: lo + gap, y: b.y, align: 'left', baseline: 'middle', color: onFill, within: bar },
                );
              else
                places.push(
                  { x: hi + gap, y: b.y, align: 'left', baseline: 'middle', color: text },
                  { x: hi - gap, y: b.y, align: 'right', baseline: 'middle', color: onFill, within: bar },
                );
            } else {
              const top = Math.min(b.y, b.base);
              const bottom = Math.max(b.y, b.base);
              const bar = { x: b.x - b.width / 2, y: top, w: b.width, h: bottom - top };
              if (o.stacked) places.push({ x: b.x, y: (top + bottom) / 2, align: 'center', baseline: 'middle', color: onFill, within: bar });
              else if (flip)
                places.push(
                  { x: b.x, y: bottom + gap, align: 'center', baseline: 'top', color: text },
                  { x: b.x, y: bottom - gap, align: 'center', baseline: 'bottom', color: onFill, within: bar },
                );
              else
                places.push(
                  { x: b.x, y: top - gap, align: 'center', baseline: 'bottom', color: text },
                  { x: b.x, y: top + gap, align: 'center', baseline: 'top', color: onFill, within: bar },
                );
            }
          } else if (meta.type === 'line') {
            const p = el.getProps(['x', 'y'], true) as unknown as { x: number; y: number };
            const d = o.style.px.point + gap;
            places.push(
              { x: p.x, y: p.y - d, align: 'center', baseline: 'bottom', color: text },
              { x: p.x, y: p.y + d, align: 'center', baseline: 'top', color: text },
            );
          } else if (meta.type === 'pie' || meta.type === 'doughnut') {
            const a = el.getProps(['startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as ArcProps;
            const c = (el as unknown as { getCenterPoint(final: boolean): { x: number; y: number } }).getCenterPoint(true);
            const arcLen = (a.endAngle - a.startAngle) * ((a.innerRadius + a.outerRadius) / 2);
            if (arcLen >= box.width * 0.9 && a.outerRadius - a.innerRadius >= box.height)
              places.push({ x: c.x, y: c.y, align: 'center', baseline: 'middle', color: onFill });
          }
          // The first place inside the plot (slices: anywhere), within its bar if it must be, and
          // free of the labels drawn so far.
          const arc = meta.type === 'pie' || meta.type === 'doughnut';
          // With a reference line in the way, the places outside the element are tried once more,
          // moved one label further out (a value hidden behind the line is worse than a gap).
          const outside = places.filter((p) => !p.within);
          const shift = (p: Place): Place => {
            const d = (p.align === 'left' ? 1 : p.align === 'right' ? -1 : 0) * (box.width / 2 + gap);
            const v = (p.baseline === 'bottom' ? -1 : p.baseline === 'top' ? 1 : 0) * (box.height + gap);
            return { ...p, x: p.x + (v === 0 ? d : 0), y: p.y + v };
          };
          const tries = o.avoid && !arc ? [...places, ...outside.map(shift)] : places;
          for (const p of tries) {
            const r = rectOf(p, box.width, box.height);
            if (!arc && !contains(area, chart.width, r)) continue;
            if (p.within && !fitsWithin(p.within, r)) continue;
            if (drawn.some((d) => overlaps(d, r))) continue;
            drawText(ctx, label, p.x, p.y, font, p.color, p.align, p.baseline);
            drawn.push(r);
            break;
          }
        });
      });
      recordLabels(chart, drawn.slice(lineRects));
    },
  };
}
