/**
 * One article section → slides, in the article's order: prose → bullet slides (at most five
 * bullets each; a long section continues on "Title (2)"), lists → bullet slides titled by their
 * lead-in line, forecast lists with horizons → a stages slide, quotations with a speaker → quote
 * slides. Citations "[n]" and links in a block make the slides built from it cite that source.
 */
import type { BulletInput, SlideInput } from '../outline/schema.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Block, ListItem } from './article-parse.js';
import type { ArticleSection } from './article-structure.js';
import { findQuotes } from './quotes.js';
import { sentenceSpans, shortenSentence, BULLET_MAX } from './sentences.js';
import { bareUrls, sourceForLink, type SourceTable } from './sources.js';
import { listToStages } from './stages.js';
import type { DraftStrings } from './strings.js';
import { chunkEvenly, paragraphBullets } from './summarize.js';
import { citationNumbers, normKey, stripCitations, trimAtWord, trimTrailingPunctuation, words, type InlineLink } from './text-utils.js';

export const BULLETS_PER_SLIDE = 5;
export const ITEMS_PER_SLIDE = 6;
export const SUB_BULLET_MAX = 100;

export interface SlideDraft {
  slide: SlideInput;
  /** A `# TODO:` comment to print above the slide. */
  todo?: string;
  /** Prose slide with the section's own title: later prose may join it. */
  prose?: boolean;
}

export interface SectionContext {
  strings: DraftStrings;
  sources: SourceTable;
  diags: DiagnosticBag;
  file: string;
  /** Normalised bullets already in the deck, so a repeated statement is not drafted twice. */
  seen: Set<string>;
  /** Cited numbers with no entry in the sources list (reported once each). */
  unknownCites: Set<number>;
}

/** Source ids cited by a text: its [n] markers and its links. */
export function citesOf(ctx: SectionContext, text: string, links: InlineLink[], line: number): string[] {
  const ids: string[] = [];
  for (const n of citationNumbers(text)) {
    const id = ctx.sources.byNumber.get(n);
    if (id) ids.push(id);
    else if (!ctx.unknownCites.has(n)) {
      ctx.unknownCites.add(n);
      ctx.diags.warning('draft/unknown-citation', `the article cites [${n}] but its sources list has no entry ${n}`, {
        span: { file: ctx.file, line, col: 1 },
        hint: 'add the entry to the sources list, or remove the marker',
      });
    }
  }
  for (const link of [...links, ...bareUrls(text)]) {
    const id = sourceForLink(ctx.sources, link);
    if (id) ids.push(id);
  }
  return [...new Set(ids)];
}

function cite(slide: SlideInput, ids: string[]): void {
  const all = [...new Set([...(slide.source ? [slide.source] : []), ...(slide.sources ?? []), ...ids])];
  delete slide.source;
  delete slide.sources;
  if (all.length === 1) slide.source = all[0];
  else if (all.length > 1) slide.sources = all;
}

/** "Label: explanation" items become a bullet with the explanation as its sub-bullet. */
export function itemBullet(item: ListItem): BulletInput | undefined {
  const text = stripCitations(item.text);
  const first = sentenceSpans(text)[0]?.text ?? text;
  const children = item.children.map((c) => shortenSentence(c, SUB_BULLET_MAX)).filter((c) => words(c).length > 0);
  const label = /^([^:]{2,60}):\s+(.+)$/.exec(first);
  if (label && words(label[1] ?? '').length <= 7) {
    const head = trimTrailingPunctuation(label[1] ?? '');
    // Short enough for one line: keep "Label: point"; otherwise the point goes one level down.
    const point = shortenSentence(label[2] ?? '', SUB_BULLET_MAX);
    const oneLine = `${head}: ${point}`;
    if (oneLine.length <= BULLET_MAX && children.length === 0) return oneLine;
    return { text: head, bullets: [point, ...children].filter((s) => s.length > 0) };
  }
  const main = shortenSentence(first);
  if (!main) return undefined;
  return children.length > 0 ? { text: main, bullets: children } : main;
}

function leadInTitle(text: string): string {
  return trimAtWord(trimTrailingPunctuation(stripCitations(text)), 60, false);
}

export function sectionSlides(section: ArticleSection, ctx: SectionContext, fallbackTitle: string): SlideDraft[] {
  const out: SlideDraft[] = [];
  const title = section.title || fallbackTitle;
  let headingTitle: string | undefined;
  let defaultCount = 0;
  const nextDefaultTitle = (): string => {
    defaultCount++;
    return defaultCount === 1 ? title : ctx.strings.continued(title, defaultCount);
  };

  const addProse = (bullets: string[], cites: string[]): void => {
    if (bullets.length === 0) return;
    // A short run of prose joins the section's last bullet slide when it has room (no slide with
    // a single bullet after a list or a quote); a heading in between starts a new slide.
    const open = headingTitle ? undefined : [...out].reverse().find((d) => d.prose);
    const room = BULLETS_PER_SLIDE - (open?.slide.bullets?.length ?? BULLETS_PER_SLIDE);
    const last = out[out.length - 1];
    if (open && bullets.length <= room && (open === last || bullets.length <= 2)) {
      open.slide.bullets = [...(open.slide.bullets ?? []), ...bullets];
      cite(open.slide, cites);
      return;
    }
    for (const chunk of chunkEvenly(bullets, BULLETS_PER_SLIDE)) {
      const slide: SlideInput = { title: headingTitle ?? nextDefaultTitle(), bullets: chunk };
      cite(slide, cites);
      out.push({ slide, prose: !headingTitle });
      if (headingTitle) headingTitle = ctx.strings.continued(headingTitle.replace(/ \(\d+\)$/, ''), 2);
    }
  };

  const blocks = section.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'heading') {
      headingTitle = b.text;
      continue;
    }
    if (b.kind === 'paragraph' || b.kind === 'quote') {
      const next = blocks[i + 1];
      if (b.kind === 'paragraph' && /:$/.test(b.text) && next?.kind === 'list' && words(b.text).length <= 14) {
        listSlides(next.items, leadInTitle(b.text), next, citesOf(ctx, b.text, b.links, b.line));
        i++;
        continue;
      }
      const cites = citesOf(ctx, b.text, b.links, b.line);
      const quotes = findQuotes(b.text);
      const spans = sentenceSpans(b.text).filter((s) => !quotes.some((q) => q.start < s.end && q.end > s.start));
      if (b.kind === 'quote' && quotes.length === 0) {
        const attributed = /^(.{20,}?)\s+[—–-]\s+(\p{Lu}[^,]{2,60})(?:,\s*(.+))?$/u.exec(b.text);
        if (attributed) {
          const q: SlideInput = { title: ctx.strings.quote, quote: { text: stripCitations(attributed[1] ?? '').replace(/^["„“”»«]|["„“”»«]$/g, ''), by: (attributed[2] ?? '').trim() } };
          if (attributed[3] && q.quote) q.quote.role = trimTrailingPunctuation(attributed[3]);
          cite(q, cites);
          out.push({ slide: q });
          continue;
        }
      }
      addProse(paragraphBullets(spans.map((s) => s.text), ctx.seen), cites);
      for (const q of quotes) {
        const slide: SlideInput = { title: ctx.strings.quote, quote: { text: stripCitations(q.text), by: q.by } };
        if (q.role && slide.quote) slide.quote.role = q.role;
        const quoteCites = citesOf(ctx, b.text.slice(q.start, Math.min(b.text.length, q.end + 8)), [], b.line);
        cite(slide, quoteCites.length > 0 ? quoteCites : cites);
        out.push({ slide });
      }
      continue;
    }
    if (b.kind === 'list') {
      listSlides(b.items, undefined, b, []);
    }
  }
  return out;

  function listSlides(items: ListItem[], leadIn: string | undefined, block: Block & { kind: 'list' }, leadCites: string[]): void {
    const cites = [...new Set([...leadCites, ...items.flatMap((it) => citesOf(ctx, it.text, it.links, block.line))])];
    const staged = listToStages(items);
    if (staged) {
      const slide: SlideInput = { title: ctx.strings.stages(staged.stages.length), stages: staged.stages };
      cite(slide, cites);
      out.push({ slide });
      if (staged.dropped > 0)
        ctx.diags.info('draft/stages-truncated', `a forecast list has ${items.length} stages; the outline keeps the first 5`, {
          span: { file: ctx.file, line: block.line, col: 1 },
          hint: 'merge stages or move the rest into bullets',
        });
      return;
    }
    const bullets = items.map(itemBullet).filter((x): x is BulletInput => x !== undefined);
    const fresh = bullets.filter((x) => {
      const k = normKey(typeof x === 'string' ? x : x.text);
      if (ctx.seen.has(k)) return false;
      ctx.seen.add(k);
      return true;
    });
    const chunks = chunkEvenly(fresh, ITEMS_PER_SLIDE);
    chunks.forEach((chunk, n) => {
      const base = leadIn ?? headingTitle ?? nextDefaultTitle();
      const slide: SlideInput = { title: n === 0 ? base : ctx.strings.continued(base, n + 1), bullets: chunk };
      cite(slide, cites);
      out.push({ slide });
    });
  }
}
