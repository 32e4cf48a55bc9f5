/** Where the files shipped in `assets/` are, resolved from this module (works from src/ and dist/). */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
export const FONTS_DIR = path.join(ASSETS_DIR, 'fonts');

export function fontPath(file: string): string {
  return path.join(FONTS_DIR, file);
}

/** The outline JSON Schema shipped with the package (what editors validate outlines against). */
export const PACKAGE_SCHEMA_FILE = path.join(path.dirname(ASSETS_DIR), 'schema', 'outline.schema.json');

/**
 * How an outline written into `dir` refers to the schema in its `yaml-language-server` modeline:
 * a relative path with forward slashes, or a file: URL when no relative path exists (another drive).
 */
export function schemaReference(dir: string, schemaFile: string = PACKAGE_SCHEMA_FILE): string {
  const rel = path.relative(path.resolve(dir), path.resolve(schemaFile));
  if (path.isAbsolute(rel)) return pathToFileURL(schemaFile).href;
  return rel.split(path.sep).join('/');
}
