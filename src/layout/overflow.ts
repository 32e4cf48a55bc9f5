/**
 * The overflow policy for text that does not fit at its floor size:
 * `split` continues on further slides, `shrink` goes below the floor down to a hard minimum,
 * `error` fails the build. Every decision is reported with the slide's outline position.
 */
import type { Paragraph, TextElement } from '../model/presentation.js';
import type { Span } from '../model/span.js';
import type { OVERFLOW_POLICIES } from '../outline/schema.js';
import { splitToFit } from '../text/measure.js';
import type { LayoutContext } from './context.js';
import { faceFor, fittedText, type TextSpec } from './text-block.js';

export type OverflowPolicy = (typeof OVERFLOW_POLICIES)[number];

/** Below this nothing is readable on a projector, whatever the policy says. */
const HARD_MIN_PT = 12;

export function policyFor(ctx: LayoutContext, slideOverflow: OverflowPolicy | undefined): OverflowPolicy {
  return ctx.options.overflow ?? slideOverflow ?? ctx.outline.overflow ?? 'split';
}

/**
 * Fits a block of paragraphs, splitting it into several blocks when the policy allows.
 * Returns one text element per resulting slide (one when it fits).
 */
export function flowText(
  ctx: LayoutContext,
  spec: TextSpec,
  policy: OverflowPolicy,
  where: { title: string; span?: Span },
): TextElement[] {
  const first = fittedText(ctx.theme, spec);
  const preferred = spec.sizePt ?? ctx.theme.text[spec.role].size;
  const at = where.span ? { span: where.span } : {};
  if (first.fits) {
    if (first.el.sizePt < preferred)
      ctx.diags.info('layout/shrunk', `"${where.title}": text shrunk to ${first.el.sizePt} pt to fit`, at);
    return [first.el];
  }
  const excerpt = firstWords(spec.paragraphs);
  if (policy === 'error') {
    ctx.diags.error('layout/overflow', `"${where.title}": text does not fit even at ${first.el.sizePt} pt (${excerpt})`, {
      ...at,
      hint: 'shorten the bullets, or set overflow: split to continue on another slide',
    });
    return [first.el];
  }
  if (policy === 'shrink') {
    const shrunk = fittedText(ctx.theme, { ...spec, floorPt: HARD_MIN_PT });
    if (!shrunk.fits)
      ctx.diags.warning('layout/overflow', `"${where.title}": text does not fit even at ${HARD_MIN_PT} pt (${excerpt})`, {
        ...at,
        hint: 'shorten the text or use overflow: split',
      });
    else
      ctx.diags.warning('layout/below-floor', `"${where.title}": text shrunk to ${shrunk.el.sizePt} pt, below the theme's floor`, at);
    return [shrunk.el];
  }
  const starts = splitToFit(first.el, faceFor(ctx.theme, spec.heading), first.el.sizePt);
  const parts = partsAt(spec.paragraphs, starts);
  if (parts.length < 2) {
    // A single paragraph too long for a whole slide: nothing to split at.
    ctx.diags.warning('layout/overflow', `"${where.title}": one paragraph is longer than a slide (${excerpt})`, {
      ...at,
      hint: 'break the paragraph into several bullets',
    });
    return [fittedText(ctx.theme, { ...spec, floorPt: HARD_MIN_PT }).el];
  }
  ctx.diags.warning('layout/split', `"${where.title}": too much text for one slide, split into ${parts.length} slides`, {
    ...at,
    hint: 'shorten the bullets or move some to another slide to keep it on one',
  });
  return parts.map((paragraphs) => fittedText(ctx.theme, { ...spec, paragraphs }).el);
}

function partsAt(paragraphs: Paragraph[], starts: number[]): Paragraph[][] {
  const cuts = [...new Set([0, ...starts])].filter((i) => i >= 0 && i < paragraphs.length).sort((a, b) => a - b);
  return cuts.map((start, i) => paragraphs.slice(start, cuts[i + 1] ?? paragraphs.length)).filter((p) => p.length > 0);
}

function firstWords(paragraphs: Paragraph[]): string {
  const text = paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
