/**
 * Inline Chart.js plugin for waterfall charts: a thin horizontal connector from the end of each
 * bar to the next bar, at the running total between them, so the eye can follow how the total
 * is built up. Drawn before the bars, so a bar always covers a connector's end.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartStyle } from '../chart-style.js';

export interface WaterfallConnectorOptions {
  /** The running total after each bar (levels[i] joins bar i and bar i + 1), in axis units. */
  levels: number[];
  axisId: string;
  style: ChartStyle;
}

export function waterfallConnectorsPlugin(o: WaterfallConnectorOptions): Plugin {
  return {
    id: 'bdWaterfallConnectors',
    beforeDatasetsDraw(chart: Chart) {
      const scale = chart.scales[o.axisId];
      const bars = chart.getDatasetMeta(0).data;
      if (!scale || bars.length < 2) return;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = o.style.color.muted;
      ctx.lineWidth = Math.max(1, Math.round(o.style.px.line / 2));
      ctx.setLineDash([o.style.px.line * 1.6, o.style.px.line * 1.2]);
      for (let i = 0; i + 1 < bars.length; i++) {
        const level = o.levels[i];
        const a = bars[i]?.getProps(['x', 'width'], true) as unknown as { x: number; width: number } | undefined;
        const b = bars[i + 1]?.getProps(['x', 'width'], true) as unknown as { x: number; width: number } | undefined;
        if (level === undefined || !a || !b) continue;
        const y = Math.round(scale.getPixelForValue(level)) + 0.5;
        ctx.beginPath();
        ctx.moveTo(a.x + a.width / 2, y);
        ctx.lineTo(b.x - b.width / 2, y);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}
