/** Table colours come from the theme and always read: the header text on the header fill, body text on both stripes. */
import { expect, it } from 'vitest';
import { contrastRatio } from '../../src/theme/color-contrast.js';
import { tableColours } from '../../src/emit/table.js';
import { briefing, midnight } from '../../src/theme/builtin.js';

it('gives the dark theme an accent header with dark text, and the light theme its navy header', () => {
  expect(tableColours(midnight)).toMatchObject({ headerFill: midnight.colors.accent, headerText: midnight.colors.accentText });
  expect(tableColours(briefing)).toMatchObject({ headerFill: briefing.colors.heroBackground, headerText: briefing.colors.heroText });
});

it('keeps every text colour readable on its fill (contrast ≥ 4.5) in both built-in themes', () => {
  for (const theme of [briefing, midnight]) {
    const c = tableColours(theme);
    expect(c).toMatchObject({ rowFill: theme.colors.background, stripeFill: theme.colors.surface, text: theme.colors.text, line: theme.colors.line });
    expect(contrastRatio(c.headerText, c.headerFill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.text, c.rowFill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.text, c.stripeFill)).toBeGreaterThanOrEqual(4.5);
  }
});

it('falls back to a readable header text when the theme pairs badly', () => {
  const bad = { ...midnight, colors: { ...midnight.colors, accentText: midnight.colors.accent } };
  const c = tableColours(bad);
  expect(contrastRatio(c.headerText, c.headerFill)).toBeGreaterThanOrEqual(4.5);
});
