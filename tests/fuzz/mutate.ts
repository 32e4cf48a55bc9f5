/**
 * MUTATED outlines: a valid outline with one to four mutations at random places (a value replaced
 * by a value of another type or a hostile one, a key removed, an unknown key added, a list
 * emptied), serialised to YAML. Some hostile values cannot be written through YAML.stringify
 * (`.nan`, escapes for lone surrogates, 10,000-deep nesting, recursive anchors), so they are
 * spliced into the text as raw YAML in place of a placeholder.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { outlineArb } from './valid-outline.js';

type Path = (string | number)[];

/** Raw YAML values, spliced in as written. */
export const RAW_YAML = [
  '.nan',
  '.inf',
  '-.inf',
  '"\\uD800"',
  '"\\uDC00 tail"',
  '"\\uFFFE"',
  '"\\x00\\x01\\x1F"',
  '"\\u202Eright-to-left override"',
  '!!binary aGVsbG8=',
  '!!set {a, b}',
  '!!timestamp 2001-12-14t21:59:43.10-05:00',
  '!!float "1e3"',
  '!!int 12',
  '!custom-tag x',
  '2026-11-28',
  '0o17',
  '0x1F',
  '1_000',
  '~',
  'null',
  'yes',
  '1e999',
  '-1e999',
  '"1e308"',
  '&loop [*loop]',
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  `${'{a: '.repeat(2_000)}1${'}'.repeat(2_000)}`,
  `\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i + 1)}- `).join('\n')}x`,
  '"' + 'long '.repeat(2_000) + '"',
];

/** JavaScript values, written through YAML.stringify. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    1e308,
    -1e308,
    5e-324,
    -5e-324,
    -0,
    0,
    Number.MAX_SAFE_INTEGER + 2,
    '1e3',
    '42',
    '-0',
    '',
    ' ',
    null,
    true,
    false,
    [],
    {},
    [[]],
    { '': 1 },
    { __proto__: null, constructor: 'x', toString: 1 },
    'x'.repeat(10_000),
    '\uFFFE\uFFFF',
    '\u0000\u0008\u000B\u000C\u001F\u007F',
    'שלום \u200F עולם',
    'مرحبا',
    '\u{10FFFF}\u{E0001}\u{1F600}\u{20000}',
    '=HYPERLINK("http://x","y")',
    '../../etc/passwd',
    '/etc/passwd',
    'https://example.com/x.png',
    'file:///etc/passwd',
  ),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.double()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean()), { maxKeys: 3 }),
);

export type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'raw'; at: number; raw: number }
  | { op: 'delete'; at: number }
  | { op: 'add-key'; at: number; key: string; value: unknown }
  | { op: 'empty-list'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('raw' as const), at: fc.nat(), raw: fc.nat({ max: RAW_YAML.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('add-key' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom('bulets', 'titel', 'chartt', 'kind', 'type', '__proto__', 'constructor', 'x'), fc.string({ minLength: 1, maxLength: 12 })),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('empty-list' as const), at: fc.nat() }) },
);

/** Every path to a node of `v` (the root is []), depth-first. */
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function parentOf(root: unknown, p: Path): { parent: Record<string | number, unknown>; key: string | number } | undefined {
  if (p.length === 0) return undefined;
  let cur = root as Record<string | number, unknown>;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  return { parent: cur, key: p[p.length - 1]! };
}

const placeholder = (i: number) => `@@RAW${i}@@`;

/** Applies the mutations to a copy of `outline` and returns the YAML text. */
export function applyMutations(outline: Record<string, unknown>, mutations: readonly Mutation[]): string {
  const root = structuredClone(outline);
  const raws: string[] = [];
  for (const m of mutations) {
    const all = paths(root);
    const p = all[m.at % all.length]!;
    const slot = parentOf(root, p);
    const node = slot ? slot.parent[slot.key] : root;
    switch (m.op) {
      case 'replace':
        if (slot) slot.parent[slot.key] = m.value;
        break;
      case 'raw':
        if (slot) {
          raws.push(RAW_YAML[m.raw]!);
          slot.parent[slot.key] = placeholder(raws.length - 1);
        }
        break;
      case 'delete':
        if (slot && Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
        else if (slot) delete slot.parent[slot.key];
        break;
      case 'add-key':
        if (node && typeof node === 'object' && !Array.isArray(node)) Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      case 'empty-list':
        if (Array.isArray(node)) node.length = 0;
        else if (slot) slot.parent[slot.key] = [];
        break;
    }
  }
  let yaml = stringify(root, { lineWidth: 0, aliasDuplicateObjects: false });
  raws.forEach((raw, i) => {
    const token = new RegExp(`(["']?)${placeholder(i)}\\1`);
    yaml = yaml.replace(token, () => raw);
  });
  return yaml;
}

export const mutatedOutline: fc.Arbitrary<{ outline: Record<string, unknown>; mutations: Mutation[] }> = fc.record({
  outline: outlineArb(),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
});

/** Whole-text mutations: bytes and lines that no object mutation produces. */
export const textMutation: fc.Arbitrary<(yaml: string) => string | Uint8Array> = fc.oneof(
  fc.nat().map((at) => (y: string) => y.slice(0, at % (y.length + 1))), // truncated file
  fc.tuple(fc.nat(), fc.constantFrom('\t', '\u0000', '\uFEFF', '\r', '"', "'", '[', '{', ':', '- ', '&a ', '*a ', '%YAML 1.1\n', '---\n', '...\n')).map(
    ([at, s]) => (y: string) => `${y.slice(0, at % (y.length + 1))}${s}${y.slice(at % (y.length + 1))}`,
  ),
  fc.constant((y: string) => `\uFEFF${y}`),
  fc.constant((y: string) => y.replace(/\n/g, '\r\n')),
  fc.constant((y: string) => new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode(y)])), // not UTF-8
  fc.constant((y: string) => `${y}\n${y}`), // duplicate keys everywhere
);
