/**
 * Run counts and seed for the fuzz tests. CI uses the fixed defaults (the whole fuzz suite runs in
 * well under a minute); FUZZ_RUNS / FUZZ_SEED override them for a local look (scripts/fuzz.mjs
 * is the tool for long runs).
 */
export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20261128);

export function runs(ciDefault: number): number {
  const n = Number(process.env['FUZZ_RUNS']);
  return Number.isInteger(n) && n > 0 ? n : ciDefault;
}
