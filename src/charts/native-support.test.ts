import { expect, it } from 'vitest';
import { CHART_TYPES } from '../outline/schema.js';
import type { Chart } from '../model/outline.js';
import { isNativeChartType, nativeCaveats } from './native-support.js';

const span = { file: 'x.yaml', line: 1, col: 1 };
const chart = (c: Partial<Chart>): Chart => ({ id: 'c', span, type: 'bar', labels: ['a', 'b'], series: [{ name: 's', values: [1, 2] }], ...c });

it('reports waterfall and stages as image-only, every other kind as native', () => {
  expect(CHART_TYPES.filter((t) => !isNativeChartType(t))).toEqual(['waterfall', 'stages']);
});

it('names the options a native chart draws without', () => {
  expect(nativeCaveats(chart({ type: 'hbar', target: { value: 1 } })).map((c) => c.code)).toEqual(['chart/native-no-target']);
  expect(nativeCaveats(chart({ type: 'bar', horizontal: true, target: { value: 1 } })).map((c) => c.code)).toEqual(['chart/native-no-target']);
  expect(nativeCaveats(chart({ type: 'bar', target: { value: 1 }, highlight: 'a' }))).toEqual([]);
  expect(nativeCaveats(chart({ type: 'line', highlight: 'a' })).map((c) => c.code)).toEqual(['chart/native-no-highlight']);
  expect(nativeCaveats(chart({ type: 'line', highlight: 's' }))).toEqual([]);
  expect(nativeCaveats(chart({ type: 'pie', highlight: 'a' }))).toEqual([]);
  expect(nativeCaveats(chart({ type: 'waterfall', target: { value: 1 } }))).toEqual([]);
});
