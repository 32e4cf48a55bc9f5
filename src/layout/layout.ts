/**
 * Outline → Presentation: generated slides around the author's sections, one layout per slide
 * kind, then the footer band with final slide numbers. Pure: no I/O, no clock.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Outline, Slide } from '../model/outline.js';
import type { Presentation, SlideIR } from '../model/presentation.js';
import type { Theme } from '../model/theme.js';
import type { SlideKind } from '../outline/schema.js';
import { footerElements } from './chrome.js';
import { LayoutContext, type LayoutOptions } from './context.js';
import { agendaSlide, closingSlide, sectionSlide, SLIDE_SIZE, sourcesSlides, titleSlide } from './generated-slides.js';
import { bulletsSlide } from './slide-bullets.js';
import { chartSlide } from './slide-chart.js';
import { columnsSlide } from './slide-columns.js';
import { imageSlide } from './slide-image.js';
import { kpisSlide } from './slide-kpis.js';
import { quoteSlide } from './slide-quote.js';
import { stagesSlide } from './slide-stages.js';
import { tableSlide } from './slide-table.js';

type SlideLayout = (ctx: LayoutContext, slide: Slide) => SlideIR | SlideIR[];

const LAYOUTS: Record<SlideKind, SlideLayout> = {
  bullets: bulletsSlide,
  columns: columnsSlide,
  quote: quoteSlide,
  kpis: kpisSlide,
  chart: chartSlide,
  stages: stagesSlide,
  table: tableSlide,
  image: imageSlide,
};

export interface LayoutInput {
  outline: Outline;
  theme: Theme;
  /** The build's fixed timestamp (ISO 8601), see compile.ts. */
  date: string;
  options?: LayoutOptions;
}

export function layoutPresentation(input: LayoutInput, diags: DiagnosticBag): Presentation {
  const { outline, theme } = input;
  const ctx = new LayoutContext(outline, theme, diags, input.options ?? {});
  const gen = outline.generate ?? {};
  const slides: SlideIR[] = [];
  if (gen.title !== false) slides.push(titleSlide(ctx));
  if (gen.agenda !== false && outline.sections.length > 1) slides.push(agendaSlide(ctx));
  outline.sections.forEach((section, i) => {
    if (gen.dividers !== false && section.divider !== false) slides.push(sectionSlide(ctx, section, i));
    for (const slide of section.slides) {
      const out = LAYOUTS[slide.kind](ctx, slide);
      slides.push(...(Array.isArray(out) ? out : [out]));
    }
  });
  if (gen.sources !== false) slides.push(...sourcesSlides(ctx));
  const closing = closingSlide(ctx);
  if (closing) slides.push(closing);
  const numbered = gen.slideNumbers !== false;
  slides.forEach((s, i) => {
    if (s.master === 'CONTENT') s.elements.push(...footerElements(ctx, numbered ? i + 1 : undefined));
  });
  return {
    meta: {
      title: outline.title,
      ...(outline.subtitle ? { subject: outline.subtitle } : {}),
      ...(outline.author ? { author: outline.author } : {}),
      lang: outline.locale,
      date: input.date,
    },
    size: { ...SLIDE_SIZE },
    theme,
    slides,
  };
}
