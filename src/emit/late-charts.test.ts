import { describe, expect, test } from 'vitest';
import { fillChartPictures, placeholderDataUrl } from './late-charts.js';
import type { Parts } from './parts.js';

/** The bytes pptxgenjs writes for a data URL: its base64 part, decoded. */
const mediaOf = (dataUrl: string): Uint8Array => new Uint8Array(Buffer.from(dataUrl.split(',')[1] as string, 'base64'));
const png = (n: number) => ({ png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]), widthPx: 10, heightPx: 5 });
const placed = (...ids: string[]) => new Map(ids.map((id) => [id, { widthPx: 10, heightPx: 5 }]));

describe('fillChartPictures', () => {
  test('each placeholder media part gets its chart PNG, also when a chart is shown twice; other parts stay', () => {
    const logo = new Uint8Array([1, 2, 3]);
    const parts: Parts = new Map<string, string | Uint8Array>([
      ['ppt/media/image-1-1.png', mediaOf(placeholderDataUrl('c1'))],
      ['ppt/media/image-2-1.png', mediaOf(placeholderDataUrl('c2 ü'))],
      ['ppt/media/image-3-1.png', mediaOf(placeholderDataUrl('c1'))],
      ['ppt/media/image-3-2.png', logo],
      ['ppt/slides/slide1.xml', '<p:sld/>'],
    ]);
    fillChartPictures(parts, new Map([['c1', png(1)], ['c2 ü', png(2)]]), placed('c1', 'c2 ü'));
    expect(parts.get('ppt/media/image-1-1.png')).toEqual(png(1).png);
    expect(parts.get('ppt/media/image-2-1.png')).toEqual(png(2).png);
    expect(parts.get('ppt/media/image-3-1.png')).toEqual(png(1).png);
    expect(parts.get('ppt/media/image-3-2.png')).toBe(logo);
    expect(parts.get('ppt/slides/slide1.xml')).toBe('<p:sld/>');
  });

  test('a placed chart with no media part is an error', () => {
    const parts: Parts = new Map([['ppt/media/image-1-1.png', mediaOf(placeholderDataUrl('c1'))]]);
    expect(() => fillChartPictures(parts, new Map([['c1', png(1)], ['c2', png(2)]]), placed('c1', 'c2'))).toThrow(/no media part for chart c2/);
  });
});
