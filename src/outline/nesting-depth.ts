/**
 * A cheap scan of YAML text for how deeply it nests, run before the YAML parser: the parser
 * recurses once per level, so 10,000 nested lists take seconds and end in a stack overflow. An
 * outline needs about ten levels; anything past `MAX_NESTING_DEPTH` is refused with a position.
 *
 * Counted per line: block indentation levels (a stack of indents), `- ` / `? ` indicators that
 * open a nested block collection on the same line, and open flow brackets (`[` `{` where a value
 * may start, outside quotes and comments; a `[` inside a plain word does not open a list).
 */
export const MAX_NESTING_DEPTH = 64;

export interface DepthFinding {
  depth: number;
  /** 0-based offset in the text where the depth first passed the limit. */
  offset: number;
}

/** The first place the nesting passes `limit`, or undefined when it never does. */
export function findDeepNesting(text: string, limit = MAX_NESTING_DEPTH): DepthFinding | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    if (!quote && flow === 0) {
      while (text[i] === ' ') i++;
      const blank = i >= end || text[i] === '#' || text[i] === '\r';
      if (!blank) {
        const indent = i - lineStart;
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
    }
    let opener = true; // at a place where a value (and so a flow collection) may start
    let blockIndicators = 0;
    for (; i < end; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = undefined;
        }
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) break;
      if (opener && (c === '"' || c === "'")) {
        quote = c;
        opener = false;
        continue;
      }
      const spaced = /\s/.test(text[i + 1] ?? ' ');
      let opens = false;
      if (opener && (c === '[' || c === '{')) {
        flow++;
        opens = true;
      } else if (flow > 0 && (c === ']' || c === '}')) flow--;
      else if (flow === 0 && opener && (c === '-' || c === '?') && spaced) {
        blockIndicators++;
        opens = true;
      }
      const depth = indents.length + blockIndicators + flow;
      if (depth > limit) return { depth, offset: i };
      opener = opens || (flow > 0 && c === ',') || (c === ':' && spaced);
    }
    lineStart = end + 1;
  }
  return undefined;
}
