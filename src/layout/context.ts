/**
 * What every slide layout needs: the outline, the theme, the deck's words and number style,
 * the citation numbering, and the diagnostics sink. Built once per deck by `layout.ts`.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Outline } from '../model/outline.js';
import type { Theme } from '../model/theme.js';
import type { RenderTarget } from '../outline/schema.js';
import { uiStrings, type UiStrings } from './strings.js';

export interface LayoutOptions {
  /** Overrides every chart's render target (the CLI's --charts). */
  charts?: RenderTarget;
  /** Overrides the deck's overflow policy for every slide (the CLI's --strict uses 'error'). */
  overflow?: 'split' | 'shrink' | 'error';
  /** Pixel sizes of the outline's images by absolute path, read by the caller (layout does no I/O). */
  imageSizes?: ReadonlyMap<string, { width: number; height: number }>;
}

export class LayoutContext {
  readonly strings: UiStrings;
  /** Source id → citation number, in order of first citation in the deck. */
  readonly citationNumbers = new Map<string, number>();

  constructor(
    readonly outline: Outline,
    readonly theme: Theme,
    readonly diags: DiagnosticBag,
    readonly options: LayoutOptions,
  ) {
    this.strings = uiStrings(outline.locale);
    for (const section of outline.sections)
      for (const slide of section.slides) for (const id of slide.cites) this.cite(id);
  }

  private cite(id: string): number {
    let n = this.citationNumbers.get(id);
    if (n === undefined) {
      n = this.citationNumbers.size + 1;
      this.citationNumbers.set(id, n);
    }
    return n;
  }

  citationNumber(id: string): number {
    return this.cite(id);
  }

  /** "KnowTechie" or, without a publisher, the source's title. */
  sourceShortName(id: string): string {
    const s = this.outline.sources[id];
    return s?.publisher ?? s?.title ?? id;
  }

  get lang(): string {
    return this.outline.locale;
  }
}
