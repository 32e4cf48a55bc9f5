/**
 * Where things are in a parsed YAML document: from a path into the decoded data (as zod reports
 * it) back to the YAML node, and from a node to a 1-based line:col span via the LineCounter.
 * Works for any YAML (or JSON, which yaml parses too) document, not only outlines.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { DocPath, Span } from '../model/span.js';
import { isWhiteSpace } from './whitespace.js';

export interface NodeLookup {
  /** The node at the path, or the deepest existing ancestor when the path runs out. */
  node: Node | undefined;
  /** The key node when the last path step found a map entry. */
  keyNode: Node | undefined;
  /** True when every step of the path was found. */
  found: boolean;
}

export class Positions {
  constructor(
    readonly doc: Document,
    readonly lineCounter: LineCounter,
    readonly file: string,
    /** The text the document was parsed from; used to trim trailing blanks off ranges. */
    readonly source: string,
  ) {}

  /**
   * Span of a byte offset range in the source. `endCol` is exclusive: the column just past the
   * last character, so a one-character value at col 5 has endCol 6.
   */
  spanOfRange(start: number, end?: number): Span {
    const a = this.lineCounter.linePos(start);
    const span: Span = { file: this.file, line: a.line, col: a.col };
    if (end !== undefined && end > start) {
      const b = this.lineCounter.linePos(end);
      span.endLine = b.line;
      span.endCol = b.col;
    }
    return span;
  }

  /** Span of a node's value (without trailing comments and blank lines). */
  spanOfNode(node: Node | undefined | null): Span {
    const range = node?.range;
    if (!range) return { file: this.file, line: 1, col: 1 };
    return this.spanOfRange(range[0], trimEnd(this.source, range[0], range[1]));
  }

  /** Walks the path from the document root, following aliases. */
  lookup(path: DocPath): NodeLookup {
    let node: Node | undefined = (this.doc.contents as Node | null) ?? undefined;
    let keyNode: Node | undefined;
    for (const step of path) {
      node = this.resolve(node);
      keyNode = undefined;
      let next: Node | undefined;
      if (isMap(node)) {
        const name = String(step);
        const pair = node.items.find((p) => keyString(p.key) === name);
        if (pair) {
          keyNode = isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? (pair.key as Node) : undefined;
          next = (pair.value as Node | null) ?? keyNode;
        }
      } else if (isSeq(node) && typeof step === 'number') {
        next = (node.items[step] as Node | undefined) ?? undefined;
      }
      if (next === undefined) return { node, keyNode: undefined, found: false };
      node = next;
    }
    return { node, keyNode, found: true };
  }

  /** Span of the value at `path`, or of the deepest existing ancestor. */
  valueSpan(path: DocPath): Span {
    return this.spanOfNode(this.lookup(path).node);
  }

  /** Span of the key of the map entry at `path` (falls back to the value's span). */
  keySpan(path: DocPath): Span {
    const found = this.lookup(path);
    return this.spanOfNode(found.keyNode ?? found.node);
  }

  /** The node at `path` with aliases resolved, or undefined when the path does not exist. */
  nodeAt(path: DocPath): Node | undefined {
    const found = this.lookup(path);
    return found.found ? this.resolve(found.node) : undefined;
  }

  /**
   * How the value at `path` reads in the YAML, for "found …" in a diagnostic: a quoted string
   * (`"many"`), a number or other plain scalar as written (`.nan`, `1.4e12`), `a list`, `a map`,
   * `nothing` for an empty value, or undefined when there is no value at the path.
   */
  describeActual(path: DocPath): string | undefined {
    const node = this.nodeAt(path);
    if (node === undefined) return undefined;
    return describeNode(node);
  }

  private resolve(node: Node | undefined): Node | undefined {
    let cur = node;
    // An alias may point at another alias only indirectly; a few steps always suffice.
    for (let i = 0; i < 8 && isAlias(cur); i++) cur = (cur.resolve(this.doc) as Node | undefined) ?? undefined;
    return cur;
  }

}

/** How a YAML node reads, for diagnostics (see `Positions.describeActual`). */
export function describeNode(node: Node): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return `the alias *${node.source}`;
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'nothing (an empty value)';
    if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
    const src = (node as { source?: unknown }).source;
    if (typeof src === 'string' && src.length > 0) return src;
    return String(v);
  }
  return 'a value';
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

/** Moves `end` back over trailing whitespace, so a span ends where the value's text ends. */
function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return e;
}
