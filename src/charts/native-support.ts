/**
 * Which chart kinds pptxgenjs can write as native, editable PowerPoint charts. Waterfall and
 * stages (floating bars) cannot be expressed in the chart XML pptxgenjs writes, so they fall back
 * to an image (the caller reports an info diagnostic saying so).
 */
import type { ChartType } from '../outline/schema.js';

const IMAGE_ONLY: ReadonlySet<ChartType> = new Set<ChartType>(['waterfall', 'stages']);

export function nativeSupported(type: ChartType): boolean {
  return !IMAGE_ONLY.has(type);
}
