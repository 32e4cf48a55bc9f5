/**
 * Inline Chart.js plugin: a dashed reference line at `value` on the value axis `axisId`, with its
 * label on a background plate. The label takes the first place along the line (from its far end,
 * above it, then below it; then a little further away) that covers no bar, line or value label,
 * else the least covered one.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartStyle } from '../chart-style.js';
import { drawText, measure } from './canvas-text.js';
import { elementRects, labelRects, overlapArea, type Rect } from './label-room.js';

export interface TargetLineOptions {
  value: number;
  text: string;
  axisId: string;
  style: ChartStyle;
}

export function targetLinePlugin(o: TargetLineOptions): Plugin {
  return {
    id: 'bdTargetLine',
    afterDatasetsDraw(chart: Chart) {
      const scale = chart.scales[o.axisId];
      if (!scale) return;
      const ctx = chart.ctx;
      const area = chart.chartArea;
      const at = scale.getPixelForValue(o.value);
      const horizontal = !scale.isHorizontal();
      const font = o.style.font.valueLabel;
      const gap = o.style.px.gap;
      ctx.save();
      ctx.strokeStyle = o.style.color.text;
      ctx.lineWidth = o.style.px.line;
      ctx.setLineDash([o.style.px.line * 4, o.style.px.line * 2.5]);
      ctx.beginPath();
      if (horizontal) {
        ctx.moveTo(area.left, at);
        ctx.lineTo(area.right, at);
      } else {
        ctx.moveTo(at, area.top);
        ctx.lineTo(at, area.bottom);
      }
      ctx.stroke();
      ctx.restore();
      if (!o.text) return;
      // The label sits on a background-coloured plate so grid lines behind it cannot hide it.
      const box = measure(ctx, o.text, font);
      const pad = gap;
      const w = box.width + 2 * pad;
      const h = box.height + pad;
      // Along the line from its far end back to its start, above then below it (beside a vertical
      // line: right then left, from the top down), in steps of a quarter label.
      // Then the same one and two label heights (widths) further away from the line.
      const candidates: Rect[] = [];
      for (const away of [0, 1, 2]) {
        if (horizontal) {
          const xs: number[] = [];
          for (let x = area.right - w; x >= area.left + gap; x -= w / 4) xs.push(x);
          for (const y of [at - gap - h - away * h, at + gap + away * h]) for (const x of xs) candidates.push({ x, y, w, h });
        } else {
          const ys: number[] = [];
          for (let y = area.top + gap; y + h <= area.bottom; y += h / 2) ys.push(y);
          for (const x of [at + gap + away * w, at - gap - w - away * w]) for (const y of ys) candidates.push({ x, y, w, h });
        }
      }
      const inside = (r: Rect) => r.x >= area.left - 1 && r.x + r.w <= area.right + 1 && r.y >= area.top - 1 && r.y + r.h <= area.bottom + 1;
      const taken = [...elementRects(chart, o.style.px.point + gap), ...labelRects(chart)];
      const covered = (r: Rect) => taken.reduce((sum, t) => sum + overlapArea(r, t), 0);
      const fits = candidates.filter(inside);
      // The first free place; else the least covered one; else the far end above the line.
      const place =
        fits.find((r) => covered(r) === 0) ??
        fits.reduce<Rect | undefined>((best, r) => (best === undefined || covered(r) < covered(best) ? r : best), undefined) ??
        { x: area.right - w, y: at - gap - h, w, h };
      const x = place.x;
      const y = place.y;
      ctx.save();
      ctx.fillStyle = o.style.color.background;
      ctx.fillRect(x, y, w, h);
      ctx.restore();
      drawText(ctx, o.text, x + pad, y + pad / 2, font, o.style.color.text, 'left', 'top');
    },
  };
}
