/** Small helpers for drawing text on a 2-D canvas context inside our Chart.js plugins. */
import type { FontSpec } from '../chart-style.js';

export function cssFont(f: FontSpec): string {
  return `${f.weight} ${f.size}px "${f.family}"`;
}

export type TextAlign = 'left' | 'right' | 'center';
export type TextBaseline = 'top' | 'middle' | 'bottom';

/**
 * The part of a 2-D canvas context we draw text with (the project compiles without the DOM lib,
 * so the context Chart.js hands us is described here structurally).
 */
export interface TextContext {
  font: string;
  fillStyle: string;
  textAlign: string;
  textBaseline: string;
  measureText(text: string): { width: number };
  fillText(text: string, x: number, y: number): void;
  save(): void;
  restore(): void;
}

export interface TextBox {
  width: number;
  height: number;
}

/** Width and line height of one line of text in the given font (ctx.font is set as a side effect). */
export function measure(ctx: TextContext, text: string, font: FontSpec): TextBox {
  ctx.font = cssFont(font);
  return { width: ctx.measureText(text).width, height: font.size * font.lineHeight };
}

export function drawText(
  ctx: TextContext,
  text: string,
  x: number,
  y: number,
  font: FontSpec,
  color: string,
  align: TextAlign,
  baseline: TextBaseline,
): void {
  ctx.save();
  ctx.font = cssFont(font);
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = baseline;
  ctx.fillText(text, x, y);
  ctx.restore();
}
