import { describe, expect, it } from 'vitest';
import { CHART_TYPES } from '../outline/schema.js';
import { briefing, midnight } from '../theme/builtin.js';
import { FIXTURES, investment } from '../../tests/charts/fixtures.js';
import { chartJsConfig, type ChartContext } from './chartjs-config.js';
import { MIN_CHART_PT } from './chart-style.js';
import type { Chart } from '../model/outline.js';

const ctx: ChartContext = { theme: briefing, locale: 'de-DE', widthPx: 2304, heightPx: 1056, pxPerPt: 192 / 72 };
const SAMPLES = [0, 0.5, 50, 13e9, 1.4e12];

/**
 * A config as plain data: tick callbacks become their output for a few values, log-tick hooks
 * the ticks they install, inline plugins their id, other functions a marker.
 */
function plain(value: unknown, key = ''): unknown {
  if (typeof value === 'function') {
    if (key === 'callback') return { samples: SAMPLES.map((v) => (value as (v: number) => string)(v)) };
    if (key === 'afterBuildTicks') {
      const scale = { ticks: [] as Array<{ value: number }> };
      (value as (s: typeof scale) => void)(scale);
      return { ticks: scale.ticks.map((t) => t.value) };
    }
    return '[function]';
  }
  if (Array.isArray(value)) return value.map((v) => plain(v));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['id'] === 'string' && key === 'plugin') return `plugin:${o['id']}`;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v, k)]));
  }
  return value;
}

function snapshotOf(chart: Chart, c: ChartContext = ctx) {
  const config = chartJsConfig(chart, c) as unknown as { plugins: Array<{ id: string }> } & Record<string, unknown>;
  const { plugins, ...rest } = config;
  return { ...(plain(rest) as object), plugins: plugins.map((p) => p.id) };
}

describe('chartJsConfig', () => {
  it('has a fixture for every chart type', () => {
    const covered = new Set(FIXTURES.map((f) => f.type));
    expect(CHART_TYPES.filter((t) => !covered.has(t))).toEqual([]);
  });

  for (const chart of FIXTURES) {
    it(`snapshot: ${chart.id}`, () => {
      expect(snapshotOf(chart)).toMatchSnapshot();
    });
  }

  it('never leaves animation, responsiveness or the pixel ratio to Chart.js', () => {
    for (const chart of FIXTURES) {
      const o = chartJsConfig(chart, ctx).options as Record<string, unknown>;
      expect(o['animation']).toBe(false);
      expect(o['responsive']).toBe(false);
      expect(o['devicePixelRatio']).toBe(1);
    }
  });

  it('sets every font in the theme family and at least 14 pt at slide size', () => {
    for (const chart of FIXTURES) {
      const fonts: Array<{ family: string; size: number }> = [];
      const walk = (v: unknown, key: string) => {
        if (key === 'font' && v && typeof v === 'object') fonts.push(v as { family: string; size: number });
        else if (v && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, k);
      };
      walk(chartJsConfig(chart, ctx).options, '');
      expect(fonts.length).toBeGreaterThan(2);
      for (const f of fonts) {
        expect(f.family).toBe('Arial');
        expect(f.size / ctx.pxPerPt).toBeGreaterThanOrEqual(MIN_CHART_PT - 0.05);
      }
    }
  });

  it('uses the palette in order and the theme font of a dark theme', () => {
    const c = chartJsConfig(FIXTURES[1] as Chart, { ...ctx, theme: midnight });
    const colors = c.data.datasets.map((d) => (d.backgroundColor as string[])[0]);
    expect(colors).toEqual(midnight.palette.slice(0, 3).map((p) => `#${p}`));
    const y = (c.options?.scales as Record<string, { ticks: { font: { family: string } } }>)['y'];
    expect(y?.ticks.font.family).toBe('Calibri');
  });

  it('gives the log investment chart readable ticks from 10 Mrd. $ to 3 Bio. $', () => {
    const s = snapshotOf(investment) as { options: { scales: { y: { type: string; afterBuildTicks: { ticks: number[] } } } } };
    expect(s.options.scales.y.type).toBe('logarithmic');
    expect(s.options.scales.y.afterBuildTicks.ticks).toEqual([1e10, 3e10, 1e11, 3e11, 1e12, 3e12]);
  });

  it('formats en-US ticks through formatNumber', () => {
    const c = chartJsConfig(investment, { ...ctx, locale: 'en-US' });
    const cb = (c.options?.scales?.['y']?.ticks as { callback: (v: number) => string }).callback;
    expect([1e10, 1.4e12].map((v) => cb(v))).toEqual(['$10B', '$1.4T']);
  });

  it('hides the legend for a single series and shows it for several', () => {
    const legend = (chart: Chart) =>
      ((chartJsConfig(chart, ctx).options?.plugins as Record<string, { display: boolean }>)['legend'])?.display;
    expect(legend(investment)).toBe(false);
    expect(legend(FIXTURES[1] as Chart)).toBe(true);
    expect(legend({ ...(FIXTURES[1] as Chart), legend: 'none' })).toBe(false);
  });
});
