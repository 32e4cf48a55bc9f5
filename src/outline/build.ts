/**
 * Step 4 of loading: validated input + resolved chart data → the typed Outline, with spans on
 * deck, sections, slides, charts and closing. Only called when there is no error, so every
 * slide has exactly one kind (or a `kind` that names a key it has).
 */
import type { Chart, Column, Outline, Section, Slide } from '../model/outline.js';
import type { DocPath } from '../model/span.js';
import { contentKinds, type ChartData } from './check.js';
import type { Positions } from './positions.js';
import type { ChartInput, OutlineInput, SlideInput } from './schema.js';

export interface BuildContext {
  file: string;
  dir: string;
  positions: Positions;
  /** Canonical BCP 47 locale (default en-US). */
  locale: string;
  /** Data read from `data:` files, by `chartKey(path)`. */
  chartData: ReadonlyMap<string, ChartData>;
}

/** Key of a chart's path in `BuildContext.chartData`. */
export function chartKey(path: DocPath): string {
  return path.join('/');
}

/** "s07-chart", "s07-col1": stable ids from the slide's 1-based number in the outline. */
export function chartId(slideNumber: number, suffix: string): string {
  return `s${String(slideNumber).padStart(2, '0')}-${suffix}`;
}

function buildChart(input: ChartInput, id: string, path: DocPath, ctx: BuildContext): Chart {
  const { labels, series, data: _file, ...rest } = input;
  const resolved = ctx.chartData.get(chartKey(path)) ?? {
    // A stages chart drawn from `ranges` has no series; its labels are the stage names.
    labels: (labels ?? input.ranges?.map((r) => r.label) ?? []).map(String),
    series: series ?? [],
  };
  return { ...rest, id, labels: resolved.labels, series: resolved.series, span: ctx.positions.valueSpan(path) };
}

function buildSlide(slide: SlideInput, number: number, path: DocPath, ctx: BuildContext): Slide {
  const { chart, columns, ...rest } = slide;
  const kind = slide.kind ?? contentKinds(slide)[0] ?? 'bullets';
  const cites = [...new Set([...(slide.source !== undefined ? [slide.source] : []), ...(slide.sources ?? [])])];
  const out: Slide = { ...rest, kind, cites, span: ctx.positions.valueSpan(path) };
  if (chart) out.chart = buildChart(chart, chartId(number, 'chart'), [...path, 'chart'], ctx);
  if (columns) {
    const col = (i: 0 | 1): Column => {
      const { chart: c, ...r } = columns[i];
      const colPath = [...path, 'columns', i, 'chart'];
      return c ? { ...r, chart: buildChart(c, chartId(number, `col${i + 1}`), colPath, ctx) } : r;
    };
    out.columns = [col(0), col(1)];
  }
  return out;
}

export function buildOutline(value: OutlineInput, ctx: BuildContext): Outline {
  const { sections, sources, closing, ...rest } = value;
  let number = 0;
  const built: Section[] = sections.map((section, si) => {
    const { slides, ...s } = section;
    return {
      ...s,
      span: ctx.positions.valueSpan(['sections', si]),
      slides: slides.map((slide, i) => buildSlide(slide, ++number, ['sections', si, 'slides', i], ctx)),
    };
  });
  const outline: Outline = {
    ...rest,
    file: ctx.file,
    dir: ctx.dir,
    locale: ctx.locale,
    sources: sources ?? {},
    sections: built,
    span: ctx.positions.valueSpan([]),
  };
  if (closing) outline.closing = { ...closing, span: ctx.positions.valueSpan(['closing']) };
  return outline;
}
