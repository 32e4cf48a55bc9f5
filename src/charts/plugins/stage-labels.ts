/**
 * Inline Chart.js plugin for stages charts: writes each stage's label on its floating bar when it
 * fits inside, else beside the bar's end (or before its start when the end is at the plot's edge).
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartStyle } from '../chart-style.js';
import { textOn } from '../chart-style.js';
import { drawText, measure } from './canvas-text.js';

export interface StageLabelOptions {
  texts: string[];
  fills: string[];
  style: ChartStyle;
}

export function stageLabelsPlugin(o: StageLabelOptions): Plugin {
  return {
    id: 'bdStageLabels',
    afterDatasetsDraw(chart: Chart) {
      const ctx = chart.ctx;
      const area = chart.chartArea;
      const font = o.style.font.valueLabel;
      const gap = o.style.px.gap * 2;
      chart.getDatasetMeta(0).data.forEach((el, i) => {
        const text = o.texts[i];
        if (!text) return;
        const b = el.getProps(['x', 'y', 'base'], true) as unknown as { x: number; y: number; base: number };
        const start = Math.min(b.x, b.base);
        const end = Math.max(b.x, b.base);
        const box = measure(ctx, text, font);
        if (end - start >= box.width + 2 * gap) {
          drawText(ctx, text, start + gap, b.y, font, textOn(o.fills[i] ?? o.style.color.text, o.style), 'left', 'middle');
        } else if (end + gap + box.width <= area.right) {
          drawText(ctx, text, end + gap, b.y, font, o.style.color.text, 'left', 'middle');
        } else {
          drawText(ctx, text, start - gap, b.y, font, o.style.color.text, 'right', 'middle');
        }
      });
    },
  };
}
