/**
 * The decoded outline: what the author meant, validated and typed, every section and slide
 * carrying the span of its YAML node so later stages can report where a problem comes from.
 * Produced by `outline/load.ts`; consumed by `layout/`.
 */
import type {
  ChartInput,
  ClosingInput,
  OutlineInput,
  SectionInput,
  SeriesInput,
  SlideInput,
  SlideKind,
  SourceInput,
} from '../outline/schema.js';
import type { Span } from './span.js';

/** A chart whose data is resolved: `data:` files are read, labels and series are present. */
export interface Chart extends Omit<ChartInput, 'labels' | 'series' | 'data'> {
  /** Stable id within the deck, e.g. "s07-chart"; used for file names and alt text references. */
  id: string;
  labels: string[];
  series: SeriesInput[];
  span: Span;
}

export interface Slide extends Omit<SlideInput, 'chart' | 'columns'> {
  kind: SlideKind;
  span: Span;
  chart?: Chart;
  columns?: [Column, Column];
  /** Source ids cited by this slide: `source` and `sources` merged, in order, without repeats. */
  cites: string[];
}

export interface Column extends Omit<NonNullable<SlideInput['columns']>[number], 'chart'> {
  chart?: Chart;
}

export interface Section extends Omit<SectionInput, 'slides'> {
  span: Span;
  slides: Slide[];
}

export interface Outline extends Omit<OutlineInput, 'sections' | 'sources' | 'closing'> {
  /** The outline file as given by the user (used in diagnostics). */
  file: string;
  /** Absolute folder of the outline: relative paths (data, images, themes) resolve against it. */
  dir: string;
  locale: string;
  sources: Record<string, SourceInput>;
  sections: Section[];
  closing?: ClosingInput & { span: Span };
  span: Span;
}
