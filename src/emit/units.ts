/**
 * Units at the pptxgenjs boundary. The IR is in inches and points; pptxgenjs reads a position
 * number below 100 as inches but a number of 100 or more as EMU, so every position we hand it goes
 * through `pos()`, which converts large values to EMU itself instead of letting them be misread.
 */
export const EMU_PER_INCH = 914_400;
export const EMU_PER_PT = 12_700;

/** A position or size in inches, in the form pptxgenjs reads correctly (EMU when ≥ 100 in). */
export function pos(inches: number): number {
  if (!Number.isFinite(inches)) throw new Error(`emit: non-finite position ${inches}`);
  return Math.abs(inches) < 100 ? round4(inches) : Math.round(inches * EMU_PER_INCH);
}

export function inchToEmu(inches: number): number {
  return Math.round(inches * EMU_PER_INCH);
}

export function inchToPt(inches: number): number {
  return inches * 72;
}

/** Rounds away float noise (0.30000000000000004) so the XML is stable across platforms. */
function round4(v: number): number {
  return Math.round(v * 10_000) / 10_000;
}
