/**
 * "Did you mean …?" suggestions: the closest candidate by edit distance, when it is close enough
 * to be a plausible typo. Used for unknown keys, enum values and source ids.
 */

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours, so "bulelts" is
 * one edit from "bullets"). Compares UTF-16 code units; the inputs are keys and ids, not prose.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // d[i][j] = distance between a[0..i) and b[0..j); rows kept as flat arrays for speed.
  const w = b.length + 1;
  const d = new Array<number>((a.length + 1) * w);
  for (let i = 0; i <= a.length; i++) d[i * w] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * w + j]! + 1, d[i * w + j - 1]! + 1, d[(i - 1) * w + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * w + j - 2]! + 1);
      }
      d[i * w + j] = v;
    }
  }
  return d[a.length * w + b.length]!;
}

/**
 * The candidate closest to `input`, or undefined when none is a plausible typo. A candidate that
 * differs only in letter case always qualifies; otherwise the distance must be at most a third of
 * the longer word (at least 1, at most 3). Ties go to the earlier candidate, so callers control
 * the preference by their order.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === input) continue;
    if (c.toLowerCase() === lower) return c;
    const dist = editDistance(lower, c.toLowerCase());
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(input.length, c.length) / 3)));
    if (dist <= limit && dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}

/** `did you mean "x"?` or undefined, ready to use as a diagnostic hint. */
export function didYouMeanHint(input: string, candidates: Iterable<string>): string | undefined {
  const best = didYouMean(input, candidates);
  return best === undefined ? undefined : `did you mean \`${best}\`?`;
}
