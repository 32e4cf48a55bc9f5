/**
 * Validates plain data decoded from YAML against a zod schema, reporting every issue as a
 * positioned diagnostic, all in one run. Unknown keys are warnings: they are removed and the data
 * validated again, so a typo in an optional key does not stop the build. The one loop for the
 * outline (`decode.ts`, which tracks the removed keys through `onRemoved`) and theme files.
 */
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocPath } from '../model/span.js';
import type { Positions } from './positions.js';
import { schemaAt } from './schema-walk.js';
import { issuePath, issueToDiagnostics, unknownKeys, valueAt, type IssueContext } from './zod-issues.js';

/** Rounds of "drop unknown keys, validate again": nesting rarely hides more than two levels. */
const MAX_ROUNDS = 8;

export interface DecodeHooks {
  /** Called for every map whose unknown keys were removed from the data. */
  onRemoved?: (path: DocPath, keys: string[]) => void;
}

/**
 * `value` when the data fits (after unknown keys were dropped); otherwise at least one error
 * diagnostic. `data` is changed in place: unknown keys are deleted from it.
 */
export function decodeWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  positions: Positions,
  hooks: DecodeHooks = {},
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ctx: IssueContext = { positions, root: schema, data };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data, diagnostics };
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    const rest = result.error.issues.filter((i) => i.code !== 'unrecognized_keys');
    for (const issue of unknown) {
      const path = issuePath(issue);
      diagnostics.push(...unknownKeys(issue.keys, path, ctx));
      const owner = valueAt(data, path) as Record<string, unknown>;
      for (const key of issue.keys) delete owner[key];
      hooks.onRemoved?.(path, issue.keys);
    }
    if (unknown.length > 0 && round < MAX_ROUNDS - 1) continue;
    for (const issue of rest) diagnostics.push(...issueToDiagnostics(issue, ctx), ...itemsPastLimit(issue, ctx));
    if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(tooManyRounds(positions));
    break;
  }
  return { diagnostics: dedupe(diagnostics) };
}

/** Unknown keys kept turning up after MAX_ROUNDS removals: say so rather than return nothing. */
function tooManyRounds(positions: Positions): Diagnostic {
  return {
    severity: 'error',
    code: 'outline/invalid',
    message: `unknown keys are still found after removing them ${MAX_ROUNDS} times`,
    span: positions.valueSpan([]),
    hint: 'remove the keys the warnings above name, then check again',
  };
}

/**
 * zod checks an array's maximum length before its items and stops there; validate the items
 * too, so the same run also reports what is wrong inside them.
 */
function itemsPastLimit(issue: z.core.$ZodIssue, ctx: IssueContext): Diagnostic[] {
  if (issue.code !== 'too_big' || issue.origin !== 'array') return [];
  const path = issuePath(issue);
  const items = valueAt(ctx.data, path);
  if (!Array.isArray(items)) return [];
  const out: Diagnostic[] = [];
  items.forEach((item, i) => {
    const schema = schemaAt(ctx.root, [...path, i]);
    if (!schema) return;
    const r = z.safeParse(schema, item);
    if (!r.success) for (const sub of r.error.issues) out.push(...issueToDiagnostics(sub, ctx, [...path, i]));
  });
  return out;
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.code}|${d.span?.file}:${d.span?.line}:${d.span?.col}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
