/**
 * The outline's JSON Schema, generated from the zod schema (the single source of truth) and
 * committed as `schema/outline.schema.json`, so editors autocomplete and check outlines
 * (`# yaml-language-server: $schema=…`). Descriptions from `.describe()` are kept.
 */
import { z } from 'zod';
import { OutlineSchema } from './schema.js';

/** Where the published schema lives: the npm package ships `schema/`. */
export const OUTLINE_SCHEMA_ID = 'https://unpkg.com/briefdeck/schema/outline.schema.json';

export function outlineJsonSchema(): object {
  // io: 'input' describes what authors write (optional keys stay optional).
  const generated = z.toJSONSchema(OutlineSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const { $schema: _ignored, ...rest } = generated;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: OUTLINE_SCHEMA_ID,
    title: 'briefdeck outline',
    ...rest,
  };
}
