/** One fixture per lint rule (tests/lint/fixtures/), with the findings written out by hand. */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { brief, fixture, lintFile } from './lint-fixture.js';

const codes = (ds: Diagnostic[], prefix: string) => ds.filter((d) => d.code.startsWith(prefix));

describe('sources/uncited-figure', () => {
  test('KPIs, currency, multipliers and percent without a source; cited, year-only and silenced slides pass', async () => {
    const { check, findings } = await lintFile(fixture('uncited-figure.yaml'));
    expect(check.ok).toBe(true);
    const f = fixture('uncited-figure.yaml');
    expect(codes(findings, 'sources/').map(brief)).toEqual([
      `${f}:11:9 warning sources/uncited-figure slide "Die Dimension" shows a KPI but cites no source`,
      `${f}:14:9 warning sources/uncited-figure slide "Branche" shows "200 Mrd. $" but cites no source`,
      `${f}:17:9 warning sources/uncited-figure slide "Energie" shows "100-mal" but cites no source`,
      `${f}:37:9 warning sources/uncited-figure slide "Etappen" shows "5 %" but cites no source`,
    ]);
    expect(findings[0]!.hint).toContain('source: artikel');
    expect(findings[0]!.hint).toContain('lint: { uncitedFigure: false }');
  });
});

describe('sources/unused', () => {
  test('a declared source no slide cites is an info', async () => {
    const { findings } = await lintFile(fixture('unused-source.yaml'));
    expect(findings).toHaveLength(1);
    const [d] = findings;
    expect(d).toMatchObject({ severity: 'info', code: 'sources/unused', message: 'source "memo" is declared but no slide cites it' });
    expect(d!.span?.file).toBe(fixture('unused-source.yaml'));
    // Until the Outline carries the span of each source id, the finding points at the outline.
    const withSpans = 'sourceSpans' in (await lintFile(fixture('unused-source.yaml'))).check.outline!;
    expect(d!.span).toMatchObject(withSpans ? { line: 8, col: 3 } : { line: 2, col: 1 });
  });
});

describe('theme/low-contrast', () => {
  test('light body text is an error at its key; a pale chart colour warns at its palette entry', async () => {
    const { findings } = await lintFile(fixture('low-contrast.yaml'));
    const t = fixture('themes/low-contrast.yaml');
    expect(findings.map(brief)).toEqual([
      `${t}:4:3 error theme/low-contrast text #8A94A6 on background #FFFFFF has contrast 3.05:1; text below 18 pt needs 4.5:1 (WCAG 2.x SC 1.4.3)`,
      `${t}:4:3 error theme/low-contrast text #8A94A6 on surface #EEF3F7 has contrast 2.73:1; text below 18 pt needs 4.5:1 (WCAG 2.x SC 1.4.3)`,
      `${t}:7:5 warning theme/low-contrast palette[1] #F2D16B on background #FFFFFF has contrast 1.48:1; chart marks need 3:1 (WCAG 2.x SC 1.4.11)`,
      // Value labels on the pale bars are drawn in the text colour (image charts) ...
      `${t}:4:3 warning theme/low-contrast text #8A94A6 on palette[1] #F2D16B has contrast 2.05:1; large text needs 3:1 (WCAG 2.x SC 1.4.3)`,
      // ... and in white on native doughnut slices.
      `${t}:7:5 warning theme/low-contrast heroText #FFFFFF on palette[1] #F2D16B has contrast 1.48:1; large text needs 3:1 (WCAG 2.x SC 1.4.3)`,
    ]);
    expect(findings[0]).toMatchObject({ expected: 'a contrast of at least 4.5:1', actual: '3.05:1' });
    expect(findings[0]!.hint).toMatch(/^darken text or lighten background; the pair is used for body text/);
  });
});

describe('theme/palette-cvd', () => {
  test('a red/green pair of adjacent chart colours warns at the later colour', async () => {
    const { findings } = await lintFile(fixture('palette-cvd.yaml'));
    expect(findings.map(brief)).toEqual([
      `${fixture('themes/palette-cvd.yaml')}:5:5 warning theme/palette-cvd palette[0] #FF8F7A and palette[1] #8ED16B (chart series 1 and 2) look alike with deuteranopia: ΔE00 3.0`,
    ]);
  });
});

describe('image/missing-alt', () => {
  test('a picture with neither alt text nor decorative: true', async () => {
    const { check, findings } = await lintFile(fixture('image-alt.yaml'));
    expect(check.ok).toBe(true);
    expect(findings.map(brief)).toEqual([
      `${fixture('image-alt.yaml')}:8:9 warning image/missing-alt the picture assets/block.png on slide "No alt text" has no alt text`,
    ]);
  });
});
