/**
 * Stages chart for forecast horizons: one floating horizontal bar per range [from, to] on a linear
 * time axis (in the chart's unit; name it with xTitle, e.g. "Jahre ab heute"). Each bar is labelled
 * with its horizon ("2–3 Jahre", the range's `when`, else written from `from`–`to` and the unit)
 * and its stage label (see plugins/stage-labels.ts). Category ticks are hidden: the label is on
 * the bar. The time axis always steps in round units (1, 2, 5, 10, …), never 1.8 years.
 */
import { formatNumber, type NumberStyle } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import type { ChartContext, ChartStyle } from './chart-style.js';
import { baseOptions, categoryScale, type Options, valueScale } from './config-common.js';
import type { Built } from './kind-cartesian.js';
import { chartNumberStyle } from './number-style.js';

/** A range as the schema gives it, plus the optional horizon text (`when`) some outlines carry. */
type Range = NonNullable<Chart['ranges']>[number] & { when?: string };

/** At most this many intervals on the time axis (so at most MAX_STEPS + 1 ticks). */
const MAX_STEPS = 6;

export interface TimeAxis {
  min: number;
  max: number;
  step: number;
}

/** A round step (1, 2, 5 × 10^n) and an axis range [min, max] in whole steps covering [lo, hi]. */
export function timeAxis(lo: number, hi: number): TimeAxis {
  const span = Math.max(hi - lo, 1e-9);
  const raw = span / MAX_STEPS;
  const decade = 10 ** Math.floor(Math.log10(raw));
  let step = decade * 10;
  for (const m of [1, 2, 5, 10]) {
    const s = m * decade;
    if (Math.ceil(hi / s - 1e-9) - Math.floor(lo / s + 1e-9) <= MAX_STEPS) {
      step = s;
      break;
    }
  }
  if (span <= MAX_STEPS && step < 1) step = 1; // whole units (years) whenever they fit
  const clean = (v: number) => Number(v.toPrecision(12));
  return { min: clean(Math.floor(lo / step + 1e-9) * step), max: clean(Math.ceil(hi / step - 1e-9) * step), step };
}

/** "2–3 Jahre": the range's own `when`, else from–to written with the chart's unit. */
export function stageWhen(range: Range, ns: NumberStyle, locale: string): string {
  if (range.when && range.when.trim() !== '') return range.when.trim();
  const { unit: _unit, ...bare } = ns;
  const from = Math.min(range.from, range.to);
  const to = Math.max(range.from, range.to);
  return `${formatNumber(from, bare, locale)}–${formatNumber(to, ns, locale)}`;
}

/** The label lines of each stage: [horizon, stage label]. */
export function stageTexts(chart: Chart, locale: string): Array<[string, string]> {
  const ns = chartNumberStyle(chart);
  return (chart.ranges ?? []).map((r) => [stageWhen(r, ns, locale), r.label]);
}

export function stagesChart(chart: Chart, ctx: ChartContext, style: ChartStyle): Built {
  const ranges = chart.ranges ?? [];
  const fills = ranges.map((_, i) => style.palette[i % style.palette.length] ?? style.color.accent);
  const froms = ranges.map((r) => Math.min(r.from, r.to));
  const tos = ranges.map((r) => Math.max(r.from, r.to));
  const target = chart.target ? [chart.target.value] : [];
  const axis = timeAxis(Math.min(0, ...froms, ...target), Math.max(1, ...tos, ...target));
  const datasets = [
    {
      type: 'bar',
      label: chart.title ?? '',
      data: ranges.map((_, i) => [froms[i], tos[i]]),
      backgroundColor: fills,
      borderWidth: 0,
      borderRadius: Math.round(style.px.gap),
      borderSkipped: false,
      barPercentage: 0.84,
      categoryPercentage: 0.92,
    },
  ];
  const options = baseOptions(style, chart, chart.legend ?? 'none');
  options['indexAxis'] = 'y';
  const x = valueScale(style, {
    position: 'bottom',
    numberStyle: chartNumberStyle(chart),
    locale: ctx.locale,
    values: [...froms, ...tos],
    log: false,
    stacked: false,
    title: chart.xTitle,
    headroom: 0,
    grid: true,
    min: axis.min,
    max: axis.max,
    stepSize: axis.step,
  });
  // Our step gives at most MAX_STEPS + 1 ticks; Chart.js must not thin them out to its own spacing.
  (x['ticks'] as Options)['maxTicksLimit'] = MAX_STEPS + 2;
  options['scales'] = {
    y: categoryScale(style, { position: 'left', title: chart.yTitle, stacked: false, display: false }),
    x,
  };
  const texts = stageTexts(chart, ctx.locale);
  return {
    type: 'bar',
    data: { labels: ranges.map((r) => r.label), datasets } satisfies Options,
    options,
    // One entry per stage: the horizon and the label, joined by "\n" (the plugin lays them out).
    texts: [texts.map(([when, label]) => `${when}\n${label}`)],
    fills: [fills],
    valueAxisId: 'x',
    stacked: false,
  };
}
