import { describe, expect, test } from 'vitest';
import {
  applyMarkers,
  dedupeParagraphProps,
  dropCopiedPlaceholders,
  markTableHeaderRows,
  normalisePlaceholders,
  renumberShapeIds,
  setTextLanguage,
} from './repair-drawing.js';

describe('drawing repairs', () => {
  test('only the first a:pPr of a paragraph survives', () => {
    const p = '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r><a:pPr/></a:p>';
    expect(dedupeParagraphProps(p)).toBe('<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
    expect(dedupeParagraphProps('<a:p><a:r><a:t>x</a:t></a:r></a:p>')).toBe('<a:p><a:r><a:t>x</a:t></a:r></a:p>');
  });
  test('placeholder tags are written the PowerPoint way', () => {
    expect(normalisePlaceholders('<p:ph\n\t\t idx="100"\n\t\t type="title"\n\t\t hasCustomPrompt="1"\n\t\t/>')).toBe('<p:ph type="title"/>');
    expect(normalisePlaceholders('<p:ph idx="101" type="body"/>')).toBe('<p:ph type="body" idx="1"/>');
    expect(normalisePlaceholders('<p:ph type="sldNum"  idx="4"\n/>')).toBe('<p:ph type="sldNum" idx="4"/>');
  });
  test('marker shapes become placeholders and decorative pictures', () => {
    const sp = '<p:nvSpPr><p:cNvPr id="5" name="bd-ph-title"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr></p:nvSpPr>';
    expect(applyMarkers(sp)).toBe(
      '<p:nvSpPr><p:cNvPr id="5" name="Title"></p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>',
    );
    const pic = applyMarkers('<p:cNvPr id="3" name="bd-decorative" descr="/abs/path.png"></p:cNvPr>');
    expect(pic).toContain('descr=""');
    expect(pic).not.toContain('path.png');
    expect(pic).toContain('<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>');
  });
  test('empty placeholder copies are dropped, other shapes kept', () => {
    const copy = '<p:sp><p:nvSpPr><p:nvPr><p:ph\n idx="100"\n type="title"/></p:nvPr></p:nvSpPr></p:sp>';
    const own = '<p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr></p:sp>';
    const box = '<p:sp><p:nvSpPr><p:nvPr></p:nvPr></p:nvSpPr></p:sp>';
    expect(dropCopiedPlaceholders(box + copy + own)).toBe(box + own);
  });
  test('shape ids are renumbered in document order, tables flagged, language set', () => {
    expect(renumberShapeIds('<p:cNvPr id="1" name=""/><p:cNvPr id="2"/><p:cNvPr id="2"/>')).toBe('<p:cNvPr id="1" name=""/><p:cNvPr id="2"/><p:cNvPr id="3"/>');
    expect(markTableHeaderRows('<a:tbl><a:tblPr/>')).toBe('<a:tbl><a:tblPr firstRow="1"/>');
    expect(setTextLanguage('<a:rPr lang="en-US" dirty="0"/><a:endParaRPr lang="en-US"/><c:lang val="en-US"/>', 'de-DE')).toBe(
      '<a:rPr lang="de-DE" dirty="0"/><a:endParaRPr lang="de-DE"/><c:lang val="en-US"/>',
    );
  });
});
