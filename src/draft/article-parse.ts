/**
 * Article text (Markdown or plain text) → a flat list of blocks: headings, paragraphs, lists,
 * block quotes. Plain text has no heading markup, so a short stand-alone line that does not end
 * like a sentence is taken as a heading (as in blog posts copied from a browser). Lines are
 * 1-based, for diagnostics.
 */
import { stripInline, squash, type InlineLink } from './text-utils.js';

export interface ListItem {
  text: string;
  /** Second-level items indented under this one. */
  children: string[];
  links: InlineLink[];
  /** The number of "3." or "[3]", when the marker has one. */
  number?: number;
}

export type Block =
  | { kind: 'heading'; level: number; text: string; line: number; plain: boolean }
  | { kind: 'paragraph'; text: string; line: number; links: InlineLink[]; lines: number }
  | { kind: 'list'; ordered: boolean; items: ListItem[]; line: number; refs: boolean }
  | { kind: 'quote'; text: string; line: number; links: InlineLink[] };

export interface ParsedArticle {
  blocks: Block[];
  /** Whether the text used Markdown headings (`#`); if not, plain-text headings were inferred. */
  markdown: boolean;
  /** Lines skipped because the draft cannot use them (tables, code), for an info diagnostic. */
  skipped: { line: number; what: 'table' | 'code' }[];
}

const LIST_ITEM = /^(\s*)([-*+•·▪‣◦]|\d{1,2}[.)]|\[\d{1,3}\]:?)\s+(.*)$/u;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BLOCKQUOTE = /^\s{0,3}>\s?(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const ATTRIBUTION_LINE = /^\s*[—–-]{1,2}\s+(?=\p{Lu})/u;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** A line that announces a sources list, even when the list follows without a blank line. */
export const SOURCES_HEADING =
  /^(quellen|quellenangaben|sources|references|referenzen|literatur|bibliography|weiterführende links|further reading)\s*:?$/i;

/** Parses the article into blocks. Never throws. */
export function parseArticle(input: string): ParsedArticle {
  const lines = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const skipped: ParsedArticle['skipped'] = [];
  const markdown = lines.some((l) => MD_HEADING.test(l));

  let para: { lines: string[]; line: number } | undefined;
  let list: (Block & { kind: 'list' }) | undefined;
  let listIndent = 0;
  let quote: { lines: string[]; line: number } | undefined;
  let i = 0;

  const flushPara = (): void => {
    if (!para) return;
    const { text, links } = stripInline(para.lines.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text, line: para.line, links, lines: para.lines.length });
    para = undefined;
  };
  const flushList = (): void => {
    if (list && list.items.length > 0) blocks.push(list);
    list = undefined;
  };
  const flushQuote = (): void => {
    if (!quote) return;
    // A last line "— Name, role" is the attribution; keep it apart with a dash for quotes.ts.
    const body = quote.lines.filter((l) => !ATTRIBUTION_LINE.test(l));
    const by = quote.lines.find((l) => ATTRIBUTION_LINE.test(l));
    const { text, links } = stripInline(body.join(' '));
    const full = by ? `${text} — ${stripInline(by.replace(ATTRIBUTION_LINE, '')).text}` : text;
    if (full) blocks.push({ kind: 'quote', text: full, line: quote.line, links });
    quote = undefined;
  };
  const flushAll = (): void => {
    flushPara();
    flushList();
    flushQuote();
  };

  // Markdown front matter (--- … ---) at the very top is metadata, not article text.
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) i = end + 1;
  }

  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    if (FENCE.test(raw)) {
      flushAll();
      skipped.push({ line: lineNo, what: 'code' });
      const open = FENCE.exec(raw)?.[1] ?? '```';
      i++;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(open)) i++;
      continue;
    }
    if (raw.trim() === '') {
      flushPara();
      flushQuote();
      // A list survives one blank line between items ("loose" lists).
      if (list && !LIST_ITEM.test(nextNonBlank(lines, i) ?? '')) flushList();
      continue;
    }
    if (TABLE_ROW.test(raw)) {
      flushAll();
      if (skipped.at(-1)?.what !== 'table' || (skipped.at(-1)?.line ?? 0) < lineNo - 50) skipped.push({ line: lineNo, what: 'table' });
      continue;
    }
    const h = MD_HEADING.exec(raw);
    if (h) {
      flushAll();
      const text = stripInline(h[2] ?? '').text;
      if (text) blocks.push({ kind: 'heading', level: (h[1] ?? '#').length, text, line: lineNo, plain: false });
      continue;
    }
    if (RULE.test(raw) && !para) {
      flushAll();
      continue;
    }
    const q = BLOCKQUOTE.exec(raw);
    if (q) {
      flushPara();
      flushList();
      quote ??= { lines: [], line: lineNo };
      quote.lines.push(q[1] ?? '');
      continue;
    }
    const li = LIST_ITEM.exec(raw);
    if (li && !(para && /^\d/.test(li[2] ?? '') && !/[:]$/.test(para.lines.at(-1) ?? ''))) {
      flushPara();
      flushQuote();
      const indent = (li[1] ?? '').replace(/\t/g, '    ').length;
      const marker = li[2] ?? '-';
      const { text, links } = stripInline(li[3] ?? '');
      const refs = marker.startsWith('[');
      const ordered = /^\d/.test(marker) || refs;
      if (list && indent > listIndent + 1 && list.items.length > 0) {
        const parent = list.items[list.items.length - 1];
        if (parent && text) parent.children.push(text);
        continue;
      }
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { kind: 'list', ordered, items: [], line: lineNo, refs };
        listIndent = indent;
      }
      const num = /\d+/.exec(marker);
      const item: ListItem = { text, children: [], links };
      if (num) item.number = Number(num[0]);
      if (text) list.items.push(item);
      continue;
    }
    if (SOURCES_HEADING.test(raw.trim())) {
      flushAll();
      blocks.push({ kind: 'heading', level: 0, text: raw.trim().replace(/:$/, ''), line: lineNo, plain: true });
      continue;
    }
    if (list && /^\s+\S/.test(raw) && !para) {
      // A continuation line of the last list item (hard-wrapped list).
      const last = list.items[list.items.length - 1];
      if (last) last.text = squash(`${last.text} ${stripInline(raw).text}`);
      continue;
    }
    flushList();
    flushQuote();
    para ??= { lines: [], line: lineNo };
    para.lines.push(raw.trim());
  }
  flushAll();
  return { blocks: markdown ? blocks : promotePlainHeadings(blocks), markdown, skipped };
}

function nextNonBlank(lines: string[], from: number): string | undefined {
  for (let n = from + 1; n < lines.length; n++) if ((lines[n] ?? '').trim() !== '') return lines[n];
  return undefined;
}

/**
 * Plain text: a paragraph of one short line that does not end like a sentence heads a section
 * (level 2). The title (the first line) is chosen later, in article-structure.ts.
 */
function promotePlainHeadings(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.kind !== 'paragraph' || b.lines !== 1 || !looksLikeHeading(b.text)) return b;
    return { kind: 'heading', level: 2, text: b.text, line: b.line, plain: true };
  });
}

export function looksLikeHeading(text: string): boolean {
  const wordCount = text.split(' ').length;
  if (text.length > 70 || wordCount > 9) return false;
  if (/[.!?,;:…]$/.test(text) && !/\)$/.test(text)) return false;
  if (/^[\p{Ll}]/u.test(text)) return false;
  if (/https?:\/\//.test(text)) return false;
  return true;
}
