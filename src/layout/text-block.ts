/**
 * Text elements with their font size decided here, at build time, from the shipped fonts'
 * metrics (src/text): the size steps down from the role's preferred size to its floor, and the
 * caller learns whether the text fits so it can split the slide or report it.
 */
import type { Box, Paragraph, PlaceholderRole, TextElement } from '../model/presentation.js';
import type { FontFace, Theme } from '../model/theme.js';
import type { BulletInput } from '../outline/schema.js';
import { measureText } from '../text/measure.js';
import { INSET } from './grid.js';

export type TextRole = keyof Theme['text'];

export interface TextSpec {
  box: Box;
  paragraphs: Paragraph[];
  role: TextRole;
  /** Use the heading face instead of the body face. */
  heading?: boolean;
  color: string;
  bold?: boolean;
  italic?: boolean;
  align?: TextElement['align'];
  valign?: TextElement['valign'];
  lineSpacing?: number;
  placeholder?: PlaceholderRole;
  hidden?: boolean;
  fill?: string;
  inset?: number;
  /** Largest size to try instead of the role's preferred size (e.g. a hero title). */
  sizePt?: number;
  /** Smallest size instead of the role's floor. */
  floorPt?: number;
  maxLines?: number;
}

export interface FittedText {
  el: TextElement;
  /** Fits its box height (and maxLines) at el.sizePt. */
  fits: boolean;
  heightIn: number;
  /** Lines per paragraph at el.sizePt. */
  lines: number[];
  /** Some word is wider than a line and is broken between characters. */
  overlongWord: boolean;
}

export function faceFor(theme: Theme, heading: boolean | undefined): FontFace {
  return heading ? theme.fonts.heading : theme.fonts.body;
}

/** Builds the element and picks the largest size that fits (or the floor, with fits = false). */
export function fittedText(theme: Theme, spec: TextSpec): FittedText {
  const face = faceFor(theme, spec.heading);
  const base = theme.text[spec.role];
  const rule = {
    size: spec.sizePt ?? base.size,
    floor: Math.min(spec.floorPt ?? base.floor, spec.sizePt ?? base.size),
    ...(spec.maxLines ?? base.maxLines ? { maxLines: spec.maxLines ?? base.maxLines } : {}),
  };
  const draft: Omit<TextElement, 'type' | 'sizePt'> = {
    box: spec.box,
    paragraphs: spec.paragraphs,
    font: face.name,
    color: spec.color,
    align: spec.align ?? 'left',
    valign: spec.valign ?? 'top',
    lineSpacing: spec.lineSpacing ?? 1.0,
    inset: spec.inset ?? INSET,
    bulletIndentPt: 0,
    paraSpaceAfterPt: 0,
    ...(spec.bold ? { bold: true } : {}),
    ...(spec.italic ? { italic: true } : {}),
    ...(spec.placeholder ? { placeholder: spec.placeholder } : {}),
    ...(spec.hidden ? { hidden: true } : {}),
    ...(spec.fill ? { fill: spec.fill } : {}),
  };
  const hasBullets = spec.paragraphs.some((p) => p.bullet === 'number') ? 'number' : spec.paragraphs.some((p) => p.bullet);
  // Indent and paragraph spacing scale with the size, so each candidate size is measured with
  // its own spacing: what is measured is exactly what is emitted.
  // A word wider than a line (a URL, a long compound) is broken between characters, as
  // PowerPoint and LibreOffice do; a size that avoids that is preferred, but a word that is
  // overlong at every size must not make the text count as not fitting (it would force useless
  // splits): the largest size that fits with the word broken wins then.
  let broken: FittedText | undefined;
  let last: FittedText | undefined;
  for (let size = rule.size; size >= rule.floor - 1e-9; size -= 1) {
    const el: TextElement = { type: 'text', ...draft, ...spacingFor(size, hasBullets, spec.paragraphs.length), sizePt: size };
    const m = measureText(el, face);
    const fits = m.heightIn <= spec.box.h + 1e-6 && (!rule.maxLines || m.lineCounts.every((n) => n <= rule.maxLines!));
    last = { el, fits, heightIn: m.heightIn, lines: m.lineCounts, overlongWord: m.overlongWord };
    if (fits && !m.overlongWord) return last;
    if (fits && !broken) broken = last;
  }
  return broken ?? last!;
}

/** The text's height in inches when laid out at `sizePt` in its box's width (any height). */
export function naturalHeight(theme: Theme, spec: TextSpec, sizePt: number): number {
  return fittedText(theme, { ...spec, box: { ...spec.box, h: 1e6 }, sizePt, floorPt: sizePt, maxLines: 0 }).heightIn;
}

/**
 * Bulleted lists get a hanging indent of 0.9 em (numbered 1.5 em) and 0.45 em between items; prose gets 0.3 em
 * between paragraphs; a single paragraph gets no space after (it would only push bottom- or
 * middle-anchored text off its place).
 */
export function spacingFor(sizePt: number, bullets: boolean | 'number', paragraphs: number): { bulletIndentPt: number; paraSpaceAfterPt: number } {
  const gap = paragraphs > 1 ? sizePt * (bullets ? 0.45 : 0.3) : 0;
  // "10." is wider than a bullet dot: numbered lists get a wider hanging indent.
  const indent = bullets === 'number' ? 1.5 : bullets ? 0.9 : 0;
  return { bulletIndentPt: Math.round(sizePt * indent), paraSpaceAfterPt: Math.round(gap) };
}

export function plain(text: string, extra: Partial<Paragraph> = {}): Paragraph {
  return { runs: [{ text }], level: 0, ...extra };
}

/** Outline bullets (strings or {text, bullets}) as two-level bulleted paragraphs. */
export function bulletParagraphs(bullets: readonly BulletInput[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of bullets) {
    if (typeof b === 'string') {
      out.push({ runs: [{ text: b }], level: 0, bullet: 'bullet' });
    } else {
      out.push({ runs: [{ text: b.text }], level: 0, bullet: 'bullet' });
      for (const sub of b.bullets ?? []) out.push({ runs: [{ text: sub }], level: 1, bullet: 'bullet' });
    }
  }
  return out;
}
