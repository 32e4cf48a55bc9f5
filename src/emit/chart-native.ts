/**
 * ChartElement (render: 'native') → pptxgenjs addChart: an editable PowerPoint chart with its data
 * sheet. Everything visible is set from the theme: a full palette (pptxgenjs picks random colours
 * once it runs out, which breaks reproducible output), the body font at the theme's chart size,
 * axis and grid colours, and the deck-locale number format codes from `format/number.ts`.
 * Schema faults pptxgenjs writes into chart XML are repaired in `repair-chart.ts`.
 */
import type { ChartMulti, ChartName, ChartOptions, Slide } from './pptx-lib.js';
import type { SeriesInput } from '../outline/schema.js';
import { excelNumberFormat, type NumberStyle } from '../format/number.js';
import type { Chart } from '../model/outline.js';
import type { ChartElement } from '../model/presentation.js';
import type { Theme } from '../model/theme.js';
import { pos } from './units.js';
import { stripXmlForbidden } from './xml-chars.js';

/** Chart types this module draws natively; others are drawn as images upstream. */
export const NATIVE_CHART_TYPES = ['bar', 'column', 'hbar', 'line', 'area', 'pie', 'doughnut', 'combo'] as const;

export function isNativeChartType(type: string): boolean {
  return (NATIVE_CHART_TYPES as readonly string[]).includes(type);
}

type ChartData = { name: string; labels: string[]; values: number[] };

export function addNativeChart(slide: Slide, el: ChartElement, theme: Theme, lang: string): void {
  const chart = el.chart;
  if (!isNativeChartType(chart.type)) throw new Error(`emit: chart type ${chart.type} has no native form`);
  const base = baseOptions(el, theme, lang);
  if (chart.type === 'combo') {
    const combo = comboChart(chart, theme, lang);
    // For a multi-type chart pptxgenjs takes the options as its second argument (the typings say data).
    slide.addChart(combo.parts, { ...base, ...combo.options } as unknown as unknown[]);
    return;
  }
  const type = pptxType(chart);
  const options: ChartOptions = { ...base, ...typeOptions(chart, type, theme, lang, chart.series) };
  slide.addChart(type, seriesData(chart, chart.series), options);
}

function pptxType(chart: Chart): ChartName {
  switch (chart.type) {
    case 'line':
      return 'line';
    case 'area':
      return 'area';
    case 'pie':
      return 'pie';
    case 'doughnut':
      return 'doughnut';
    default:
      return 'bar';
  }
}

function seriesData(chart: Chart, series: SeriesInput[]): ChartData[] {
  const labels = chart.labels.map((l) => stripXmlForbidden(String(l)));
  return series.map((s) => ({ name: stripXmlForbidden(s.name), labels: [...labels], values: [...s.values] }));
}

/** Options shared by every chart type: position, alt text, fonts, legend, title. */
function baseOptions(el: ChartElement, theme: Theme, lang: string): ChartOptions {
  const chart = el.chart;
  const font = theme.fonts.body.name;
  const size = theme.text.chart.size;
  const circular = chart.type === 'pie' || chart.type === 'doughnut';
  const legend = chart.legend ?? (chart.series.length > 1 || circular ? 'bottom' : 'none');
  const options: ChartOptions = {
    x: pos(el.box.x),
    y: pos(el.box.y),
    w: pos(el.box.w),
    h: pos(el.box.h),
    altText: stripXmlForbidden(el.alt),
    lang,
    showLegend: legend !== 'none',
    legendFontFace: font,
    legendFontSize: size,
    legendColor: theme.colors.text,
    showTitle: Boolean(chart.title),
  };
  if (legend !== 'none') options.legendPos = legend === 'top' ? 't' : legend === 'right' ? 'r' : 'b';
  if (chart.title) {
    options.title = stripXmlForbidden(chart.title);
    options.titleFontFace = font;
    options.titleFontSize = size;
    options.titleColor = theme.colors.title;
  }
  return options;
}

/** Per-type options for a single-type chart (or one part of a combo). */
function typeOptions(chart: Chart, type: ChartName, theme: Theme, lang: string, series: SeriesInput[]): ChartOptions {
  const font = theme.fonts.body.name;
  const size = theme.text.chart.size;
  const format = numberFormat(chart, series, lang);
  const options: ChartOptions = {
    chartColors: colours(chart, type, theme, series),
    dataLabelFontFace: font,
    dataLabelFontSize: size,
    dataLabelColor: theme.colors.text,
    dataLabelFormatCode: format,
    showValue: Boolean(chart.valueLabels),
  };
  if (type === 'pie' || type === 'doughnut') {
    // Without value labels a slice shows its share: a percent code, not the values' own format.
    options.showPercent = !chart.valueLabels;
    if (!chart.valueLabels) options.dataLabelFormatCode = excelNumberFormat({ format: 'percent' }, lang, 1);
    options.dataBorder = { pt: 1, color: theme.colors.background };
    if (type === 'pie') {
      // Outside the slices, in the text colour: readable whatever the slice colour.
      options.dataLabelPosition = 'outEnd';
      options.showLeaderLines = true;
    } else {
      // pptxgenjs allows no label position on doughnuts; white bold reads on most palette colours.
      options.holeSize = 55;
      options.dataLabelColor = theme.dark ? theme.colors.background : theme.colors.heroText;
      options.dataLabelFontBold = true;
    }
    return options;
  }
  Object.assign(options, axisOptions(chart, theme, format));
  if (type === 'bar') {
    options.barDir = chart.type === 'hbar' || chart.horizontal ? 'bar' : 'col';
    options.barGrouping = chart.stacked ? 'stacked' : 'clustered';
    options.barGapWidthPct = chart.stacked ? 50 : 80;
    if (chart.valueLabels) options.dataLabelPosition = chart.stacked ? 'ctr' : 'outEnd';
  } else if (type === 'area') {
    options.barGrouping = chart.stacked ? 'stacked' : 'standard';
  } else if (type === 'line') {
    options.lineSize = 3;
    options.lineDataSymbol = 'circle';
    options.lineDataSymbolSize = 8;
    if (chart.valueLabels) options.dataLabelPosition = 't';
  }
  return options;
}

/** Axis fonts, colours, titles, grid and log scale for charts with axes. */
function axisOptions(chart: Chart, theme: Theme, format: string): ChartOptions {
  const font = theme.fonts.body.name;
  const size = theme.text.chart.size;
  const options: ChartOptions = {
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: size,
    catAxisLabelColor: theme.colors.text,
    catAxisLineColor: theme.colors.line,
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: size,
    valAxisLabelColor: theme.colors.muted,
    valAxisLineShow: false,
    valAxisLabelFormatCode: format,
    valGridLine: { color: theme.colors.line, size: 0.75, style: 'solid' },
    catGridLine: { style: 'none' },
  };
  if (chart.log) options.valAxisLogScaleBase = 10;
  if (chart.xTitle) {
    options.showCatAxisTitle = true;
    options.catAxisTitle = stripXmlForbidden(chart.xTitle);
    options.catAxisTitleFontFace = font;
    options.catAxisTitleFontSize = size;
    options.catAxisTitleColor = theme.colors.muted;
  }
  if (chart.yTitle) {
    options.showValAxisTitle = true;
    options.valAxisTitle = stripXmlForbidden(chart.yTitle);
    options.valAxisTitleFontFace = font;
    options.valAxisTitleFontSize = size;
    options.valAxisTitleColor = theme.colors.muted;
  }
  return options;
}

/**
 * One colour per series (per slice for pie/doughnut, per bar for a single highlighted series), long
 * enough that pptxgenjs never falls back to Math.random. A series' own `color` wins.
 */
function colours(chart: Chart, type: ChartName, theme: Theme, series: SeriesInput[]): string[] {
  const palette = theme.palette.length > 0 ? theme.palette : [theme.colors.accent];
  const at = (i: number): string => palette[i % palette.length] as string;
  if (type === 'pie' || type === 'doughnut') return chart.labels.map((_, i) => at(i));
  if (type === 'bar' && series.length === 1 && chart.highlight !== undefined) {
    const hit = chart.labels.map(String).indexOf(String(chart.highlight));
    if (hit >= 0) return chart.labels.map((_, i) => (i === hit ? theme.colors.accent : theme.colors.line));
  }
  const offset = chart.series.indexOf(series[0] as SeriesInput);
  return series.map((s, i) => (s.color ? s.color.replace('#', '').toUpperCase() : at(Math.max(offset, 0) + i)));
}

function numberFormat(chart: Chart, series: SeriesInput[], lang: string): string {
  const first = series[0];
  const style: NumberStyle = {};
  const format = first?.format ?? chart.format;
  const unit = first?.unit ?? chart.unit;
  if (format) style.format = format;
  if (unit) style.unit = unit;
  if (chart.decimals !== undefined) style.decimals = chart.decimals;
  const maxAbs = Math.max(0, ...series.flatMap((s) => s.values.map((v) => Math.abs(v))).filter(Number.isFinite));
  return excelNumberFormat(style, lang, maxAbs);
}

/**
 * A combo chart: bar series, then line series as a second part. Series with `axis: right` put the
 * line part on a secondary value axis (pptxgenjs builds axes from the top-level options only).
 */
function comboChart(chart: Chart, theme: Theme, lang: string): { parts: ChartMulti[]; options: ChartOptions } {
  const isLine = (s: SeriesInput): boolean => s.type === 'line';
  const bars = chart.series.filter((s) => !isLine(s));
  const lines = chart.series.filter(isLine);
  const parts: ChartMulti[] = [];
  const secondary = bars.length > 0 && lines.length > 0 && lines.some((s) => s.axis === 'right');
  if (bars.length > 0) {
    parts.push({ type: 'bar', data: seriesData(chart, bars), options: typeOptions({ ...chart, type: 'column' }, 'bar', theme, lang, bars) });
  }
  if (lines.length > 0) {
    const options = typeOptions({ ...chart, type: 'line' }, 'line', theme, lang, lines);
    if (secondary) {
      options.secondaryValAxis = true;
      options.secondaryCatAxis = true;
    }
    parts.push({ type: 'line', data: seriesData(chart, lines), options });
  }
  const primary = bars.length > 0 ? bars : lines;
  const options = axisOptions(chart, theme, numberFormat(chart, primary, lang));
  if (secondary) {
    const right = axisOptions({ ...chart, yTitle: chart.y2Title }, theme, numberFormat(chart, lines, lang));
    right.valGridLine = { style: 'none' };
    options.valAxes = [axisOptions(chart, theme, numberFormat(chart, primary, lang)), right];
    options.catAxes = [{ ...axisOptions(chart, theme, '') }, { catAxisHidden: true }];
  }
  return { parts, options };
}
