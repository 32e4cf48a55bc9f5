/**
 * A cheap scan of YAML text for how deeply it nests, run before the YAML parser: the parser
 * recurses once per level, so 10,000 nested lists take seconds and end in a stack overflow. An
 * outline needs about ten levels; anything past `MAX_NESTING_DEPTH` is refused with a position.
 *
 * Counted per line: block indentation levels (a stack of indents), `- ` / `? ` indicators that
 * open a nested block collection on the same line, and open flow brackets (`[` `{` where a value
 * may start, outside quotes and comments; a `[` inside a plain word does not open a list).
 */
import { isWhiteSpace } from './whitespace.js';

export const MAX_NESTING_DEPTH = 64;

export interface DepthFinding {
  depth: number;
  /** 0-based offset in the text where the depth first passed the limit. */
  offset: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const DASH = 0x2d;
const QUESTION = 0x3f;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;

/**
 * The first place the nesting passes `limit`, or undefined when it never does. Works on UTF-16
 * code units (charCodeAt), not one-character strings and regexes: it runs over every character
 * of every outline, before the parser.
 */
export function findDeepNesting(text: string, limit = MAX_NESTING_DEPTH): DepthFinding | undefined {
  const indents: number[] = [];
  const length = text.length;
  let flow = 0;
  let quote = 0; // the open quote's code, or 0 outside quotes
  let lineStart = 0;
  const quoteEnds = new QuoteEnds(text);
  while (lineStart <= length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = length;
    let i = lineStart;
    if (quote === 0 && flow === 0) {
      while (text.charCodeAt(i) === SPACE) i++;
      const first = text.charCodeAt(i);
      const blank = i >= end || first === HASH || first === CR;
      if (!blank) {
        const indent = i - lineStart;
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
    }
    let opener = true; // at a place where a value (and so a flow collection) may start
    let blockIndicators = 0;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === BACKSLASH && quote === DQUOTE) i++;
        else if (c === quote) {
          if (quote === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) i++;
          else quote = 0;
        } else {
          // Nothing inside quotes counts: jump to the next character that may end them.
          const next = quoteEnds.after(i + 1, quote);
          i = (next < 0 || next > end ? end : next) - 1;
        }
        continue;
      }
      if (c === SPACE || c === TAB) continue;
      if (c === HASH && (i === lineStart || isWhiteSpace(text.charCodeAt(i - 1)))) break;
      if (opener && (c === DQUOTE || c === SQUOTE)) {
        quote = c;
        opener = false;
        continue;
      }
      // Past the end counts as a space, as a value may end the text.
      const spaced = i + 1 >= length || isWhiteSpace(text.charCodeAt(i + 1));
      let opens = false;
      if (opener && (c === OPEN_SQUARE || c === OPEN_CURLY)) {
        flow++;
        opens = true;
      } else if (flow > 0 && (c === CLOSE_SQUARE || c === CLOSE_CURLY)) flow--;
      else if (flow === 0 && opener && (c === DASH || c === QUESTION) && spaced) {
        blockIndicators++;
        opens = true;
      }
      const depth = indents.length + blockIndicators + flow;
      if (depth > limit) return { depth, offset: i };
      opener = opens || (flow > 0 && c === COMMA) || (c === COLON && spaced);
    }
    lineStart = end + 1;
  }
  return undefined;
}

/**
 * Next offset of `"`, `'` and `\\` at or after a position, for jumping over quoted text. The
 * scan only moves forward, so each is searched again only once it is passed: linear overall,
 * even for a quote that never closes.
 */
class QuoteEnds {
  private readonly found = new Map<string, number>();
  constructor(private readonly text: string) {}

  private next(ch: string, from: number): number {
    const at = this.found.get(ch);
    if (at !== undefined && (at < 0 || at >= from)) return at;
    const found = this.text.indexOf(ch, from);
    this.found.set(ch, found);
    return found;
  }

  /** Where the quote opened by `quote` may end (its quote, or a backslash in `"`), or -1. */
  after(from: number, quote: number): number {
    const q = this.next(quote === DQUOTE ? '"' : "'", from);
    if (quote !== DQUOTE) return q;
    const b = this.next('\\', from);
    return b >= 0 && (q < 0 || b < q) ? b : q;
  }
}
