import { describe, expect, test } from 'vitest';
import { briefing } from '../theme/builtin.js';
import { faceMetrics, textWidthPt } from './font-metrics.js';
import { prepareParagraph, layoutPrepared, wrapParagraph } from './wrap.js';

const face = briefing.fonts.body;
const width = (s: string, size: number): number => textWidthPt(faceMetrics(face), s, size);
const texts = (runs: Parameters<typeof wrapParagraph>[0], size: number, w: number): string[] =>
  wrapParagraph(runs, face, size, w).lines.map((l) => l.text);

describe('wrapParagraph', () => {
  test('breaks at spaces; trailing spaces hang and do not count', () => {
    const w = width('alpha beta', 20);
    expect(texts([{ text: 'alpha beta gamma' }], 20, w)).toEqual(['alpha beta', 'gamma']);
    expect(texts([{ text: 'alpha beta gamma' }], 20, w - 0.01)).toEqual(['alpha', 'beta', 'gamma']);
    const r = wrapParagraph([{ text: 'alpha beta   gamma' }], face, 20, w);
    expect(r.lines[0]!.widthPt).toBeCloseTo(w, 6);
    expect(r.overlongWord).toBe(false);
  });

  test('German compounds break after the hyphen, not before a digit', () => {
    const w = width('Das Infrastruktur-', 20);
    expect(texts([{ text: 'Das Infrastruktur-Investment' }], 20, w)).toEqual(['Das Infrastruktur-', 'Investment']);
    // Hyphen before a digit binds: "GPT-5" stays whole.
    expect(texts([{ text: 'Das GPT-5' }], 20, width('Das GPT-', 20))).toEqual(['Das', 'GPT-5']);
    // A leading hyphen (minus) is no break opportunity.
    expect(texts([{ text: 'a -abc' }], 20, width('-abc', 20))).toEqual(['a', '-abc']);
  });

  test('en dash inside a word breaks after it; NBSP never breaks', () => {
    expect(texts([{ text: 'bis 2028–2029' }], 20, width('bis 2028–', 20))).toEqual(['bis 2028–', '2029']);
    const nb = '1,4\u00a0Bio.\u00a0$';
    expect(texts([{ text: `rund ${nb}` }], 20, width('rund 1,4 Bio.', 20))).toEqual(['rund', nb]);
  });

  test('a word longer than the line breaks between characters and is reported', () => {
    const word = 'Donaudampfschifffahrtsgesellschaft';
    const w = width(word, 20) / 2.5;
    const r = wrapParagraph([{ text: `Die ${word} fährt` }], face, 20, w);
    expect(r.overlongWord).toBe(true);
    expect(r.lines[0]!.text).toBe('Die');
    expect(r.lines.length).toBeGreaterThanOrEqual(4);
    expect(r.lines.slice(1).map((l) => l.text).join('')).toBe(`${word} fährt`.replace(/ (?=fährt)/, r.lines.at(-1)!.text === 'fährt' ? '' : ' '));
    for (const l of r.lines) expect(l.widthPt).toBeLessThanOrEqual(w + 1e-6);
    expect(r.lines[r.lines.length - 1]!.text.endsWith('fährt')).toBe(true);
  });

  test('bold runs are measured with the bold font; runs with their own size keep it', () => {
    const plain = wrapParagraph([{ text: 'Warum es zählt' }], face, 20, 1000).lines[0]!.widthPt;
    const bold = wrapParagraph([{ text: 'Warum es zählt', bold: true }], face, 20, 1000).lines[0]!.widthPt;
    expect(bold).toBeGreaterThan(plain);
    const mixed = wrapParagraph([{ text: 'Warum ', bold: true }, { text: 'es zählt' }], face, 20, 1000).lines[0]!.widthPt;
    expect(mixed).toBeGreaterThan(plain);
    expect(mixed).toBeLessThan(bold);
    const marker = wrapParagraph([{ text: 'Text' }, { text: '[1]', sizePt: 10 }], face, 40, 1000).lines[0]!.widthPt;
    expect(marker).toBeCloseTo(width('Text', 40) + width('[1]', 10), 6);
  });

  test('hard line breaks, empty paragraphs and CJK', () => {
    expect(texts([{ text: 'eins\nzwei' }], 20, 1000)).toEqual(['eins', 'zwei']);
    expect(wrapParagraph([{ text: '' }], face, 20, 100).lines).toHaveLength(1);
    const cjk = '人工知能の投資は急速に拡大している';
    const lines = texts([{ text: cjk }], 20, 20 * 5);
    expect(lines.join('')).toBe(cjk);
    expect(lines[0]).toHaveLength(5);
  });

  test('a prepared paragraph lays out at any size: fewer lines as the size shrinks', () => {
    const p = prepareParagraph([{ text: 'OpenAIs Infrastruktur-Investment von rund 1,4 Billionen Dollar übertrifft die jährlichen Investitionen der Cloud-Branche.' }], face);
    const at = (s: number): number => layoutPrepared(p, s, 400).lines;
    expect(at(32)).toBeGreaterThan(at(18));
    for (let s = 32; s > 12; s--) expect(at(s - 1)).toBeLessThanOrEqual(at(s));
  });
});
