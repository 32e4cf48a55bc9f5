/**
 * The acceptance case of issue 8: an outline with a chart that cites nothing, a low-contrast
 * custom theme file and a table gets exactly these findings, each at its line:col (written by
 * hand from the fixture files).
 */
import { expect, test } from 'vitest';
import { brief, fixture, lintFile } from './lint-fixture.js';

test('chart without source, low-contrast theme, table: exactly the expected findings', async () => {
  const { check, findings } = await lintFile(fixture('acceptance.yaml'));
  expect(check.diagnostics.filter((d) => d.severity !== 'info').map(brief)).toEqual([]);
  const deck = fixture('acceptance.yaml');
  const theme = fixture('themes/acceptance.yaml');
  expect(findings.map(brief)).toEqual([
    `${theme}:7:3 error theme/low-contrast muted #9CA3AF on background #FFFFFF has contrast 2.53:1; text below 18 pt needs 4.5:1 (WCAG 2.x SC 1.4.3)`,
    `${theme}:7:3 error theme/low-contrast muted #9CA3AF on surface #EEF3F7 has contrast 2.27:1; text below 18 pt needs 4.5:1 (WCAG 2.x SC 1.4.3)`,
    // Value labels on waterfall totals (drawn in muted) are white on this grey.
    `${theme}:7:3 warning theme/low-contrast background #FFFFFF on muted #9CA3AF has contrast 2.53:1; large text needs 3:1 (WCAG 2.x SC 1.4.3)`,
    `${theme}:11:5 warning theme/palette-cvd palette[1] #D62728 and palette[2] #2CA02C (chart series 2 and 3) look alike with deuteranopia: ΔE00 4.8`,
    // The base palette continues after the file's three colours: its palette[3] is briefing's.
    `${theme}:11:5 warning theme/palette-cvd palette[2] #2CA02C and palette[3] #CC5A2B (chart series 3 and 4) look alike with deuteranopia: ΔE00 2.3`,
    `${deck}:10:9 warning sources/uncited-figure slide "Revenue by region" shows a chart but cites no source`,
    `${deck}:19:9 warning sources/uncited-figure slide "Revenue by team" shows "40 %" but cites no source`,
  ]);
  // Every finding says how to fix it.
  for (const d of findings) expect(d.hint?.length ?? 0).toBeGreaterThan(20);
});
