/**
 * The Presentation IR: what goes on each slide, positioned in inches, with font sizes decided.
 * Plain JSON-serialisable data; knows nothing of OOXML or pptxgenjs. Produced by `layout/`,
 * consumed by `charts/` (which renders the chart elements) and `emit/` (which writes the PPTX).
 * All positions are inches from the slide's top-left corner; all font sizes are points;
 * colours are 6-digit hex without '#'.
 */
import type { Chart } from './outline.js';
import type { Span } from './span.js';
import type { Theme } from './theme.js';
import type { RenderTarget } from '../outline/schema.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** Overrides the element's size for this run (e.g. a citation marker). */
  sizePt?: number;
  superscript?: boolean;
}

export interface Paragraph {
  runs: Run[];
  /** 0 = first level, 1 = second level. */
  level: number;
  bullet?: 'bullet' | 'number';
  align?: 'left' | 'center' | 'right';
  /** Space before the paragraph, points. */
  spaceBeforePt?: number;
}

/** The slide-master placeholder a text element fills (gives PowerPoint's outline and a11y a title). */
export type PlaceholderRole = 'title' | 'body';

export interface TextElement {
  type: 'text';
  box: Box;
  paragraphs: Paragraph[];
  font: string;
  sizePt: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
  /** Line spacing as a multiple of single spacing (1.0 = single). */
  lineSpacing: number;
  /** Inner margin of the box, inches, all four sides. */
  inset: number;
  /** Hanging indent of a bulleted paragraph, points (level 1 is indented twice as far). */
  bulletIndentPt: number;
  /** Space after every paragraph, points (applied uniformly, so measuring and emitting agree). */
  paraSpaceAfterPt: number;
  fill?: string;
  placeholder?: PlaceholderRole;
  /** Present for screen readers and the outline view, not drawn (e.g. a quote slide's title). */
  hidden?: boolean;
}

export interface ChartElement {
  type: 'chart';
  box: Box;
  chart: Chart;
  render: RenderTarget;
  alt: string;
}

export interface ImageElement {
  type: 'image';
  box: Box;
  /** Absolute path of the image file. */
  path: string;
  alt: string;
  decorative: boolean;
}

export interface TableElement {
  type: 'table';
  box: Box;
  header: string[];
  rows: string[][];
  /** Column widths, inches; they sum to box.w. */
  colWidths: number[];
  /** Per column: numbers right-aligned. */
  align: ('left' | 'right')[];
  font: string;
  sizePt: number;
  /** The tallest row's height, inches (the height of every row when rowHeights is absent). */
  rowHeight: number;
  /**
   * The measured height of each row, inches: the header row first, then one per body row. They sum
   * to box.h. Clients draw rows at least this tall (a row whose text needs more grows).
   */
  rowHeights?: number[];
  /** Inner margin of every cell, inches, all four sides (the margin the rows were measured with). */
  cellInset: number;
}

export interface ShapeElement {
  type: 'shape';
  box: Box;
  shape: 'rect' | 'roundRect' | 'ellipse' | 'line';
  fill?: string;
  line?: { color: string; widthPt: number };
}

export type Element = TextElement | ChartElement | ImageElement | TableElement | ShapeElement;

/** The slide master a slide uses; each master has a title placeholder (and body where noted). */
export type MasterName = 'TITLE' | 'SECTION' | 'CONTENT';

export interface SlideIR {
  role: 'title' | 'agenda' | 'section' | 'content' | 'sources' | 'closing';
  master: MasterName;
  /** The slide title as plain text (also in the title placeholder element). */
  title: string;
  elements: Element[];
  notes: string;
  /** Background colour of the whole slide. */
  background: string;
  /** Where in the outline this slide comes from (generated slides point at the deck or section). */
  span?: Span;
}

export interface Presentation {
  meta: {
    title: string;
    subject?: string;
    author?: string;
    /** BCP 47 language tag written on every text run, e.g. "de-DE". */
    lang: string;
    /** The build's fixed timestamp, ISO 8601 UTC; written to docProps and zip entries. */
    date: string;
  };
  /** Slide size in inches (16:9: 13.333 × 7.5). */
  size: { width: number; height: number };
  theme: Theme;
  slides: SlideIR[];
}
