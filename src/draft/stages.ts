/**
 * A forecast list → stages. Every item must name a horizon, as a duration ("Kurzfristig
 * (2–3 Jahre): …", "Long term (10+ years): …") or a year in its lead ("By 2030: …"). Each stage
 * gets when = the horizon as written, title = the first clause of the item's text (short), and
 * points = the rest, shortened. The schema allows two to five stages.
 */
import type { StageInput } from '../outline/schema.js';
import type { ListItem } from './article-parse.js';
import { extractHorizons, extractYearHorizon } from './figures.js';
import { shortenSentence, splitClauses, splitSentences } from './sentences.js';
import { capitalize, stripCitations, trimAtWord, trimTrailingPunctuation, words } from './text-utils.js';

export const STAGE_TITLE_MAX = 70;
export const STAGE_POINT_MAX = 90;
export const MAX_STAGES = 5;

interface Horizoned {
  when: string;
  /** The item's lead before the colon, without the horizon ("Kurzfristig"). */
  label: string;
  body: string;
}

function findHorizon(item: string): Horizoned | undefined {
  const text = stripCitations(item);
  const colon = /^([^:]{1,70}):\s+(.+)$/.exec(text);
  const lead = colon && words(colon[1] ?? '').length <= 8 ? (colon[1] ?? '') : '';
  const body = lead ? (colon?.[2] ?? '') : text;
  const scope = lead || text.slice(0, 80);
  const h = extractHorizons(scope)[0];
  const y = h ? undefined : extractYearHorizon(lead || text.slice(0, 24));
  const found = h ?? y;
  if (!found) return undefined;
  const when = found.text;
  const label = lead
    ? trimTrailingPunctuation(lead.replace(when, '').replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim())
    : '';
  // Without a lead, the horizon stays in the body only when it is not its opening words.
  const rest = lead ? body : body.replace(new RegExp(`^\\(?${escapeRe(when)}\\)?[:,]?\\s*`), '');
  return { when, label, body: rest };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Stages from a list, or undefined when the list is not a forecast (some item lacks a horizon). */
export function listToStages(items: ListItem[]): { stages: StageInput[]; dropped: number } | undefined {
  if (items.length < 2) return undefined;
  const found = items.map((i) => findHorizon(i.text));
  if (found.some((f) => !f)) return undefined;
  const stages = (found as Horizoned[]).slice(0, MAX_STAGES).map((f, n): StageInput => {
    const sentences = splitSentences(f.body);
    const firstSentence = sentences[0] ?? '';
    const clauses = splitClauses(firstSentence.replace(/[.!]$/, ''));
    const head = clauses[0]?.text ?? '';
    const title = head ? capitalize(trimAtWord(trimTrailingPunctuation(head), STAGE_TITLE_MAX, false)) : f.label || f.when;
    const restOfFirst = clauses
      .slice(1)
      .map((c) => c.text)
      .join(', ');
    const points = [restOfFirst, ...sentences.slice(1), ...(items[n]?.children ?? [])]
      .map((p) => p.trim())
      .filter((p) => words(p).length >= 2)
      .map((p) => shortenSentence(p, STAGE_POINT_MAX))
      .filter((p) => p.length > 0)
      .slice(0, 2);
    const stage: StageInput = { when: f.when, title: title || f.when };
    if (points.length > 0) stage.points = points;
    return stage;
  });
  return { stages, dropped: Math.max(0, items.length - MAX_STAGES) };
}
