import { describe, expect, test } from 'vitest';
import type { Paragraph, TextElement } from '../model/presentation.js';
import { briefing } from '../theme/builtin.js';
import { faceMetrics, textWidthPt } from './font-metrics.js';
import { HEIGHT_SAFETY, MIN_LINE_EM, WIDTH_SAFETY, fitText, fitsAt, measureText, splitToFit } from './measure.js';

const face = briefing.fonts.body;
const LONG =
  'OpenAIs Infrastruktur-Investment von rund 1,4 Billionen Dollar übertrifft die jährlichen Investitionen der gesamten Cloud-Branche und wirft die Frage auf, wer das finanzieren soll.';

function el(paragraphs: Paragraph[], over: Partial<TextElement> = {}): Omit<TextElement, 'type'> {
  return {
    box: { x: 0, y: 0, w: 6, h: 4 },
    paragraphs,
    font: 'Arial',
    sizePt: 20,
    color: '000000',
    align: 'left',
    valign: 'top',
    lineSpacing: 1,
    inset: 0.1,
    bulletIndentPt: 18,
    paraSpaceAfterPt: 10,
    ...over,
  };
}
const p = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ runs: [{ text }], level: 0, ...extra });
// Descender below the last line box: Liberation Sans 0.212 em − 0.2 em.
const hang = (size: number): number => (434 / 2048 - 0.2) * size;

describe('measureText', () => {
  test('height = insets + safety × (lines × 1.2 em × spacing + spacing between paragraphs)', () => {
    const m = measureText(el([p('Eins'), p('Zwei'), p('Drei')], { lineSpacing: 1.1 }), face);
    expect(m.lineCounts).toEqual([1, 1, 1]);
    expect(m.lines).toBe(3);
    const content = 3 * 20 * MIN_LINE_EM * 1.1 + 2 * 10 + hang(20);
    expect(m.heightIn * 72).toBeCloseTo(14.4 + content * HEIGHT_SAFETY, 6);
  });

  test('the last paragraph’s space after counts only when the box is not top-anchored', () => {
    const top = measureText(el([p('Eins'), p('Zwei')]), face).heightIn;
    const mid = measureText(el([p('Eins'), p('Zwei')], { valign: 'middle' }), face).heightIn;
    expect((mid - top) * 72).toBeCloseTo(10 * HEIGHT_SAFETY, 6);
  });

  test('bullet indents narrow the line: level 0 by the indent, level 1 by twice as much', () => {
    const text = 'alpha beta gamma delta';
    const w = textWidthPt(faceMetrics(face), text, 20) / WIDTH_SAFETY + 0.5;
    const boxW = (w + 14.4 + 18) / 72; // fits exactly with a level-0 indent
    const plain = measureText(el([p(text)], { box: { x: 0, y: 0, w: boxW, h: 4 } }), face);
    const l0 = measureText(el([p(text, { bullet: 'bullet' })], { box: { x: 0, y: 0, w: boxW, h: 4 } }), face);
    const l1 = measureText(el([p(text, { bullet: 'bullet', level: 1 })], { box: { x: 0, y: 0, w: boxW, h: 4 } }), face);
    expect([plain.lines, l0.lines, l1.lines]).toEqual([1, 1, 2]);
  });

  test('a run with a larger own size makes its paragraph’s lines taller', () => {
    const small = measureText(el([{ level: 0, runs: [{ text: 'Wert' }] }]), face).heightIn;
    const big = measureText(el([{ level: 0, runs: [{ text: 'Wert ' }, { text: '54', sizePt: 40 }] }]), face).heightIn;
    expect(big).toBeGreaterThan(small * 1.5);
  });

  test('a wide number label pushes the first line', () => {
    const paras = Array.from({ length: 12 }, () => p('alpha beta gamma delta', { bullet: 'number' as const }));
    const w = textWidthPt(faceMetrics(face), 'alpha beta gamma delta', 20) / WIDTH_SAFETY + 1;
    const m = measureText(el(paras, { bulletIndentPt: 10, box: { x: 0, y: 0, w: (w + 14.4 + 10) / 72, h: 7 } }), face);
    // "1." plus a gap is wider than the 10 pt hanging indent: every first line is shorter.
    expect(m.lineCounts.every((n) => n === 2)).toBe(true);
    const bullets = paras.map((x) => ({ ...x, bullet: 'bullet' as const }));
    const b = measureText(el(bullets, { bulletIndentPt: 10, box: { x: 0, y: 0, w: (w + 14.4 + 10) / 72, h: 7 } }), face);
    expect(b.lineCounts.every((n) => n === 1)).toBe(true);
  });
});

describe('fitText', () => {
  const rule = { size: 32, floor: 18 };
  test('keeps the preferred size when the text fits', () => {
    const r = fitText(el([p('Kurz')]), face, rule);
    expect(r).toMatchObject({ sizePt: 32, fits: true, lines: 1 });
  });

  test('steps down one point at a time to the largest size that fits', () => {
    const e = el([p(LONG), p(LONG)], { box: { x: 0, y: 0, w: 6, h: 3 } });
    const r = fitText(e, face, rule);
    expect(r.fits).toBe(true);
    expect(r.sizePt).toBeLessThan(32);
    expect(r.sizePt).toBeGreaterThanOrEqual(18);
    expect(Number.isInteger(r.sizePt)).toBe(true);
    expect(r.heightIn).toBeLessThanOrEqual(3);
    expect(fitsAt(e, face, r.sizePt)).toBe(true);
    expect(fitsAt(e, face, r.sizePt + 1)).toBe(false);
    const half = fitText(e, face, rule, { stepPt: 0.5 });
    expect(half.sizePt).toBeGreaterThanOrEqual(r.sizePt);
    expect(half.sizePt - r.sizePt).toBeLessThan(1);
  });

  test('reports fits = false at the floor when nothing fits', () => {
    const e = el(Array.from({ length: 12 }, () => p(LONG)), { box: { x: 0, y: 0, w: 6, h: 3 } });
    const r = fitText(e, face, rule);
    expect(r).toMatchObject({ sizePt: 18, fits: false });
    expect(r.heightIn).toBeGreaterThan(3);
  });

  test('maxLines: a title shrinks until every paragraph has at most that many lines', () => {
    const title = el([p('Die 1,4-Billionen-Dollar-Wette: OpenAIs Infrastruktur-Investment und die Zukunft der KI')], {
      box: { x: 0, y: 0, w: 8, h: 3 },
    });
    const two = fitText(title, face, { size: 40, floor: 24, maxLines: 2 });
    expect(two.fits).toBe(true);
    expect(two.lines).toBeLessThanOrEqual(2);
    const one = fitText(title, face, { size: 40, floor: 24, maxLines: 1 });
    expect(one).toMatchObject({ sizePt: 24, fits: false });
    expect(fitText(title, face, { size: 40, floor: 24, maxLines: 0 }).sizePt).toBe(40);
  });

  test('prefers a size at which no word has to be broken between characters', () => {
    const e = el([p('Donaudampfschifffahrtsgesellschaft')], { box: { x: 0, y: 0, w: 4, h: 3 } });
    const r = fitText(e, face, { size: 40, floor: 12 });
    expect(r.fits).toBe(true);
    expect(r.overlongWord).toBe(false);
    expect(r.sizePt).toBeLessThan(40);
    expect(measureText({ ...e, sizePt: r.sizePt + 1 }, face).overlongWord).toBe(true);
  });
});

describe('splitToFit', () => {
  const box = { x: 0, y: 0, w: 6, h: 2.2 };
  test('nothing to split when everything fits', () => {
    expect(splitToFit(el([p('Eins'), p('Zwei')], { box }), face, 20)).toEqual([]);
  });

  test('each continuation starts where the previous slide is full, and every part fits', () => {
    const paras = Array.from({ length: 10 }, (_, i) => p(`${i + 1}. ${LONG.slice(0, 90)}`, { bullet: 'bullet' }));
    const e = el(paras, { box });
    const starts = splitToFit(e, face, 20);
    expect(starts.length).toBeGreaterThanOrEqual(2);
    const cuts = [0, ...starts, paras.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const part = { ...e, sizePt: 20, paragraphs: paras.slice(cuts[i], cuts[i + 1]) };
      expect(measureText(part, face).heightIn).toBeLessThanOrEqual(box.h);
      // Greedy: one more paragraph would not have fitted.
      if (i + 2 < cuts.length) {
        const more = { ...part, paragraphs: paras.slice(cuts[i], cuts[i + 1]! + 1) };
        expect(measureText(more, face).heightIn).toBeGreaterThan(box.h);
      }
    }
  });

  test('a level-1 paragraph stays with its parent when they fit together', () => {
    const b = (t: string, level = 0): Paragraph => p(t, { bullet: 'bullet', level });
    const paras = [b('Eins'), b('Zwei'), b('Drei'), b('Vier'), b('Unterpunkt a', 1), b('Unterpunkt b', 1), b('Fünf')];
    const e = el(paras, { box: { x: 0, y: 0, w: 6, h: 2.1 } });
    // Four one-line paragraphs fit (≈ 2.0 in with insets and spacing), five do not: the naive
    // cut would start slide 2 with "Unterpunkt a"; it starts with its parent "Vier" instead.
    const height = (n: number): number => measureText({ ...e, sizePt: 20, paragraphs: paras.slice(0, n) }, face).heightIn;
    expect(height(4)).toBeLessThanOrEqual(2.1);
    expect(height(5)).toBeGreaterThan(2.1);
    expect(splitToFit(e, face, 20)).toEqual([3]);
  });

  test('a child is cut from its parent rather than overflow when both do not fit on one slide', () => {
    const b = (t: string, level = 0): Paragraph => p(t, { bullet: 'bullet', level });
    const paras = [b('Eins'), b('Zwei'), b('Drei', 0), b('a', 1), b('b', 1), b('c', 1), b('d', 1)];
    const e = el(paras, { box: { x: 0, y: 0, w: 6, h: 2.1 } });
    const starts = splitToFit(e, face, 20);
    // Slide 2 starts with "Drei" and its first children; "Drei" + a–d would be five paragraphs,
    // one too many, so "d" goes on slide 3 on its own rather than overflow slide 2.
    expect(starts).toEqual([2, 6]);
    const cuts = [0, ...starts, paras.length];
    for (let i = 0; i + 1 < cuts.length; i++)
      expect(measureText({ ...e, sizePt: 20, paragraphs: paras.slice(cuts[i], cuts[i + 1]) }, face).heightIn).toBeLessThanOrEqual(2.1);
  });
});
