/**
 * A place in a source file, 1-based line and column, as editors show them.
 * `endLine`/`endCol` are optional: a diagnostic may point at a single character.
 */
export interface Span {
  file: string;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

/** A path into a decoded document, e.g. ["sections", 0, "slides", 2, "title"]. */
export type DocPath = readonly (string | number)[];
