/**
 * The list of colour pairs the theme checks evaluate (src/theme/color-uses.ts) covers what the
 * layouts draw: every visible text run of every example deck, laid out with each built-in theme,
 * has its (colour, background) pair in the list, and text below the large-text size is held to
 * the normal-text ratio. The background of a text is its own fill, else the last filled shape
 * under its centre, else the slide background.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDeck } from '../../src/compile.js';
import { nodeHost, type Host } from '../../src/host.js';
import type { Element, SlideIR, TextElement } from '../../src/model/presentation.js';
import { BUILTIN_THEMES } from '../../src/theme/builtin.js';
import { isLargeText } from '../../src/theme/color-contrast.js';
import { colorOf, colorUses } from '../../src/lint/color-uses.js';

const DECKS_DIR = path.resolve(__dirname, '../../decks');
const deckFiles = (await readdir(DECKS_DIR)).filter((f) => f.endsWith('.yaml')).sort();

/** The node host, except that `file` reads with its `theme:` line replaced. */
function withTheme(file: string, theme: string): Host {
  return {
    ...nodeHost,
    async readFile(f) {
      const bytes = await nodeHost.readFile(f);
      if (path.resolve(f) !== path.resolve(file)) return bytes;
      const text = new TextDecoder().decode(bytes).replace(/^theme:.*$/m, `theme: ${theme}`);
      return new TextEncoder().encode(text);
    },
  };
}

function backgroundOf(slide: SlideIR, el: TextElement): string {
  if (el.fill) return el.fill;
  const cx = el.box.x + el.box.w / 2;
  const cy = el.box.y + el.box.h / 2;
  let bg = slide.background;
  for (const other of slide.elements) {
    if (other === el) break;
    if (other.type === 'shape' && other.fill && other.shape !== 'line' && inside(other, cx, cy)) bg = other.fill;
  }
  return bg;
}

function inside(e: Element, x: number, y: number): boolean {
  return x >= e.box.x && x <= e.box.x + e.box.w && y >= e.box.y && y <= e.box.y + e.box.h;
}

describe.each(Object.keys(BUILTIN_THEMES))('theme %s', (themeName) => {
  test.each(deckFiles)('every text run of %s is a listed pair', async (file) => {
    const abs = path.join(DECKS_DIR, file);
    const r = await checkDeck(abs, { host: withTheme(abs, themeName) });
    const pres = r.presentation!;
    expect(pres.theme.name).toBe(themeName);
    const uses = colorUses(pres.theme).map((u) => ({ fg: colorOf(pres.theme, u.fg).toUpperCase(), bg: colorOf(pres.theme, u.bg).toUpperCase(), need: u.need }));
    const problems = new Set<string>();
    let runs = 0;
    for (const slide of pres.slides)
      for (const el of slide.elements) {
        if (el.type !== 'text' || el.hidden) continue;
        const bg = backgroundOf(slide, el).toUpperCase();
        for (const p of el.paragraphs)
          for (const run of p.runs) {
            runs++;
            const fg = (run.color ?? el.color).toUpperCase();
            const size = run.sizePt ?? el.sizePt;
            const large = isLargeText(size, run.bold ?? el.bold ?? false);
            const use = uses.find((u) => u.fg === fg && u.bg === bg && (large || u.need === 'normal-text'));
            if (!use) problems.add(`${slide.role} "${slide.title}": #${fg} on #${bg} at ${size} pt${large ? '' : ' (normal text)'}`);
          }
      }
    expect(runs).toBeGreaterThan(100);
    expect([...problems]).toEqual([]);
  });
});
