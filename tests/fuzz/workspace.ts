/**
 * A real temporary folder the fuzz cases build in: the fixture files valid outlines refer to
 * (data files, a picture, a theme), plus one file per case for the outline and its deck.
 * Real files, not a MemoryHost, because the emitter hands image paths to pptxgenjs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const FIXTURE_FILES: Record<string, string | Uint8Array> = {
  'data/series.csv': 'year,grid,solar\n2026,42,18\n2027,45,24\n2028,47,31\n',
  'data/series.json': JSON.stringify([
    { year: '2026', grid: 42, solar: 18 },
    { year: '2027', grid: 45, solar: 24 },
  ]),
  'img/pic.png': readFileSync(path.join(repo, 'decks/assets/showcase-city.png')),
  'themes/acme.yaml': 'extends: midnight\nname: acme\ncolors: { accent: "#C00000" }\npalette: ["#112233", "#445566", "#778899"]\nfonts: { heading: Calibri }\n',
};

export interface Workspace {
  dir: string;
  /** Writes `text` as the outline of case `n`; returns its absolute path. */
  outline(n: number, text: string | Uint8Array): string;
  deck(n: number): string;
  dispose(): void;
}

export function makeWorkspace(prefix = 'bd-fuzz-'): Workspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, content] of Object.entries(FIXTURE_FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return {
    dir,
    outline(n, text) {
      const file = path.join(dir, `case-${n}.yaml`);
      writeFileSync(file, text);
      return file;
    },
    deck: (n) => path.join(dir, 'out', `case-${n}.pptx`),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
