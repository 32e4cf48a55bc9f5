/**
 * Chart pictures that arrive after the slides are built. Why: a chart's PNG encode runs on libuv's
 * pool after it is drawn, and the main thread used to wait for the last encodes before building a
 * single slide. Now the slides are built with one placeholder picture per chart, and the PNG goes
 * into that chart's media part when it is ready, before the zip pass: the deck's bytes are exactly
 * those of adding the PNG at once (pptxgenjs names and relates data pictures by position only).
 */
import type { Parts } from './parts.js';
import type { RenderedChart } from './pictures.js';

const PREFIX = 'briefdeck-chart-placeholder:';
const PREFIX_BYTES = new TextEncoder().encode(PREFIX);
/** A placeholder is the prefix and a chart id: far shorter than any PNG. */
const MAX_PLACEHOLDER_BYTES = 512;

/** The data URL pptxgenjs gets for chart `id` until its PNG is ready. */
export function placeholderDataUrl(id: string): string {
  return `image/png;base64,${Buffer.from(PREFIX + id, 'utf8').toString('base64')}`;
}

/** The chart id a media part's bytes stand for, if they are a placeholder. */
function placeholderId(data: Uint8Array): string | undefined {
  if (data.byteLength > MAX_PLACEHOLDER_BYTES || data.byteLength < PREFIX_BYTES.byteLength) return undefined;
  for (let i = 0; i < PREFIX_BYTES.byteLength; i++) if (data[i] !== PREFIX_BYTES[i]) return undefined;
  return Buffer.from(data.subarray(PREFIX_BYTES.byteLength)).toString('utf8');
}

/** The pixel size a chart was placed at (its box's, charts/pixel-size.ts), by chart id. */
export type PlacedCharts = ReadonlyMap<string, { widthPx: number; heightPx: number }>;

/**
 * Puts each chart's PNG into the media parts that hold its placeholder, in place. Every placed
 * chart must be found, every placeholder must have its PNG, and each PNG must have the pixel size
 * its picture was placed with: anything else is a bug, so it throws rather than write a deck with
 * a broken or distorted picture.
 */
export function fillChartPictures(parts: Parts, charts: ReadonlyMap<string, RenderedChart>, expected: PlacedCharts): void {
  const filled = new Set<string>();
  for (const [name, data] of parts) {
    if (!name.startsWith('ppt/media/') || typeof data === 'string') continue;
    const id = placeholderId(data);
    if (id === undefined) continue;
    const chart = charts.get(id);
    const placed = expected.get(id);
    if (!chart) throw new Error(`emit: no rendered image for chart ${id}`);
    if (!placed || placed.widthPx !== chart.widthPx || placed.heightPx !== chart.heightPx) {
      throw new Error(`emit: chart ${id} was drawn at ${chart.widthPx}×${chart.heightPx} px but placed as ${placed ? `${placed.widthPx}×${placed.heightPx}` : 'nothing'}`);
    }
    parts.set(name, chart.png);
    filled.add(id);
  }
  const missing = [...expected.keys()].filter((id) => !filled.has(id));
  if (missing.length > 0) throw new Error(`emit: no media part for chart ${missing.join(', ')}`);
}
