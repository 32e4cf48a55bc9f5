/**
 * The deck's theme: a built-in name (`briefing`, `midnight`), or a path to a theme YAML file
 * inside the outline's folder tree that extends a built-in theme. Problems in a theme file are
 * reported at the theme file's line:col.
 */
import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { Outline } from '../model/outline.js';
import type { Theme } from '../model/theme.js';
import { decodeWith } from '../outline/decode-with.js';
import { didYouMeanHint } from '../outline/did-you-mean.js';
import { parseYaml } from '../outline/parse-yaml.js';
import { resolveInside } from '../outline/paths.js';
import { BUILTIN_THEMES } from './builtin.js';
import { applyThemeFile } from './apply-theme-file.js';
import { ThemeFileSchema, type ThemeFile } from './theme-file.js';
import { recordThemeOrigin, type ColorKey, type ThemeOrigin } from './theme-origin.js';
import type { Positions } from '../outline/positions.js';

/** Theme files are small; anything larger is not a theme. */
const MAX_THEME_BYTES = 256 * 1024;

export async function resolveTheme(outline: Outline, host: Host, diags: DiagnosticBag): Promise<Theme | undefined> {
  const ref = outline.theme ?? 'briefing';
  const builtin = BUILTIN_THEMES[ref];
  if (builtin) return builtin;
  const at = { span: outline.span };
  if (!/\.ya?ml$/i.test(ref)) {
    diags.error('theme/unknown', `unknown theme "${ref}"`, {
      ...at,
      expected: `a built-in theme (${Object.keys(BUILTIN_THEMES).join(', ')}) or a path to a .yaml theme file`,
      hint: didYouMeanHint(ref, Object.keys(BUILTIN_THEMES)),
    });
    return undefined;
  }
  const file = await resolveInside(ref, outline.dir, host);
  if (!file.ok) {
    diags.error(file.code, `theme ${ref}: ${file.message}`, { ...at, hint: file.hint });
    return undefined;
  }
  if (file.size > MAX_THEME_BYTES) {
    diags.error('theme/too-large', `theme ${ref} is ${file.size} bytes; theme files are at most ${MAX_THEME_BYTES}`, at);
    return undefined;
  }
  const text = new TextDecoder().decode(await host.readFile(file.file));
  const shown = path.join(path.dirname(outline.file), ref);
  const parsed = parseYaml(text, shown);
  parsed.diagnostics.forEach((d) => diags.add(d));
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const decoded = decodeWith(ThemeFileSchema, parsed.data, parsed.positions);
  decoded.diagnostics.forEach((d) => diags.add({ ...d, code: d.code.replace(/^outline\//, 'theme/') }));
  if (!decoded.value) return undefined;
  const theme = await applyThemeFile(decoded.value, path.dirname(file.file), parsed.positions, host, diags);
  if (theme) recordThemeOrigin(theme, originOf(decoded.value, parsed.positions, shown));
  return theme;
}

/** Spans of the colours the file sets, for theme checks that point at the offending line. */
function originOf(file: ThemeFile, positions: Positions, shown: string): ThemeOrigin {
  const colors: ThemeOrigin['colors'] = {};
  for (const [key, value] of Object.entries(file.colors ?? {}))
    if (value !== undefined) colors[key as ColorKey] = positions.keySpan(['colors', key]);
  const origin: ThemeOrigin = {
    file: shown,
    colors,
    palette: (file.palette ?? []).map((_, i) => positions.valueSpan(['palette', i])),
    document: positions.valueSpan([]),
  };
  if (file.palette) origin.paletteKey = positions.keySpan(['palette']);
  return origin;
}
