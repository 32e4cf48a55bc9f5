/**
 * Inline Chart.js plugin for stages charts: writes each stage's horizon and label ("2–3 Jahre" over
 * "GPT-6 und Multimodalität") on its floating bar. Candidate places, first fit wins:
 * two lines inside the bar, one line ("2–3 Jahre · GPT-6 …") inside, two lines / one line after
 * the bar's end, two lines / one line before its start. Nothing is ever drawn outside the plot
 * area: when no place fits, the text is shortened with "…" to the widest free space.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartStyle, FontSpec } from '../chart-style.js';
import { textOn } from '../chart-style.js';
import { drawText, measure, type TextContext } from './canvas-text.js';

export interface StageLabelOptions {
  /** Per stage "horizon\nlabel" (either part may be empty). */
  texts: string[];
  fills: string[];
  style: ChartStyle;
}

interface Slot {
  /** Left edge of the text, px. */
  x: number;
  width: number;
  inside: boolean;
}

const SEP = ' · ';

/** The longest prefix of `text` that fits `width` with an ellipsis (the whole text when it fits). */
export function shorten(ctx: TextContext, text: string, font: FontSpec, width: number): string {
  if (measure(ctx, text, font).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(ctx, `${text.slice(0, mid).trimEnd()}…`, font).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}

export function stageLabelsPlugin(o: StageLabelOptions): Plugin {
  return {
    id: 'bdStageLabels',
    afterDatasetsDraw(chart: Chart) {
      const ctx = chart.ctx as unknown as TextContext;
      const area = chart.chartArea;
      const bold = o.style.font.valueLabel;
      const regular: FontSpec = { ...bold, weight: 'normal' };
      const gap = o.style.px.gap * 2;
      chart.getDatasetMeta(0).data.forEach((el, i) => {
        const [when = '', label = ''] = (o.texts[i] ?? '').split('\n');
        if (!when && !label) return;
        const b = el.getProps(['x', 'y', 'base', 'height'], true) as unknown as { x: number; y: number; base: number; height: number };
        const start = Math.max(Math.min(b.x, b.base), area.left);
        const end = Math.min(Math.max(b.x, b.base), area.right);
        const lineH = bold.size * bold.lineHeight;
        const twoFit = 2 * lineH <= b.height * 1.05;
        const twoW = Math.max(measure(ctx, when, regular).width, measure(ctx, label, bold).width);
        const one = [when, label].filter(Boolean).join(SEP);
        const oneW = measure(ctx, one, bold).width;
        const slots: Slot[] = [
          { x: start + gap, width: end - start - 2 * gap, inside: true },
          { x: end + gap, width: area.right - end - gap, inside: false },
          { x: area.left + gap / 2, width: start - area.left - 1.5 * gap, inside: false },
        ];
        const fill = o.fills[i] ?? o.style.color.text;
        const colour = (s: Slot) => (s.inside ? textOn(fill, o.style) : o.style.color.text);
        const drawTwo = (s: Slot, fitted: boolean) => {
          const x = s.inside || s.x > start ? s.x : s.x + s.width; // before the start: right-aligned
          const align = s.inside || s.x > start ? 'left' : 'right';
          const w1 = fitted ? when : shorten(ctx, when, regular, s.width);
          const w2 = fitted ? label : shorten(ctx, label, bold, s.width);
          drawText(ctx, w1, x, b.y - lineH / 2, regular, colour(s), align, 'middle');
          drawText(ctx, w2, x, b.y + lineH / 2, bold, colour(s), align, 'middle');
        };
        const drawOne = (s: Slot, fitted: boolean) => {
          const x = s.inside || s.x > start ? s.x : s.x + s.width;
          const align = s.inside || s.x > start ? 'left' : 'right';
          drawText(ctx, fitted ? one : shorten(ctx, one, bold, s.width), x, b.y, bold, colour(s), align, 'middle');
        };
        for (const s of slots) {
          if (twoFit && when && label && twoW <= s.width) return drawTwo(s, true);
          if (oneW <= s.width) return drawOne(s, true);
        }
        // Nothing fits whole: shorten into the widest space, on two lines when the bar is tall enough.
        const widest = slots.reduce((a, c) => (c.width > a.width ? c : a));
        if (widest.width <= 0) return;
        if (twoFit && when && label) drawTwo(widest, false);
        else drawOne(widest, false);
      });
    },
  };
}
