/**
 * Locale number formatting shared by chart axes, data labels, KPIs and tables, and the matching
 * Excel/OOXML number-format codes for native charts.
 *
 * Contract of `NumberStyle`:
 * - `format: 'currency'` uses `unit` as the ISO 4217 code ("USD"). With `format` absent, a unit of
 *   three capital letters is taken as a currency code too. Currency without a unit is a plain number.
 * - `unit: '%'` means the value is already in percent points: 50 → "50 %" (de-DE), "50%" (en-US).
 * - `format: 'percent'` without a unit means the value is a fraction: 0.5 → "50 %".
 * - Any other unit is a word appended after a no-break space: "100 x", "5 GW".
 * - `compact` (default true) writes |value| ≥ 10,000 in compact notation: "1,4 Bio. $", "$1.4T".
 * - `decimals` fixes the digits after the decimal separator; by default they are "smart": at most
 *   one in compact form, none when the shown number is whole, up to two below 1.
 * - `prefix` is written before everything else, as given ("~" → "~1,4 Bio. $").
 * Output uses the locale's own spaces (no-break spaces in de-DE), exactly as Intl.NumberFormat does.
 */

export interface NumberStyle {
  format?: 'number' | 'currency' | 'percent';
  unit?: string;
  decimals?: number;
  compact?: boolean;
  prefix?: string;
}

/** Values at or above this magnitude are written compactly unless `compact: false`. */
export const COMPACT_FROM = 10_000;

const NBSP = '\u00a0';
const FALLBACK_LOCALE = 'en-US';

type Kind = 'number' | 'currency' | 'percent-fraction' | 'percent-points';

interface Resolved {
  kind: Kind;
  currency?: string;
  /** A unit word appended after the number. */
  word?: string;
}

/** Decide what the style means; see the module contract. */
function resolve(style: NumberStyle): Resolved {
  const unit = style.unit?.trim();
  if (unit === '%') return { kind: 'percent-points' };
  if (style.format === 'percent') return unit ? { kind: 'percent-fraction', word: unit } : { kind: 'percent-fraction' };
  if (unit && /^[A-Za-z]{3}$/.test(unit) && style.format === 'currency') {
    return { kind: 'currency', currency: unit.toUpperCase() };
  }
  if (unit && /^[A-Z]{3}$/.test(unit) && style.format === undefined) return { kind: 'currency', currency: unit };
  return unit ? { kind: 'number', word: unit } : { kind: 'number' };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale+options: constructing them is far slower than using them. */
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    // An invalid locale or currency code must not crash a build (the outline checker reports it):
    // try the fallback locale, then drop the currency.
    const { currency: _currency, ...decimal } = options;
    const attempts: Array<[string, Intl.NumberFormatOptions]> = [
      [locale, options],
      [FALLBACK_LOCALE, options],
      [FALLBACK_LOCALE, options.style === 'currency' ? { ...decimal, style: 'decimal' } : decimal],
    ];
    for (const [loc, opts] of attempts) {
      try {
        f = new Intl.NumberFormat(loc, opts);
        break;
      } catch {
        // try the next one
      }
    }
    f ??= new Intl.NumberFormat(FALLBACK_LOCALE);
    formatters.set(key, f);
  }
  return f;
}

/** The value handed to Intl (percent points become a fraction for style percent). */
function intlValue(value: number, r: Resolved): number {
  return r.kind === 'percent-points' ? value / 100 : value;
}

function baseOptions(r: Resolved): Intl.NumberFormatOptions {
  if (r.kind === 'currency') return { style: 'currency', currency: r.currency };
  if (r.kind === 'percent-fraction' || r.kind === 'percent-points') return { style: 'percent' };
  return { style: 'decimal' };
}

/** Digits after the separator for a shown magnitude (the number as it appears, before any suffix). */
function smartDecimals(shownAbs: number, compact: boolean): number {
  if (compact) return 1;
  return shownAbs < 1 ? 2 : 1;
}

/** Intl options for one value; `forceCompact` overrides the ≥ 10,000 rule (for reading affixes). */
function optionsFor(value: number, style: NumberStyle, r: Resolved, forceCompact?: boolean): Intl.NumberFormatOptions {
  const opts = baseOptions(r);
  const shownAbs = Math.abs(r.kind === 'percent-fraction' ? value * 100 : value);
  const compact =
    forceCompact ?? (style.compact !== false && Math.abs(value) >= COMPACT_FROM && !r.kind.startsWith('percent'));
  if (compact) {
    opts.notation = 'compact';
    opts.compactDisplay = 'short';
  }
  if (style.decimals !== undefined) {
    opts.minimumFractionDigits = style.decimals;
    opts.maximumFractionDigits = style.decimals;
  } else {
    opts.minimumFractionDigits = 0;
    opts.maximumFractionDigits = smartDecimals(shownAbs, compact);
  }
  return opts;
}

/** Format one number for the locale; never throws. */
export function formatNumber(value: number, style: NumberStyle, locale: string): string {
  const r = resolve(style);
  const text = formatter(locale, optionsFor(value, style, r)).format(intlValue(value, r));
  const withWord = r.word ? `${text}${NBSP}${r.word}` : text;
  return `${style.prefix ?? ''}${withWord}`;
}

// ---------------------------------------------------------------------------------------------
// Excel / OOXML number-format codes

const NUMERIC_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);

/** Quote literal text for a number-format code (quotes inside are dropped: they cannot be escaped). */
function quote(text: string): string {
  return text === '' ? '' : `"${text.replace(/"/g, '')}"`;
}

interface Affixes {
  prefix: string;
  suffix: string;
  /** Power of 1000 the compact suffix stands for (0 = no scaling). */
  thousands: number;
}

/**
 * Read the locale's affixes (currency symbol, compact word, percent sign, spaces) for a sample
 * value from Intl, so the code shows what formatNumber shows. A percent sign is left unquoted
 * (Excel then multiplies by 100) only for fractions.
 */
function affixes(sample: number, compact: boolean, style: NumberStyle, r: Resolved, locale: string): Affixes {
  const opts = optionsFor(sample, { ...style, decimals: 1 }, r, compact);
  const parts = formatter(locale, opts).formatToParts(intlValue(sample, r));
  const first = parts.findIndex((p) => NUMERIC_PARTS.has(p.type));
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => NUMERIC_PARTS.has(p.type));
  // Literal text is quoted in one piece; a fraction's percent sign stays a bare "%" (Excel × 100).
  const code = (ps: Intl.NumberFormatPart[], extra = ''): string => {
    const raw = ps.map((p) => (p.type === 'percentSign' && r.kind === 'percent-fraction' ? '\u0001' : p.value)).join('');
    return (raw + extra).split('\u0001').map(quote).join('%');
  };
  const shown = Number(
    parts
      .filter((p) => p.type === 'integer' || p.type === 'fraction' || p.type === 'decimal')
      .map((p) => (p.type === 'decimal' ? '.' : p.value))
      .join(''),
  );
  const ratio = Math.log10(Math.abs(intlValue(sample, r)) / shown) / 3;
  const thousands = parts.some((p) => p.type === 'compact') && Number.isInteger(Math.round(ratio * 1e6) / 1e6) ? Math.round(ratio) : 0;
  const suffix = code(parts.slice(last + 1), r.word ? `${NBSP}${r.word}` : '');
  return { prefix: quote((style.prefix ?? '') + parts.slice(0, first).map((p) => p.value).join('')), suffix, thousands };
}

function digits(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** One section of a code: affixes, digits and Excel's trailing-comma scaling by 1000s. */
function section(sample: number, compact: boolean, decimals: number, style: NumberStyle, r: Resolved, locale: string): string {
  const a = affixes(sample, compact, style, r, locale);
  return `${a.prefix}${digits(decimals)}${','.repeat(a.thousands)}${a.suffix}`;
}

/**
 * An Excel/OOXML number-format code that shows values as formatNumber does on an axis whose
 * largest magnitude is `maxAbs`. Codes always use "," (grouping) and "." (decimal); the viewer
 * localises them. Compact styles get conditional sections so one axis can show several scales:
 * `[>=1000000000000]…" Bio. $";[>=1000000000]…" Mrd. $";…" $"` (the top scale, the one below it, then plain
 * numbers). Negative values fall into the last, unscaled section.
 * Default decimals (no `decimals` in the style):
 * - without `values` (axis ticks): one in the top scale when its shown value stays below 10, else none;
 * - with `values` (data labels): per section, as many as formatNumber shows for the values that
 *   fall into it (so 4.5e6 is "$4.5M", not a rounded "$5M"), at most one in compact scales.
 */
export function excelNumberFormat(style: NumberStyle, locale: string, maxAbs: number, values?: readonly number[]): string {
  const r = resolve(style);
  const abs = Math.abs(maxAbs);
  const finite = values?.filter(Number.isFinite);
  // Decimals of one section: the style's, else the most any of its values shows, else `fallback`.
  const decimalsIn = (lo: number, hi: number, fallback: number): number => {
    if (style.decimals !== undefined) return style.decimals;
    if (!finite) return fallback;
    const inside = finite.filter((v) => Math.abs(v) >= lo && Math.abs(v) < hi);
    return inside.length === 0 ? fallback : Math.max(...inside.map((v) => shownDecimals(v, style, r, locale)));
  };
  const compactable = !(style.compact === false || abs < COMPACT_FROM || r.kind.startsWith('percent'));
  const top = compactable ? affixes(abs, true, style, r, locale).thousands : 0;
  const lower = top - 1;
  const lowerSample = 1000 ** lower * 1.5;
  const lowerThousands = top > 0 && lower > 0 ? affixes(lowerSample, true, style, r, locale).thousands : 0;
  const plainTop = top === 0 ? Infinity : lowerThousands > 0 ? Number(threshold(lower)) : Number(threshold(top));
  const plainDefault =
    r.kind === 'percent-fraction' ? (abs < 0.1 ? 1 : 0) : abs < 10 && abs > 0 && !r.kind.startsWith('percent') ? 1 : 0;
  const plain = section(1, false, decimalsIn(0, plainTop, plainDefault), style, r, locale);
  if (top === 0) return plain;
  const topShown = abs / 1000 ** top;
  const topSection = section(1000 ** top * 1.5, true, decimalsIn(Number(threshold(top)), Infinity, topShown < 10 ? 1 : 0), style, r, locale);
  const sections = [`[>=${threshold(top)}]${topSection}`];
  if (lowerThousands > 0) {
    const lowerDecimals = decimalsIn(Number(threshold(lower)), Number(threshold(top)), 0);
    sections.push(`[>=${threshold(lower)}]${section(lowerSample, true, lowerDecimals, style, r, locale)}`);
  }
  sections.push(plain);
  return sections.join(';');
}

/** Digits after the decimal separator that formatNumber shows for `value`. */
function shownDecimals(value: number, style: NumberStyle, r: Resolved, locale: string): number {
  const parts = formatter(locale, optionsFor(value, style, r)).formatToParts(intlValue(value, r));
  return parts.find((p) => p.type === 'fraction')?.value.length ?? 0;
}

/** Where a scale starts, as Excel writes it in a condition (plain digits): never below COMPACT_FROM. */
function threshold(thousands: number): string {
  return Math.max(1000 ** thousands, COMPACT_FROM).toFixed(0);
}
