/**
 * The slide grid of every built-in layout, in inches on a 13.333 × 7.5 in (16:9) slide.
 * One place for the geometry so slides line up with each other and the footer band stays clear.
 */
/** PowerPoint widescreen: 12,192,000 × 6,858,000 EMU. */
export const SLIDE = { width: 12192000 / 914400, height: 7.5 } as const;

/** Left/right page margin. */
export const MARGIN_X = 0.6;
export const CONTENT_W = SLIDE.width - 2 * MARGIN_X;

/** Title placeholder on content slides (two lines of 32 pt fit). */
export const TITLE_BOX = { x: MARGIN_X, y: 0.35, w: CONTENT_W, h: 1.15 } as const;
/** Short accent rule under the title. */
export const TITLE_RULE = { x: MARGIN_X, y: 1.55, w: 1.1, h: 0.06 } as const;

/** The body area between title and footer band. */
export const BODY_TOP = 1.8;
export const BODY_BOTTOM = 6.45;
export const BODY_BOX = { x: MARGIN_X, y: BODY_TOP, w: CONTENT_W, h: BODY_BOTTOM - BODY_TOP } as const;

/** A slide that cites sources shows them in one line just above the footer band. */
export const SOURCE_LINE = { x: MARGIN_X, y: 6.5, w: CONTENT_W, h: 0.36 } as const;

/** Footer band: footer text left, date centre, slide number right. Nothing else may enter it. */
export const FOOTER_TOP = 6.95;
export const FOOTER = { y: FOOTER_TOP, h: 0.35 } as const;

/** Default text inset (PowerPoint's own default is 0.1 in). */
export const INSET = 0.08;
/** Gap between two columns or cards. */
export const GUTTER = 0.35;
