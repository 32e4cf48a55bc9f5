/**
 * `draftOutline`: article text (Markdown or plain text, German or English) → outline YAML that
 * validates against the outline schema, with the schema comment on its first line and `# TODO:`
 * comments where a person should decide. Offline and deterministic: the same article and
 * options give the same bytes (no clock, no randomness, no network).
 *
 * The steps live in their own files: article-parse (blocks) → article-structure (title,
 * sections, intro, call to action, sources list) → section-slides (bullets, lists, stages,
 * quotes) and kpis (figures) → assemble (the deck) → yaml-emit (text with comments).
 */
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { assembleDraft, type DraftOptions } from './assemble.js';
import { DEFAULT_SCHEMA_PATH, emitYaml } from './yaml-emit.js';

export type { DraftOptions } from './assemble.js';
export { DEFAULT_SCHEMA_PATH } from './yaml-emit.js';

export function draftOutline(article: string, opts: DraftOptions = {}): { yaml: string; diagnostics: Diagnostic[] } {
  const diags = new DiagnosticBag();
  const deck = assembleDraft(article, opts, diags);
  if (!deck) return { yaml: '', diagnostics: diags.items };
  return { yaml: emitYaml(deck, opts.schemaPath ?? DEFAULT_SCHEMA_PATH, opts.fileName), diagnostics: diags.items };
}
