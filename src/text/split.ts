/**
 * Cutting a list of paragraphs into a given number of slides so the slides are about equally
 * full (12 bullets → 6 + 6, not 10 + 2), where greedy filling (splitToFit) only finds how many
 * slides are needed. Exact: dynamic programming over the cut positions (lists are short).
 *
 * Order of preference: every part fits its box; as few parts as possible begin with a level-1
 * paragraph (a sub-bullet separated from its parent); the tallest part is as short as possible.
 */
import type { Paragraph } from '../model/presentation.js';
import type { FontFace } from '../model/theme.js';
import { blockHeights, type MeasurableText } from './measure.js';

interface Cost {
  orphans: number;
  tallest: number;
}

const better = (a: Cost, b: Cost | undefined): boolean =>
  !b || a.orphans < b.orphans || (a.orphans === b.orphans && a.tallest < b.tallest - 1e-9);

/**
 * Indices of the paragraphs that open parts 2..`parts` (ascending), or undefined when the
 * paragraphs cannot be cut into `parts` parts that each fit `el.box.h` at `sizePt`.
 */
export function balancedSplit(el: Omit<MeasurableText, 'sizePt'>, face: FontFace, sizePt: number, parts: number): number[] | undefined {
  const n = el.paragraphs.length;
  if (parts < 1 || parts > n) return undefined;
  const height = blockHeights(el, face, sizePt);
  const limit = el.box.h + 1e-9;
  const orphan = (p: Paragraph | undefined): number => (p && p.level > 0 ? 1 : 0);
  // best[k][i]: best cost of cutting paragraphs [0, i) into k parts; from[k][i]: start of the last part.
  const best: (Cost | undefined)[][] = Array.from({ length: parts + 1 }, () => new Array<Cost | undefined>(n + 1).fill(undefined));
  const from: number[][] = Array.from({ length: parts + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = { orphans: 0, tallest: 0 };
  for (let k = 1; k <= parts; k++)
    for (let i = k; i <= n; i++)
      for (let j = k - 1; j < i; j++) {
        const prev = best[k - 1]![j];
        if (!prev) continue;
        const h = height(j, i);
        if (h > limit) continue;
        const cost = { orphans: prev.orphans + (j > 0 ? orphan(el.paragraphs[j]) : 0), tallest: Math.max(prev.tallest, h) };
        if (better(cost, best[k]![i])) {
          best[k]![i] = cost;
          from[k]![i] = j;
        }
      }
  if (!best[parts]![n]) return undefined;
  const starts: number[] = [];
  for (let k = parts, i = n; k > 1; k--) {
    i = from[k]![i]!;
    starts.unshift(i);
  }
  return starts;
}
