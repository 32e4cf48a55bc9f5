/**
 * zod issue → positioned Diagnostic. The mapping is generic over the schema and the YAML
 * document: positions come from `Positions`, allowed keys / values and hints from the schema
 * (`schema-walk.ts`), the "found …" text from the YAML node as the author wrote it.
 */
import { isMap } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocPath } from '../model/span.js';
import { didYouMeanHint } from './did-you-mean.js';
import type { Positions } from './positions.js';
import {
  allowedKeys,
  allowedValues,
  describeExpected,
  describeType,
  descriptionOf,
  schemaAt,
  unwrap,
} from './schema-walk.js';

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

export interface IssueContext {
  positions: Positions;
  /** The schema the data was validated against (paths in issues are relative to it). */
  root: Schema;
  /** The data that was validated, to tell a missing key from a wrong value. */
  data: unknown;
}

/** Issue paths may hold symbols in theory; YAML keys never are. */
export function issuePath(issue: Issue, prefix: DocPath = []): (string | number)[] {
  return [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
}

/** The value at `path` in plain data, or undefined. */
export function valueAt(data: unknown, path: DocPath): unknown {
  let cur = data;
  for (const step of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[step];
  }
  return cur;
}

function hasKey(data: unknown, path: DocPath): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  const key = path[path.length - 1];
  return parent !== null && typeof parent === 'object' && key !== undefined && Object.hasOwn(parent, key);
}

/** How a path reads in a message: "`value`", "item 2 of `bullets`", "the outline". */
export function labelOf(path: DocPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the outline';
  if (typeof last === 'string') return `\`${last}\``;
  const parent = path[path.length - 2];
  const owner = typeof parent === 'string' ? `\`${parent}\`` : 'the list';
  return `item ${last + 1} of ${owner}`;
}

/** Code suffix for an expected type: expected-number, expected-list, … (a closed set, see codes.ts). */
function typeCode(expected: string): string {
  switch (expected) {
    case 'string':
    case 'number':
    case 'boolean':
      return `expected-${expected}`;
    case 'int':
      return 'expected-integer';
    case 'array':
    case 'tuple':
      return 'expected-list';
    case 'object':
    case 'record':
    case 'map':
      return 'expected-map';
    default:
      return 'wrong-type';
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Maps one zod issue to zero or more diagnostics (a union issue may explain several). */
export function issueToDiagnostics(issue: Issue, ctx: IssueContext, prefix: DocPath = []): Diagnostic[] {
  const path = issuePath(issue, prefix);
  const { positions } = ctx;
  const schema = schemaAt(ctx.root, path);
  const description = descriptionOf(schema);
  const value = valueAt(ctx.data, path);
  const actual = positions.describeActual(path);
  const base = { span: positions.valueSpan(path) };

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined && path.length > 0 && !hasKey(ctx.data, path)) {
        const key = path[path.length - 1]!;
        const where = labelOf(path.slice(0, -1));
        return [
          {
            severity: 'error',
            code: 'outline/missing-key',
            message:
              typeof key === 'number'
                ? `${labelOf(path)} is missing`
                : `${where === 'the outline' ? 'the outline' : where} is missing the required key \`${key}\``,
            span: positions.valueSpan(path.slice(0, -1)),
            expected: `${String(key)}: ${describeExpected(schema)}`,
            hint: description ? `add \`${String(key)}:\` (${lowerFirst(description)})` : `add \`${String(key)}:\``,
          },
        ];
      }
      if (issue.expected === 'number' && typeof value === 'number' && !Number.isFinite(value)) {
        return [
          {
            severity: 'error',
            code: 'outline/not-finite',
            message: `${labelOf(path)} must be a finite number`,
            ...base,
            expected: 'a finite number',
            actual: actual ?? String(value),
            hint: 'write the figure itself; .nan and .inf cannot be drawn or formatted',
          },
        ];
      }
      const expected = describeType(issue.expected);
      return [
        {
          severity: 'error',
          code: `outline/${typeCode(issue.expected)}`,
          message: `${labelOf(path)} must be ${expected}`,
          ...base,
          expected,
          actual: actual ?? describeJs(value),
          hint: typeHint(issue.expected, value) ?? description,
        },
      ];
    }

    case 'invalid_value': {
      const values = issue.values.map(String);
      const allowed = values.length > 0 ? values : allowedValues(schema);
      return [
        {
          severity: 'error',
          code: 'outline/unknown-value',
          message: `${labelOf(path)} has an unknown value`,
          ...base,
          expected: `one of ${allowed.join(', ')}`,
          actual: actual ?? describeJs(value),
          hint: (typeof value === 'string' ? didYouMeanHint(value, allowed) : undefined) ?? description,
        },
      ];
    }

    case 'unrecognized_keys':
      return unknownKeys(issue.keys, path, ctx);

    case 'too_small':
    case 'too_big':
      return sizeIssue(issue, path, ctx, description);

    case 'invalid_union':
      return unionIssue(issue, path, ctx, description);

    case 'invalid_format': {
      const custom = !/^Invalid/.test(issue.message);
      return [
        {
          severity: 'error',
          code: 'outline/bad-format',
          message: custom
            ? `${labelOf(path)}: ${issue.message}`
            : `${labelOf(path)} is not a valid ${issue.format === 'url' ? 'web address' : issue.format}`,
          ...base,
          // A regex's own message says what it wants; the pattern itself would not help authors.
          expected: issue.format === 'url' ? 'a web address such as https://example.com/page' : issue.format === 'regex' ? undefined : `a ${issue.format}`,
          actual: actual ?? describeJs(value),
          hint: description,
        },
      ];
    }

    default:
      return [
        {
          severity: 'error',
          code: 'outline/invalid',
          message: `${labelOf(path)}: ${issue.message}`,
          ...base,
          actual,
          hint: description,
        },
      ];
  }
}

/** One warning per unknown key, pointing at the key itself, with a did-you-mean hint. */
export function unknownKeys(keys: readonly string[], path: DocPath, ctx: IssueContext): Diagnostic[] {
  const present = valueAt(ctx.data, path);
  const taken = new Set(present && typeof present === 'object' ? Object.keys(present) : []);
  const allowed = allowedKeys(schemaAt(ctx.root, path)).filter((k) => !taken.has(k));
  const owner = ctx.positions.nodeAt(path);
  const inFlowMap = isMap(owner) && owner.flow === true;
  return keys.map((key) => ({
    severity: 'warning',
    code: 'outline/unknown-key',
    message: `unknown key \`${key}\` in ${labelOf(path)}; it is ignored`,
    span: ctx.positions.keySpan([...path, key]),
    hint:
      didYouMeanHint(key, allowed) ??
      // `{ role: CEO, OpenAI }` reads "OpenAI" as a key with no value.
      (inFlowMap && valueAt(ctx.data, [...path, key]) === null
        ? 'in a { … } map a comma starts a new entry: put a value that contains commas in quotes'
        : allowed.length > 0
          ? `keys allowed here: ${allowed.join(', ')}`
          : undefined),
  }));
}

function sizeIssue(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  path: DocPath,
  ctx: IssueContext,
  description: string | undefined,
): Diagnostic[] {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const inclusive = issue.inclusive !== false;
  const value = valueAt(ctx.data, path);
  const { positions } = ctx;

  if (issue.origin === 'array' || issue.origin === 'set') {
    const count = Array.isArray(value) ? value.length : 0;
    const bound = inclusive ? limit : small ? limit + 1 : limit - 1;
    return [
      {
        severity: 'error',
        code: small ? 'outline/too-few' : 'outline/too-many',
        message: `${labelOf(path)} has ${plural(count, 'item')}; ${small ? 'at least' : 'at most'} ${bound} ${
          bound === 1 ? 'is' : 'are'
        } allowed`,
        // Too many: point at the first item past the limit, where the cut has to be made.
        span: small ? positions.valueSpan(path) : positions.valueSpan([...path, bound]),
        expected: `${small ? 'at least' : 'at most'} ${plural(bound, 'item')}`,
        actual: plural(count, 'item'),
        hint: description,
      },
    ];
  }
  if (issue.origin === 'string' && small) {
    return [
      {
        severity: 'error',
        code: 'outline/empty-text',
        message: `${labelOf(path)} must not be empty`,
        span: positions.valueSpan(path),
        expected: 'some text',
        actual: positions.describeActual(path) ?? '""',
        hint: description,
      },
    ];
  }
  const relation = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  return [
    {
      severity: 'error',
      code: 'outline/out-of-range',
      message: `${labelOf(path)} must be ${relation} ${limit}`,
      span: positions.valueSpan(path),
      expected: `${relation} ${limit}`,
      actual: positions.describeActual(path) ?? describeJs(value),
      hint: description,
    },
  ];
}

/**
 * A value matched none of a union's forms (e.g. a bullet). When the value has the shape of one
 * form (a map, and one form is a map) the problems inside that form are reported instead, since
 * that is what the author was writing; otherwise one error lists the forms in plain words.
 */
function unionIssue(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: DocPath,
  ctx: IssueContext,
  description: string | undefined,
): Diagnostic[] {
  const relevant = issue.errors.filter(
    (branch) => !branch.some((sub) => sub.path.length === 0 && sub.code === 'invalid_type'),
  );
  if (relevant.length === 1) {
    return relevant[0]!.flatMap((sub) => issueToDiagnostics(sub, ctx, path));
  }
  const schema = schemaAt(ctx.root, path);
  const expected = describeExpected(schema ? unwrap(schema) : undefined);
  return [
    {
      severity: 'error',
      code: 'outline/no-matching-form',
      message: `${labelOf(path)} must be ${expected}`,
      span: ctx.positions.valueSpan(path),
      expected,
      actual: ctx.positions.describeActual(path) ?? describeJs(valueAt(ctx.data, path)),
      hint: description,
    },
  ];
}

/** Hints for the usual type mix-ups: a number in quotes, text where a list belongs, … */
function typeHint(expected: string, value: unknown): string | undefined {
  if ((expected === 'number' || expected === 'int') && typeof value === 'string') {
    const n = Number(value.trim());
    if (value.trim() !== '' && Number.isFinite(n)) return `remove the quotes: write ${value.trim()} instead of "${value}"`;
    return 'write the figure as a plain number (1.4e12 for 1.4 trillion, 25 with unit: "%" for 25 %); units go in `unit`';
  }
  if (expected === 'int' && typeof value === 'number') return 'use a whole number';
  if (expected === 'boolean' && typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value)) {
    return `YAML 1.2 reads ${value} as text: write ${/^(yes|on|y)$/i.test(value) ? 'true' : 'false'}`;
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `put it in quotes if it is meant as text: "${String(value)}"`;
  }
  if ((expected === 'array' || expected === 'tuple') && value !== null && typeof value !== 'object') {
    return 'write a list: one `- item` per line, or [a, b] on one line';
  }
  if (value === null) return 'give it a value after the colon, or remove the key';
  return undefined;
}

function describeJs(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return value instanceof Date ? 'a date' : 'a map';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
