/**
 * The built-in themes. `briefing` is the light default (navy and teal on white, Arial/Liberation
 * Sans); `midnight` is dark (light text on deep blue, Calibri/Carlito).
 * Body text at 24 pt with an 18 pt floor stays readable from the back of a meeting room.
 */
import type { Theme } from '../model/theme.js';

const ARIAL = {
  name: 'Arial',
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
} as const;

const CALIBRI = {
  name: 'Calibri',
  regular: 'Carlito-Regular.ttf',
  bold: 'Carlito-Bold.ttf',
  italic: 'Carlito-Italic.ttf',
} as const;

const TEXT_RULES: Theme['text'] = {
  title: { size: 32, floor: 24, maxLines: 2 },
  body: { size: 24, floor: 18 },
  kpiValue: { size: 54, floor: 32, maxLines: 1 },
  caption: { size: 16, floor: 14 },
  quote: { size: 32, floor: 22 },
  table: { size: 16, floor: 12 },
  chart: { size: 16, floor: 14 },
  footer: { size: 11, floor: 10, maxLines: 1 },
};

export const briefing: Theme = {
  name: 'briefing',
  dark: false,
  colors: {
    background: 'FFFFFF',
    text: '1F2937',
    muted: '5B6573',
    title: '0B2545',
    accent: '0E7C86',
    accentText: 'FFFFFF',
    surface: 'EEF3F7',
    line: 'C9D3DD',
    heroBackground: '0B2545',
    heroText: 'FFFFFF',
  },
  // Okabe–Ito-derived order: adjacent colours differ in lightness, not only in red/green.
  // Every colour has ≥ 3:1 contrast on the white background and under white value labels
  // (WCAG 1.4.11), so Okabe–Ito's orange and sky blue are darkened (B36B00, 3D8FD0); adjacent
  // colours stay ≥ 10 ΔE00 apart under protanopia and deuteranopia (see src/lint/).
  palette: ['0B4F8A', 'B36B00', '0E7C86', 'CC5A2B', '6A4C93', '3D8FD0', '8C6D1F', '4D4D4D', 'D55E9A', '009E73'],
  fonts: { heading: ARIAL, body: ARIAL },
  text: TEXT_RULES,
};

export const midnight: Theme = {
  name: 'midnight',
  dark: true,
  colors: {
    background: '0F1B2D',
    text: 'E6EDF5',
    muted: 'A9B6C6',
    title: 'FFFFFF',
    accent: '4FC3C9',
    accentText: '0F1B2D',
    surface: '1B2B42',
    line: '34496A',
    heroBackground: '07111F',
    heroText: 'FFFFFF',
  },
  // Light enough (relative luminance > 0.4) that chart value labels on them are drawn in the dark
  // background colour, with ≥ 3:1 contrast both ways; adjacent colours ≥ 10 ΔE00 apart under
  // protanopia and deuteranopia.
  palette: ['56B4E9', 'F0B040', '4FC3C9', 'F59A78', 'C3ACF0', '9ED36A', 'E6E6E6', 'E894C4', '3CC9A0', 'D9B76E'],
  fonts: { heading: CALIBRI, body: CALIBRI },
  text: TEXT_RULES,
};

export const BUILTIN_THEMES: Readonly<Record<string, Theme>> = { briefing, midnight };
