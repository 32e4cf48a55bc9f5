/** Inline Chart.js plugin: fills the whole canvas with the theme background before drawing. */
import type { Chart, Plugin } from 'chart.js';

export function backgroundPlugin(color: string): Plugin {
  return {
    id: 'bdBackground',
    beforeDraw(chart: Chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}
