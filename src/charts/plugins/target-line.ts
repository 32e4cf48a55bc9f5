/**
 * Inline Chart.js plugin: a dashed reference line at `value` on the value axis `axisId`, with its
 * label at the far end of the line (above a horizontal line, beside a vertical one).
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartStyle } from '../chart-style.js';
import { drawText, measure } from './canvas-text.js';

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
      // The label sits on a background-coloured plate so bars behind it cannot hide it.
      const box = measure(ctx, o.text, font);
      const pad = gap;
      let x: number;
      let y: number;
      if (horizontal) {
        const above = at - 2 * gap - box.height >= area.top;
        x = area.right - box.width - 2 * pad;
        y = above ? at - gap - box.height - pad : at + gap;
      } else {
        const right = at + gap + box.width + 2 * pad <= area.right;
        x = right ? at + gap : at - gap - box.width - 2 * pad;
        y = area.top + gap;
      }
      ctx.save();
      ctx.fillStyle = o.style.color.background;
      ctx.fillRect(x, y, box.width + 2 * pad, box.height + pad);
      ctx.restore();
      drawText(ctx, o.text, x + pad, y + pad / 2, font, o.style.color.text, 'left', 'top');
    },
  };
}
