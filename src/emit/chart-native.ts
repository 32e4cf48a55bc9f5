/**
 * ChartElement (render: 'native') → pptxgenjs addChart: an editable PowerPoint chart with its data
 * sheet. Everything visible is set from the theme: a full palette (charts/native-style.ts), the
 * body font at the theme's chart size (never below 14 pt), axis and grid colours, and the
 * deck-locale number-format codes of format/number.ts (axis codes from the axis range, data-label
 * codes from the values). Cartesian charts are split into pptxgenjs chart types ("parts", see
 * charts/native-parts.ts): one part is a plain chart, several (combo, target line) a multi-type one.
 *
 * What pptxgenjs cannot write is returned as a NativeChartPost, for the zip pass to apply with
 * `applyNativeChartPost` to `ppt/charts/chartN.xml` (N = order of the addNativeChart calls, which
 * renumber-charts.ts keeps): the chart language, stacked line grouping, a target line's label.
 * Schema faults pptxgenjs writes into chart XML are repaired in `repair-chart.ts`.
 */
import type { ChartMulti, ChartOptions, Slide } from './pptx-lib.js';
import type { SeriesInput } from '../outline/schema.js';
import { excelNumberFormat } from '../format/number.js';
import { MIN_CHART_PT, bestTextOn } from '../charts/chart-style.js';
import { cartesianParts, legendOf, nativeChartPost, type NativeChartPost, type Part } from '../charts/native-parts.js';
import { axisFormat, axisMajorUnit, partColours, sliceColours, valueLabelFormat } from '../charts/native-style.js';
import { isHorizontalBar, isNativeChartType } from '../charts/native-support.js';
import type { Chart } from '../model/outline.js';
import type { ChartElement } from '../model/presentation.js';
import type { Theme } from '../model/theme.js';
import { pos } from './units.js';
import { stripXmlForbidden } from './xml-chars.js';

export { nativeChartPost, type NativeChartPost } from '../charts/native-parts.js';
export { NATIVE_CHART_TYPES, isNativeChartType } from '../charts/native-support.js';

/** Chart text never goes below this at slide size (points), whatever the theme says. */

type ChartData = { name: string; labels: string[]; values: number[] };

export function addNativeChart(slide: Slide, el: ChartElement, theme: Theme, lang: string): NativeChartPost {
  const chart = el.chart;
  if (!isNativeChartType(chart.type)) throw new Error(`emit: chart type ${chart.type} has no native form`);
  const base = baseOptions(el, theme, lang);
  if (chart.type === 'pie' || chart.type === 'doughnut') {
    slide.addChart(chart.type, seriesData(chart, chart.series), { ...base, ...circularOptions(chart, chart.type, theme, lang) });
    return nativeChartPost(el, lang);
  }
  const parts = cartesianParts(chart, lang);
  const post = nativeChartPost(el, lang);
  const first = parts[0] as Part;
  if (parts.length === 1) {
    const options: ChartOptions = { ...base, ...partOptions(chart, first, theme, lang), ...axisOptions(chart, theme, lang, false) };
    slide.addChart(first.type, partData(chart, first), options);
    return post;
  }
  const secondary = parts.some((p) => p.right);
  const multi: ChartMulti[] = parts.map((p) => {
    const options = partOptions(chart, p, theme, lang);
    if (p.right) Object.assign(options, { secondaryValAxis: true, secondaryCatAxis: true });
    return { type: p.type, data: partData(chart, p), options };
  });
  const options: ChartOptions = { ...base, ...axisOptions(chart, theme, lang, false) };
  if (secondary) {
    const right = axisOptions({ ...chart, yTitle: chart.y2Title }, theme, lang, true);
    right.valGridLine = { style: 'none' };
    options.valAxes = [axisOptions(chart, theme, lang, false), right];
    // The secondary category axis only carries the right value axis: hidden, and without a title
    // (pptxgenjs merges the top-level options into it, which would draw the x title twice).
    options.catAxes = [axisOptions(chart, theme, lang, false), { catAxisHidden: true, showCatAxisTitle: false }];
  }
  // For a multi-type chart pptxgenjs takes the options as its second argument (the typings say data).
  slide.addChart(multi, options as unknown as unknown[]);
  return post;
}

/**
 * The zip pass's edit of one native chart part (`ppt/charts/chartN.xml`, N = the order of the
 * addNativeChart calls), after repair-chart.ts has given every line chart its grouping: chart
 * language, square corners, stacked line grouping, the target line's label, and the deck language
 * on every run (pptxgenjs writes chart and axis titles' `a:rPr` without one). Idempotent.
 */
export function applyNativeChartPost(xml: string, post: NativeChartPost | undefined): string {
  if (!post) return xml;
  const lang = post.lang.replace(/[^A-Za-z0-9-]/g, '');
  // CT_ChartSpace: date1904?, lang?, roundedCorners?, … (pptxgenjs writes no lang, rounded corners on).
  let out = xml.replace(
    /<c:date1904 val="[01]"\/>(?:<c:lang val="[^"]*"\/>)?<c:roundedCorners val="[01]"\/>/,
    `<c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>`,
  );
  // Runs pptxgenjs writes without a language (chart and axis titles in c:rich) get the deck's.
  out = out.replace(/<a:rPr\b(?![^>]*\slang=)/g, `<a:rPr lang="${lang}"`);
  if (post.stackedLines) out = out.replace('<c:lineChart><c:grouping val="standard"/>', '<c:lineChart><c:grouping val="stacked"/>');
  const label = post.targetLabel;
  if (label) {
    // CT_DLbls: dLbl* come first. The label shows "name: value" above the line's last point.
    const dLbl =
      `<c:dLbl><c:idx val="${label.point}"/><c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
      '<c:showCatName val="0"/><c:showSerName val="1"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>' +
      '<c:separator>: </c:separator></c:dLbl>';
    out = out.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (ser, body: string) =>
      new RegExp(`^\\s*<c:idx val="${label.series}"/>`).test(body) && !body.includes(`<c:dLbl><c:idx val="${label.point}"/>`)
        ? ser.replace('<c:dLbls>', `<c:dLbls>${dLbl}`)
        : ser,
    );
  }
  return out;
}

function partData(chart: Chart, part: Part): ChartData[] {
  return seriesData(chart, part.series);
}

function seriesData(chart: Chart, series: SeriesInput[]): ChartData[] {
  const labels = chart.labels.map((l) => stripXmlForbidden(String(l)));
  return series.map((s) => ({ name: stripXmlForbidden(s.name), labels: [...labels], values: [...s.values] }));
}

function chartPt(theme: Theme): number {
  return Math.max(theme.text.chart.size, theme.text.chart.floor, MIN_CHART_PT);
}

/** Options shared by every chart type: position, alt text, fonts, legend, title. */
function baseOptions(el: ChartElement, theme: Theme, lang: string): ChartOptions {
  const chart = el.chart;
  const font = theme.fonts.body.name;
  const size = chartPt(theme);
  const legend = legendOf(chart);
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
    options.titleFontSize = Math.round(size * 1.25);
    options.titleColor = theme.colors.text;
    options.titleBold = true;
  }
  return options;
}

/** Pie and doughnut: one colour per slice, share or value labels. */
function circularOptions(chart: Chart, type: 'pie' | 'doughnut', theme: Theme, lang: string): ChartOptions {
  const size = chartPt(theme);
  const colors = sliceColours(chart, theme);
  const values = chart.series.flatMap((s) => s.values);
  const options: ChartOptions = {
    chartColors: colors,
    ...dataLabelStyle(theme, size),
    dataLabelFormatCode: valueLabelFormat(chart, chart.series, lang, values),
    showValue: Boolean(chart.valueLabels),
    // Without value labels a slice shows its share: a percent code, not the values' own format.
    showPercent: !chart.valueLabels,
    dataBorder: { pt: 1.5, color: theme.colors.background },
  };
  if (!chart.valueLabels) options.dataLabelFormatCode = excelNumberFormat({ format: 'percent' }, lang, 1);
  if (type === 'pie') {
    // Outside the slices, in the text colour: readable whatever the slice colour.
    options.dataLabelPosition = 'outEnd';
    options.showLeaderLines = true;
  } else {
    // pptxgenjs allows no label position on doughnuts: labels sit on the ring, in the text colour
    // that reads best on every slice.
    options.holeSize = 55;
    options.dataLabelColor = bestTextOn(colors, [theme.colors.text, theme.colors.background, '000000', 'FFFFFF']);
  }
  return options;
}

/** pptxgenjs' options for the title of the category (`cat`) or value (`val`) axis. */
function axisTitle(axis: 'cat' | 'val', title: string, font: string, sizePt: number, theme: Theme): ChartOptions {
  return {
    [`show${axis === 'cat' ? 'Cat' : 'Val'}AxisTitle`]: true,
    [`${axis}AxisTitle`]: stripXmlForbidden(title),
    [`${axis}AxisTitleFontFace`]: font,
    [`${axis}AxisTitleFontSize`]: sizePt,
    [`${axis}AxisTitleColor`]: theme.colors.text,
  } as ChartOptions;
}

/** Value labels in the theme's body face, bold, in the text colour, at chart size (points). */
function dataLabelStyle(theme: Theme, sizePt: number): ChartOptions {
  return { dataLabelFontFace: theme.fonts.body.name, dataLabelFontSize: sizePt, dataLabelFontBold: true, dataLabelColor: theme.colors.text };
}

/** Per-part options of a cartesian chart: colours, value labels, bar/line/area specifics. */
function partOptions(chart: Chart, part: Part, theme: Theme, lang: string): ChartOptions {
  const size = chartPt(theme);
  const colors = partColours(chart, part, theme);
  const options: ChartOptions = {
    chartColors: colors,
    ...dataLabelStyle(theme, size),
    dataLabelFormatCode: valueLabelFormat(chart, part.series, lang, part.series.flatMap((s) => s.values)),
    showValue: Boolean(chart.valueLabels) && !part.target,
  };
  if (part.target) {
    return { ...options, lineSize: 2.5, lineDash: 'dash', lineDataSymbol: 'none', lineDataSymbolSize: 2 };
  }
  if (part.type === 'bar') {
    options.barDir = isHorizontalBar(chart) ? 'bar' : 'col';
    const stacked = chart.stacked === true && part.series.length > 1;
    options.barGrouping = stacked ? 'stacked' : 'clustered';
    options.barGapWidthPct = stacked ? 50 : 80;
    if (chart.valueLabels) {
      options.dataLabelPosition = stacked ? 'ctr' : 'outEnd';
      // Labels inside stacked segments: the text colour that reads on every segment.
      if (stacked) options.dataLabelColor = bestTextOn(colors, [theme.colors.text, theme.colors.background, '000000', 'FFFFFF']);
    }
  } else if (part.type === 'area') {
    options.barGrouping = chart.stacked ? 'stacked' : 'standard';
    // Overlapping areas stay visible through each other.
    if (!chart.stacked && part.series.length > 1) options.chartColorsOpacity = 75;
  } else {
    options.lineSize = 3;
    options.lineDataSymbol = 'circle';
    options.lineDataSymbolSize = 8;
    if (chart.valueLabels) options.dataLabelPosition = 't';
  }
  return options;
}

/** Axis fonts, colours, titles, grid, number format, log scale and category order. */
function axisOptions(chart: Chart, theme: Theme, lang: string, right: boolean): ChartOptions {
  const font = theme.fonts.body.name;
  const size = chartPt(theme);
  const series = chart.series.filter((s) => (chart.type === 'combo' ? (s.axis === 'right') === right : true));
  const options: ChartOptions = {
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: size,
    catAxisLabelColor: theme.colors.text,
    catAxisLineColor: theme.colors.line,
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: size,
    valAxisLabelColor: theme.colors.muted,
    valAxisLineShow: false,
    valAxisLabelFormatCode: axisFormat(chart, series, lang),
    valGridLine: { color: theme.colors.line, size: 0.75, style: 'solid' },
    catGridLine: { style: 'none' },
  };
  if (chart.log && !right) options.valAxisLogScaleBase = 10;
  else {
    const unit = axisMajorUnit(chart, series);
    if (unit !== undefined) options.valAxisMajorUnit = unit;
  }
  if (isHorizontalBar(chart)) {
    // The first category on top, as in the image and as people read; the value axis stays at the
    // bottom (it crosses the reversed category axis at its maximum). pptxgenjs' typings list only
    // the default values, so the strings are cast.
    // Its labels sit next to the axis line ('low' would mean the reversed axis' top end).
    Object.assign(options, { catAxisOrientation: 'maxMin', catAxisCrossesAt: 'max', valAxisLabelPos: 'nextTo' });
  }
  if (chart.xTitle) Object.assign(options, axisTitle('cat', chart.xTitle, font, size, theme));
  if (chart.yTitle) Object.assign(options, axisTitle('val', chart.yTitle, font, size, theme));
  else options.showValAxisTitle = false;
  return options;
}

