/**
 * Small text helpers shared by the draft stages: cleaning inline Markdown, word lists, and
 * trimming text at a word boundary without leaving a dangling article or preposition.
 * All functions are pure and locale-independent (they know German and English words at once,
 * because articles often mix both).
 */

/** Words that carry no point on their own: a bullet or label must not start or end with one. */
const STOP_WORDS = new Set(
  (
    // German
    'der die das den dem des ein eine einer eines einem einen und oder aber als wie mit von vom zu zum zur ' +
    'im in ins an am auf für über unter bei nach vor aus durch um ohne gegen sowie bis dass daß sich ist sind ' +
    'war waren wird werden wurde hat haben hatte kann können soll sollen sollte muss müssen darf nicht auch noch ' +
    'so sehr bereits schon nur dabei damit denn doch jedoch etwa rund welche welcher welches dieser diese dieses ' +
    'diesem diesen es er sie wir ihr ihre ihren ihrem sein seine seinen seinem seiner unser unsere man mehr ' +
    'sondern ob wenn weil da während sodass also dann hier dort wo was wer dennoch zudem außerdem allerdings daher deshalb somit nun allein gleichzeitig insgesamt heute ' +
    // English
    'the a an and or but of to in on at for with by from as that which who whom whose is are was were be been ' +
    'being has have had will would can could should may might must not also so than into onto about over under ' +
    'between its their our his her this these those it they we you there here when while because if then just ' +
    'only very more most such up out per via worth today alone ' +
    // number words (a label "AI infrastructure over five" ends on a fragment)
    'one two three four five six seven eight nine ten zwei drei vier fünf sechs sieben acht neun zehn'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/** Collapse runs of white space (including no-break spaces) to one space and trim. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Markdown backslash escapes (`\“`, `\*`, `\[`) become the character itself. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([^\s\p{L}\p{N}])/gu, '$1');
}

export interface InlineLink {
  text: string;
  url: string;
}

/**
 * Removes inline Markdown (emphasis, code, images, HTML tags) and turns `[text](url)` into
 * `text`, returning the links so they can become sources. Footnote references `[^3]` become the
 * citation marker `[3]` the rest of the draft understands.
 */
export function stripInline(text: string): { text: string; links: InlineLink[] } {
  const links: InlineLink[] = [];
  let t = text.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
  t = t.replace(/\[\^(\d+)\]/g, '[$1]');
  t = t.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) => {
    links.push({ text: label.trim(), url });
    return label;
  });
  t = t.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  t = t.replace(/<\/?[a-zA-Z][^>]*>/g, '');
  t = t.replace(/`([^`]+)`/g, '$1');
  t = t.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2');
  t = t.replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}])/gu, '$1$2');
  t = t.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1$2');
  return { text: squash(unescapeMarkdown(t)), links };
}

/** Citation markers such as `[1]`, `[2, 3]` or `[1–2]` and the numbers they name. */
const CITATION = /\s*\[(\d+(?:\s*[,–-]\s*\d+)*)\]/g;

export function citationNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CITATION)) {
    const body = m[1] ?? '';
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(body);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      for (let n = from; n <= to && n - from < 50; n++) out.push(n);
    } else {
      for (const part of body.split(',')) out.push(Number(part.trim()));
    }
  }
  return out;
}

export function stripCitations(text: string): string {
  return squash(text.replace(CITATION, ''));
}

export function capitalize(text: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase() + text.slice(1);
}

/** Drops trailing punctuation that would end a bullet mid-air (a comma, colon, dash, period). */
export function trimTrailingPunctuation(text: string): string {
  return text.replace(/[\s,;:–—\-.]+$/u, '').trim();
}

/** Drops leading and trailing stop words, e.g. "die in die Infrastruktur für KI" → "Infrastruktur für KI". */
export function trimStopWords(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && isStopWord(words[start] ?? '')) start++;
  while (end > start && isStopWord(words[end - 1] ?? '')) end--;
  return words.slice(start, end);
}

/**
 * Cuts `text` to at most `max` characters at a word boundary, removes a dangling stop word or
 * punctuation at the cut, and marks the cut with "…" (unless `ellipsis` is false, for titles).
 * Text that fits is returned unchanged.
 */
export function trimAtWord(text: string, max: number, ellipsis = true): string {
  if (text.length <= max) return text;
  const words = text.slice(0, max).split(' ');
  // The last piece may be a word cut in half: drop it unless the cut fell on a space.
  if (text.charAt(max) !== ' ') words.pop();
  let kept = words;
  while (kept.length > 1) {
    const last = kept[kept.length - 1] ?? '';
    if (isStopWord(last) || /^[–—\-(]+$/.test(last)) kept = kept.slice(0, -1);
    else break;
  }
  // An opened parenthesis that the cut leaves unclosed is dropped with what follows it.
  let joined = kept.join(' ');
  const open = joined.lastIndexOf('(');
  if (open > 0 && joined.indexOf(')', open) < 0) joined = joined.slice(0, open);
  // Likewise a quotation the cut leaves open ("der sogenannte ‚Code…").
  const quote = /\s[„“‚«»"][^„“”‚‘«»"]*$/u.exec(joined);
  if (quote && quote.index > 0) joined = joined.slice(0, quote.index);
  const out = trimTrailingPunctuation(joined);
  const mark = ellipsis ? '…' : '';
  return out.length > 0 ? `${out}${mark}` : `${text.slice(0, max - 1)}${mark}`;
}

/** Words of a text (split at spaces), without empty pieces. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** Lower-case comparison key: letters and digits only. */
export function normKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
