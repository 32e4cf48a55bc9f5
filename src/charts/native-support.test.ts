import { expect, it } from 'vitest';
import { CHART_TYPES } from '../outline/schema.js';
import { nativeSupported } from './native-support.js';

it('reports waterfall and stages as image-only, every other kind as native', () => {
  expect(CHART_TYPES.filter((t) => !nativeSupported(t))).toEqual(['waterfall', 'stages']);
});
