/**
 * A theme as data. Colours are 6-digit hex without '#'. Sizes are points.
 * Every font names the family written into the PPTX (`name`) and the TTF files shipped in
 * `assets/fonts/` that we measure and draw charts with (`files`): they must be metric-compatible
 * (Liberation Sans for Arial, Carlito for Calibri) so PowerPoint renders what was measured.
 */
export interface FontFace {
  /** Family name written into the PPTX, e.g. "Arial". */
  name: string;
  /** File names inside assets/fonts/. */
  regular: string;
  bold: string;
  italic?: string;
}

export interface FitRule {
  /** Preferred size in points. */
  size: number;
  /** Smallest size we shrink to before splitting or reporting. */
  floor: number;
  /** Maximum number of lines for one-line roles such as titles (0 = unlimited). */
  maxLines?: number;
}

export interface Theme {
  name: string;
  /** Whether the theme is dark (light text on dark background). */
  dark: boolean;
  colors: {
    background: string;
    text: string;
    muted: string;
    title: string;
    accent: string;
    accentText: string;
    /** Panels behind KPIs, stage cards, table stripes. */
    surface: string;
    line: string;
    /** Title and section divider background, and its text. */
    heroBackground: string;
    heroText: string;
  };
  /** Chart series colours, at least 8, used in order; never left to pptxgenjs' random picks. */
  palette: string[];
  fonts: { heading: FontFace; body: FontFace };
  text: {
    title: FitRule;
    body: FitRule;
    kpiValue: FitRule;
    caption: FitRule;
    quote: FitRule;
    table: FitRule;
    /** Chart text (ticks, legend, labels) at slide size. */
    chart: FitRule;
    footer: FitRule;
  };
  /** Absolute path of a logo image drawn on content slides, when the theme has one. */
  logo?: string;
}
