/**
 * Assembles a content slide from its body elements: title placeholder, accent rule, body,
 * source line, and speaker notes that end with the full citations. The footer band is added by
 * `layout.ts` once the final slide numbers are known.
 */
import type { Element, SlideIR } from '../model/presentation.js';
import type { Slide } from '../model/outline.js';
import type { Span } from '../model/span.js';
import { sourceLine, titleElement, titleRule } from './chrome.js';
import type { LayoutContext } from './context.js';

export interface ContentSlideSpec {
  title: string;
  span?: Span;
  cites: readonly string[];
  notes?: string;
  body: Element[];
  /** Keep the title in the placeholder for screen readers but do not draw it (quote slides). */
  hiddenTitle?: boolean;
  /** Extra lines for the notes, e.g. a chart's data table. */
  extraNotes?: string[];
}

/** The parts of a content slide that come straight from its outline slide. */
export function fromSlide(slide: Slide): Pick<ContentSlideSpec, 'title' | 'span' | 'cites' | 'notes'> {
  return { title: slide.title, span: slide.span, cites: slide.cites, ...(slide.notes ? { notes: slide.notes } : {}) };
}

export function contentSlide(ctx: LayoutContext, spec: ContentSlideSpec): SlideIR {
  const elements: Element[] = [titleElement(ctx, spec.title, spec.span, spec.hiddenTitle)];
  if (!spec.hiddenTitle) elements.push(titleRule(ctx));
  elements.push(...spec.body);
  const src = sourceLine(ctx, spec.cites);
  if (src) elements.push(src);
  return {
    role: 'content',
    master: 'CONTENT',
    title: spec.title,
    elements,
    notes: slideNotes(ctx, spec.notes, spec.cites, spec.extraNotes),
    background: ctx.theme.colors.background,
    ...(spec.span ? { span: spec.span } : {}),
  };
}

/** The author's notes, then any extra blocks, then "Quellen: [1] KnowTechie: Title – url". */
export function slideNotes(ctx: LayoutContext, notes: string | undefined, cites: readonly string[], extra: string[] = []): string {
  const parts: string[] = [];
  if (notes?.trim()) parts.push(notes.trim());
  parts.push(...extra);
  if (cites.length > 0) {
    const lines = cites.map((id) => `[${ctx.citationNumber(id)}] ${citationText(ctx, id)}`);
    parts.push(`${ctx.strings.notesSources}:\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** "KnowTechie: OpenAI launches GPT-5.2 – https://…" */
export function citationText(ctx: LayoutContext, id: string): string {
  const s = ctx.outline.sources[id];
  if (!s) return id;
  const head = s.publisher ? `${s.publisher}: ${s.title}` : s.title;
  const tail = [s.author, s.date].filter(Boolean).join(', ');
  return [head + (tail ? ` (${tail})` : ''), s.url].filter(Boolean).join(' – ');
}
