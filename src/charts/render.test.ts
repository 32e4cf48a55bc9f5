/**
 * The shared Chart.js: many charts requested at once (more than are drawn at a time), at several
 * sizes and themes, give exactly the bytes each gives alone; no theme's defaults leak into
 * another's chart.
 */
import { describe, expect, test } from 'vitest';
import type { Chart } from '../model/outline.js';
import { briefing, midnight } from '../theme/builtin.js';
import { ChartRenderer, type ChartImageRequest } from './render.js';

const span = { file: 'render.test.yaml', line: 1, col: 1 };
const bars: Chart = {
  id: 'bars',
  span,
  type: 'column',
  unit: 'USD',
  labels: ['2023', '2024', '2025'],
  series: [{ name: 'Capex', values: [32e9, 56e9, 80e9] }],
};
const pie: Chart = { id: 'pie', span, type: 'pie', labels: ['A', 'B', 'C'], series: [{ name: 'Anteil', values: [50, 30, 20] }] };

const requests: ChartImageRequest[] = [
  { chart: bars, widthIn: 6, heightIn: 3, theme: briefing, locale: 'de-DE' },
  { chart: { ...bars, id: 'bars-dark' }, widthIn: 6, heightIn: 3, theme: midnight, locale: 'en-US' },
  { chart: pie, widthIn: 4, heightIn: 3, theme: briefing, locale: 'de-DE' },
  { chart: { ...pie, id: 'pie-dark' }, widthIn: 4, heightIn: 3, theme: midnight, locale: 'de-DE' },
  { chart: { ...bars, id: 'bars-wide' }, widthIn: 8, heightIn: 3, theme: briefing, locale: 'de-DE' },
];

describe('ChartRenderer with one shared Chart.js', () => {
  test('concurrent renders equal one-at-a-time renders, byte for byte', async () => {
    const alone: Buffer[] = [];
    for (const r of requests) alone.push(Buffer.from((await new ChartRenderer().render(r)).png));
    // Reversed: each chart follows another theme than it did above, so a leaked default shows.
    const all = await new ChartRenderer().renderAll([...requests].reverse());
    requests.forEach((r, i) => expect(Buffer.from(all.get(r.chart.id)!.png).equals(alone[i]!), r.chart.id).toBe(true));
    // Themes really differ (the comparison above is not between identical pictures).
    expect(alone[0]!.equals(alone[1]!)).toBe(false);
  }, 60_000);
});
