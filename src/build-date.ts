/**
 * The one timestamp a build writes (docProps, zip entries): SOURCE_DATE_EPOCH when set (the
 * reproducible-builds convention, seconds since 1970), else the outline's `date` at 00:00 UTC,
 * else a fixed date. Never the clock: the same input must give the same bytes.
 */
const FALLBACK = '2000-01-01T00:00:00.000Z';

export function buildDate(sourceDateEpoch: string | undefined, outlineDate: string | undefined): string {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch.trim())) {
    const ms = Number(sourceDateEpoch.trim()) * 1000;
    // ZIP stores dates from 1980 to 2107 only; clamp rather than fail (also keeps huge values
    // from overflowing Date, which would throw).
    return new Date(Math.min(Math.max(ms, Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31))).toISOString();
  }
  if (outlineDate && /^\d{4}-\d{2}-\d{2}$/.test(outlineDate)) return new Date(`${outlineDate}T00:00:00Z`).toISOString();
  return FALLBACK;
}
