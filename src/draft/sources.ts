/**
 * The article's sources list → outline `sources` with stable ids, and the map from reference
 * numbers ("[1]") to those ids. Entries such as
 *   [1] KnowTechie: OpenAI launches GPT-5.2 – https://knowtechie.com/…
 *   - [Report title](https://example.org/report), Example Institute
 *   - Example Institute, "Report title", https://example.org/report
 * are read; identical entries are merged into one id (both numbers then cite it).
 * Links in the prose ([text](url) or a bare URL) become sources too, keyed by their URL.
 */
import type { SourceInput } from '../outline/schema.js';
import type { InlineLink } from './text-utils.js';
import { isStopWord, normKey, squash } from './text-utils.js';

export interface SourceEntry {
  /** The reference number as printed ("[2]" → 2), or the 1-based position in the list. */
  number: number;
  text: string;
  links: InlineLink[];
  line: number;
}

export interface SourceTable {
  sources: Record<string, SourceInput>;
  /** Reference number → source id. */
  byNumber: Map<number, string>;
  /** URL → source id (for links in the prose). */
  byUrl: Map<string, string>;
  /** Entries merged into an earlier identical one: [number, id]. */
  merged: { number: number; id: string; line: number }[];
}

const ID_MAX = 32;
const URL = /https?:\/\/[^\s<>"“”)\]]+/;

export function emptySourceTable(): SourceTable {
  return { sources: {}, byNumber: new Map(), byUrl: new Map(), merged: [] };
}

/** Parses one entry of a sources list. Returns undefined when nothing usable is left. */
export function parseSourceEntry(text: string, links: InlineLink[]): SourceInput | undefined {
  let t = text.replace(/^\[\^?\d+\]:?\s*/, '');
  let url = links[0]?.url ?? URL.exec(t)?.[0];
  if (url) url = url.replace(/[.,;:]+$/, '');
  let title: string | undefined = links[0]?.text;
  if (url) t = t.split(url).join(' ');
  if (title) t = t.replace(title, ' ');
  t = squash(t.replace(/\s[–—-]\s*$/, '').replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, ''));
  let publisher: string | undefined;
  if (title) {
    if (t) publisher = t.replace(/^[,–—-]\s*/, '');
  } else {
    const quoted = /[„“"]([^“”"]+)[“”"]/.exec(t);
    const colon = /^([^:]{1,60}):\s+(.+)$/.exec(t);
    if (quoted) {
      title = quoted[1]?.trim();
      const rest = squash(t.replace(quoted[0], ' ').replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, ''));
      if (rest) publisher = rest;
    } else if (colon && (colon[1] ?? '').split(/\s+/).length <= 5) {
      publisher = colon[1]?.trim();
      title = colon[2]?.replace(/\s[–—-]$/, '').trim();
    } else if (t) {
      title = t;
    }
  }
  if (!title && url) title = new globalThis.URL(url).hostname.replace(/^www\./, '');
  if (!title) return undefined;
  const src: SourceInput = { title: title.replace(/[\s,.;:–—-]+$/, '') };
  if (publisher) src.publisher = publisher;
  if (url && isHttpUrl(url)) src.url = url;
  return src;
}

function isHttpUrl(url: string): boolean {
  try {
    const u = new globalThis.URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** An id from the publisher, else the URL's host, else the title: lower case, a–z, 0–9, "-". */
export function sourceId(src: SourceInput): string {
  let base = src.publisher ?? '';
  if (!base && src.url) base = new globalThis.URL(src.url).hostname.replace(/^www\./, '').replace(/\.[a-z]+$/, '');
  if (!base) base = src.title.split(/\s+/).slice(0, 3).join(' ');
  let slug = base
    .split(/\s+/)
    .filter((w, n, all) => all.length <= 2 || n === 0 || !isStopWord(w))
    .join(' ')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Ids are typed by hand (`source: id`): keep them short, cut at a word.
  if (slug.length > ID_MAX) {
    const cut = slug.lastIndexOf('-', ID_MAX);
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, ID_MAX);
  }
  return slug || 'source';
}

function sameSource(a: SourceInput, b: SourceInput): boolean {
  return normKey(a.title) === normKey(b.title) && normKey(a.publisher ?? '') === normKey(b.publisher ?? '') && (a.url ?? '') === (b.url ?? '');
}

/** Adds a source unless an identical one exists; returns its id. */
export function addSource(table: SourceTable, src: SourceInput): { id: string; merged: boolean } {
  for (const [id, existing] of Object.entries(table.sources)) if (sameSource(existing, src)) return { id, merged: true };
  const base = sourceId(src);
  let id = base;
  for (let n = 2; id in table.sources; n++) id = `${base}-${n}`;
  table.sources[id] = src;
  if (src.url) table.byUrl.set(src.url, id);
  return { id, merged: false };
}

export function buildSourceTable(entries: SourceEntry[]): SourceTable {
  const table = emptySourceTable();
  for (const e of entries) {
    const src = parseSourceEntry(e.text, e.links);
    if (!src) continue;
    const { id, merged } = addSource(table, src);
    if (!table.byNumber.has(e.number)) table.byNumber.set(e.number, id);
    if (merged) table.merged.push({ number: e.number, id, line: e.line });
  }
  return table;
}

/** A link in the prose: cite the listed source with that URL, or add the link as a source. */
export function sourceForLink(table: SourceTable, link: InlineLink): string | undefined {
  const url = link.url.replace(/[.,;:]+$/, '');
  const known = table.byUrl.get(url);
  if (known) return known;
  if (!isHttpUrl(url)) return undefined;
  const title = link.text && link.text !== url ? link.text : new globalThis.URL(url).hostname.replace(/^www\./, '');
  return addSource(table, { title, url }).id;
}

/** Bare URLs in a paragraph, as links whose text is the URL itself. */
export function bareUrls(text: string): InlineLink[] {
  return [...text.matchAll(new RegExp(URL.source, 'g'))].map((m) => ({ text: m[0], url: m[0] }));
}
