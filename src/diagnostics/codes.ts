/**
 * The catalogue of diagnostic codes: every stable code a stage emits, what it means and how to
 * fix it. Data only; the README's table of codes is generated from it, and a test checks that
 * every code the sources emit is listed here. Add a code here when you add one anywhere.
 */
import type { Severity } from './diagnostic.js';

export interface CodeInfo {
  code: string;
  /** The severity it is normally reported with. */
  severity: Severity;
  /** One line: what went wrong. */
  meaning: string;
  /** One line: what to do about it. */
  fix: string;
}

const e = (code: string, meaning: string, fix: string): CodeInfo => ({ code, severity: 'error', meaning, fix });
const w = (code: string, meaning: string, fix: string): CodeInfo => ({ code, severity: 'warning', meaning, fix });
const i = (code: string, meaning: string, fix: string): CodeInfo => ({ code, severity: 'info', meaning, fix });

export const DIAGNOSTIC_CODES: readonly CodeInfo[] = [
  // YAML
  e('yaml/syntax', 'The file is not valid YAML.', 'Fix the indentation, quotes or brackets at the position shown.'),
  e('yaml/duplicate-key', 'A key appears twice in the same map.', 'Keep one of the two; YAML keys must be unique.'),
  e('yaml/alias-limit', 'Aliases expand to too many copies (a possible "billion laughs" attack).', 'Write repeated values out, or nest fewer aliases.'),
  e('yaml/unresolved-alias', 'An alias (*name) refers to no anchor (&name) before it.', 'Define the anchor above the alias, or fix its name.'),
  w('yaml/warning', 'The YAML parser noticed something odd (e.g. an unknown tag).', 'Read the message; usually remove the tag or directive.'),
  e('yaml/recursive-alias', 'An alias (*name) sits inside the value anchored as &name, so the value would contain itself.', 'Write the value out; an alias can only repeat a value defined before it.'),
  e('yaml/too-deep', 'Lists and maps nest more than 64 levels deep (a possible nesting bomb).', 'Flatten the structure; an outline needs about ten levels.'),
  // Outline structure (schema)
  e('outline/empty', 'The outline file is empty.', 'Write at least title: and sections:, or start from `briefdeck init`.'),
  w('outline/unknown-key', 'A key the outline format does not know; it is ignored.', 'Fix the spelling (see the did-you-mean hint) or remove the key.'),
  e('outline/missing-key', 'A required key is missing.', 'Add the key named in the message to the map shown.'),
  e('outline/expected-string', 'A text was expected here.', 'Write text; quote it if it looks like a number or true/false.'),
  e('outline/expected-number', 'A number was expected here.', 'Write a plain number such as 1.4e12; put units in `unit`.'),
  e('outline/expected-integer', 'A whole number was expected here.', 'Write a whole number such as 2.'),
  e('outline/expected-boolean', 'true or false was expected here.', 'Write true or false.'),
  e('outline/expected-list', 'A list was expected here.', 'Write one `- item` per line, or [a, b] on one line.'),
  e('outline/expected-map', 'A map (key: value lines) was expected here.', 'Write the keys shown in the message, indented below.'),
  e('outline/wrong-type', 'A value of another type was expected here.', 'Write a value of the type named in the message.'),
  e('outline/not-finite', 'A number is .nan or .inf.', 'Write the actual figure.'),
  e('outline/unknown-value', 'The value is not one of the allowed choices.', 'Use one of the values listed (see the did-you-mean hint).'),
  e('outline/too-many', 'A list has more items than allowed (e.g. more than four KPIs).', 'Remove items, or move some to another slide.'),
  e('outline/too-few', 'A list has fewer items than required.', 'Add items, or use another slide kind.'),
  e('outline/out-of-range', 'A number is outside its allowed range.', 'Use a value within the range shown.'),
  e('outline/empty-text', 'A text that must not be empty is empty.', 'Write the text, or remove the entry.'),
  e('outline/no-matching-form', 'A value fits none of the forms allowed here (e.g. a bullet that is neither text nor {text, bullets}).', 'Rewrite it in one of the forms listed.'),
  e('outline/bad-format', 'A text is not in the required format (a URL, a hex colour, …).', 'Write it in the format shown, e.g. https://… or "#1F4E79".'),
  e('outline/invalid', 'A value breaks a rule of the outline format.', 'Read the message and change the value.'),
  e('outline/bad-date', '`date` is not a real calendar date in the form YYYY-MM-DD.', 'Write e.g. 2026-11-28.'),
  e('outline/bad-locale', '`locale` is not a valid BCP 47 language tag.', 'Write e.g. en-US, de-DE or fr.'),
  // Cross-references and slide rules
  e('sources/unknown-id', 'A slide cites a source id that is not declared under `sources:`.', 'Declare the source, or fix the id (see the did-you-mean hint).'),
  e('slide/no-content', 'A slide has no content key (bullets, chart, kpis, …).', 'Add the content; check warnings for a misspelled key.'),
  e('slide/ambiguous-kind', 'A slide has more than one content key and no `kind`.', 'Move one to its own slide, or set `kind:` to the one that leads.'),
  e('slide/kind-mismatch', '`kind` names a content key the slide does not have.', 'Change `kind`, or add the key it names.'),
  e('table/row-length', 'A table row has a different number of cells than the header.', 'Give every row one cell per header column.'),
  e('chart/no-data', 'A chart has no data: neither labels and series, nor data:, nor (stages) ranges.', 'Add labels and series, or data: ./file.csv.'),
  e('chart/data-and-inline', 'A chart has both a data file and inline labels/series.', 'Keep one source of data.'),
  w('chart/columns-without-data', '`labelColumn`/`valueColumns` are set but there is no `data:` file; they are ignored.', 'Add data: ./file.csv, or remove them.'),
  e('chart/bad-range', 'A stage ends before it starts.', 'Swap `from` and `to`.'),
  e('chart/series-length', 'A series has a different number of values than there are labels.', 'Give one value per label, in the order of labels.'),
  e('chart/combo-series', 'A combo chart has fewer than two series.', 'Add a series, or use a bar or line chart.'),
  e('chart/pie-series', 'A pie or doughnut chart has more or fewer than one series.', 'Keep one series, or use a bar chart.'),
  e('chart/pie-negative', 'A pie or doughnut chart has a negative value.', 'Use a bar or waterfall chart for negative values.'),
  // Files the outline refers to
  e('path/url-not-allowed', 'A file reference is a URL; only local files are read.', 'Download the file into the outline folder and refer to it as ./name.'),
  e('path/outside-outline', 'A file reference is absolute, escapes with .., or is a symlink leading outside the outline folder.', 'Put the file in the outline folder (or below) and refer to it as ./name.'),
  e('path/not-found', 'A referenced file does not exist (or is a folder).', 'Fix the path; it is relative to the outline file.'),
  // Chart data files
  e('data/unsupported-format', 'A data file is neither .csv nor .json.', 'Save the data as CSV or JSON.'),
  e('data/too-large', 'A data file is larger than 5 MiB.', 'Aggregate the data before charting it.'),
  e('data/parse', 'A data file cannot be read as CSV or JSON of the expected shape.', 'Fix the file at the position shown.'),
  e('data/empty', 'A data file has no header or no data rows.', 'Write a header row and one row per label.'),
  e('data/missing-column', 'A column named in labelColumn/valueColumns is not in the data file (or there are no value columns).', 'Fix the name (see the did-you-mean hint) to match the header.'),
  e('data/ragged-row', 'A data row has more or fewer fields than the header.', 'Give every row one field per column; quote fields with commas.'),
  e('data/not-a-number', 'A value cell in a data file is not a number.', 'Write plain numbers: no thousands separators, currency signs or units.'),
  // The outline file itself
  e('io/not-found', 'The outline file does not exist or is not a file (exit code 3).', 'Check the path; outlines are .yaml files.'),
  e('io/too-large', 'The outline file is larger than the limit (2 MiB by default; exit code 3).', 'Split the deck, or raise the limit (maxOutlineBytes in the API).'),
  // Pictures
  e('image/unreadable', 'An image is not a PNG or JPEG, is damaged, or has more than 100 megapixels.', 'Export the picture as PNG or JPEG of a sensible size.'),
  w('image/missing-alt', 'A picture has no alt text and is not marked decorative.', 'Add `alt:` describing the picture, or `decorative: true`.'),
  // Themes (a theme file's own schema problems are reported as theme/<outline code>, see below)
  e('theme/unknown', '`theme` is neither a built-in theme nor a path to a .yaml theme file.', 'Use briefing or midnight (see the did-you-mean hint), or ./theme.yaml.'),
  e('theme/too-large', 'The theme file is larger than 256 KiB.', 'A theme is a few lines of colours and fonts; check that the right file is named.'),
  e('theme/logo-unreadable', "The theme's logo is not a PNG or JPEG, is damaged, or has more than 100 megapixels.", 'Export the logo as PNG or JPEG; it is drawn about 0.3 in high in the footer.'),
  w('theme/low-contrast', 'Two theme colours used together (text on background, …) contrast too little to read (WCAG).', 'Darken or lighten one of the colours named in the message.'),
  w('theme/palette-cvd', 'Two palette colours look alike to people with a colour-vision deficiency.', 'Change one of the two palette colours named in the message.'),
  // Citations
  w('sources/uncited-figure', 'A slide shows figures but cites no source.', 'Add `source:` to the slide, or silence it with lint: { uncitedFigure: false }.'),
  w('sources/unused', 'A source is declared under `sources:` but no slide cites it.', 'Cite it on a slide, or remove it.'),
  // Layout (text fitting and splitting)
  e('layout/overflow', 'Text does not fit its box (an error with overflow: error, else a warning).', 'Shorten the text, or set overflow: split to continue on another slide.'),
  w('layout/split', 'A slide had too much text or too many table rows and was continued on more slides.', 'Shorten it, or move points to another slide, to keep it on one.'),
  w('layout/below-floor', "Text was shrunk below the theme's smallest font size to fit.", 'Shorten the text, or use overflow: split.'),
  w('layout/paragraph-too-long', 'One paragraph is longer than a whole slide holds, so it cannot be split.', 'Break the paragraph into several bullets.'),
  w('layout/title-too-long', 'A slide title does not fit in two lines.', 'Shorten the title; move detail into a bullet or the subtitle.'),
  w('layout/subtitle-too-long', 'A subtitle needs more than one line.', 'Shorten the subtitle; move detail into the body.'),
  w('layout/takeaway-too-long', 'A takeaway does not fit in two lines.', 'A takeaway is one short sentence.'),
  w('layout/kpi-too-long', 'A KPI value does not fit its card.', 'Use compact numbers, or fewer KPIs on the slide.'),
  w('layout/kpi-label-too-long', 'A KPI label does not fit its card.', 'Shorten the label; put detail into `note`.'),
  i('layout/shrunk', 'Text was set smaller than the preferred size to fit (shown with --verbose).', 'Nothing to do; shorten the text to keep the preferred size.'),
  i('layout/two-columns', 'Many short bullets were set in two columns (shown with --verbose).', 'Nothing to do; use fewer bullets to keep one column.'),
  // Charts as native PowerPoint charts
  i('chart/native-fallback', 'A chart type without a native PowerPoint form (e.g. stages, waterfall) was drawn as an image.', 'Set render: image on the chart to silence it.'),
  w('chart/native-no-target', 'A native PowerPoint chart cannot draw the target line; it is left out.', 'Use render: image for this chart, or remove `target`.'),
  w('chart/native-no-highlight', 'A native PowerPoint chart cannot draw the highlight; it is left out.', 'Use render: image for this chart, or remove `highlight`.'),
  // briefdeck draft (article → outline)
  e('draft/empty-article', 'The article has no text to draft slides from.', 'Check that the right file was given, and that it is Markdown or plain text.'),
  w('draft/no-title', 'The article has no title line; the draft invents one.', 'Start the article with a "# Title" heading (or a title on the first line).'),
  i('draft/no-headings', 'The article has no section headings; the draft has one section.', 'Use "## Section" headings, or section titles on lines of their own.'),
  i('draft/empty-section', 'A section of the article has no text the draft could use; it is left out.', 'Nothing to do, or write text under that heading.'),
  i('draft/duplicate-source', 'Two entries of the sources list are the same work.', 'Remove the repeated entry.'),
  w('draft/unknown-citation', 'The article cites [n] but its sources list has no entry n.', 'Add the entry to the sources list, or remove the marker.'),
  i('draft/stages-truncated', 'A forecast list had more than five stages; the draft keeps the first five.', 'Merge stages, or move the rest into bullets.'),
];

/**
 * The outline codes a theme file can produce: a theme file is decoded like an outline, and its
 * schema codes are renamed outline/x → theme/x (theme/resolve-theme.ts).
 */
const THEME_SCHEMA_CODES = [
  'unknown-key', 'missing-key', 'expected-string', 'expected-number', 'expected-integer', 'expected-boolean', 'expected-list',
  'expected-map', 'wrong-type', 'not-finite', 'unknown-value', 'too-many', 'too-few', 'out-of-range', 'empty-text',
  'no-matching-form', 'bad-format', 'invalid', 'empty',
];

/** Every documented code: the list above plus the theme/ forms of the schema codes. */
export const ALL_DIAGNOSTIC_CODES: readonly CodeInfo[] = [
  ...DIAGNOSTIC_CODES,
  ...THEME_SCHEMA_CODES.map((c): CodeInfo => {
    const base = DIAGNOSTIC_CODES.find((d) => d.code === `outline/${c}`)!;
    return { ...base, code: `theme/${c}`, meaning: `In a theme file: ${base.meaning.charAt(0).toLowerCase()}${base.meaning.slice(1)}` };
  }),
];

const BY_CODE = new Map(ALL_DIAGNOSTIC_CODES.map((c) => [c.code, c]));

/** The catalogue entry for `code`, or undefined for a code nobody documented (a bug). */
export function codeInfo(code: string): CodeInfo | undefined {
  return BY_CODE.get(code);
}
