/**
 * The outline format: the single source of truth for the outline's TypeScript types and for the
 * JSON Schema committed as `schema/outline.schema.json` (see `json-schema.ts`).
 *
 * Objects are strict: a key the schema does not know is reported (as a warning with a
 * did-you-mean hint, see `decode.ts`) instead of being silently ignored.
 * Semantic rules that need more than one value (cited ids exist, series match labels, ...) live
 * in `check.ts`, not here, so that every rule reports with its own stable code.
 */
import { z } from 'zod';

// One parse per build: zod's JIT-compiled validators cost more to build than they save here.
z.config({ jitless: true });

const text = (what: string) => z.string().min(1, `${what} must not be empty`).describe(what);

/**
 * A figure on a slide or in a chart. Bounded to ±1e15 (a quadrillion: far beyond any budget a
 * briefing shows) so that axis arithmetic and number formatting never meet overflowing ranges.
 */
export const MAX_FIGURE = 1e15;
const figure = () =>
  z
    .number()
    .min(-MAX_FIGURE, `figures are limited to ±${MAX_FIGURE.toExponential()}`)
    .max(MAX_FIGURE, `figures are limited to ±${MAX_FIGURE.toExponential()}`);

export const RENDER_TARGETS = ['image', 'native'] as const;
export const OVERFLOW_POLICIES = ['split', 'shrink', 'error'] as const;
export const NUMBER_FORMATS = ['number', 'currency', 'percent'] as const;
export const CHART_TYPES = [
  'bar',
  'column',
  'hbar',
  'line',
  'area',
  'pie',
  'doughnut',
  'combo',
  'waterfall',
  'stages',
] as const;
export const SLIDE_KINDS = [
  'bullets',
  'columns',
  'quote',
  'kpis',
  'chart',
  'stages',
  'table',
  'image',
] as const;
export const LEGEND_POSITIONS = ['top', 'bottom', 'right', 'none'] as const;

export const SourceSchema = z
  .strictObject({
    title: text('Title of the cited work'),
    publisher: z.string().optional().describe('Who published it, e.g. a newspaper or blog'),
    url: z.url().optional().describe('Where to read it (http or https)'),
    date: z.string().optional().describe('Publication date as written in the source'),
    author: z.string().optional().describe('Author of the cited work'),
  })
  .describe('A source that slides cite by its id');

export const BulletSchema = z
  .union([
    z.string().min(1, 'a bullet must not be empty'),
    z.strictObject({
      text: text('The bullet text'),
      bullets: z.array(z.string().min(1)).optional().describe('Second-level bullets under this one'),
    }),
  ])
  .describe('A bullet: a string, or {text, bullets} for a bullet with sub-bullets');

const NumberFormatSchema = z
  .enum(NUMBER_FORMATS)
  .describe('How numbers are written: number, currency (uses unit as ISO code, e.g. USD) or percent');

export const KpiSchema = z
  .strictObject({
    value: figure().describe('The figure itself, as a plain number: 1.4e12 for 1.4 trillion'),
    unit: z
      .string()
      .optional()
      .describe('ISO currency code (USD, EUR) for money, "%" for percent, or a word such as "x" or "GW"'),
    label: text('What the figure is, shown under it'),
    format: NumberFormatSchema.optional(),
    decimals: z.number().int().min(0).max(6).optional().describe('Digits after the decimal point'),
    compact: z.boolean().optional().describe('Write 1.4e12 as "1.4T" (default true)'),
    prefix: z.string().optional().describe('Text before the number, e.g. "~" or ">"'),
    note: z.string().optional().describe('Small print under the label'),
  })
  .describe('A key figure shown big');

export const SeriesSchema = z
  .strictObject({
    name: text('Series name, shown in the legend'),
    values: z.array(figure()).min(1).describe('One value per label'),
    type: z.enum(['bar', 'line']).optional().describe('In a combo chart: draw this series as bars or a line'),
    axis: z.enum(['left', 'right']).optional().describe('In a combo chart: which value axis this series uses'),
    color: z
      .string()
      .regex(/^#?[0-9a-fA-F]{6}$/, 'a colour is six hex digits, e.g. "#1F4E79"')
      .optional()
      .describe('Override the theme colour for this series'),
    format: NumberFormatSchema.optional(),
    unit: z.string().optional().describe('Unit of this series when it differs from the chart unit'),
  })
  .describe('A data series');

export const RangeSchema = z
  .strictObject({
    label: text('Stage name shown on its bar'),
    from: figure().describe('Start, in axis units (e.g. years from now)'),
    to: figure().describe('End, in axis units'),
    when: z.string().optional().describe('The horizon as the source words it, e.g. "2–3 Jahre"; shown on the bar'),
  })
  .describe('A floating bar on a time axis (stages chart)');

export const ChartSchema = z
  .strictObject({
    type: z.enum(CHART_TYPES).describe('bar/column (vertical), hbar, line, area, pie, doughnut, combo, waterfall, stages'),
    title: z.string().optional().describe('Chart title drawn above the plot (the slide title usually suffices)'),
    format: NumberFormatSchema.optional(),
    unit: z.string().optional().describe('Unit of the values: ISO currency code, "%" or a word'),
    decimals: z.number().int().min(0).max(6).optional(),
    labels: z.array(z.union([z.string(), z.number()])).optional().describe('Category labels (x axis)'),
    series: z.array(SeriesSchema).min(1).optional(),
    ranges: z.array(RangeSchema).min(1).optional().describe('Stages chart: one floating bar per stage'),
    data: z.string().optional().describe('A CSV or JSON file beside the outline holding labels and values'),
    labelColumn: z.string().optional().describe('With data: the column holding the labels (default: the first)'),
    valueColumns: z.array(z.string()).min(1).optional().describe('With data: the columns holding series values (default: all others)'),
    stacked: z.boolean().optional().describe('Stack the series instead of grouping them'),
    horizontal: z.boolean().optional().describe('Draw bars horizontally (same as type: hbar)'),
    log: z.boolean().optional().describe('Logarithmic value axis, for values spanning orders of magnitude'),
    valueLabels: z.boolean().optional().describe('Print each value on its bar or point'),
    highlight: z
      .union([z.string(), z.number()])
      .optional()
      .describe('A label (or series name) to draw in the accent colour while the rest is muted'),
    target: z
      .strictObject({ value: figure(), label: z.string().optional() })
      .optional()
      .describe('A reference line across the plot'),
    totals: z
      .array(z.union([z.string(), z.number()]))
      .optional()
      .describe('Waterfall: labels (or 0-based indices) of bars that show the running total'),
    xTitle: z.string().optional().describe('Title of the category axis'),
    yTitle: z.string().optional().describe('Title of the value axis'),
    y2Title: z.string().optional().describe('Combo: title of the right value axis'),
    legend: z.enum(LEGEND_POSITIONS).optional().describe('Legend position (default: bottom when there are several series)'),
    render: z.enum(RENDER_TARGETS).optional().describe('image (Chart.js picture) or native (editable PowerPoint chart)'),
    alt: z.string().optional().describe('Alt text; generated from the data when absent'),
    dataInNotes: z.boolean().optional().describe('Also put the chart data as a table into the speaker notes'),
  })
  .describe('A chart drawn from data');

export const StageSchema = z
  .strictObject({
    when: text('The horizon, e.g. "2–3 Jahre" or "10+ years"'),
    title: text('What happens at this stage'),
    points: z.array(z.string().min(1)).optional().describe('Details of this stage'),
  })
  .describe('One forecast horizon');

export const QuoteSchema = z
  .strictObject({
    text: text('The quotation, without quote marks'),
    by: text('Who said it'),
    role: z.string().optional().describe('Their role, e.g. "Chief Product Officer, OpenAI"'),
  })
  .describe('A quotation with attribution');

export const ColumnSchema = z
  .strictObject({
    title: z.string().optional().describe('Column heading'),
    bullets: z.array(BulletSchema).optional(),
    text: z.string().optional().describe('A paragraph instead of bullets'),
    chart: ChartSchema.optional(),
  })
  .describe('One of two columns: bullets, a paragraph, or a chart');

export const TableSchema = z
  .strictObject({
    header: z.array(z.string()).min(1).describe('Header row'),
    rows: z.array(z.array(z.union([z.string(), figure()]))).min(1).describe('Body rows, one cell per header column'),
    format: NumberFormatSchema.optional(),
    unit: z.string().optional(),
    decimals: z.number().int().min(0).max(6).optional(),
  })
  .describe('A table with a header row; numbers are formatted for the locale');

export const ImageSchema = z
  .strictObject({
    path: text('PNG or JPEG file inside the outline folder'),
    alt: z.string().optional().describe('What the picture shows, for screen readers'),
    decorative: z.boolean().optional().describe('Mark as decoration (no alt text needed)'),
    caption: z.string().optional(),
  })
  .describe('A picture');

export const SlideSchema = z
  .strictObject({
    kind: z.enum(SLIDE_KINDS).optional().describe('The slide kind; normally inferred from the keys'),
    title: text('Slide title'),
    subtitle: z.string().optional(),
    bullets: z.array(BulletSchema).min(1).optional(),
    columns: z.tuple([ColumnSchema, ColumnSchema]).optional().describe('Two columns side by side'),
    quote: QuoteSchema.optional(),
    kpis: z.array(KpiSchema).min(1).max(4).optional().describe('Two to four key figures'),
    chart: ChartSchema.optional(),
    takeaway: z.string().optional().describe('One line under a chart or KPIs: what the audience should remember'),
    stages: z.array(StageSchema).min(2).max(5).optional().describe('Two to five forecast horizons'),
    table: TableSchema.optional(),
    image: ImageSchema.optional(),
    notes: z.string().optional().describe('Speaker notes'),
    source: z.string().optional().describe('Id of the source this slide cites'),
    sources: z.array(z.string()).optional().describe('Ids of the sources this slide cites'),
    overflow: z.enum(OVERFLOW_POLICIES).optional().describe('What to do with text that does not fit'),
    lint: z
      .strictObject({ uncitedFigure: z.boolean().optional() })
      .optional()
      .describe('Silence a lint rule on this slide (set it to false)'),
  })
  .describe('One slide; its kind follows from its keys');

export const SectionSchema = z
  .strictObject({
    title: text('Section title, shown in the agenda and on its divider'),
    subtitle: z.string().optional(),
    notes: z.string().optional().describe('Speaker notes for the section divider'),
    divider: z.boolean().optional().describe('Generate a divider slide for this section (default true)'),
    slides: z.array(SlideSchema).min(1),
  })
  .describe('A section of the deck');

export const ClosingSchema = z
  .strictObject({
    title: text('Closing slide title, e.g. a call to action'),
    bullets: z.array(BulletSchema).optional(),
    text: z.string().optional(),
    contact: z.string().optional(),
    notes: z.string().optional(),
  })
  .describe('The closing / call-to-action slide');

export const GenerateSchema = z
  .strictObject({
    title: z.boolean().optional().describe('Title slide (default true)'),
    agenda: z.boolean().optional().describe('Agenda from the section titles (default true)'),
    dividers: z.boolean().optional().describe('Section divider slides (default true)'),
    sources: z.boolean().optional().describe('Sources slide from the cited sources (default true)'),
    slideNumbers: z.boolean().optional().describe('Slide numbers on content slides (default true)'),
  })
  .describe('Switch generated slides on or off');

export const OutlineSchema = z
  .strictObject({
    title: text('Deck title'),
    subtitle: z.string().optional(),
    author: z.string().optional(),
    date: z
      .string()
      .optional()
      .describe('Date of the briefing, YYYY-MM-DD; also fixes the file dates so builds are reproducible'),
    locale: z.string().optional().describe('BCP 47 locale for numbers, dates and language, e.g. de-DE or en-US'),
    theme: z.string().optional().describe('A built-in theme (briefing, midnight) or a path to a theme YAML file'),
    footer: z.string().optional().describe('Footer text on content slides'),
    charts: z.enum(RENDER_TARGETS).optional().describe('Default chart target for the deck'),
    overflow: z.enum(OVERFLOW_POLICIES).optional().describe('Default text overflow policy'),
    generate: GenerateSchema.optional(),
    sources: z.record(z.string(), SourceSchema).optional().describe('Sources by id; cite them with source: id'),
    sections: z.array(SectionSchema).min(1),
    closing: ClosingSchema.optional(),
  })
  .describe('A briefdeck outline');

export type OutlineInput = z.infer<typeof OutlineSchema>;
export type SlideInput = z.infer<typeof SlideSchema>;
export type SectionInput = z.infer<typeof SectionSchema>;
export type ChartInput = z.infer<typeof ChartSchema>;
export type SeriesInput = z.infer<typeof SeriesSchema>;
export type KpiInput = z.infer<typeof KpiSchema>;
export type BulletInput = z.infer<typeof BulletSchema>;
export type StageInput = z.infer<typeof StageSchema>;
export type ColumnInput = z.infer<typeof ColumnSchema>;
export type TableInput = z.infer<typeof TableSchema>;
export type ImageInput = z.infer<typeof ImageSchema>;
export type QuoteInput = z.infer<typeof QuoteSchema>;
export type SourceInput = z.infer<typeof SourceSchema>;
export type ClosingInput = z.infer<typeof ClosingSchema>;
export type SlideKind = (typeof SLIDE_KINDS)[number];
export type ChartType = (typeof CHART_TYPES)[number];
export type NumberFormat = (typeof NUMBER_FORMATS)[number];
export type RenderTarget = (typeof RENDER_TARGETS)[number];
