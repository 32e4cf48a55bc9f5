/**
 * Blocks → the article's structure: title (and subtitle), intro, sections, call to action and
 * sources list. Markdown: the first `#` heading is the title and the shallowest remaining level
 * heads sections (deeper headings head slides). Plain text: the first line is the title (a
 * breadcrumb "Start / X / Title" and repeats of the title are skipped) and stand-alone short
 * lines head sections.
 */
import { SOURCES_HEADING, type Block } from './article-parse.js';
import type { SourceEntry } from './sources.js';
import { normKey } from './text-utils.js';

export interface ArticleSection {
  title: string;
  line: number;
  blocks: Block[];
}

export interface ArticleStructure {
  title?: string;
  subtitle?: string;
  author?: string;
  titleLine: number;
  /** Text before the first section, or under an "Einleitung"/"Introduction" heading. */
  intro?: ArticleSection;
  sections: ArticleSection[];
  cta?: ArticleSection;
  sourceEntries: SourceEntry[];
}

const INTRO = /^(einleitung|einführung|intro|introduction|überblick|overview|vorwort|preface)$/i;
const CTA = /^(aufruf zum handeln|call to action|cta|handlungsaufruf|jetzt handeln|nächste schritte|next steps|what you can do|was sie tun können)\b/i;
const SOURCES = SOURCES_HEADING;
const BREADCRUMB = /\S\s+[/›»>|]\s+\S.*\s+[/›»>|]\s+\S/;
const BYLINE = /^(?:by|von|autor(?:in)?:|author:)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})$/iu;

function singleLine(b: Block): string | undefined {
  if (b.kind === 'heading') return b.text;
  if (b.kind === 'paragraph' && b.lines === 1) return b.text;
  return undefined;
}

/** Splits "Main title: a longer explanation" into title and subtitle when the title is long. */
export function splitTitle(full: string): { title: string; subtitle?: string } {
  const m = /^(.{8,70}?)(?::| – | — )\s*(.{12,})$/.exec(full);
  if (full.length > 60 && m) return { title: (m[1] ?? '').trim(), subtitle: (m[2] ?? '').trim() };
  return { title: full };
}

export function structureArticle(blocks: Block[], markdown: boolean): ArticleStructure {
  const rest = [...blocks];
  const out: ArticleStructure = { titleLine: 1, sections: [], sourceEntries: [] };

  // Breadcrumbs among the first blocks go; the title is the first heading (Markdown) or line.
  while (rest.length > 0) {
    const text = singleLine(rest[0] as Block);
    if (text !== undefined && BREADCRUMB.test(text) && text.length < 300) rest.shift();
    else break;
  }
  const first = rest[0];
  let fullTitle: string | undefined;
  if (first && (markdown ? first.kind === 'heading' && first.level === 1 : singleLine(first) !== undefined)) {
    fullTitle = singleLine(first);
    out.titleLine = first.line;
    rest.shift();
  }
  if (fullTitle) {
    const { title, subtitle } = splitTitle(fullTitle);
    out.title = title;
    if (subtitle) out.subtitle = subtitle;
    const key = normKey(fullTitle);
    // A title repeated right below (page title, then article title) is the same line again.
    while (rest.length > 0 && normKey(singleLine(rest[0] as Block) ?? '') === key) rest.shift();
  }
  const byline = rest.slice(0, 2).findIndex((b) => b.kind === 'paragraph' && BYLINE.test(b.text));
  if (byline >= 0) {
    const b = rest[byline] as Block & { kind: 'paragraph' };
    out.author = BYLINE.exec(b.text)?.[1];
    rest.splice(byline, 1);
  }

  const headingLevels = rest.filter((b) => b.kind === 'heading' && b.level > 0).map((b) => (b as { level: number }).level);
  const sectionLevel = headingLevels.length > 0 ? Math.min(...headingLevels) : 2;

  let current: ArticleSection | undefined;
  let mode: 'section' | 'intro' | 'cta' | 'sources' = 'intro';
  const introBlocks: Block[] = [];
  let introTitle: string | undefined;
  let introLine = out.titleLine;
  for (const b of rest) {
    if (b.kind === 'heading' && (b.level <= sectionLevel || SOURCES.test(b.text))) {
      const text = b.text.replace(/:$/, '');
      if (SOURCES.test(text)) {
        mode = 'sources';
      } else if (CTA.test(text) || /\(CTA\)$/i.test(text)) {
        mode = 'cta';
        out.cta = { title: text.replace(/\s*\(CTA\)$/i, '').trim() || text, line: b.line, blocks: [] };
      } else if (INTRO.test(text) && out.sections.length === 0) {
        mode = 'intro';
        introTitle = text;
        introLine = b.line;
      } else {
        mode = 'section';
        current = { title: text, line: b.line, blocks: [] };
        out.sections.push(current);
      }
      continue;
    }
    if (mode === 'sources') {
      collectSources(b, out.sourceEntries);
      continue;
    }
    // A list of "[n] …" entries is a sources list even without a heading.
    if (b.kind === 'list' && b.refs) {
      collectSources(b, out.sourceEntries);
      continue;
    }
    if (mode === 'intro') introBlocks.push(b);
    else if (mode === 'cta') out.cta?.blocks.push(b);
    else current?.blocks.push(b);
  }
  if (introBlocks.length > 0) out.intro = { title: introTitle ?? '', line: introLine, blocks: introBlocks };
  return out;
}

function collectSources(b: Block, into: SourceEntry[]): void {
  if (b.kind === 'list') {
    for (const item of b.items) {
      into.push({ number: item.number ?? into.length + 1, text: item.text, links: item.links, line: b.line });
    }
  } else if (b.kind === 'paragraph') {
    into.push({ number: into.length + 1, text: b.text, links: b.links, line: b.line });
  }
}
