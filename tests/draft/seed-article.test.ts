/**
 * The seed article (German blog post, kept outside the repository) drafted into an outline.
 * Runs only when ../shared/seed/ is present; asserts on structure and figures only and writes no
 * snapshot, so none of the article's sentences enter the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { draftOutline } from '../../src/draft/draft.js';
import { allSlides, expectValidDraft, findSlide } from './outline-checks.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = path.resolve(repoRoot, '../shared/seed/article-openai-infrastructure-bet.de.txt');

describe.skipIf(!existsSync(SEED))('seed article', () => {
  // vitest still runs a skipped describe's body to collect its tests: draft only when present.
  const present = existsSync(SEED);
  const r = draftOutline(present ? readFileSync(SEED, 'utf8') : 'x', { fileName: 'article-openai-infrastructure-bet.de.txt' });
  const o = present ? expectValidDraft(r.yaml) : ({ sections: [] } as unknown as ReturnType<typeof expectValidDraft>);

  test('deck title from the first line (breadcrumb and repeats skipped), German', () => {
    expect(o.title).toBe('Die 1,4 Billionen Dollar Wette');
    expect(o.subtitle).toMatch(/^OpenAIs massives Infrastruktur-Investment/);
    expect(o.locale).toBe('de-DE');
  });

  test('the four sections; intro opens the first, CTA and sources are not sections', () => {
    expect(o.sections.map((s) => s.title)).toEqual(['Hintergrund', 'Trend', 'Insight', 'Prognose']);
    expect(o.sections[0]?.slides[0]?.title).toBe('Einleitung');
  });

  test('headline KPIs: 1.4e12, 200e9 and 13e9 USD', () => {
    const kpis = findSlide(o, (s) => Boolean(s.kpis)).kpis ?? [];
    const usd = kpis.filter((k) => k.unit === 'USD').map((k) => k.value);
    expect(usd).toContain(1.4e12);
    expect(usd).toContain(200e9);
    expect(usd).toContain(13e9);
    expect(kpis.every((k) => k.label.trim().length > 0)).toBe(true);
  });

  test('forecast list → three stages with their horizons', () => {
    const stages = findSlide(o, (s) => Boolean(s.stages));
    expect(stages.stages?.map((s) => s.when)).toEqual(['2–3 Jahre', '5 Jahre', '10+ Jahre']);
    expect(o.sections[3]?.slides).toContain(stages);
  });

  test('quote by Fidji Simo, citing the source', () => {
    const q = findSlide(o, (s) => s.quote?.by === 'Fidji Simo');
    expect(q.quote?.role).toMatch(/Chief Product Officer/);
    expect(q.quote?.text).not.toMatch(/[“”„\\]/);
    expect(q.sources).toEqual(['article', 'knowtechie']);
  });

  test('KnowTechie source, the duplicate entry merged', () => {
    expect(Object.keys(o.sources ?? {})).toEqual(['article', 'knowtechie']);
    expect(o.sources?.knowtechie).toMatchObject({ publisher: 'KnowTechie', url: 'https://knowtechie.com/openai-launches-gpt-5-2/' });
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(allSlides(o).filter((s) => s.sources?.includes('knowtechie')).length).toBeGreaterThanOrEqual(3);
    // Every drafted slide cites the article it was drawn from.
    expect(allSlides(o).every((s) => s.source === 'article' || s.sources?.[0] === 'article')).toBe(true);
  });

  test('closing from the call to action', () => {
    expect(o.closing?.title).toBe('Aufruf zum Handeln');
    expect(o.closing?.bullets?.length).toBeGreaterThanOrEqual(1);
  });

  test('short bullets: one statement each, at most ≈ 110 characters, at most five per slide', () => {
    for (const s of allSlides(o)) {
      expect((s.bullets ?? []).length).toBeLessThanOrEqual(5);
      for (const b of s.bullets ?? []) {
        const t = typeof b === 'string' ? b : b.text;
        expect(t.length).toBeLessThanOrEqual(118);
        expect(t).not.toMatch(/[.!?] \p{Lu}/u);
      }
    }
  });
});
