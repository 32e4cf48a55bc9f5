import { describe, expect, test } from 'vitest';
import { applyNativeChartPost } from './chart-native.js';

const SPACE = '<c:chartSpace><c:date1904 val="0"/><c:roundedCorners val="1"/><c:chart>';
const TITLE = '<c:title><c:tx><c:rich><a:p><a:pPr><a:defRPr sz="1400"/></a:pPr><a:r><a:rPr sz="1400" b="1"><a:latin typeface="Carlito"/></a:rPr><a:t>Capex</a:t></a:r></a:p></c:rich></c:tx></c:title>';
const LINES =
  '<c:lineChart><c:grouping val="standard"/>' +
  '<c:ser><c:idx val="0"/><c:dLbls><c:showVal val="0"/></c:dLbls></c:ser>' +
  '<c:ser><c:idx val="1"/><c:dLbls><c:showVal val="0"/></c:dLbls></c:ser></c:lineChart>';
const XML = `${SPACE}${TITLE}${LINES}</c:chart></c:chartSpace>`;

describe('applyNativeChartPost', () => {
  test('chart language, square corners, and the language on runs that had none', () => {
    const out = applyNativeChartPost(XML, { lang: 'de-DE', stackedLines: false });
    expect(out).toContain('<c:date1904 val="0"/><c:lang val="de-DE"/><c:roundedCorners val="0"/>');
    expect(out).toContain('<a:rPr lang="de-DE" sz="1400" b="1">');
    // A run that already has a language keeps it; defRPr is not a run.
    expect(applyNativeChartPost('<a:rPr lang="fr-FR"/><a:defRPr sz="1"/>', { lang: 'de-DE', stackedLines: false })).toBe('<a:rPr lang="fr-FR"/><a:defRPr sz="1"/>');
  });

  test('stacked lines and a label on the target line, once', () => {
    const post = { lang: 'en-US', stackedLines: true, targetLabel: { series: 1, point: 3 } };
    const out = applyNativeChartPost(XML, post);
    expect(out).toContain('<c:lineChart><c:grouping val="stacked"/>');
    const sers = out.split('<c:ser>').slice(1);
    expect(sers[0]).not.toContain('<c:dLbl>');
    expect(sers[1]).toContain('<c:dLbls><c:dLbl><c:idx val="3"/><c:dLblPos val="t"/>');
    expect(applyNativeChartPost(out, post)).toBe(out);
  });

  test('no post (a chart part the emitter did not make): unchanged', () => {
    expect(applyNativeChartPost(XML, undefined)).toBe(XML);
  });
});
