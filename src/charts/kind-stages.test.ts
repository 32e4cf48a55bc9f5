import { describe, expect, it } from 'vitest';
import { stageWhen, timeAxis } from './kind-stages.js';

describe('timeAxis', () => {
  it('steps in round units and covers the ranges in whole steps', () => {
    expect(timeAxis(0, 9)).toEqual({ min: 0, max: 10, step: 2 });
    expect(timeAxis(0, 10)).toEqual({ min: 0, max: 10, step: 2 });
    expect(timeAxis(0, 3)).toEqual({ min: 0, max: 3, step: 1 });
    expect(timeAxis(0, 5)).toEqual({ min: 0, max: 5, step: 1 });
    expect(timeAxis(0, 12)).toEqual({ min: 0, max: 12, step: 2 });
    expect(timeAxis(0, 25)).toEqual({ min: 0, max: 25, step: 5 });
    expect(timeAxis(2026, 2035)).toEqual({ min: 2026, max: 2036, step: 2 });
    expect(timeAxis(-2, 7)).toEqual({ min: -2, max: 8, step: 2 });
  });

  it('never gives more than seven ticks, nor a step that is not 1, 2 or 5 × 10^n', () => {
    for (let hi = 1; hi <= 200; hi += 0.5) {
      const a = timeAxis(0, hi);
      expect((a.max - a.min) / a.step).toBeLessThanOrEqual(6);
      expect(a.max).toBeGreaterThanOrEqual(hi);
      const m = a.step / 10 ** Math.floor(Math.log10(a.step));
      expect([1, 2, 5]).toContain(Math.round(m * 1e9) / 1e9);
    }
  });
});

describe('stageWhen', () => {
  it("uses the range's own horizon text, else writes from–to with the unit", () => {
    expect(stageWhen({ label: 'GPT-6', from: 0, to: 3, when: '2–3 Jahre' }, { unit: 'Jahre' }, 'de-DE')).toBe('2–3 Jahre');
    expect(stageWhen({ label: 'GPT-6', from: 0, to: 3 }, { unit: 'Jahre' }, 'de-DE')).toBe('0–3\u00a0Jahre');
    expect(stageWhen({ label: 'x', from: 6, to: 2.5 }, { unit: 'years' }, 'en-US')).toBe('2.5–6\u00a0years');
  });
});
