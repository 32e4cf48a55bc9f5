/**
 * The overflow policy for text that does not fit at its floor size:
 * `split` continues on further slides, `shrink` goes below the floor down to a hard minimum,
 * `error` fails the build. Every decision is reported with the slide's outline position and says
 * what was done ("shrunk to 18 pt", "split into 2 slides").
 *
 * Two entry points: `flowText` for a list that may continue on further slides (bullets, the
 * sources slide), `fitShared` for text in fixed boxes that share one size and cannot move to
 * another slide (KPI labels, stage cards, columns, quotes): there `split` means `shrink`.
 */
import type { Paragraph, TextElement } from '../model/presentation.js';
import type { Span } from '../model/span.js';
import type { OVERFLOW_POLICIES } from '../outline/schema.js';
import { splitToFit } from '../text/measure.js';
import { balancedSplit } from '../text/split.js';
import type { LayoutContext } from './context.js';
import { faceFor, fittedText, type FittedText, type TextSpec } from './text-block.js';

export type OverflowPolicy = (typeof OVERFLOW_POLICIES)[number];

/** Below this nothing is readable on a projector, whatever the policy says. */
export const HARD_MIN_PT = 12;

export interface Where {
  /** The slide title, quoted in messages. */
  title: string;
  span?: Span;
  /** What the text is, for messages: "text", "KPI labels", "stage cards" … */
  what?: string;
}

export function policyFor(ctx: LayoutContext, slideOverflow: OverflowPolicy | undefined): OverflowPolicy {
  return ctx.options.overflow ?? slideOverflow ?? ctx.outline.overflow ?? 'split';
}

function floorOf(ctx: LayoutContext, spec: TextSpec): number {
  return Math.min(spec.floorPt ?? ctx.theme.text[spec.role].floor, preferredOf(ctx, spec));
}

function preferredOf(ctx: LayoutContext, spec: TextSpec): number {
  return spec.sizePt ?? ctx.theme.text[spec.role].size;
}

/**
 * Fits a block of paragraphs, splitting it into several blocks when the policy allows.
 * Returns one text element per resulting slide (one when it fits); all share one size.
 * `fitted`: the caller's own `fittedText(theme, spec)`, when it already has it (not fitted again).
 */
export function flowText(ctx: LayoutContext, spec: TextSpec, policy: OverflowPolicy, where: Where, fitted?: FittedText): TextElement[] {
  const first = fitted ?? fittedText(ctx.theme, spec);
  const preferred = preferredOf(ctx, spec);
  const floor = floorOf(ctx, spec);
  const at = where.span ? { span: where.span } : {};
  const what = where.what ?? 'text';
  if (first.fits) {
    if (first.el.sizePt < preferred) ctx.diags.info('layout/shrunk', `"${where.title}": ${what} shrunk to ${first.el.sizePt} pt to fit`, at);
    return [first.el];
  }
  const excerpt = firstWords(spec.paragraphs);
  if (policy === 'error') {
    ctx.diags.error('layout/overflow', `"${where.title}": ${what} does not fit even at ${floor} pt (${excerpt})`, {
      ...at,
      hint: 'shorten the text, or set overflow: split (continue on another slide) or shrink on the slide or the deck',
    });
    return [first.el];
  }
  if (policy === 'shrink') return [belowFloor(ctx, [spec], floor, where)[0]!.el];
  const face = faceFor(ctx.theme, spec.heading);
  const starts = splitToFit(first.el, face, first.el.sizePt);
  const count = partsAt(spec.paragraphs, starts).length;
  if (count < 2) {
    // A single paragraph too long for a whole slide: nothing to split at.
    ctx.diags.warning('layout/paragraph-too-long', `"${where.title}": one paragraph is longer than a slide holds at ${floor} pt (${excerpt})`, {
      ...at,
      hint: 'break the paragraph into several bullets so the slide can continue on another one',
    });
    return [belowFloor(ctx, [spec], floor, where, true)[0]!.el];
  }
  // The same number of slides, but the largest size at which the parts are about equally full.
  // A sub-bullet is kept with its parent if any size allows that; only then are orphans allowed.
  const orphaned = (cuts: number[]): boolean => cuts.some((c) => spec.paragraphs[c]!.level > 0);
  for (const allowOrphans of [false, true]) {
    for (let size = preferred; size >= floor - 1e-9; size -= 1) {
      const el = fittedText(ctx.theme, { ...spec, sizePt: size, floorPt: size }).el;
      const cuts = balancedSplit(el, face, size, count);
      if (!cuts || (!allowOrphans && orphaned(cuts))) continue;
      const parts = partsAt(spec.paragraphs, cuts);
      ctx.diags.warning(
        'layout/split',
        `"${where.title}": too much ${what} for one slide; split into ${parts.length} slides at ${size} pt (${parts.length - 1} continuation slide${parts.length > 2 ? 's' : ''} "… (2/${parts.length})")`,
        { ...at, hint: 'shorten the bullets or move some to another slide to keep it on one' },
      );
      return parts.map((paragraphs) => fittedText(ctx.theme, { ...spec, paragraphs, sizePt: size, floorPt: size }).el);
    }
  }
  // Greedy parts, one of which holds a paragraph too tall for a slide at the floor.
  const parts = partsAt(spec.paragraphs, starts);
  ctx.diags.warning('layout/split', `"${where.title}": too much ${what} for one slide; split into ${parts.length} slides`, {
    ...at,
    hint: 'shorten the bullets or move some to another slide to keep it on one',
  });
  return parts.map((paragraphs) => belowFloor(ctx, [{ ...spec, paragraphs }], floor, where, true)[0]!.el);
}

/**
 * Fits several fixed boxes at one shared size (the largest at which all of them fit, from the
 * preferred size down to the floor); past the floor the policy decides: `error` reports an error
 * and keeps the floor, `shrink` and `split` go below the floor (down to HARD_MIN_PT) with a
 * warning. Returns one fitted element per spec, in order.
 */
export function fitShared(ctx: LayoutContext, specs: readonly TextSpec[], policy: OverflowPolicy, where: Where): FittedText[] {
  if (specs.length === 0) return [];
  const preferred = Math.min(...specs.map((s) => preferredOf(ctx, s)));
  const floor = Math.min(...specs.map((s) => floorOf(ctx, s)));
  const at = where.span ? { span: where.span } : {};
  const what = where.what ?? 'text';
  for (let size = preferred; size >= floor - 1e-9; size -= 1) {
    const fitted = specs.map((s) => fittedText(ctx.theme, { ...s, sizePt: size, floorPt: size }));
    if (fitted.every((f) => f.fits)) {
      if (size < preferred) ctx.diags.info('layout/shrunk', `"${where.title}": ${what} shrunk to ${size} pt to fit`, at);
      return fitted;
    }
  }
  if (policy === 'error') {
    ctx.diags.error('layout/overflow', `"${where.title}": ${what} does not fit even at ${floor} pt (${firstWords(specs.flatMap((s) => s.paragraphs))})`, {
      ...at,
      hint: 'shorten the text, or set overflow: shrink on the slide or the deck',
    });
    return specs.map((s) => fittedText(ctx.theme, { ...s, sizePt: floor, floorPt: floor }));
  }
  return belowFloor(ctx, specs, floor, where);
}

/** Shared size below the floor, down to HARD_MIN_PT; warns what was done, or that it still overflows. */
function belowFloor(ctx: LayoutContext, specs: readonly TextSpec[], floor: number, where: Where, quiet = false): FittedText[] {
  const at = where.span ? { span: where.span } : {};
  const what = where.what ?? 'text';
  for (let size = Math.ceil(floor) - 1; size >= HARD_MIN_PT; size -= 1) {
    const fitted = specs.map((s) => fittedText(ctx.theme, { ...s, sizePt: size, floorPt: size }));
    if (fitted.every((f) => f.fits)) {
      if (!quiet)
        ctx.diags.warning('layout/below-floor', `"${where.title}": ${what} shrunk to ${size} pt, below the theme's floor of ${floor} pt`, {
          ...at,
          hint: 'shorten the text so it stays readable',
        });
      return fitted;
    }
  }
  ctx.diags.warning('layout/overflow', `"${where.title}": ${what} does not fit even at ${HARD_MIN_PT} pt (${firstWords(specs.flatMap((s) => s.paragraphs))})`, {
    ...at,
    hint: 'shorten the text; it runs out of its box',
  });
  return specs.map((s) => fittedText(ctx.theme, { ...s, sizePt: HARD_MIN_PT, floorPt: HARD_MIN_PT }));
}

function partsAt(paragraphs: Paragraph[], starts: number[]): Paragraph[][] {
  const cuts = [...new Set([0, ...starts])].filter((i) => i >= 0 && i < paragraphs.length).sort((a, b) => a - b);
  return cuts.map((start, i) => paragraphs.slice(start, cuts[i + 1] ?? paragraphs.length)).filter((p) => p.length > 0);
}

export function firstWords(paragraphs: readonly Paragraph[]): string {
  const text = paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`;
}
