/**
 * `briefdeck preview` and `build --pdf` with the real LibreOffice and poppler: the PDF handout has
 * one page per slide, one thumbnail per slide, and a contact sheet laid out as a grid of all of
 * them. Without soffice on PATH both commands stop before building, exit 3 and name the packages.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { imageSize } from 'image-size';
import { afterAll, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { nodeHost, type Host } from '../../src/host.js';
import { initDeck } from '../../src/init/init-deck.js';
import { findTool } from '../../src/preview/find-tool.js';
import { pdfInfo, pdfText } from '../support/readers.js';
import { recordingIO } from './cli-io.js';

const work = mkdtempSync(path.join(tmpdir(), 'briefdeck-preview-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('preview writes the deck, a PDF handout, one PNG per slide and a contact sheet', async () => {
  const cwd = mkdtempSync(path.join(work, 'real-'));
  await initDeck(path.join(cwd, 'briefing'), nodeHost);
  const io = recordingIO(cwd);
  const code = await run(['preview', 'briefing/deck.yaml', '--out-dir', 'look'], io);
  expect(code, io.stderrText()).toBe(0);

  const deck = path.join(cwd, 'look', 'deck.pptx');
  const pdf = path.join(cwd, 'look', 'deck.pdf');
  expect(existsSync(deck)).toBe(true);
  const slides = Number(/(\d+) slides/.exec(io.stderrText())?.[1]);
  expect(slides).toBeGreaterThan(10);
  const info = await pdfInfo(pdf);
  expect(info.pages).toBe(slides);
  expect(await pdfText(pdf)).toContain('Moving our services to the cloud');

  const thumbs = Array.from({ length: slides }, (_, i) => path.join(cwd, 'look', 'deck-slides', `slide-${String(i + 1).padStart(2, '0')}.png`));
  for (const t of thumbs) expect(existsSync(t), t).toBe(true);
  const thumb = imageSize(readFileSync(thumbs[0]!));
  expect(thumb.width! / thumb.height!).toBeCloseTo(16 / 9, 1);

  // The contact sheet: 4 thumbnails per row, as many rows as needed, taller for more slides.
  const sheet = imageSize(readFileSync(path.join(cwd, 'look', 'deck-contact-sheet.png')));
  expect(sheet.type).toBe('png');
  const rows = Math.ceil(slides / 4);
  expect(sheet.width).toBe(16 + 4 * (480 + 16));
  expect(sheet.height).toBe(16 + rows * (Math.round((480 * thumb.height!) / thumb.width!) + 26 + 16));
  expect(io.stderrText()).toContain('every slide on one page');
});

test('build --pdf writes a PDF beside each deck, converting several decks in one go', async () => {
  const cwd = mkdtempSync(path.join(work, 'pdf-'));
  await initDeck(path.join(cwd, 'a'), nodeHost);
  await initDeck(path.join(cwd, 'b'), nodeHost);
  renameSync(path.join(cwd, 'b', 'deck.yaml'), path.join(cwd, 'b', 'talk.yaml'));
  const io = recordingIO(cwd);
  const code = await run(['build', 'a/deck.yaml', 'b/talk.yaml', '--pdf', '--out-dir', 'o'], io);
  expect(code, io.stderrText()).toBe(0);
  for (const name of ['deck', 'talk']) {
    expect((await pdfInfo(path.join(cwd, 'o', `${name}.pdf`))).pages).toBeGreaterThan(10);
    expect(io.stderrText()).toContain(`✓ ${path.join('o', `${name}.pdf`)}  PDF handout`);
  }
});

/** A host whose PATH has pdftoppm but no soffice. */
async function hostWithoutSoffice(): Promise<Host> {
  const bin = path.join(work, 'bin-without-soffice');
  mkdirSync(bin, { recursive: true });
  const pdftoppm = await findTool('pdftoppm', { env: (n) => process.env[n] });
  if (pdftoppm && !existsSync(path.join(bin, 'pdftoppm'))) symlinkSync(pdftoppm, path.join(bin, 'pdftoppm'));
  return { ...nodeHost, env: (n) => (n === 'PATH' ? bin : process.env[n]) };
}

test.each([
  [['preview', 'briefing/deck.yaml'], 'briefdeck preview'],
  [['build', '--pdf', 'briefing/deck.yaml'], 'briefdeck build --pdf'],
])('without soffice, %j exits 3 and names the packages to install', async (argv, purpose) => {
  const cwd = mkdtempSync(path.join(work, 'missing-'));
  await initDeck(path.join(cwd, 'briefing'), nodeHost);
  const io = recordingIO(cwd, await hostWithoutSoffice());
  expect(await run(argv, io)).toBe(3);
  const err = io.stderrText();
  expect(err).toContain(`${purpose} needs LibreOffice (the soffice program), which is not installed or not on PATH`);
  expect(err).toContain('sudo apt-get install libreoffice-impress poppler-utils');
  expect(err).toContain('brew install --cask libreoffice && brew install poppler');
  expect(err).toMatch(/Windows: +LibreOffice from https:\/\/www\.libreoffice\.org/);
  // Checked before building: nothing was written.
  expect(existsSync(path.join(cwd, 'out'))).toBe(false);
});

test('findTool searches PATH and reports a missing program as undefined', async () => {
  const bin = path.join(work, 'bin-without-soffice');
  await hostWithoutSoffice();
  expect(await findTool('soffice', { env: (n) => (n === 'PATH' ? bin : undefined), platform: 'linux' })).toBeUndefined();
  expect(await findTool('pdftoppm', { env: (n) => (n === 'PATH' ? bin : undefined), platform: 'linux' })).toBe(path.join(bin, 'pdftoppm'));
});
