/** Where the files shipped in `assets/` are, resolved from this module (works from src/ and dist/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
export const FONTS_DIR = path.join(ASSETS_DIR, 'fonts');

export function fontPath(file: string): string {
  return path.join(FONTS_DIR, file);
}
