import { describe, expect, test } from 'vitest';
import { addLineGrouping, dropInvertIfNegative, dropThirdAxisId, orderSeriesChildren } from './repair-chart.js';

describe('chart repairs', () => {
  test('2-D charts keep two axis ids; 3-D charts keep three', () => {
    const ax = '<c:axId val="1"/><c:axId val="2"/><c:axId val="3"/>';
    expect(dropThirdAxisId(`<c:barChart>x${ax}</c:barChart>`)).toBe('<c:barChart>x<c:axId val="1"/><c:axId val="2"/></c:barChart>');
    expect(dropThirdAxisId(`<c:lineChart>${ax}</c:lineChart><c:areaChart>${ax}</c:areaChart>`)).not.toContain('val="3"');
    expect(dropThirdAxisId(`<c:bar3DChart>${ax}</c:bar3DChart>`)).toContain('val="3"');
  });
  test('line charts get the required grouping before varyColors, once', () => {
    const fixed = addLineGrouping('<c:lineChart><c:varyColors val="0"/></c:lineChart>');
    expect(fixed).toBe('<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/></c:lineChart>');
    expect(addLineGrouping(fixed)).toBe(fixed);
  });
  test('invertIfNegative leaves line and area series, stays in bar series', () => {
    const ser = '<c:ser><c:spPr/>  <c:invertIfNegative val="0"/></c:ser>';
    expect(dropInvertIfNegative(`<c:lineChart>${ser}</c:lineChart>`)).not.toContain('invertIfNegative');
    expect(dropInvertIfNegative(`<c:areaChart>${ser}</c:areaChart>`)).not.toContain('invertIfNegative');
    expect(dropInvertIfNegative(`<c:barChart>${ser}</c:barChart>`)).toContain('invertIfNegative');
  });
  test('markers and data points move before the data labels', () => {
    const ser = '<c:ser><c:spPr/><c:dLbls><c:showVal val="1"/></c:dLbls><c:marker><c:symbol val="circle"/></c:marker><c:dPt><c:idx val="0"/></c:dPt><c:cat/></c:ser>';
    expect(orderSeriesChildren(ser)).toBe(
      '<c:ser><c:spPr/><c:marker><c:symbol val="circle"/></c:marker><c:dPt><c:idx val="0"/></c:dPt><c:dLbls><c:showVal val="1"/></c:dLbls><c:cat/></c:ser>',
    );
  });
});
