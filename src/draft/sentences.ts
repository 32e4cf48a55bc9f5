/**
 * Sentences and clauses, and shortening one sentence into a slide bullet: the clause that
 * carries the point, at most `max` characters (≈ 110 by default), cut only at a clause or word
 * boundary. Hand-written rather than Intl.Segmenter so the result does not change with the ICU
 * version (drafts are deterministic) and German abbreviations ("z. B.") do not end sentences.
 */
import {
  capitalize,
  stripCitations,
  trimAtWord,
  trimTrailingPunctuation,
  words,
} from './text-utils.js';

export const BULLET_MAX = 110;
/** A whole sentence may run this many characters over the limit rather than be cut. */
export const SOFT_MARGIN = 8;

const ABBREVIATIONS = new Set(
  (
    'z.b b d.h u.a bzw ca dr prof nr vgl ggf inkl evtl usw etc mr mrs ms st vs e.g i.e inc ltd co corp jr sr ' +
    'jan feb mar apr jun jul aug sep sept oct okt nov dec dez no fig mio mrd bio tsd abs'
  ).split(' '),
);

export interface SentenceSpan {
  text: string;
  /** Offsets into the paragraph, end exclusive. */
  start: number;
  end: number;
}

/** Splits a paragraph into sentences; the end punctuation stays with its sentence. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((s) => s.text);
}

/** Like splitSentences, with each sentence's offsets in the paragraph. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  // A sentence ends at . ! ? … (optionally followed by a closing quote, bracket or citation)
  // followed by white space and an upper-case letter, a digit or an opening quote.
  const re = /([.!?…]+)(["“”»«’)]*)(\s*\[\d+(?:\s*[,–-]\s*\d+)*\])?(\s+)(?=[\p{Lu}\p{N}„“"«»(])/gu;
  for (const m of text.matchAll(re)) {
    const endPunct = m[1] ?? '';
    const at = m.index ?? 0;
    const before = text.slice(start, at);
    if (endPunct === '.' && isAbbreviationEnd(before)) continue;
    const end = at + m[0].length - (m[4]?.length ?? 0);
    pushSpan(out, text, start, end);
    start = end;
  }
  pushSpan(out, text, start, text.length);
  return out;
}

function pushSpan(out: SentenceSpan[], text: string, start: number, end: number): void {
  const piece = text.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}

function isAbbreviationEnd(before: string): boolean {
  const last = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(last) || ABBREVIATIONS.has(last.replace(/\./g, ''))) return true;
  // A single letter ("J. Smith", "z. B.") is an initial, not a sentence end.
  return /(^|\s)\p{L}$/u.test(before);
}

/**
 * Splits a sentence at clause boundaries: ", " "; " ": " and dashes, but never inside
 * parentheses or quotes. Each piece keeps no separator; the separators are returned beside it.
 */
export function splitClauses(sentence: string): { text: string; sep: string }[] {
  const out: { text: string; sep: string }[] = [];
  let depth = 0;
  let inQuote = false;
  let cur = '';
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '„' || c === '“' || c === '”' || c === '"' || c === '«' || c === '»') {
      inQuote = c === '„' || c === '«' ? true : c === '”' || c === '»' ? false : !inQuote;
    }
    const next = sentence.charAt(i + 1);
    const isSep =
      depth === 0 &&
      !inQuote &&
      (((c === ',' || c === ';' || c === ':') && next === ' ') ||
        ((c === '–' || c === '—') && sentence.charAt(i - 1) === ' ' && next === ' '));
    if (isSep) {
      out.push({ text: cur.trim(), sep: c });
      cur = '';
      i++;
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push({ text: cur.trim(), sep: '' });
  return out.filter((p) => p.text.length > 0);
}

/** Sentence openers that only link to the previous sentence; dropped from a bullet. */
const CONNECTIVE =
  /^(however|moreover|furthermore|in short|in other words|in fact|also|still|indeed|ultimately|finally|in addition|kurz gesagt|kurzum|zudem|außerdem|darüber hinaus|letztlich|schließlich|allerdings|mit anderen worten|tatsächlich)[,:]\s+/i;

/** Subordinating openers: a clause starting with one does not carry the point on its own. */
export const SUBORDINATE =
  /^(während|wenn|als|obwohl|weil|da|nachdem|indem|sobald|falls|ob|although|while|when|because|if|since|as|after|before|though|whereas|unless|once)\b/i;

/**
 * Shortens one sentence into a bullet of at most `max` characters: citations and a trailing
 * period removed, a leading connective or short label ("Kurz gesagt:") dropped, then the leading
 * clauses that fit; a single clause that is still too long is cut at a word boundary with "…".
 */
export function shortenSentence(sentence: string, max = BULLET_MAX): string {
  let s = stripCitations(sentence);
  s = s.replace(CONNECTIVE, '');
  // "Die Kerninsight: Dieses Investment …" → the part after a short label carries the point.
  const label = /^([^:]{1,40}):\s+(.+)$/.exec(s);
  if (label && words(label[1] ?? '').length <= 3 && words(label[2] ?? '').length >= 4) s = label[2] ?? s;
  s = capitalize(s.replace(/[.;:,]+$/, '').trim());
  // "≈ max": a whole sentence a few characters over is better than a cut one.
  if (s.length <= max + SOFT_MARGIN) return s;

  // Asides in parentheses are the first thing to go.
  const noAside = s.replace(/\s*\([^()]*\)/g, '').trim();
  if (noAside.length <= max) return noAside;

  const clauses = splitClauses(noAside);
  let acc = '';
  let lastGood = '';
  for (const [n, c] of clauses.entries()) {
    const sep = clauses[n - 1]?.sep ?? ',';
    const candidate = n === 0 ? c.text : `${acc}${sep === '–' || sep === '—' ? ' –' : sep} ${c.text}`;
    if (candidate.length > max) break;
    acc = candidate;
    // Cutting before "sondern …" or "dass …" leaves half a statement: not a place to stop.
    const following = clauses[n + 1]?.text ?? '';
    if (!NO_CUT_BEFORE.test(following)) lastGood = acc;
  }
  // Too short to carry a point ("OpenAI,") or nothing fitted: cut the sentence at a word.
  if (words(lastGood).length < 4) return trimAtWord(noAside, max);
  return capitalize(trimTrailingPunctuation(lastGood));
}

/** A clause starting with one of these completes the one before it. */
const NO_CUT_BEFORE = /^(sondern|but|aber|als|than|dass|that|wie|sowie|denn|weil|because)\b/i;

/** Whether a sentence is a question (rhetorical questions rarely make good bullets). */
export function isQuestion(sentence: string): boolean {
  return /\?["“”»]?(\s*\[\d+\])?$/.test(sentence.trim());
}
