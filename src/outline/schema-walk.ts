/**
 * Reading the zod schema itself: which schema applies at a path, which keys a map allows there,
 * its description (used as a hint), and a plain-words name for what it expects. Reads zod 4's
 * schema definitions (`_zod.def`) so no list of keys or values is written twice.
 */
import { z } from 'zod';
import type { DocPath } from '../model/span.js';

type Schema = z.core.$ZodType;

/** The parts of a zod 4 schema definition this module reads. */
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  items?: readonly Schema[];
  valueType?: Schema;
  options?: readonly Schema[];
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

function def(s: Schema): Def {
  return s._zod.def as unknown as Def;
}

/** The schema under optional/nullable/default wrappers. */
export function unwrap(s: Schema): Schema {
  let cur = s;
  for (let d = def(cur); WRAPPERS.has(d.type) && d.innerType; d = def(cur)) cur = d.innerType;
  return cur;
}

/** The schema that applies one step below `s`, or undefined when `s` has no such child. */
export function childSchema(s: Schema, step: string | number): Schema | undefined {
  const inner = unwrap(s);
  const d = def(inner);
  switch (d.type) {
    case 'object':
      return typeof step === 'string' ? d.shape?.[step] : undefined;
    case 'record':
      return d.valueType;
    case 'array':
      return typeof step === 'number' ? d.element : undefined;
    case 'tuple':
      return typeof step === 'number' ? d.items?.[step] : undefined;
    case 'union':
      for (const option of d.options ?? []) {
        const child = childSchema(option, step);
        if (child) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The schema at `path` from `root`, or undefined when the path leaves the schema. */
export function schemaAt(root: Schema, path: DocPath): Schema | undefined {
  let cur: Schema | undefined = root;
  for (const step of path) {
    if (!cur) return undefined;
    cur = childSchema(cur, step);
  }
  return cur;
}

/** Keys a map allows at this schema (from the object shape; union members merged), in order. */
export function allowedKeys(s: Schema | undefined): string[] {
  if (!s) return [];
  const d = def(unwrap(s));
  if (d.type === 'object') return Object.keys(d.shape ?? {});
  if (d.type === 'union') return [...new Set((d.options ?? []).flatMap((o) => allowedKeys(o)))];
  return [];
}

/** The allowed values of an enum (or literal) schema, as strings. */
export function allowedValues(s: Schema | undefined): string[] {
  if (!s) return [];
  const d = def(unwrap(s));
  if (d.type === 'enum') return Object.values(d.entries ?? {}).map(String);
  if (d.type === 'literal') return (d.values ?? []).map(String);
  return [];
}

/** The `.describe()` text of a schema, looking through its wrappers. */
export function descriptionOf(s: Schema | undefined): string | undefined {
  let cur = s;
  while (cur) {
    const text = z.globalRegistry.get(cur)?.description;
    if (text) return text;
    const d = def(cur);
    cur = WRAPPERS.has(d.type) ? d.innerType : undefined;
  }
  return undefined;
}

/**
 * What a schema expects, in plain words for authors: "a text", "a number", "a list",
 * "a map with the keys text, bullets", "one of bar, line", "a text, or a map with …".
 */
export function describeExpected(s: Schema | undefined): string {
  if (!s) return 'a value';
  const d = def(unwrap(s));
  switch (d.type) {
    case 'object': {
      const keys = allowedKeys(s);
      return keys.length > 0 ? `a map with the keys ${keys.join(', ')}` : 'a map';
    }
    case 'union':
      return (d.options ?? []).map((o) => describeExpected(o)).join(', or ');
    case 'enum':
    case 'literal':
      return `one of ${allowedValues(s).join(', ')}`;
    default:
      return describeType(d.type);
  }
}

/** Plain words for a zod type name as used in `invalid_type` issues. */
export function describeType(type: string): string {
  switch (type) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
    case 'tuple':
      return 'a list';
    case 'object':
    case 'record':
    case 'map':
      return 'a map';
    default:
      return `a ${type}`;
  }
}
