/**
 * `briefdeck init` without the CLI: writes the starter deck folder (outline, data file, theme,
 * README, placeholder picture) through the Host. All or nothing on conflicts: when any of the
 * files exists and `force` is not set, nothing is written and the existing files are returned.
 */
import path from 'node:path';
import { PACKAGE_SCHEMA_FILE, schemaReference } from '../assets.js';
import type { Host } from '../host.js';
import { placeholderPicture } from './placeholder-image.js';
import { STARTER_CSV, starterReadme, starterTheme } from './starter-files.js';
import { starterOutline } from './starter-outline.js';

/** The outline inside the starter folder. */
export const STARTER_OUTLINE_NAME = 'deck.yaml';

export interface InitOptions {
  /** Overwrite files that exist. */
  force?: boolean;
  /** The schema the modeline points at (default: this package's). */
  schemaFile?: string;
}

export type InitResult =
  | { ok: true; /** Absolute paths, in writing order. */ written: string[]; outline: string }
  | { ok: false; /** Absolute paths that exist and would be overwritten. */ existing: string[] };

/**
 * The modeline target: the schema relative to `dir` with forward slashes (what the YAML language
 * server resolves against the outline's folder), or a file: URL when no relative path exists
 * (another drive on Windows).
 */
export async function initDeck(dir: string, host: Host, opts: InitOptions = {}): Promise<InitResult> {
  const root = path.resolve(dir);
  const files: Array<[string, () => Promise<Uint8Array> | Uint8Array]> = [
    [STARTER_OUTLINE_NAME, () => utf8(starterOutline(schemaReference(root, opts.schemaFile ?? PACKAGE_SCHEMA_FILE)))],
    ['theme.yaml', () => utf8(starterTheme())],
    ['data/capex.csv', () => utf8(STARTER_CSV)],
    ['images/picture.png', placeholderPicture],
    ['README.txt', () => utf8(starterReadme(path.basename(root)))],
  ];
  const targets = files.map(([rel]) => path.join(root, ...rel.split('/')));
  if (!opts.force) {
    const existing: string[] = [];
    for (const t of targets) if (await host.stat(t)) existing.push(t);
    if (existing.length) return { ok: false, existing };
  }
  for (const [i, [, make]] of files.entries()) {
    const target = targets[i]!;
    await host.mkdirp(path.dirname(target));
    await host.writeFileAtomic(target, await make());
  }
  return { ok: true, written: targets, outline: targets[0]! };
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
