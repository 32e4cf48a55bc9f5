import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { decodeWith } from './decode-with.js';
import { parseYaml } from './parse-yaml.js';

describe('decodeWith', () => {
  test('unknown keys are warnings and removed; the value is what is left', () => {
    const parsed = parseYaml('name: x\ncolour: red\n', 't.yaml');
    const removed: string[] = [];
    const r = decodeWith(z.strictObject({ name: z.string() }), parsed.data, parsed.positions, { onRemoved: (p, keys) => removed.push(`${p.join('/')}:${keys.join(',')}`) });
    expect(r.value).toEqual({ name: 'x' });
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.span?.line])).toEqual([['warning', 'outline/unknown-key', 2]]);
    expect(removed).toEqual([':colour']);
  });

  test('unknown keys that keep appearing never end in "no value and no error"', () => {
    // A schema that reports a new unknown key on every round (removing it never helps).
    let n = 0;
    const endless = z.preprocess((d) => ({ ...(d as object), [`extra${n++}`]: 1 }), z.strictObject({ name: z.string() }));
    const parsed = parseYaml('name: x\n', 't.yaml');
    const r = decodeWith(endless, parsed.data, parsed.positions);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['outline/invalid']);
  });
});
