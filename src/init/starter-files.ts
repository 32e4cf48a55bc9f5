/**
 * The text files of the starter deck besides the outline: the chart's data file, a theme file to
 * customise (the format of src/theme/theme-file.ts) and a short README. Paths are relative to the
 * new deck folder, with forward slashes.
 */
import type { Theme } from '../model/theme.js';
import { briefing } from '../theme/builtin.js';

export const STARTER_CSV = `year,Cloud,Data centre
2025,1800000,5200000
2026,3100000,4100000
2027,4300000,2600000
2028,5000000,900000
`;

/**
 * The theme file, written from the built-in `briefing` theme's own values, so the starter looks
 * exactly like `briefing` (and passes its contrast and colour-blindness lint) until edited.
 */
export function starterTheme(base: Theme = briefing): string {
  const c = base.colors;
  const hex = (v: string) => `"#${v}"`;
  return `# A theme for this deck: start from a built-in theme and override what you like.
# The outline uses it with \`theme: ./theme.yaml\`. Colours are six hex digits.
extends: ${base.name}           # briefing (light) or midnight (dark)
name: my-theme
colors:
  title: ${hex(c.title)}          # slide titles
  accent: ${hex(c.accent)}         # highlights, KPI figures, stage cards
  # background: ${hex(c.background)}
  # text: ${hex(c.text)}
  # muted: ${hex(c.muted)}        # captions, sources, footers
  # accentText: ${hex(c.accentText)}   # text on the accent colour
  # surface: ${hex(c.surface)}      # cards and table stripes
  # line: ${hex(c.line)}
  # heroBackground: ${hex(c.heroBackground)}  # title, divider and closing slides
  # heroText: ${hex(c.heroText)}
palette:                    # chart series colours, in order (the base theme's follow)
${base.palette
  .slice(0, 3)
  .map((p) => `  - ${hex(p)}`)
  .join('\n')}
fonts:                      # Arial or Calibri: the faces briefdeck ships metrics for
  heading: ${base.fonts.heading.name}
  body: ${base.fonts.body.name}
# logo: images/logo.png     # a PNG or JPEG inside this folder, drawn on content slides
`;
}

export function starterReadme(dirName: string): string {
  return `A briefdeck starter deck
========================

deck.yaml          the outline: every slide kind once, with comments. Edit it.
theme.yaml         colours, chart palette and fonts (the outline uses it: theme: ./theme.yaml)
data/capex.csv     the data behind the "Spending by year" chart
images/picture.png a placeholder picture for the image slide; replace it

Build the deck (writes out/deck.pptx):
  cd ${dirName}
  briefdeck build deck.yaml

Rebuild on every save, and keep the deck open in your viewer:
  briefdeck build --watch deck.yaml

A PDF handout and one picture of all slides (needs LibreOffice and poppler):
  briefdeck preview deck.yaml

Editor support: the first line of deck.yaml points the YAML language server at briefdeck's JSON
Schema. In VS Code install "YAML" by Red Hat; you then get completion, checks and explanations
on hover for every key.
`;
}
