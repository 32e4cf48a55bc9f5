/**
 * Prose → bullets: from each paragraph the one to three sentences that carry its point, each
 * shortened to a bullet (sentences.ts). Being short beats being complete: the draft is a
 * starting point, and a slide with five short bullets is better than a pasted paragraph.
 * Scoring prefers the topic sentence and sentences with figures, and avoids rhetorical
 * questions, meta sentences ("In this article we …") and clauses that lean on another one.
 */
import { SUBORDINATE, isQuestion, shortenSentence, BULLET_MAX } from './sentences.js';
import { normKey, words } from './text-utils.js';

const META =
  /\b(in diesem (beitrag|artikel|text)|in this (article|post|piece)|stellen sie sich vor|imagine|let'?s|lassen sie uns|wir beleuchten|we (look|explore|examine)|read on|lesen sie weiter|bleiben sie dran)\b/i;
const HAS_FIGURE = /\d[\d.,]*\s?(%|prozent|percent|billion|million|trillion|milliarden|millionen|billionen|mrd|mio|dollar|euro|-mal|x\b)|[$€£]\s?\d/i;

/** How many bullets a paragraph of `n` sentences yields. */
export function bulletsForParagraph(n: number): number {
  if (n <= 2) return 1;
  if (n <= 5) return 2;
  return 3;
}

export function scoreSentence(sentence: string, index: number): number {
  let score = 0;
  if (index === 0) score += 1;
  if (HAS_FIGURE.test(sentence)) score += 2;
  if (isQuestion(sentence)) score -= 4;
  if (META.test(sentence)) score -= 4;
  if (SUBORDINATE.test(sentence)) score -= 1;
  const n = words(sentence).length;
  if (n < 5) score -= 2;
  if (n > 45) score -= 1;
  return score;
}

/** A sentence that must be cut hard to fit makes a worse bullet than one that fits as it is. */
export function shorteningPenalty(sentence: string, max: number): number {
  const bullet = shortenSentence(sentence, max);
  let p = 0;
  if (bullet.endsWith('…')) p -= 2;
  if (bullet.length < 0.45 * sentence.length) p -= 1.5;
  return p;
}

/**
 * Picks and shortens the sentences of one paragraph. `seen` holds normalised bullets already in
 * the deck; a repeat is skipped (articles restate their headline figure often).
 */
export function paragraphBullets(sentences: string[], seen: Set<string>, max = BULLET_MAX): string[] {
  const k = bulletsForParagraph(sentences.length);
  const ranked = sentences
    .map((s, i) => ({ s, i, score: scoreSentence(s, i) + shorteningPenalty(s, max) }))
    .filter((x) => x.score > -3)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, k)
    // The best sentence always counts; a second or third only when it makes a decent bullet.
    .filter((x, n) => n === 0 || x.score >= -1)
    .sort((a, b) => a.i - b.i);
  const out: string[] = [];
  for (const { s } of ranked) {
    const bullet = shortenSentence(s, max);
    const key = normKey(bullet);
    if (!key || seen.has(key) || words(bullet).length < 3) continue;
    seen.add(key);
    out.push(bullet);
  }
  return out;
}

/** Splits bullets into slides of at most `per` bullets, as evenly as possible (7 → 4 + 3). */
export function chunkEvenly<T>(items: T[], per: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / per);
  const size = Math.ceil(items.length / count);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
