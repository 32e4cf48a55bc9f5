/**
 * Which theme colour is drawn on which theme colour, and at what size: the (foreground,
 * background) pairs the layouts, the chart renderer and emit actually use, each with the WCAG
 * requirement its smallest use implies. Theme checks (rule-theme-contrast.ts) evaluate every
 * pair. Where another stage picks colours by rule (table header, chart value labels), this asks
 * that stage's own function, so the check follows the code. Read from src/layout/ (text colours and the fills under them), src/charts/
 * (chart-style.ts, value labels) and src/emit/ (tables, native charts); the test
 * tests/lint/color-uses.test.ts checks every text run of every example deck against this list.
 */
import { chartStyle, textOn } from '../charts/chart-style.js';
import { tableColours } from '../emit/table.js';
import type { Theme } from '../model/theme.js';
import type { ColorKey } from '../theme/theme-origin.js';

/** normal-text: 4.5:1 (below 18 pt, or below 14 pt bold); large-text and graphics: 3:1. */
export type Need = 'normal-text' | 'large-text' | 'graphics';

/** A theme colour by key, a palette entry, or a colour another stage derived (no key to blame). */
export type ColorRef = { key: ColorKey } | { palette: number } | { derived: string; name: string };

export interface ColorUse {
  fg: ColorRef;
  bg: ColorRef;
  need: Need;
  /** Where the pair appears, for the message: "bullets, tables". */
  uses: string[];
}

const k = (key: ColorKey): ColorRef => ({ key });

/**
 * Text pairs. The sizes in the comments are the smallest the layout draws (its floors), which
 * decide between normal and large text.
 */
const TEXT_PAIRS: readonly [ColorKey, ColorKey, Need, string][] = [
  // Content slides (background).
  ['text', 'background', 'normal-text', 'body text, table cells (12 pt), sources list (14 pt), chart axis labels and legends (14 pt)'],
  ['muted', 'background', 'normal-text', 'subtitles, captions, source lines, footers (10 pt), chart value axis (14 pt)'],
  ['title', 'background', 'large-text', 'slide titles (24 pt bold), takeaways (16 pt bold), quotes (22 pt)'],
  ['accent', 'background', 'large-text', 'column headings (18 pt bold), stage horizons (16 pt bold)'],
  // Cards: KPI cards, stage cards, table stripes (surface).
  ['accent', 'surface', 'large-text', 'KPI values (32 pt bold)'],
  ['text', 'surface', 'normal-text', 'KPI labels (16 pt), stage points (14 pt), striped table rows (12 pt)'],
  ['title', 'surface', 'large-text', 'stage titles (14 pt bold)'],
  ['muted', 'surface', 'normal-text', 'KPI notes (14 pt)'],
  // Title, section and closing slides (heroBackground).
  ['heroText', 'heroBackground', 'large-text', 'deck, section and closing titles (30 pt bold), their subtitles and text (18 pt)'],
  ['accent', 'heroBackground', 'large-text', 'byline and contact (18 pt), section numbers (80 pt bold)'],
];

/** Every pair the theme is drawn with; pairs used several ways keep their strictest need. */
export function colorUses(theme: Theme): ColorUse[] {
  const out: ColorUse[] = TEXT_PAIRS.map(([fg, bg, need, use]) => ({ fg: k(fg), bg: k(bg), need, uses: [use] }));
  // Table header row (emit/table.ts chooses its colours): bold at table size, 12 pt floor.
  const table = tableColours(theme);
  out.push({ fg: refFor(theme, table.headerText, 'table header text'), bg: refFor(theme, table.headerFill, 'table header fill'), need: 'normal-text', uses: ['table header row (12 pt bold)'] });
  // Image charts: the style the renderer draws with, so value labels follow its own rule.
  const style = chartStyle({ theme, locale: 'en', widthPx: 2560, heightPx: 1440, pxPerPt: 8 / 3 });
  const lightKey: ColorKey = theme.dark ? 'text' : 'background';
  const darkKey: ColorKey = theme.dark ? 'background' : 'text';
  const labelOn = (fill: string): ColorRef => (textOn(`#${fill}`, style) === style.color.onLight ? k(darkKey) : k(lightKey));
  // Native doughnut charts write bold labels in one colour on every slice (emit/chart-native.ts).
  const doughnutLabel = k(theme.dark ? 'background' : 'heroText');
  theme.palette.forEach((fill, i) => {
    const p: ColorRef = { palette: i };
    out.push({ fg: p, bg: k('background'), need: 'graphics', uses: [`chart series ${i + 1} (bars, lines, slices)`] });
    // Value labels inside bars and slices: bold at the chart size (≥ 14 pt), so large text.
    out.push({ fg: labelOn(fill), bg: p, need: 'large-text', uses: [`value labels on chart series ${i + 1}`] });
    out.push({ fg: doughnutLabel, bg: p, need: 'large-text', uses: [`value labels on native doughnut slice ${i + 1}`] });
  });
  // Highlighted bars and waterfall steps are drawn in the accent colour, waterfall totals in muted.
  out.push({ fg: k('accent'), bg: k('background'), need: 'graphics', uses: ['highlighted chart bars, waterfall increases'] });
  out.push({ fg: k('muted'), bg: k('background'), need: 'graphics', uses: ['waterfall totals'] });
  out.push({ fg: labelOn(theme.colors.accent), bg: k('accent'), need: 'large-text', uses: ['value labels on highlighted bars'] });
  out.push({ fg: labelOn(theme.colors.muted), bg: k('muted'), need: 'large-text', uses: ['value labels on waterfall totals'] });
  return merge(out);
}

/** The hex colour a reference stands for in `theme`. */
export function colorOf(theme: Theme, ref: ColorRef): string {
  if ('key' in ref) return theme.colors[ref.key];
  if ('palette' in ref) return theme.palette[ref.palette] ?? '';
  return ref.derived;
}

/** The theme key holding `hex` (so a finding can point at it), else a derived colour. */
function refFor(theme: Theme, hex: string, name: string): ColorRef {
  const key = (Object.keys(theme.colors) as ColorKey[]).find((c) => theme.colors[c].toUpperCase() === hex.toUpperCase());
  return key ? k(key) : { derived: hex, name };
}

const STRICTNESS: Record<Need, number> = { 'normal-text': 2, 'large-text': 1, graphics: 0 };

function refId(r: ColorRef): string {
  return 'key' in r ? r.key : 'palette' in r ? `palette.${r.palette}` : `${r.name} ${r.derived}`;
}

function merge(uses: ColorUse[]): ColorUse[] {
  const byPair = new Map<string, ColorUse>();
  for (const u of uses) {
    const id = `${refId(u.fg)} on ${refId(u.bg)}`;
    const prev = byPair.get(id);
    if (!prev) byPair.set(id, { ...u, uses: [...u.uses] });
    else {
      prev.uses.push(...u.uses);
      if (STRICTNESS[u.need] > STRICTNESS[prev.need]) prev.need = u.need;
    }
  }
  return [...byPair.values()];
}
