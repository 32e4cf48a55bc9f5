/**
 * sources/unused (info): a source declared under `sources:` that no slide cites. It is left off
 * the sources slide, which lists cited sources only.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Outline } from '../model/outline.js';
import type { Span } from '../model/span.js';

export const UNUSED_SOURCE = 'sources/unused';

/**
 * `sourceSpans` (the span of each id under `sources:`) is not on the Outline yet; until
 * outline/build.ts adds it, findings point at the outline as a whole.
 */
type WithSourceSpans = Outline & { sourceSpans?: Readonly<Record<string, Span>> };

export function checkUnusedSources(outline: Outline): Diagnostic[] {
  const cited = new Set(outline.sections.flatMap((s) => s.slides.flatMap((slide) => slide.cites)));
  const spans = (outline as WithSourceSpans).sourceSpans;
  return Object.keys(outline.sources)
    .filter((id) => !cited.has(id))
    .map((id) => ({
      severity: 'info' as const,
      code: UNUSED_SOURCE,
      message: `source "${id}" is declared but no slide cites it`,
      span: spans?.[id] ?? outline.span,
      hint: `cite it with \`source: ${id}\` on the slides that use it, or remove it from sources:`,
    }));
}
