import { describe, expect, test } from 'vitest';
import { dedupeMedia } from './dedupe-media.js';
import type { Parts } from './parts.js';

const rels = (target: string) => `<Relationships><Relationship Id="rId2" Target="${target}"/></Relationships>`;

describe('dedupeMedia', () => {
  test('identical pictures become one part; every relationship points at it', () => {
    const logo = new Uint8Array([0x89, 1, 2, 3]);
    const out = dedupeMedia(
      new Map<string, string | Uint8Array>([
        ['ppt/media/image-1-1.png', logo],
        ['ppt/media/image-2-1.png', logo.slice()],
        ['ppt/media/image-2-2.png', new Uint8Array([9, 9])],
        ['ppt/slides/_rels/slide1.xml.rels', rels('../media/image-1-1.png')],
        [
          'ppt/slides/_rels/slide2.xml.rels',
          '<Relationships><Relationship Id="rId2" Target="../media/image-2-1.png"/><Relationship Id="rId3" Target="../media/image-2-2.png"/></Relationships>',
        ],
      ]),
    );
    expect([...out.keys()].filter((n) => n.startsWith('ppt/media/')).sort()).toEqual(['ppt/media/image-1-1.png', 'ppt/media/image-2-2.png']);
    expect(out.get('ppt/slides/_rels/slide2.xml.rels')).toBe(
      '<Relationships><Relationship Id="rId2" Target="../media/image-1-1.png"/><Relationship Id="rId3" Target="../media/image-2-2.png"/></Relationships>',
    );
  });

  test('same bytes under another extension, or no duplicates at all: nothing changes', () => {
    const parts: Parts = new Map<string, string | Uint8Array>([
      ['ppt/media/a.png', new Uint8Array([1])],
      ['ppt/media/b.jpeg', new Uint8Array([1])],
      ['ppt/slides/_rels/slide1.xml.rels', rels('../media/b.jpeg')],
    ]);
    expect(dedupeMedia(parts)).toBe(parts);
  });
});
