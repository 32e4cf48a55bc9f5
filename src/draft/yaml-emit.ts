/**
 * The drafted deck → YAML text, built with the `yaml` Document API so comments sit where a
 * person should decide: the first line is the yaml-language-server schema comment, `# TODO:`
 * comments stand above the KPI slide and the closing, and chart suggestions are commented-out
 * slide blocks that work when uncommented. Large amounts are written as 1.4e+12; lines are not
 * folded (a bullet stays on one line).
 */
import { Document, Pair, Scalar, isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SlideInput } from '../outline/schema.js';
import type { DraftDeck } from './assemble.js';

export const DEFAULT_SCHEMA_PATH = '../schema/outline.schema.json';

const TO_STRING = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true } as const;

/** Writes numbers of a million and more in exponent form, and short number lists in flow style. */
function styleNumbers(node: unknown): void {
  if (isScalar(node) && typeof node.value === 'number' && Math.abs(node.value) >= 1e6) node.format = 'EXP';
  if (isMap(node) || isSeq(node)) for (const item of node.items) {
    if (isMap(node)) styleNumbers((item as { value: unknown }).value);
    else styleNumbers(item);
  }
}

function flowLeaves(seq: unknown): void {
  if (isSeq(seq)) seq.flow = true;
}

function slideNode(doc: Document, slide: SlideInput): YAMLMap {
  const node = doc.createNode(slide) as YAMLMap;
  styleNumbers(node);
  const kpis = node.get('kpis', true);
  if (isSeq(kpis)) for (const k of kpis.items) if (isMap(k)) k.flow = true;
  const chart = node.get('chart', true);
  if (isMap(chart)) {
    flowLeaves(chart.get('labels', true));
    const series = chart.get('series', true);
    if (isSeq(series)) for (const s of series.items) if (isMap(s)) flowLeaves(s.get('values', true));
  }
  return node;
}

/** A slide as commented-out YAML lines, indented like an item of a `slides:` list. */
function commentedSlide(slide: SlideInput): string {
  const doc = new Document([slide]);
  const seq = doc.contents as YAMLSeq;
  const item = seq.items[0];
  if (isMap(item)) {
    styleNumbers(item);
    const chart = item.get('chart', true);
    if (isMap(chart)) {
      flowLeaves(chart.get('labels', true));
      const series = chart.get('series', true);
      if (isSeq(series)) for (const s of series.items) if (isMap(s)) flowLeaves(s.get('values', true));
    }
  }
  return doc
    .toString(TO_STRING)
    .trimEnd()
    .split('\n')
    .map((l) => ` ${l}`)
    .join('\n');
}

export function emitYaml(deck: DraftDeck, schemaPath: string, sourceName?: string): string {
  const doc = new Document();
  const head: Record<string, unknown> = { title: deck.title };
  if (deck.subtitle) head.subtitle = deck.subtitle;
  if (deck.author) head.author = deck.author;
  if (deck.date) head.date = deck.date;
  head.locale = deck.locale;
  const root = doc.createNode(head) as YAMLMap;
  if (Object.keys(deck.sources).length > 0) root.set('sources', doc.createNode(deck.sources));
  const sections = doc.createNode([]) as YAMLSeq;
  for (const s of deck.sections) {
    const section = doc.createNode({ title: s.title }) as YAMLMap;
    const slides = doc.createNode([]) as YAMLSeq;
    for (const d of s.slides) {
      const node = slideNode(doc, d.slide);
      if (d.todo) node.commentBefore = ` TODO: ${d.todo}`;
      slides.items.push(node);
    }
    if (s.suggestion) {
      slides.comment = ` TODO: this section compares several amounts; uncomment to chart them (check labels and values):\n${commentedSlide(s.suggestion)}`;
    }
    section.set('slides', slides);
    sections.items.push(section);
  }
  root.set('sections', sections);
  if (deck.closing) {
    const key = new Scalar('closing');
    key.commentBefore = ` TODO: ${deck.closing.todo}`;
    root.items.push(new Pair(key, doc.createNode(deck.closing.closing) as Node));
  }
  doc.contents = root;
  const from = sourceName && sourceName !== '-' ? ` from ${sourceName.split(/[\\/]/).pop()}` : '';
  doc.commentBefore =
    ` yaml-language-server: $schema=${schemaPath}\n` +
    ` Drafted${from} by briefdeck draft: a starting point.\n` +
    ` Reword the bullets, check every figure, resolve the TODO comments, then build.`;
  return doc.toString(TO_STRING);
}
