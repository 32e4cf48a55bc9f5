/**
 * Object names that tag shapes for the XML fix-ups in `repair-drawing.ts`. pptxgenjs cannot write a
 * slide-level placeholder at its own position (it copies the layout's box and shares one mutable
 * bodyPr object across slides) nor a decorative picture, so we add plain shapes named with these
 * markers and turn them into what we need in the zip pass. The markers never reach the output.
 */
export const MARK = {
  titlePlaceholder: 'bd-ph-title',
  bodyPlaceholder: 'bd-ph-body',
  decorative: 'bd-decorative',
} as const;
