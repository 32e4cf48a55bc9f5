import { describe, expect, it } from 'vitest';
import { excelNumberFormat, formatNumber } from './number.js';

/** Intl writes no-break spaces in de-DE; spell them out so the expectations are exact. */
const nb = (s: string) => s.replace(/ /g, '\u00a0');
const USD = { format: 'currency', unit: 'USD' } as const;

describe('formatNumber', () => {
  it('writes large currency amounts compactly in de-DE', () => {
    expect(formatNumber(1.4e12, USD, 'de-DE')).toBe(nb('1,4 Bio. $'));
    expect(formatNumber(200e9, USD, 'de-DE')).toBe(nb('200 Mrd. $'));
    expect(formatNumber(13e9, USD, 'de-DE')).toBe(nb('13 Mrd. $'));
    expect(formatNumber(-2.5e9, USD, 'de-DE')).toBe(nb('-2,5 Mrd. $'));
  });

  it('writes large currency amounts compactly in en-US', () => {
    expect(formatNumber(1.4e12, USD, 'en-US')).toBe('$1.4T');
    expect(formatNumber(200e9, USD, 'en-US')).toBe('$200B');
    expect(formatNumber(13e9, USD, 'en-US')).toBe('$13B');
    expect(formatNumber(12345, USD, 'en-US')).toBe('$12.3K');
  });

  it('infers a currency from a three-letter unit when format is absent', () => {
    expect(formatNumber(1.4e12, { unit: 'USD' }, 'en-US')).toBe('$1.4T');
    expect(formatNumber(3e6, { unit: 'EUR' }, 'de-DE')).toBe(nb('3 Mio. €'));
  });

  it('keeps small numbers plain with smart decimals', () => {
    expect(formatNumber(950, USD, 'de-DE')).toBe(nb('950 $'));
    expect(formatNumber(950.4, USD, 'en-US')).toBe('$950.4');
    expect(formatNumber(0, USD, 'en-US')).toBe('$0');
    expect(formatNumber(12.5, {}, 'de-DE')).toBe('12,5');
    expect(formatNumber(0.123, {}, 'en-US')).toBe('0.12');
    expect(formatNumber(9999, {}, 'en-US')).toBe('9,999');
  });

  it('honours decimals and compact: false', () => {
    expect(formatNumber(1.4e12, { ...USD, decimals: 2 }, 'en-US')).toBe('$1.40T');
    expect(formatNumber(13e9, { ...USD, compact: false }, 'en-US')).toBe('$13,000,000,000');
    expect(formatNumber(12345.678, { compact: false, decimals: 1 }, 'de-DE')).toBe('12.345,7');
  });

  it('reads unit "%" as percent points and format percent as a fraction', () => {
    expect(formatNumber(50, { unit: '%' }, 'de-DE')).toBe(nb('50 %'));
    expect(formatNumber(50, { unit: '%' }, 'en-US')).toBe('50%');
    expect(formatNumber(0.5, { format: 'percent' }, 'de-DE')).toBe(nb('50 %'));
    expect(formatNumber(0.125, { format: 'percent' }, 'en-US')).toBe('12.5%');
  });

  it('appends other units as words and puts the prefix first', () => {
    expect(formatNumber(100, { unit: 'x' }, 'de-DE')).toBe(nb('100 x'));
    expect(formatNumber(5, { unit: 'GW' }, 'en-US')).toBe(nb('5 GW'));
    expect(formatNumber(1.4e12, { ...USD, prefix: '~' }, 'de-DE')).toBe(nb('~1,4 Bio. $'));
  });

  it('never throws on a bad locale', () => {
    expect(formatNumber(1.4e12, USD, 'not a locale!')).toBe('$1.4T');
  });
});

describe('excelNumberFormat', () => {
  it('scales with trailing commas and quotes the de-DE suffixes, one section per scale', () => {
    expect(excelNumberFormat(USD, 'de-DE', 1.4e12)).toBe(
      nb('[>=1000000000000]#,##0.0,,,,"Bio. $";[>=1000000000]#,##0,,," Mrd. $";#,##0" $"').replace(
        '0.0,,,,"Bio.',
        '0.0,,,,"\u00a0Bio.',
      ),
    );
    expect(excelNumberFormat(USD, 'de-DE', 200e9)).toBe(
      nb('[>=1000000000]#,##0,,," Mrd. $";[>=1000000]#,##0,," Mio. $";#,##0" $"'),
    );
  });

  it('writes en-US prefixes and suffixes', () => {
    expect(excelNumberFormat(USD, 'en-US', 1.4e12)).toBe(
      '[>=1000000000000]"$"#,##0.0,,,,"T";[>=1000000000]"$"#,##0,,,"B";"$"#,##0',
    );
    expect(excelNumberFormat(USD, 'en-US', 20_000)).toBe('[>=10000]"$"#,##0,"K";"$"#,##0');
    expect(excelNumberFormat(USD, 'en-US', 950)).toBe('"$"#,##0');
    expect(excelNumberFormat({ ...USD, decimals: 2 }, 'en-US', 950)).toBe('"$"#,##0.00');
  });

  it('writes percent codes: a bare % multiplies fractions, a quoted one does not', () => {
    expect(excelNumberFormat({ format: 'percent' }, 'en-US', 0.5)).toBe('#,##0%');
    expect(excelNumberFormat({ format: 'percent' }, 'de-DE', 0.5)).toBe(nb('#,##0" "%'));
    expect(excelNumberFormat({ unit: '%' }, 'de-DE', 50)).toBe(nb('#,##0" %"'));
    expect(excelNumberFormat({ unit: '%' }, 'en-US', 50)).toBe('#,##0"%"');
  });

  it('appends unit words and honours compact: false', () => {
    expect(excelNumberFormat({ unit: 'GW' }, 'de-DE', 50)).toBe(nb('#,##0" GW"'));
    expect(excelNumberFormat({ ...USD, compact: false }, 'en-US', 1.4e12)).toBe('"$"#,##0');
  });

  it('with values (data labels): per scale, the decimals formatNumber shows for them', () => {
    const values = [2.4e9, 610e6, 95e6, 4.5e6];
    expect(values.map((v) => formatNumber(v, USD, 'en-US'))).toEqual(['$2.4B', '$610M', '$95M', '$4.5M']);
    // 4.5M needs one decimal in the M section; 2.4B one in the B section.
    expect(excelNumberFormat(USD, 'en-US', 2.4e9, values)).toBe('[>=1000000000]"$"#,##0.0,,,"B";[>=1000000]"$"#,##0.0,,"M";"$"#,##0');
    // Whole values: no decimals anywhere (the axis code would give the top scale one).
    expect(excelNumberFormat(USD, 'en-US', 4e6, [4e6, 2e6])).toBe('[>=1000000]"$"#,##0,,"M";[>=10000]"$"#,##0,"K";"$"#,##0');
    expect(excelNumberFormat(USD, 'en-US', 4e6)).toBe('[>=1000000]"$"#,##0.0,,"M";[>=10000]"$"#,##0,"K";"$"#,##0');
    expect(excelNumberFormat({ unit: 'GW' }, 'de-DE', 25, [5, 8.5, 25])).toBe(nb('#,##0.0" GW"'));
    expect(excelNumberFormat({ ...USD, decimals: 2 }, 'en-US', 950, [1.5])).toBe('"$"#,##0.00');
  });
});
