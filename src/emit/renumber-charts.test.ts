import { describe, expect, test } from 'vitest';
import type { Parts } from './parts.js';
import { renumberCharts } from './renumber-charts.js';

describe('renumberCharts', () => {
  const parts = (): Parts =>
    new Map<string, string | Uint8Array>([
      ['ppt/charts/chart7.xml', '<c:chartSpace/>'],
      ['ppt/charts/_rels/chart7.xml.rels', '<Relationship Target="../embeddings/Microsoft_Excel_Worksheet7.xlsx"/>'],
      ['ppt/embeddings/Microsoft_Excel_Worksheet7.xlsx', new Uint8Array([1])],
      ['ppt/charts/chart9.xml', '<c:chartSpace/>'],
      ['ppt/slides/_rels/slide1.xml.rels', '<Relationship Target="/ppt/charts/chart7.xml"/><Relationship Target="/ppt/charts/chart9.xml"/>'],
      ['ppt/slides/slide1.xml', '<a:t>see chart7.xml</a:t>'],
      ['[Content_Types].xml', '<Override PartName="/ppt/charts/chart9.xml"/>'],
    ]);

  test('charts and workbooks get 1, 2, … in names and references; slide text stays', () => {
    const out = renumberCharts(parts());
    expect([...out.keys()]).toEqual([
      'ppt/charts/chart1.xml',
      'ppt/charts/_rels/chart1.xml.rels',
      'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx',
      'ppt/charts/chart2.xml',
      'ppt/slides/_rels/slide1.xml.rels',
      'ppt/slides/slide1.xml',
      '[Content_Types].xml',
    ]);
    expect(out.get('ppt/charts/_rels/chart1.xml.rels')).toContain('Microsoft_Excel_Worksheet1.xlsx');
    expect(out.get('ppt/slides/_rels/slide1.xml.rels')).toBe('<Relationship Target="/ppt/charts/chart1.xml"/><Relationship Target="/ppt/charts/chart2.xml"/>');
    expect(out.get('[Content_Types].xml')).toBe('<Override PartName="/ppt/charts/chart2.xml"/>');
    expect(out.get('ppt/slides/slide1.xml')).toBe('<a:t>see chart7.xml</a:t>');
  });

  test('already numbered 1..n: the same map', () => {
    const p = renumberCharts(parts());
    expect(renumberCharts(p)).toBe(p);
  });
});
