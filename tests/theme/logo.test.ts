/**
 * A theme's logo: drawn, decorative, on every content slide's footer band and stored once;
 * a logo that is not a picture is a positioned error and no deck.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildDeck } from '../../src/compile.js';
import { FOOTER_TOP } from '../../src/layout/grid.js';
import { unzipAll, validateOoxml } from '../support/readers.js';

let dir = '';
const outline = (theme: string) => `title: Logo test
theme: ${theme}
footer: Intern
sections:
  - title: One
    slides:
      - { title: First, bullets: [a point] }
      - { title: Second, bullets: [another point] }
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bd-logo-'));
  await copyFile(path.resolve(__dirname, '../../decks/assets/showcase-city.png'), path.join(dir, 'logo.png'));
  await writeFile(path.join(dir, 'not-a-picture.png'), 'hello');
  await writeFile(path.join(dir, 'good.yaml'), 'extends: briefing\nlogo: logo.png\n');
  await writeFile(path.join(dir, 'bad.yaml'), 'extends: briefing\nlogo: not-a-picture.png\n');
  await writeFile(path.join(dir, 'good-deck.yaml'), outline('./good.yaml'));
  await writeFile(path.join(dir, 'bad-deck.yaml'), outline('./bad.yaml'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the logo sits in the footer band of every content slide, decorative, stored once', async () => {
  const r = await buildDeck(path.join(dir, 'good-deck.yaml'), { cacheDir: false });
  expect(r.ok).toBe(true);
  const content = r.presentation!.slides.filter((s) => s.master === 'CONTENT');
  expect(content.length).toBeGreaterThan(1);
  for (const s of content) {
    const logo = s.elements.find((e) => e.type === 'image' && e.path.endsWith('logo.png'));
    expect(logo?.type === 'image' && logo.decorative).toBe(true);
    expect(logo!.box.y).toBeGreaterThanOrEqual(FOOTER_TOP);
  }
  const parts = unzipAll(r.bytes!);
  expect(Object.keys(parts).filter((n) => n.startsWith('ppt/media/'))).toHaveLength(1);
  expect(await validateOoxml(r.bytes!)).toEqual([]);
});

test('a logo that is not a picture is an error at the outline, and no deck', async () => {
  const r = await buildDeck(path.join(dir, 'bad-deck.yaml'), { cacheDir: false });
  expect(r.ok).toBe(false);
  expect(r.bytes).toBeUndefined();
  const d = r.diagnostics.find((x) => x.code === 'theme/logo-unreadable');
  expect(d?.severity).toBe('error');
  expect(d?.span?.line).toBe(1);
});
