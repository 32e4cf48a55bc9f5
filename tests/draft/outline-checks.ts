/**
 * Checks every drafted outline must pass, whatever the article: schema-valid with no unknown
 * keys, the schema comment on line 1, no empty text, schema limits kept, cited ids defined.
 * Shared by the fixture tests and the seed test.
 */
import { expect } from 'vitest';
import YAML from 'yaml';
import { OutlineSchema, type OutlineInput, type SlideInput } from '../../src/outline/schema.js';

export const SCHEMA_LINE = '# yaml-language-server: $schema=../schema/outline.schema.json';

export function allSlides(o: OutlineInput): SlideInput[] {
  return o.sections.flatMap((s) => s.slides);
}

export function expectValidDraft(yaml: string): OutlineInput {
  expect(yaml.split('\n')[0]).toBe(SCHEMA_LINE);
  expect(yaml).toContain('# TODO:');
  const doc = YAML.parseDocument(yaml);
  expect(doc.errors).toEqual([]);
  expect(doc.warnings).toEqual([]);
  // Strict objects: an unknown key would be an issue here.
  const parsed = OutlineSchema.safeParse(doc.toJS());
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  const o = parsed.data as OutlineInput;

  const ids = new Set(Object.keys(o.sources ?? {}));
  for (const slide of allSlides(o)) {
    expect(slide.title.trim()).not.toBe('');
    for (const b of slide.bullets ?? []) {
      const text = typeof b === 'string' ? b : b.text;
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\[\d+\]/); // citation markers become `source:`, not text
      if (typeof b !== 'string') for (const sub of b.bullets ?? []) expect(sub.trim()).not.toBe('');
    }
    if (slide.kpis) expect(slide.kpis.length).toBeGreaterThanOrEqual(2);
    if (slide.kpis) expect(slide.kpis.length).toBeLessThanOrEqual(4);
    if (slide.stages) expect(slide.stages.length).toBeGreaterThanOrEqual(2);
    if (slide.stages) expect(slide.stages.length).toBeLessThanOrEqual(5);
    for (const id of [...(slide.source ? [slide.source] : []), ...(slide.sources ?? [])]) expect(ids).toContain(id);
    expect((slide.bullets ?? []).length).toBeLessThanOrEqual(6);
  }
  return o;
}

export function findSlide(o: OutlineInput, pred: (s: SlideInput) => boolean): SlideInput {
  const s = allSlides(o).find(pred);
  expect(s, 'slide not found').toBeDefined();
  return s as SlideInput;
}
