/**
 * Validates plain data decoded from YAML against any zod schema, reporting every issue as a
 * positioned diagnostic. Unknown keys are warnings: they are removed and the data validated
 * again, so a typo in an optional key does not stop the build. Used for theme files; the outline
 * itself goes through `decode.ts`, which adds outline-specific checks on top.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Positions } from './positions.js';
import { issuePath, issueToDiagnostics, unknownKeys, valueAt, type IssueContext } from './zod-issues.js';

const MAX_ROUNDS = 8;

export function decodeWith<S extends z.ZodType>(schema: S, data: unknown, positions: Positions): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ctx: IssueContext = { positions, root: schema, data };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data, diagnostics };
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    for (const issue of unknown) {
      const path = issuePath(issue);
      diagnostics.push(...unknownKeys(issue.keys, path, ctx));
      const owner = valueAt(data, path) as Record<string, unknown>;
      for (const key of issue.keys) delete owner[key];
    }
    if (unknown.length > 0) continue;
    for (const issue of result.error.issues) diagnostics.push(...issueToDiagnostics(issue, ctx));
    break;
  }
  return { diagnostics };
}
