import { expect, test } from 'vitest';
import { outlineJsonSchema, OUTLINE_SCHEMA_ID } from './json-schema.js';

/** Walks generated JSON by keys; undefined when a step is missing. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), value);

test('the JSON Schema has $schema, $id, title and the descriptions', () => {
  const s = outlineJsonSchema();
  expect(s).toMatchObject({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: OUTLINE_SCHEMA_ID,
    title: 'briefdeck outline',
    description: 'A briefdeck outline',
    required: ['title', 'sections'],
    additionalProperties: false,
  });
  const slide = at(s, 'properties', 'sections', 'items', 'properties', 'slides', 'items', 'properties');
  expect(at(slide, 'kpis')).toMatchObject({ type: 'array', minItems: 1, maxItems: 4, description: 'Two to four key figures' });
  expect(at(slide, 'chart', 'properties', 'type', 'enum')).toContain('waterfall');
  expect(at(slide, 'kpis', 'items', 'properties', 'value', 'description')).toMatch(/plain number/);
  expect(at(s, 'properties', 'sources', 'additionalProperties', 'properties', 'url', 'format')).toBe('uri');
});

test('it is plain JSON and stable', () => {
  expect(JSON.parse(JSON.stringify(outlineJsonSchema()))).toEqual(outlineJsonSchema());
});
