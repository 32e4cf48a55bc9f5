/**
 * A decoded theme file applied over its base theme. The file's palette replaces the first
 * colours of the base palette and the base supplies the rest, so charts always have as many
 * colours as the base theme offers; the logo must be a file inside the theme's folder tree.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { FontFace, Theme } from '../model/theme.js';
import { resolveInside } from '../outline/paths.js';
import type { Positions } from '../outline/positions.js';
import { briefing, BUILTIN_THEMES, midnight } from './builtin.js';
import type { ThemeFile } from './theme-file.js';

const FACES: Record<string, FontFace> = { Arial: briefing.fonts.body, Calibri: midnight.fonts.body };

export async function applyThemeFile(file: ThemeFile, dir: string, positions: Positions, host: Host, diags: DiagnosticBag): Promise<Theme | undefined> {
  const base = BUILTIN_THEMES[file.extends ?? 'briefing']!;
  // The file's colours replace the first colours of the base palette; the rest follow in the
  // base order, so the base's adjacent pairs (checked for colour blindness) stay adjacent.
  const own = file.palette ?? [];
  const palette = [...own, ...base.palette.slice(own.length).filter((c) => !own.includes(c))];
  const theme: Theme = {
    ...base,
    name: file.name ?? `${base.name}-custom`,
    colors: { ...base.colors, ...definedOnly(file.colors ?? {}) },
    palette,
    fonts: {
      heading: file.fonts?.heading ? FACES[file.fonts.heading]! : base.fonts.heading,
      body: file.fonts?.body ? FACES[file.fonts.body]! : base.fonts.body,
    },
  };
  if (file.logo) {
    const logo = await resolveInside(file.logo, dir, host);
    if (!logo.ok) {
      diags.error(logo.code, `logo: ${logo.message}`, { span: positions.valueSpan(['logo']), hint: logo.hint });
      return undefined;
    }
    theme.logo = logo.file;
  }
  return theme;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
