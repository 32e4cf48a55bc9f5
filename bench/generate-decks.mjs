// Generated decks for the benchmark: text-only decks of N slides as a briefdeck outline and as the
// equivalent Markdown for pandoc, and a deck of N chart slides. Deterministic: the same N gives the
// same text, so runs and machines compare.
//
// "Equivalent" means the same slides with the same words: N slides, each a title and five bullets
// (one with two sub-bullets) plus speaker notes. briefdeck's generated slides (title, agenda,
// dividers, sources) are switched off so both tools make exactly N slides; briefdeck still
// measures and fits every text box and adds its footer and slide numbers, which pandoc does not.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORDS =
  'investment compute capacity data centre power grid model training inference revenue market growth forecast partner chip supply cost energy cooling network demand pricing risk scale'.split(
    ' ',
  );

/** A phrase of `n` words picked deterministically from slide `i`, item `j`. */
function phrase(i, j, n) {
  const out = [];
  for (let k = 0; k < n; k++) out.push(WORDS[(i * 7 + j * 3 + k * 5) % WORDS.length]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

function slideText(i) {
  return {
    title: `Slide ${i + 1}: ${phrase(i, 0, 3)}`,
    bullets: [phrase(i, 1, 7), phrase(i, 2, 9), phrase(i, 3, 6), phrase(i, 4, 8)],
    sub: [phrase(i, 5, 5), phrase(i, 6, 6)],
    notes: `${phrase(i, 7, 12)}. ${phrase(i, 8, 10)}.`,
  };
}

/** YAML double-quoted scalar (our phrases hold no quotes or backslashes, but stay safe). */
const q = (s) => JSON.stringify(s);

const HEADER = (title) =>
  [
    `title: ${q(title)}`,
    'author: briefdeck bench',
    'date: "2026-12-01"',
    'locale: en-US',
    'theme: briefing',
    'generate: { title: false, agenda: false, dividers: false, sources: false, slideNumbers: true }',
    'sections:',
  ].join('\n');

const SLIDES_PER_SECTION = 10;

export function textDeckYaml(n) {
  const lines = [HEADER(`Bench text deck, ${n} slides`)];
  for (let i = 0; i < n; i++) {
    if (i % SLIDES_PER_SECTION === 0) lines.push(`  - title: ${q(`Part ${i / SLIDES_PER_SECTION + 1}`)}`, '    slides:');
    const s = slideText(i);
    lines.push(`      - title: ${q(s.title)}`, '        bullets:');
    s.bullets.forEach((b, j) => {
      if (j === 1) lines.push(`          - text: ${q(b)}`, `            bullets: [${s.sub.map(q).join(', ')}]`);
      else lines.push(`          - ${q(b)}`);
    });
    lines.push(`        notes: ${q(s.notes)}`);
  }
  return lines.join('\n') + '\n';
}

/** The same deck for `pandoc in.md -o out.pptx`: one level-1 heading per slide, no title block. */
export function textDeckMarkdown(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const s = slideText(i);
    out.push(`# ${s.title}`, '');
    s.bullets.forEach((b, j) => {
      out.push(`- ${b}`);
      if (j === 1) for (const sb of s.sub) out.push(`    - ${sb}`);
    });
    out.push('', '::: notes', s.notes, ':::', '');
  }
  return out.join('\n');
}

const CHART_TYPES = ['column', 'bar', 'line', 'area', 'pie', 'doughnut', 'hbar', 'waterfall'];

/** N chart slides cycling through the chart kinds, four to six data points each. */
export function chartDeckYaml(n) {
  const lines = [HEADER(`Bench chart deck, ${n} charts`)];
  for (let i = 0; i < n; i++) {
    if (i % SLIDES_PER_SECTION === 0) lines.push(`  - title: ${q(`Part ${i / SLIDES_PER_SECTION + 1}`)}`, '    slides:');
    const type = CHART_TYPES[i % CHART_TYPES.length];
    const count = 4 + (i % 3);
    const labels = Array.from({ length: count }, (_, k) => `${2026 + k}`);
    const values = Array.from({ length: count }, (_, k) => 10 + ((i * 13 + k * 29) % 90));
    lines.push(`      - title: ${q(`Chart ${i + 1}: ${phrase(i, 0, 3)}`)}`, '        chart:', `          type: ${type}`);
    lines.push(`          labels: [${labels.map(q).join(', ')}]`, '          series:');
    lines.push(`            - { name: ${q(phrase(i, 1, 2))}, values: [${values.join(', ')}] }`);
    if (type === 'waterfall') lines.push(`          totals: [${q(labels[count - 1])}]`);
    else if (type !== 'pie' && type !== 'doughnut')
      lines.push(`            - { name: ${q(phrase(i, 2, 2))}, values: [${values.map((v) => 100 - v).join(', ')}] }`);
  }
  return lines.join('\n') + '\n';
}

/** Writes text-<n>.yaml / text-<n>.md for each n, and charts-<n>.yaml, into `dir`; returns the paths. */
export function writeDecks(dir, { textSizes, chartCount }) {
  mkdirSync(dir, { recursive: true });
  const text = {};
  for (const n of textSizes) {
    const yaml = path.join(dir, `text-${n}.yaml`);
    const md = path.join(dir, `text-${n}.md`);
    writeFileSync(yaml, textDeckYaml(n));
    writeFileSync(md, textDeckMarkdown(n));
    text[n] = { yaml, md };
  }
  const charts = path.join(dir, `charts-${chartCount}.yaml`);
  writeFileSync(charts, chartDeckYaml(chartCount));
  return { text, charts };
}

// `node bench/generate-decks.mjs DIR` writes the decks for a look or a manual run.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'out/bench-decks';
  console.log(writeDecks(dir, { textSizes: [20, 100, 500, 2000], chartCount: 30 }));
}
