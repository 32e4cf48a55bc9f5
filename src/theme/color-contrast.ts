/**
 * WCAG 2.x colour contrast. Colours are 6-digit hex without '#' (as in Theme); a leading '#' is
 * tolerated. Relative luminance follows WCAG 2.x (sRGB, linearised with the 0.03928 threshold
 * of the WCAG text; the 0.04045 of IEC 61966-2-1 gives the same result for 8-bit channels).
 */

export type Rgb = readonly [number, number, number];

/** Thresholds of WCAG 2.x success criteria 1.4.3 (text) and 1.4.11 (graphical objects). */
export const WCAG = {
  /** Normal text: below 18 pt, or below 14 pt when bold. */
  normalText: 4.5,
  /** Large text (≥ 18 pt, or ≥ 14 pt bold). */
  largeText: 3,
  /** Chart marks and other graphics the reader needs (1.4.11). */
  graphics: 3,
} as const;

/** 8-bit channels of a hex colour. */
export function hexToRgb(hex: string): Rgb {
  const h = hex.replace(/^#/, '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

/** One 8-bit sRGB channel → linear light, 0..1. */
export function srgbToLinear(v8: number): number {
  const s = v8 / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Linear light 0..1 → 8-bit sRGB channel (rounded, clamped). */
export function linearToSrgb(v: number): number {
  const c = Math.min(1, Math.max(0, v));
  const s = c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
  return Math.round(s * 255);
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(srgbToLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG "large text": at least 18 pt, or at least 14 pt and bold. */
export function isLargeText(sizePt: number, bold: boolean): boolean {
  return sizePt >= 18 || (bold && sizePt >= 14);
}
