import { describe, expect, test } from 'vitest';
import { dropDanglingOverrides, fixCoreDates, moveNotesMasterIdList, w3cdtf } from './repair-package.js';

describe('package repairs', () => {
  test('overrides for missing parts are dropped, others kept', () => {
    const xml =
      '<Types><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="a"/>' +
      ' <Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="a"/><Default Extension="xml" ContentType="b"/></Types>';
    const out = dropDanglingOverrides(xml, new Set(['ppt/slideMasters/slideMaster1.xml']));
    expect(out).toContain('slideMaster1.xml');
    expect(out).not.toContain('slideMaster2.xml');
    expect(out).toContain('<Default Extension="xml"');
  });
  test('notesMasterIdLst moves right after sldMasterIdLst', () => {
    const xml =
      '<p:presentation><p:sldMasterIdLst><x/></p:sldMasterIdLst><p:sldIdLst><y/></p:sldIdLst>' +
      '<p:notesMasterIdLst><p:notesMasterId r:id="rId9"/></p:notesMasterIdLst><p:sldSz/></p:presentation>';
    expect(moveNotesMasterIdList(xml)).toBe(
      '<p:presentation><p:sldMasterIdLst><x/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId9"/></p:notesMasterIdLst>' +
        '<p:sldIdLst><y/></p:sldIdLst><p:sldSz/></p:presentation>',
    );
  });
  test('core dates become the build date in W3CDTF', () => {
    const xml =
      '<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-01T10:11:12.345Z</dcterms:created>' +
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2099-01-01T00:00:00Z</dcterms:modified>';
    const out = fixCoreDates(xml, '2026-11-28');
    expect(out.match(/2026-11-28T00:00:00Z/g)).toHaveLength(2);
    expect(w3cdtf('2026-11-28T13:14:15.999+01:00')).toBe('2026-11-28T12:14:15Z');
    expect(() => w3cdtf('gestern')).toThrow();
  });
});
