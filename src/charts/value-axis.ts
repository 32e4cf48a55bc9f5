/**
 * Value-axis arithmetic that does not need Chart.js: logarithmic ranges with readable ticks
 * (powers of ten, plus 3× steps when the range spans few decades), and label wrapping.
 */

export interface LogAxis {
  min: number;
  max: number;
  ticks: number[];
}

const clean = (v: number) => Number(v.toPrecision(12));

/** A log axis covering every positive value with some head room above the largest. */
/** The widest range a log axis spans, in powers of ten. */
const MAX_DECADES = 12;

export function logAxis(values: number[], headroom = 1.15): LogAxis {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length === 0) return { min: 1, max: 10, ticks: [1, 10] };
  const top = Math.max(...pos) * headroom;
  // At most MAX_DECADES below the top: a log axis over 300 decades (5e-324 next to 10) would
  // make Chart.js loop; smaller values sit on the axis floor.
  const lo = Math.max(10 ** Math.floor(Math.log10(Math.min(...pos))), 10 ** (Math.floor(Math.log10(top)) - MAX_DECADES));
  const decade = 10 ** Math.floor(Math.log10(top));
  const hi = clean(([1, 2, 3, 5, 10].map((m) => m * decade).find((v) => v >= top) ?? 10 * decade));
  const decades = Math.round(Math.log10(hi / lo));
  const steps = decades <= 3 ? [1, 3] : [1];
  const every = decades > 7 ? 2 : 1;
  const ticks: number[] = [];
  for (let d = Math.round(Math.log10(lo)); 10 ** d <= hi; d += every) {
    for (const m of steps) {
      const v = clean(m * 10 ** d);
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  if (ticks[ticks.length - 1] !== hi) ticks.push(hi);
  return { min: clean(lo), max: hi, ticks };
}

/** Split a long category label into at most two lines at the space nearest its middle. */
export function wrapLabel(label: string, maxChars = 14): string | string[] {
  if (label.length <= maxChars || !label.includes(' ')) return label;
  const mid = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  }
  return [label.slice(0, best), label.slice(best + 1)];
}
