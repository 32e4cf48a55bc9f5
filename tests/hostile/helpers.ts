/**
 * Helpers for the hostile-input tests: a real temporary outline folder, an outline around one
 * slide, a build through the CLI with JSON diagnostics, and hand-made not-quite-images.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { JsonDiagnostic } from '../../src/diagnostics/format.js';
import { runCli } from '../cli/capture-io.js';

export interface Folder {
  dir: string;
  write(name: string, content: string | Uint8Array): string;
  dispose(): void;
}

export function tempFolder(prefix = 'bd-hostile-'): Folder {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write(name, content) {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An outline with one section holding `slideYaml` (indented as a list item under `slides:`). */
export function outlineWith(slideYaml: string, top = ''): string {
  const slide = slideYaml
    .trim()
    .split('\n')
    .map((l, i) => (i === 0 ? `      - ${l}` : `        ${l}`))
    .join('\n');
  return `title: Hostile\n${top}sections:\n  - title: S\n    slides:\n${slide}\n`;
}

export interface JsonBuild {
  code: number;
  stderr: string;
  diagnostics: JsonDiagnostic[];
  errors: JsonDiagnostic[];
}

/** Builds `file` (in `cwd`) with --format json and returns the exit code and diagnostics. */
export async function buildJson(file: string, cwd: string, extra: string[] = []): Promise<JsonBuild> {
  const r = await runCli(['build', file, '--no-cache', '--format', 'json', ...extra], cwd);
  const json = JSON.parse(r.stdout) as { decks: { diagnostics: JsonDiagnostic[] }[] };
  const diagnostics = json.decks[0]!.diagnostics;
  return { code: r.code, stderr: r.stderr, diagnostics, errors: diagnostics.filter((d) => d.severity === 'error') };
}

/** A PNG signature and IHDR chunk claiming `width`×`height` pixels, with no image data. */
export function pngHeader(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const type = Buffer.from('IHDR');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(13);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, ihdr])));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), len, type, ihdr, crc]));
}
