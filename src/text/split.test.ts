import { describe, expect, test } from 'vitest';
import type { Paragraph, TextElement } from '../model/presentation.js';
import { briefing } from '../theme/builtin.js';
import { blockHeights, splitToFit } from './measure.js';
import { balancedSplit } from './split.js';

const face = briefing.fonts.body;
const p = (text: string, level = 0): Paragraph => ({ runs: [{ text }], level, bullet: 'bullet' });
const el = (paragraphs: Paragraph[], h = 3): Omit<TextElement, 'type' | 'sizePt'> => ({
  box: { x: 0, y: 0, w: 8, h },
  paragraphs,
  font: 'Arial',
  color: '000000',
  align: 'left',
  valign: 'top',
  lineSpacing: 1,
  inset: 0.08,
  bulletIndentPt: 18,
  paraSpaceAfterPt: 9,
});

describe('balancedSplit', () => {
  const twelve = Array.from({ length: 12 }, (_, i) => p(`Bullet number ${i + 1} with a few words`));

  test('cuts evenly where greedy filling would leave a short last part', () => {
    // A box exactly as tall as the first eight bullets: greedy filling cuts 8 + 4.
    const e = el(twelve, blockHeights(el(twelve), face, 24)(0, 8));
    const greedy = splitToFit(e, face, 24);
    expect(greedy).toEqual([8]);
    expect(balancedSplit(e, face, 24, 2)).toEqual([6]);
  });

  test('every part fits, and an impossible count gives undefined', () => {
    const e = el(twelve);
    const cuts = balancedSplit(e, face, 24, 3)!;
    const h = blockHeights(e, face, 24);
    const bounds = [0, ...cuts, 12];
    for (let i = 0; i + 1 < bounds.length; i++) expect(h(bounds[i]!, bounds[i + 1]!)).toBeLessThanOrEqual(e.box.h);
    expect(balancedSplit(e, face, 24, 1)).toBeUndefined();
    expect(balancedSplit(e, face, 24, 13)).toBeUndefined();
  });

  test('prefers cuts that keep sub-bullets with their parent', () => {
    const list = [p('A'), p('a1', 1), p('a2', 1), p('B'), p('b1', 1), p('b2', 1), p('b3', 1), p('b4', 1)];
    const e = el(list, blockHeights(el(list), face, 24)(3, 8));
    expect(balancedSplit(e, face, 24, 2)).toEqual([3]);
  });
});
