/**
 * Bar (vertical), hbar, line, area and combo charts: one dataset per series, grouped or stacked,
 * an optional second value axis on the right for combo series with `axis: right`.
 */
import { formatNumber } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import type { ChartContext, ChartStyle } from './chart-style.js';
import { alpha, hex, mix } from './chart-style.js';
import {
  baseOptions,
  categoryScale,
  fitCategoryLabels,
  highlightedLabel,
  highlightedSeries,
  labelHeadroom,
  legendPosition,
  type Options,
  valueScale,
} from './config-common.js';
import { seriesNumberStyle } from './number-style.js';

export interface Built {
  type: string;
  data: Options;
  options: Options;
  /** What the inline plugins need: value label texts and element fills per dataset. */
  texts: string[][];
  fills: string[][];
  /** Labels that go below / left of their bar (waterfall decreases). */
  below?: boolean[][];
  valueAxisId: string;
  stacked: boolean;
}

/** Series colour: its own override, else the palette in order. */
export function seriesColor(chart: Chart, style: ChartStyle, i: number): string {
  const own = chart.series[i]?.color;
  return own ? hex(own) : (style.palette[i % style.palette.length] ?? style.color.accent);
}

/** Fill of every element of series i, after applying the highlight. */
function elementFills(chart: Chart, style: ChartStyle, i: number): string[] {
  const base = seriesColor(chart, style, i);
  const n = chart.labels.length;
  const hl = highlightedLabel(chart);
  const hs = highlightedSeries(chart);
  if (hs >= 0) return Array<string>(n).fill(hs === i ? style.color.accent : style.color.dimmed);
  if (hl >= 0) {
    const on = chart.series.length === 1 ? style.color.accent : base;
    const off = chart.series.length === 1 ? style.color.dimmed : mix(base, style.color.background, 0.6);
    return Array.from({ length: n }, (_, j) => (j === hl ? on : off));
  }
  return Array<string>(n).fill(base);
}

export function cartesianChart(chart: Chart, ctx: ChartContext, style: ChartStyle): Built {
  const combo = chart.type === 'combo';
  const lineKind = chart.type === 'line' || chart.type === 'area';
  const horizontal = !lineKind && !combo && (chart.type === 'hbar' || chart.horizontal === true);
  const stacked = chart.stacked === true;
  const valueAxisId = horizontal ? 'x' : 'y';
  const categoryAxisId = horizontal ? 'y' : 'x';
  const rightSeries = combo ? chart.series.filter((s) => s.axis === 'right') : [];
  const texts: string[][] = [];
  const fills: string[][] = [];

  const datasets = chart.series.map((s, i) => {
    const kind = combo ? (s.type ?? 'bar') : lineKind ? 'line' : 'bar';
    const axisId = combo && s.axis === 'right' ? 'y2' : valueAxisId;
    const els = elementFills(chart, style, i);
    const color = highlightedSeries(chart) >= 0 ? (els[0] ?? seriesColor(chart, style, i)) : seriesColor(chart, style, i);
    const ns = seriesNumberStyle(chart, s);
    texts.push(chart.valueLabels ? s.values.map((v) => formatNumber(v, ns, ctx.locale)) : []);
    fills.push(kind === 'line' ? els.map(() => style.color.background) : els);
    const common: Options = { label: s.name, data: [...s.values], [`${horizontal ? 'x' : 'y'}AxisID`]: axisId };
    if (kind === 'line') {
      const area = chart.type === 'area';
      return {
        ...common,
        type: 'line',
        borderColor: color,
        backgroundColor: area ? alpha(color, 0.3) : color,
        fill: area ? (stacked && i > 0 ? '-1' : 'origin') : false,
        borderWidth: style.px.line,
        // A highlighted label enlarges its point in the accent colour; the line keeps its colour.
        pointRadius: els.map((_c, j) => (j === highlightedLabel(chart) ? style.px.point * 2.2 : style.px.point)),
        pointBackgroundColor: els.map((_c, j) => (j === highlightedLabel(chart) ? style.color.accent : color)),
        pointBorderWidth: 0,
        tension: 0,
        order: 1,
      };
    }
    return {
      ...common,
      type: 'bar',
      backgroundColor: els,
      borderWidth: 0,
      borderRadius: 0,
      maxBarThickness: style.px.maxBar,
      barPercentage: chart.series.length > 1 && !stacked ? 0.9 : 0.7,
      categoryPercentage: 0.8,
      order: 2,
      ...(stacked ? { stack: 'all' } : {}),
    };
  });

  const leftValues = chart.series.filter((s) => !(combo && s.axis === 'right')).flatMap((s) => s.values);
  const roomFor = (series: typeof chart.series): number =>
    chart.valueLabels === true && !stacked ? labelHeadroom(style, ctx, horizontal, series.flatMap((s) => texts[chart.series.indexOf(s)] ?? [])) : 0;
  const labels = fitCategoryLabels(style, chart.labels, ctx.widthPx, !horizontal);
  const scales: Options = {
    [categoryAxisId]: categoryScale(style, {
      position: horizontal ? 'left' : 'bottom',
      title: chart.xTitle,
      stacked,
      labels,
      widthPx: ctx.widthPx,
    }),
    [valueAxisId]: valueScale(style, {
      position: horizontal ? 'bottom' : 'left',
      numberStyle: seriesNumberStyle(chart, chart.series.find((s) => !(combo && s.axis === 'right'))),
      locale: ctx.locale,
      values: stackedTotals(chart, stacked) ?? leftValues,
      log: chart.log === true,
      stacked,
      title: chart.yTitle,
      titleRoomPx: horizontal ? ctx.widthPx * 0.75 : ctx.heightPx * 0.6,
      headroom: roomFor(chart.series.filter((s) => !(combo && s.axis === 'right'))),
      ...(chart.target ? { target: chart.target.value } : {}),
      grid: true,
    }),
  };
  if (rightSeries.length > 0) {
    scales['y2'] = valueScale(style, {
      position: 'right',
      numberStyle: seriesNumberStyle(chart, rightSeries[0]),
      locale: ctx.locale,
      values: rightSeries.flatMap((s) => s.values),
      log: false,
      stacked: false,
      title: chart.y2Title,
      titleRoomPx: ctx.heightPx * 0.6,
      headroom: roomFor(rightSeries),
      grid: false,
    });
  }

  const options = baseOptions(style, chart, legendPosition(chart, chart.series.length > 1));
  options['indexAxis'] = horizontal ? 'y' : 'x';
  // Lines get the same half-category margin as bars so end points and their labels are not cut
  // (areas run edge to edge).
  (scales[categoryAxisId] as Options)['offset'] = chart.type !== 'area';
  options['scales'] = scales;
  return {
    type: combo || !lineKind ? 'bar' : 'line',
    data: { labels, datasets },
    options,
    texts,
    fills,
    valueAxisId,
    stacked,
  };
}

/** For stacked charts the axis must cover the sums per category, not the single values. */
function stackedTotals(chart: Chart, stacked: boolean): number[] | undefined {
  if (!stacked) return undefined;
  return chart.labels.flatMap((_, j) => {
    const vals = chart.series.map((s) => s.values[j] ?? 0);
    return [vals.filter((v) => v > 0).reduce((a, b) => a + b, 0), vals.filter((v) => v < 0).reduce((a, b) => a + b, 0)];
  });
}
