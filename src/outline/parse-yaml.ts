/**
 * Step 1 of loading: YAML text → document with positions → plain data. Syntax errors, duplicate
 * keys and alias bombs come back as positioned diagnostics; this never throws for bad input.
 */
import { isAlias, isCollection, isScalar, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findDeepNesting, MAX_NESTING_DEPTH } from './nesting-depth.js';
import { Positions } from './positions.js';

export const DEFAULT_MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  doc: Document;
  positions: Positions;
  /** The plain JS data; absent when the YAML could not be read reliably. */
  data?: unknown;
  diagnostics: Diagnostic[];
}

export function parseYaml(text: string, file: string, maxAliasCount = DEFAULT_MAX_ALIAS_COUNT): ParsedYaml {
  const deep = findDeepNesting(text);
  if (deep) return tooDeep(text, file, deep.offset);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const positions = new Positions(doc, lineCounter, file, text);
  const diagnostics: Diagnostic[] = [];

  // One syntax error tends to set off more on the same line; the first one is the useful one.
  const linesWithSyntaxError = new Set<number>();
  for (const e of doc.errors) {
    if (e.code === 'DUPLICATE_KEY') {
      diagnostics.push(duplicateKey(e.pos[0], doc, positions));
      continue;
    }
    const quote = /Missing closing (["'])quote/.exec(e.message)?.[1];
    // yaml reports an unclosed quote where the text ends; the opening quote is the useful place.
    const opened = quote !== undefined ? text.lastIndexOf(quote, e.pos[0] - 1) : -1;
    const span = opened >= 0 ? positions.spanOfRange(opened) : positions.spanOfRange(e.pos[0], e.pos[1]);
    if (linesWithSyntaxError.has(span.line)) continue;
    linesWithSyntaxError.add(span.line);
    diagnostics.push({ severity: 'error', code: 'yaml/syntax', message: plainMessage(e.message), span, hint: syntaxHint(e.code) });
  }
  for (const w of doc.warnings) {
    const [a] = w.linePos ?? [{ line: 1, col: 1 }];
    diagnostics.push({
      severity: 'warning',
      code: 'yaml/warning',
      message: plainMessage(w.message),
      span: { file, line: a.line, col: a.col },
    });
  }
  // Duplicate keys leave a well-formed tree: go on, so the same run reports schema errors too.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return { doc, positions, diagnostics };

  // An alias is written `*name`: without a `*` in the text there is none, and no walk is needed.
  const loop = text.includes('*') ? recursiveAlias(doc) : undefined;
  if (loop) {
    diagnostics.push({
      severity: 'error',
      code: 'yaml/recursive-alias',
      message: `the alias *${loop.source} is inside the value anchored as &${loop.source}, so that value would contain itself`,
      span: positions.spanOfNode(loop),
      hint: 'an alias can only repeat a value defined before it; write the value out',
    });
    return { doc, positions, diagnostics };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount });
    return { doc, positions, data, diagnostics };
  } catch (e) {
    diagnostics.push(aliasDiagnostic(e, doc, positions, maxAliasCount));
    return { doc, positions, diagnostics };
  }
}

/** Names the repeated key and where it first appears. `offset` is where yaml saw the repeat. */
function duplicateKey(offset: number, doc: Document, positions: Positions): Diagnostic {
  let found: { key: string; first?: Node } | undefined;
  visit(doc, {
    Map: (_k, map) => {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : undefined;
        if (name === undefined) continue;
        if (key?.range?.[0] === offset) {
          found = { key: name, first: seen.get(name) };
          return visit.BREAK;
        }
        if (!seen.has(name)) seen.set(name, key as Node);
      }
      return undefined;
    },
  });
  const span = positions.spanOfRange(offset);
  const first = found?.first ? positions.spanOfNode(found.first) : undefined;
  return {
    severity: 'error',
    code: 'yaml/duplicate-key',
    message: found
      ? `\`${found.key}\` appears twice in the same map${first ? ` (first on line ${first.line})` : ''}`
      : 'this key appears twice in the same map',
    span: found ? { ...span, endLine: span.line, endCol: span.col + found.key.length } : span,
    hint: 'keep one of them: YAML keys must be unique within a map',
  };
}

/** yaml's pretty messages end in " at line L, column C:" and a code frame; we print our own. */
function plainMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

function syntaxHint(code: string): string | undefined {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'indent with spaces; YAML does not allow tabs for indentation';
    case 'MISSING_CHAR':
      return 'check that every quote, [ and { is closed';
    case 'MULTIPLE_DOCS':
      return 'an outline is one YAML document: remove the second `---`';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      return 'keys of one map must start in the same column; a value containing ": " needs quotes';
    default:
      return 'check the indentation and quoting around this place';
  }
}

/** toJS throws (ReferenceError) for alias bombs and unknown aliases; give them a place. */
function aliasDiagnostic(e: unknown, doc: Document, positions: Positions, maxAliasCount: number): Diagnostic {
  const message = e instanceof Error ? e.message : String(e);
  const aliases: Alias[] = [];
  visit(doc, { Alias: (_key, node) => void aliases.push(node) });

  const unresolved = /Unresolved alias[^:]*: (.+)$/.exec(message);
  if (unresolved) {
    const name = unresolved[1]!.trim();
    const alias = aliases.find((a) => a.source === name);
    return {
      severity: 'error',
      code: 'yaml/unresolved-alias',
      message: `the alias *${name} refers to no anchor &${name} before it`,
      span: positions.spanOfNode(alias),
      hint: 'define the anchor (&name) on a value above the alias',
    };
  }
  if (/alias count|alias resolution is disabled/i.test(message)) {
    // Point at the first alias of an anchor that itself holds aliases: where expansion multiplies.
    const nested = aliases.find((a) => containsAlias(a.resolve(doc) as Node | undefined));
    return {
      severity: 'error',
      code: 'yaml/alias-limit',
      message: `the aliases expand to more than ${maxAliasCount} copies; refused as a possible "billion laughs" attack`,
      span: positions.spanOfNode(nested ?? aliases[0]),
      expected: `at most ${maxAliasCount} alias expansions`,
      hint: 'write the repeated values out, or nest fewer aliases inside anchored values',
    };
  }
  return {
    severity: 'error',
    code: 'yaml/syntax',
    message,
    span: { file: positions.file, line: 1, col: 1 },
  };
}

function containsAlias(node: Node | undefined): boolean {
  if (!node || !isCollection(node)) return false;
  let found = false;
  visit(node, { Alias: () => { found = true; return visit.BREAK; } });
  return found || node.items.some((item) => isAlias(item));
}

/** A nesting bomb: refused before the parser recurses into it (see nesting-depth.ts). */
function tooDeep(text: string, file: string, offset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument('', { lineCounter });
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return {
    doc,
    positions: new Positions(doc, lineCounter, file, text),
    diagnostics: [
      {
        severity: 'error',
        code: 'yaml/too-deep',
        message: `the YAML nests more than ${MAX_NESTING_DEPTH} levels deep; refused as a possible nesting bomb`,
        span: { file, line, col },
        expected: `at most ${MAX_NESTING_DEPTH} levels of nested lists and maps`,
        hint: 'an outline needs about ten levels: sections, slides, charts, series; flatten the structure',
      },
    ],
  };
}

/** The first alias that sits inside the very node it refers to (`&a [x, *a]`): a cycle. */
function recursiveAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias: (_key, alias, path) => {
      const target = alias.resolve(doc);
      if (target && path.includes(target as never)) {
        found = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
