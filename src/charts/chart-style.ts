/**
 * Theme → drawing style for Chart.js: font family, pixel sizes and '#rrggbb' colours.
 * Sizes come from `theme.text.chart` in points and are converted with `pxPerPt` (pixels of the
 * image per point of the slide), so text measured on the slide is never below the theme's floor
 * (and never below 14 pt).
 */
import type { Theme } from '../model/theme.js';
import { contrastRatio, hexToRgb, relativeLuminance } from '../theme/color-contrast.js';

export interface ChartContext {
  theme: Theme;
  locale: string;
  widthPx: number;
  heightPx: number;
  /** Image pixels per slide point: 192 px/in ÷ 72 pt/in = 8/3 for our 2× images. */
  pxPerPt: number;
}

export interface FontSpec {
  family: string;
  size: number;
  weight: 'normal' | 'bold';
  lineHeight: number;
}

export interface ChartStyle {
  family: string;
  font: { tick: FontSpec; legend: FontSpec; axisTitle: FontSpec; title: FontSpec; valueLabel: FontSpec };
  color: {
    text: string;
    muted: string;
    grid: string;
    background: string;
    accent: string;
    /** Fill for bars and points that are not highlighted. */
    dimmed: string;
    positive: string;
    negative: string;
    /** Waterfall totals: neutral. */
    total: string;
    /** Text on a dark fill and on a light fill. */
    onDark: string;
    onLight: string;
  };
  palette: string[];
  px: { padding: number; line: number; point: number; gap: number; maxBar: number };
}

/** The smallest chart text we allow at slide size, whatever the theme says. */
export const MIN_CHART_PT = 14;

/** Below this box width (slide inches) chart text uses the theme's floor size. */
export const NARROW_IN = 7;

export function hex(c: string): string {
  return `#${c.replace(/^#/, '').toUpperCase()}`;
}

/** Mix colour a toward b by t (0 = a, 1 = b). */
export function mix(a: string, b: string, t: number): string {
  const [ra, ga, ba] = hexToRgb(a);
  const [rb, gb, bb] = hexToRgb(b);
  const ch = (x: number, y: number) => Math.round(x + (y - x) * t).toString(16).padStart(2, '0');
  return hex(ch(ra, rb) + ch(ga, gb) + ch(ba, bb));
}

/** A text colour readable on `fill`. */
export function textOn(fill: string, style: ChartStyle): string {
  return relativeLuminance(fill) > 0.4 ? style.color.onLight : style.color.onDark;
}

/** Add an alpha channel to '#rrggbb'. */
export function alpha(c: string, a: number): string {
  return `${hex(c)}${Math.round(a * 255).toString(16).padStart(2, '0').toUpperCase()}`;
}

export function chartStyle(ctx: ChartContext): ChartStyle {
  const { theme, pxPerPt } = ctx;
  // Boxes narrower than NARROW_IN slide inches (half-slide columns) use the theme's floor size:
  // Chart.js gives each vertical axis at most a quarter of the width, and 16 pt ticks plus an
  // axis title do not fit in a quarter of 6 inches.
  const slideInches = ctx.widthPx / (pxPerPt * 72);
  const preferred = slideInches < NARROW_IN ? theme.text.chart.floor : theme.text.chart.size;
  const pt = Math.max(preferred, theme.text.chart.floor, MIN_CHART_PT);
  const px = (p: number) => Math.round(p * pxPerPt * 10) / 10;
  const font = (size: number, weight: FontSpec['weight'] = 'normal'): FontSpec => ({
    family: theme.fonts.body.name,
    size: px(size),
    weight,
    lineHeight: 1.2,
  });
  const c = theme.colors;
  const palette = theme.palette.map(hex);
  const light = theme.dark ? c.text : c.background;
  const dark = theme.dark ? c.background : c.text;
  return {
    family: theme.fonts.body.name,
    font: {
      tick: font(pt),
      legend: font(pt),
      axisTitle: font(pt, 'bold'),
      title: font(pt * 1.25, 'bold'),
      valueLabel: font(pt, 'bold'),
    },
    color: {
      text: hex(c.text),
      muted: hex(c.muted),
      grid: hex(c.line),
      background: hex(c.background),
      accent: hex(c.accent),
      dimmed: mix(c.muted, c.background, 0.55),
      positive: hex(c.accent),
      negative: palette[3] ?? hex(c.muted),
      total: hex(c.muted),
      onDark: hex(light),
      onLight: hex(dark),
    },
    palette,
    px: { padding: px(8), line: px(2.5), point: px(3.5), gap: px(4), maxBar: px(100) },
  };
}

/** Of the candidate text colours, the one whose worst contrast over all fills is best. */
export function bestTextOn(fills: readonly string[], candidates: readonly string[]): string {
  let best = candidates[0] ?? '000000';
  let bestScore = -1;
  for (const c of candidates) {
    const score = Math.min(...fills.map((f) => contrastRatio(c, f)));
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
