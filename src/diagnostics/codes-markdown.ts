/**
 * The README's reference of diagnostic codes and exit codes, generated from the catalogue so the
 * two never drift apart: `codesMarkdown()` returns the Markdown (a table per code family, then the
 * exit codes). Pure; whoever writes the README calls it.
 */
import { ALL_DIAGNOSTIC_CODES, type CodeInfo } from './codes.js';

/** Exit codes of the CLI (src/cli/io.ts EXIT), with what each means. */
export const EXIT_CODES: readonly { code: number; meaning: string }[] = [
  { code: 0, meaning: 'Success: every deck was built or checked (warnings allowed).' },
  { code: 1, meaning: 'The input has errors: at least one outline (or its data, image or theme file) has an error diagnostic.' },
  { code: 2, meaning: 'Usage error: unknown command or option, a bad option value, a missing argument.' },
  { code: 3, meaning: 'I/O error: an outline cannot be read (missing, a folder, too large) or a deck cannot be written (read-only folder, full disk, locked file, refusing to overwrite).' },
  { code: 70, meaning: 'Internal error: a bug in briefdeck. The message says so and prints the stack; please report it with the outline.' },
];

const FAMILY_TITLES: Record<string, string> = {
  yaml: 'YAML', outline: 'Outline structure', sources: 'Sources and citations', slide: 'Slides', table: 'Tables',
  chart: 'Charts', path: 'File references', data: 'Chart data files', io: 'The outline file', image: 'Pictures',
  theme: 'Themes', layout: 'Layout', draft: '`briefdeck draft`',
};

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function codesMarkdown(codes: readonly CodeInfo[] = ALL_DIAGNOSTIC_CODES): string {
  const families = [...new Set(codes.map((c) => c.code.split('/')[0]!))];
  const out: string[] = ['## Diagnostic codes', '', 'Every diagnostic has a stable code; search for it here. Severity is the usual one: `--strict` makes warnings errors, and `layout/*` warnings become errors with `overflow: error`.', ''];
  for (const family of families) {
    out.push(`### ${FAMILY_TITLES[family] ?? family}`, '', '| code | severity | meaning | fix |', '| --- | --- | --- | --- |');
    for (const c of codes.filter((x) => x.code.startsWith(`${family}/`))) out.push(`| \`${c.code}\` | ${c.severity} | ${cell(c.meaning)} | ${cell(c.fix)} |`);
    out.push('');
  }
  out.push('## Exit codes', '', '| code | meaning |', '| --- | --- |', ...EXIT_CODES.map((e) => `| ${e.code} | ${cell(e.meaning)} |`), '');
  return out.join('\n');
}
