/**
 * Article text → the drafted outline as data plus the comments a person should read
 * (`# TODO:`), ready for yaml-emit.ts. Order of the deck: the intro's slides open the first
 * section, followed by the KPI slide for the headline figures; each section's slides follow the
 * article; a section that compares amounts gets a commented chart suggestion; the call to
 * action becomes `closing`; the sources list becomes `sources`.
 */
import type { ChartInput, ClosingInput, SlideInput, SourceInput } from '../outline/schema.js';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { parseArticle } from './article-parse.js';
import { structureArticle, type ArticleSection } from './article-structure.js';
import { compareChart, firstLabels, headlineKpis, mentionsIn, type FigureMention } from './kpis.js';
import { detectLocale } from './locale-detect.js';
import { isQuestion, sentenceSpans, shortenSentence } from './sentences.js';
import { citesOf, sectionSlides, type SectionContext, type SlideDraft } from './section-slides.js';
import { buildSourceTable } from './sources.js';
import { listToStages } from './stages.js';
import { stringsFor } from './strings.js';
import { normKey, stripCitations, type InlineLink } from './text-utils.js';

export interface DraftOptions {
  fileName?: string;
  /** BCP 47 locale; detected from the text when absent. */
  locale?: string;
  /** YYYY-MM-DD; the outline has no date when absent (drafts never read the clock). */
  date?: string;
  /** Relative path from the outline to the JSON Schema, for the yaml-language-server comment. */
  schemaPath?: string;
}

export interface DraftSection {
  title: string;
  slides: SlideDraft[];
  /** A chart slide to suggest (commented out) at the end of the section. */
  suggestion?: SlideInput;
}

export interface DraftDeck {
  title: string;
  subtitle?: string;
  author?: string;
  date?: string;
  locale: string;
  sources: Record<string, SourceInput>;
  sections: DraftSection[];
  closing?: { closing: ClosingInput; todo: string };
}

const CLOSING_BULLETS = 3;

function sectionMentions(section: ArticleSection, locale: string, index: number, ctx: SectionContext): FigureMention[] {
  const out: FigureMention[] = [];
  const visit = (text: string, line: number, links: InlineLink[]): void => {
    for (const s of sentenceSpans(text)) out.push(...mentionsIn(s.text, locale, index, citesOf(ctx, s.text, links, line)));
  };
  for (const b of section.blocks) {
    if (b.kind === 'paragraph' || b.kind === 'quote') visit(b.text, b.line, b.links);
    // Forecast lists feed the stages slide; their figures are not headline figures.
    else if (b.kind === 'list' && !listToStages(b.items)) for (const it of b.items) visit(it.text, b.line, it.links);
  }
  return out;
}

function fileStem(fileName: string | undefined): string | undefined {
  if (!fileName || fileName === '-') return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]+$/, '').replace(/\.(de|en)$/i, '').replace(/[-_]+/g, ' ').trim();
  return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : undefined;
}

export function assembleDraft(article: string, opts: DraftOptions, diags: DiagnosticBag): DraftDeck | undefined {
  const file = opts.fileName ?? '<article>';
  const locale = opts.locale ?? detectLocale(article).locale;
  const strings = stringsFor(locale);
  const parsed = parseArticle(article);
  for (const s of parsed.skipped)
    diags.info(`draft/skipped-${s.what}`, `a ${s.what === 'code' ? 'code block' : 'table'} is not drafted into slides`, {
      span: { file, line: s.line, col: 1 },
      hint: s.what === 'table' ? 'add it as a table: slide by hand' : 'add it by hand if the deck needs it',
    });
  const structure = structureArticle(parsed.blocks, parsed.markdown);
  const sources = buildSourceTable(structure.sourceEntries);
  for (const m of sources.merged)
    diags.info('draft/duplicate-source', `source [${m.number}] repeats an earlier entry; both cite "${m.id}"`, { span: { file, line: m.line, col: 1 } });

  const ctx: SectionContext = { strings, sources, diags, file, seen: new Set([normKey(structure.title ?? '')]), unknownCites: new Set() };

  const articleSections = structure.sections;
  const intro = structure.intro;
  if (articleSections.length === 0 && !intro) {
    diags.error('draft/empty-article', 'the article has no text to draft slides from', { span: { file, line: 1, col: 1 } });
    return undefined;
  }
  let title = structure.title;
  if (!title) {
    title = fileStem(opts.fileName) ?? strings.untitled;
    diags.warning('draft/no-title', `the article has no title line; the draft uses "${title}"`, {
      span: { file, line: 1, col: 1 },
      hint: parsed.markdown ? 'start the article with a "# Title" heading' : 'put the title on the first line',
    });
  }

  if (articleSections.length === 0)
    diags.info('draft/no-headings', 'no section headings found; the draft has a single section', {
      span: { file, line: 1, col: 1 },
      hint: parsed.markdown ? 'use "## Section" headings' : 'put each section title on a line of its own',
    });

  // Figures first (headline KPIs come from the first sections), then the slides.
  const ordered: ArticleSection[] = [...(intro ? [intro] : []), ...articleSections];
  const mentions = ordered.map((s, i) => sectionMentions(s, locale, i, ctx));
  const introSlides = intro ? sectionSlides({ ...intro, title: intro.title || strings.overview }, ctx, strings.overview) : [];

  const sections: DraftSection[] = articleSections.map((s) => ({ title: s.title, slides: sectionSlides(s, ctx, s.title) }));
  if (sections.length === 0) sections.push({ title: intro?.title || strings.overview, slides: [] });
  const first = sections[0] as DraftSection;
  const { kpis, cites } = headlineKpis(mentions.flat(), strings.amount);
  const opening: SlideDraft[] = [...introSlides];
  if (kpis.length >= 2) {
    const slide: SlideInput = { title: strings.keyFigures, kpis };
    if (cites.length === 1) slide.source = cites[0];
    else if (cites.length > 1) slide.sources = cites;
    opening.push({ slide, todo: 'check the headline figures and their labels; add a takeaway: line' });
  }
  first.slides.unshift(...opening);

  // Chart suggestions: sections comparing two or more amounts (the intro counts with the first).
  const suggested = new Set<string>();
  const labelOf = firstLabels(mentions.flat());
  const perSection = intro ? [[...(mentions[0] ?? []), ...(mentions[1] ?? [])], ...mentions.slice(2)] : mentions;
  sections.forEach((s, i) => {
    const chart: ChartInput | undefined = compareChart(perSection[i] ?? [], strings.amount, labelOf);
    if (!chart) return;
    const key = JSON.stringify(chart.series);
    if (suggested.has(key)) return;
    suggested.add(key);
    s.suggestion = { title: strings.compare, chart };
  });

  const kept = sections.filter((s) => {
    if (s.slides.length > 0) return true;
    diags.info('draft/empty-section', `section "${s.title}" has no text the draft could use; it is left out`, { span: { file, line: 1, col: 1 } });
    return false;
  });
  if (kept.length === 0) {
    diags.error('draft/empty-article', 'the article has no text to draft slides from', { span: { file, line: 1, col: 1 } });
    return undefined;
  }

  // The article is the source of everything drafted from it: declare it and cite it on every
  // slide (beside the article's own references), so the figures the draft carries over are
  // sourced and the deck passes the uncited-figure lint as drafted.
  const articleId = freeId('article', sources.sources);
  const allSources: Record<string, SourceInput> = {
    [articleId]: { title, publisher: strings.articleSource, ...(structure.author ? { author: structure.author } : {}) },
    ...sources.sources,
  };
  for (const s of kept) {
    for (const d of s.slides) citeFirst(d.slide, articleId);
    if (s.suggestion) citeFirst(s.suggestion, articleId);
  }
  const deck: DraftDeck = { title, locale, sources: allSources, sections: kept };
  if (structure.subtitle) deck.subtitle = structure.subtitle;
  if (structure.author) deck.author = structure.author;
  if (opts.date) deck.date = opts.date;
  if (structure.cta) {
    const bullets: string[] = [];
    for (const b of structure.cta.blocks) {
      const texts = b.kind === 'list' ? b.items.map((it) => it.text) : b.kind === 'heading' ? [] : sentenceSpans(b.text).map((s) => s.text);
      for (const t of texts) {
        if (isQuestion(t) || bullets.length >= CLOSING_BULLETS) continue;
        const bullet = shortenSentence(stripCitations(t));
        if (bullet) bullets.push(bullet);
      }
    }
    const closing: ClosingInput = { title: structure.cta.title || strings.closing };
    if (bullets.length > 0) closing.bullets = bullets;
    deck.closing = { closing, todo: 'adapt the call to action to the audience of this briefing' };
  }
  return deck;
}

/** `base`, or `base-2`, `base-3`, … when the article's own sources already use it. */
function freeId(base: string, taken: Record<string, unknown>): string {
  let id = base;
  for (let n = 2; id in taken; n++) id = `${base}-${n}`;
  return id;
}

/** Puts `id` first among the slide's citations (as `source` when it is the only one). */
function citeFirst(slide: SlideInput, id: string): void {
  const ids = [id, ...(slide.source ? [slide.source] : []), ...(slide.sources ?? [])].filter((v, i, a) => a.indexOf(v) === i);
  delete slide.source;
  delete slide.sources;
  if (ids.length === 1) slide.source = id;
  else slide.sources = ids;
}
