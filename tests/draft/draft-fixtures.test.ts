/**
 * Four articles written for the project (fixtures/), each drafted into an outline compared
 * with its expected YAML (snapshots/), plus targeted checks of what the draft must find:
 * sections, KPIs with exact numbers, stages, quotes, sources, closing and locale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { draftOutline } from '../../src/draft/draft.js';
import { allSlides, expectValidDraft, findSlide } from './outline-checks.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const read = (name: string): string => readFileSync(path.join(here, 'fixtures', name), 'utf8');

function draft(name: string, opts: { locale?: string; date?: string; schemaPath?: string } = {}) {
  return draftOutline(read(name), { fileName: name, ...opts });
}

const FIXTURES = ['grid-batteries.en.md', 'waermepumpen.de.txt', 'night-trains.en.txt', 'lieferketten.de.md'];

describe.each(FIXTURES)('%s', (name) => {
  test('matches the expected outline', async () => {
    const { yaml } = draft(name);
    await expect(yaml).toMatchFileSnapshot(path.join(here, 'snapshots', name.replace(/\.(md|txt)$/, '.yaml')));
  });

  test('is a valid outline with TODO comments', () => {
    expectValidDraft(draft(name).yaml);
  });

  test('is deterministic', () => {
    expect(draft(name).yaml).toBe(draft(name).yaml);
  });
});

describe('English Markdown with lists, a quote and a numbered forecast', () => {
  const r = draft('grid-batteries.en.md');
  const o = expectValidDraft(r.yaml);

  test('title, subtitle and locale', () => {
    expect(o.title).toBe('The $120 Billion Battery Build-Out');
    expect(o.subtitle).toBe('How Grid Storage Is Rewiring Power Markets');
    expect(o.locale).toBe('en-US');
  });

  test('sections follow the ## headings; the intro opens the first one', () => {
    expect(o.sections.map((s) => s.title)).toEqual(['Background', 'Trend', 'Outlook']);
    expect(o.sections[0]?.slides[0]?.title).toBe('Overview');
  });

  test('KPIs with exact amounts in USD', () => {
    const kpis = findSlide(o, (s) => Boolean(s.kpis)).kpis ?? [];
    expect(kpis.map((k) => [k.value, k.unit])).toEqual([
      [120e9, 'USD'],
      [35e9, 'USD'],
    ]);
    expect(kpis[0]?.label).toBe('storage sites');
  });

  test('the list keeps its items as bullets, titled by its lead-in', () => {
    const list = findSlide(o, (s) => s.title === 'Three forces pushed storage from niche to mainstream');
    expect(list.bullets).toHaveLength(3);
    expect(list.bullets?.[0]).toMatch(/^Cheaper cells: Pack prices dropped by roughly 80%/);
  });

  test('numbered forecast becomes stages with horizons', () => {
    const stages = findSlide(o, (s) => Boolean(s.stages));
    expect(stages.title).toBe('Three stages');
    expect(stages.stages?.map((s) => s.when)).toEqual(['1–2 years', '5 years', '10+ years']);
    expect(stages.stages?.[0]?.title).toBe('Four-hour batteries become standard for new solar parks');
    expect(stages.stages?.[0]?.points).toEqual(['Cutting curtailment by up to 40%']);
  });

  test('the quote with its speaker and role', () => {
    const q = findSlide(o, (s) => Boolean(s.quote)).quote;
    expect(q).toEqual({
      text: 'Storage has stopped being the add-on and become the backbone of the grid plan',
      by: 'Maria Lindqvist',
      role: 'head of research at Nordvolt Analytics',
    });
    // The quoted sentence is not repeated as a bullet.
    expect(JSON.stringify(allSlides(o).map((s) => s.bullets ?? []))).not.toContain('backbone');
  });

  test('call to action becomes closing, with a TODO', () => {
    expect(o.closing?.title).toBe('Call to action');
    expect(o.closing?.bullets).toHaveLength(3);
    expect(r.yaml).toMatch(/# TODO: adapt the call to action.*\nclosing:/);
    expect(r.yaml).toMatch(/# TODO: check the headline figures.*\n\s+- title: Key figures/);
  });

  test('bullets are short', () => {
    for (const s of allSlides(o))
      for (const b of s.bullets ?? []) expect((typeof b === 'string' ? b : b.text).length).toBeLessThanOrEqual(118);
  });

  test('locale, date and schema path options', () => {
    const de = expectValidDraft(draft('grid-batteries.en.md', { locale: 'de-DE', date: '2026-03-01' }).yaml);
    expect(de.locale).toBe('de-DE');
    expect(de.date).toBe('2026-03-01');
    expect(findSlide(de, (s) => Boolean(s.kpis)).title).toBe('Die Zahlen im Überblick');
    const other = draft('grid-batteries.en.md', { schemaPath: '../../schema/outline.schema.json' }).yaml;
    expect(other.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/outline.schema.json');
  });
});

describe('German plain text with stand-alone section lines', () => {
  const r = draft('waermepumpen.de.txt');
  const o = expectValidDraft(r.yaml);

  test('breadcrumb and repeated title are skipped; German detected', () => {
    expect(o.title).toBe('Wärmepumpen im Mittelstand: Warum jetzt investiert wird');
    expect(o.locale).toBe('de-DE');
    expect(r.yaml).not.toContain('Start / Energie');
  });

  test('stand-alone lines become sections; Einleitung opens the first', () => {
    expect(o.sections.map((s) => s.title)).toEqual(['Ausgangslage', 'Entwicklung', 'Ausblick']);
    expect(o.sections[0]?.slides[0]?.title).toBe('Einleitung');
  });

  test('KPIs parse German amounts exactly, with the qualifier as prefix', () => {
    const kpis = findSlide(o, (s) => Boolean(s.kpis)).kpis ?? [];
    expect(kpis.map((k) => [k.value, k.unit, k.prefix])).toEqual([
      [2.5e9, 'EUR', '~'],
      [4e9, 'EUR', undefined],
    ]);
    expect(kpis[1]?.label).toBe('Marktvolumen für gewerbliche Anlagen');
  });

  test('"•" list with labels stays a list', () => {
    const list = findSlide(o, (s) => s.title === 'Die wichtigsten Treiber im Überblick');
    expect(list.bullets).toEqual([
      'Energiekosten: Wer Abwärme nutzt, senkt die Heizkosten um bis zu 60 %',
      'Förderung: Zuschüsse decken häufig 30 % bis 40 % der Investition',
      'Image: Kunden und Bewerber achten zunehmend auf die Klimabilanz',
    ]);
  });

  test('„…“, sagte X → quote slide', () => {
    expect(findSlide(o, (s) => Boolean(s.quote)).quote).toEqual({
      text: 'Die Frage ist nicht mehr, ob ein Betrieb umsteigt, sondern wann',
      by: 'Anna Berger',
      role: 'Geschäftsführerin der Thermoplan GmbH',
    });
  });

  test('stages and closing', () => {
    const stages = findSlide(o, (s) => Boolean(s.stages)).stages ?? [];
    expect(stages.map((s) => s.when)).toEqual(['1–2 Jahre', '5 Jahre', '10+ Jahre']);
    expect(o.closing?.title).toBe('Aufruf zum Handeln');
  });
});

describe('English plain text without lists', () => {
  const r = draft('night-trains.en.txt');
  const o = expectValidDraft(r.yaml);

  test('sections, locale, no closing', () => {
    expect(o.title).toBe('Night Trains Are Back');
    expect(o.locale).toBe('en-US');
    expect(o.sections.map((s) => s.title)).toEqual(['Background', 'What changed', 'What comes next']);
    expect(o.closing).toBeUndefined();
    // The article itself is the only source: it has no reference list.
    expect(Object.keys(o.sources ?? {})).toEqual(['article']);
  });

  test('paragraphs become a few short bullets, never a pasted paragraph', () => {
    const changed = o.sections[1]?.slides[0];
    expect(changed?.bullets?.length).toBeGreaterThanOrEqual(2);
    expect(changed?.bullets?.length).toBeLessThanOrEqual(5);
    // One statement per bullet: no bullet carries two sentences of the article.
    for (const s of allSlides(o)) for (const b of s.bullets ?? []) expect(String(b)).not.toMatch(/[.!?] \p{Lu}/u);
    const article = read('night-trains.en.txt');
    expect(article.split('\n\n').filter((p) => p.length > 200).some((p) => r.yaml.includes(p.slice(0, 150)))).toBe(false);
  });

  test('euro amounts, with "about" as "~"', () => {
    const kpis = findSlide(o, (s) => Boolean(s.kpis)).kpis ?? [];
    expect(kpis.map((k) => [k.value, k.unit, k.prefix ?? ''])).toEqual([
      [2.5e9, 'EUR', ''],
      [40e6, 'EUR', '~'],
    ]);
  });

  test('“…” said X, chief executive of Y', () => {
    expect(findSlide(o, (s) => Boolean(s.quote)).quote).toMatchObject({ by: 'Lukas Meier', role: 'chief executive of Alpenexpress' });
  });

  test('a section comparing amounts gets a commented chart suggestion that parses when uncommented', () => {
    const m = /# TODO: this section compares several amounts.*\n((?:\s+# .*\n)+)/.exec(r.yaml);
    expect(m).not.toBeNull();
    const block = (m?.[1] ?? '').replace(/^(\s+)# /gm, '$1');
    expect(block).toContain('type: bar');
    expect(block).toContain('values: [ 2.5e+9, 4e+7 ]');
  });
});

describe('German Markdown with a sources list', () => {
  const r = draft('lieferketten.de.md');
  const o = expectValidDraft(r.yaml);

  test('sources are parsed and identical entries merged', () => {
    expect(o.sources).toEqual({
      article: { title: o.title, publisher: 'Artikel, aus dem dieser Entwurf stammt' },
      'institut-wirtschaftsforschung': {
        title: 'Reshoring-Monitor 2025',
        publisher: 'Institut für Wirtschaftsforschung',
        url: 'https://example.org/reshoring-monitor',
      },
      'handelsblatt-research': {
        title: 'Chipfabriken in Europa',
        publisher: 'Handelsblatt Research',
        url: 'https://example.com/chips-europa',
      },
    });
    expect(r.diagnostics.map((d) => d.code)).toContain('draft/duplicate-source');
  });

  test('slides cite what their text mentions: [1] [2], and [3] as the merged [1]', () => {
    const markt = findSlide(o, (s) => s.title === 'Markt');
    expect(markt.sources).toEqual(['article', 'handelsblatt-research', 'institut-wirtschaftsforschung']);
    expect(findSlide(o, (s) => s.title === 'Die Gründe für die Rückverlagerung').sources).toEqual(['article', 'institut-wirtschaftsforschung']);
  });

  test('KPIs, year horizons as stages, block quote with attribution line', () => {
    const kpis = findSlide(o, (s) => Boolean(s.kpis)).kpis ?? [];
    expect(kpis.map((k) => k.value)).toEqual([300e9, 45e9]);
    const stages = findSlide(o, (s) => Boolean(s.stages)).stages ?? [];
    expect(stages.map((s) => s.when)).toEqual(['Bis 2027', 'Bis 2030', 'Nach 2035']);
    expect(findSlide(o, (s) => Boolean(s.quote)).quote).toMatchObject({ by: 'Dr. Miriam Vogt', role: 'Leiterin Einkauf bei Ostwerk' });
  });

  test('sections, locale and closing', () => {
    expect(o.locale).toBe('de-DE');
    expect(o.sections.map((s) => s.title)).toEqual(['Markt', 'Prognose']);
    expect(o.closing?.title).toBe('Nächste Schritte');
  });
});
