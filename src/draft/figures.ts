/**
 * Figures in article text, parsed into exact numbers: amounts with currency and scale words in
 * English and German ("$1.4 trillion", "1,4 Billionen Dollar", "200 Milliarden Dollar",
 * "13 billion"), percentages ("50 %", "15–20 %"), multiples ("100-mal", "10x"), and time
 * horizons ("2–3 Jahre", "10+ years"). Values are plain numbers in the unit: 1.4e12 for
 * 1.4 trillion dollars (unit "USD"), 50 for 50 % (unit "%"), 100 for 100-mal (unit "x").
 * Numbers are built from their decimal string ("1.4e12"), so 1.4 trillion is exactly 1.4e12.
 */

export type FigureKind = 'money' | 'percent' | 'multiple' | 'count';

export interface Figure {
  kind: FigureKind;
  value: number;
  /** Lower end of a range such as "15–20 %" (value is the upper end). */
  low?: number;
  /** ISO currency code for money, "%" for percent, "x" for multiples; absent for counts. */
  unit?: string;
  /** "~", ">", "<" or "bis zu " / "up to " from the words before the figure. */
  prefix?: string;
  /** The figure as written, e.g. "1,4 Billionen Dollar". */
  text: string;
  start: number;
  end: number;
}

export interface Horizon {
  /** As written, with a hyphen between numbers turned into an en dash: "2–3 Jahre", "10+ years". */
  text: string;
  from: number;
  to: number;
  start: number;
  end: number;
}

type NumberStyle = 'de' | 'en';

const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORD: [RegExp, string][] = [
  [/^(US-Dollar|Dollars?|dollars?|USD|\$)$/, 'USD'],
  [/^(Euros?|euros?|EUR|€)$/, 'EUR'],
  [/^(Pfund|pounds?|GBP|£)$/, 'GBP'],
  [/^(CHF|Franken)$/, 'CHF'],
  [/^(Yen|yen|JPY|¥)$/, 'JPY'],
];
const CURRENCY_AFTER = /^[\s-]?(US-Dollar|Dollars?|dollars?|USD|Euros?|euros?|EUR|€|\$|Pfund|pounds?|GBP|£|CHF|Franken|Yen|yen|JPY)(?![\p{L}])/u;
const SCALE_AFTER =
  /^[\s-]?(Billionen|Billion|Milliarden|Milliarde|Millionen|Million|Mrd\.?|Mio\.?|Bio\.?|Tsd\.?|Tausend|trillion|billion|million|thousand|bn|tn|trn|mn)(?![\p{L}])/u;
/** Short scale letters count only right after a currency-prefixed number: "$500M", "$1.4T". */
const SHORT_SCALE_AFTER = /^\s?([kKmMbBT])(?![\p{L}])/u;
const PERCENT_AFTER = /^\s?(%|Prozentpunkte|Prozent|percentage points|percent|per cent)(?![\p{L}])/u;
const MULTIPLE_AFTER = /^(-mal|-fach|x|×|\s?mal(?![\p{L}])|\s?times(?![\p{L}])|\s?fach(?![\p{L}]))/u;
const HORIZON_AFTER = /^\s?(Jahre|Jahren|Jahr|Monate|Monaten|Monat|Quartale|Quartalen|years?|months?|quarters?|yrs?)(?![\p{L}])/u;

/** Powers of ten per scale word; "Billion" (capital, German) is 10^12, "billion" 10^9. */
function scaleExponent(word: string, style: NumberStyle, afterSymbol: boolean): number {
  const w = word.replace(/\.$/, '');
  switch (w) {
    case 'Billionen':
    case 'Bio':
      return 12;
    case 'Billion':
      return style === 'de' && !afterSymbol ? 12 : 9;
    case 'Milliarden':
    case 'Milliarde':
    case 'Mrd':
    case 'billion':
    case 'bn':
    case 'b':
    case 'B':
      return 9;
    case 'Millionen':
    case 'Million':
    case 'Mio':
    case 'million':
    case 'mn':
    case 'm':
    case 'M':
      return 6;
    case 'trillion':
    case 'tn':
    case 'trn':
    case 'T':
      return 12;
    default:
      return 3; // Tausend, Tsd, thousand, k
  }
}

function isGermanScale(word: string): boolean {
  return /^(Billionen|Milliarden|Milliarde|Millionen|Mrd|Mio|Bio|Tsd|Tausend)/.test(word);
}

/**
 * The digits of a number as a decimal string ("1,4" → "1.4", "1.000" → "1000" in German,
 * "1,000" → "1000" in English). A separator followed by exactly three digits is a thousands
 * separator in the style where it is one; otherwise it is the decimal point.
 */
export function decimalString(raw: string, style: NumberStyle): string {
  const dots = (raw.match(/\./g) ?? []).length;
  const commas = (raw.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const decimal = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return raw.split(thousands).join('').replace(decimal, '.');
  }
  const sep = dots > 0 ? '.' : commas > 0 ? ',' : '';
  if (!sep) return raw;
  const groups = raw.split(sep);
  const allThree = groups.slice(1).every((g) => g.length === 3);
  const thousandsInStyle = (style === 'de' && sep === '.') || (style === 'en' && sep === ',');
  if (groups.length > 2 || (allThree && thousandsInStyle)) return groups.join('');
  return groups.join('.');
}

function exact(mantissa: string, exponent: number): number {
  return Number(exponent === 0 ? mantissa : `${mantissa}e${exponent}`);
}

const NUMBER = /(US\$|\$|€|£|¥|(?:USD|EUR|GBP|CHF)\s)?(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s?[–-]\s?(\d+(?:[.,]\d+)?))?(\+)?/gu;

function qualifier(before: string, locale: NumberStyle): string | undefined {
  const b = before.slice(-24);
  if (/(über|mehr als|more than|over|above|upwards of)\s*$/i.test(b)) return '>';
  if (/(weniger als|unter|less than|under|below)\s*$/i.test(b)) return '<';
  if (/(rund|etwa|ca\.|circa|ungefähr|knapp|fast|nahezu|about|around|approximately|roughly|nearly|almost)\s*$/i.test(b)) return '~';
  if (/(bis zu)\s*$/i.test(b)) return 'bis zu ';
  if (/(up to)\s*$/i.test(b)) return locale === 'de' ? 'bis zu ' : 'up to ';
  return undefined;
}

/** All figures with a unit or a scale word, in text order. Plain numbers and years are skipped. */
export function extractFigures(text: string, locale: string): Figure[] {
  const style: NumberStyle = locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  const out: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const prev = text.charAt(start - 1);
    // Part of a word or a version ("GPT-5.2", "Gemini 3"): not a figure.
    if (/[\p{L}\p{N}.,_/]/u.test(prev) || (prev === '-' && /\p{L}/u.test(text.charAt(start - 2)))) continue;
    const symbol = m[1]?.trim();
    const raw = m[2] ?? '';
    const rawHigh = m[3];
    let end = start + m[0].length;
    let tail = text.slice(end);
    if (HORIZON_AFTER.test(tail)) continue;

    let exponent = 0;
    let numStyle = style;
    const scale = SCALE_AFTER.exec(tail) ?? (symbol ? SHORT_SCALE_AFTER.exec(tail) : null);
    if (scale) {
      const word = scale[1] ?? '';
      numStyle = isGermanScale(word) ? 'de' : /^[a-z]/.test(word) ? 'en' : style;
      exponent = scaleExponent(word, style, Boolean(symbol));
      end += scale[0].length;
      tail = text.slice(end);
    }
    let unit: string | undefined = symbol ? CURRENCY_SYMBOL[symbol] ?? symbol : undefined;
    let kind: FigureKind | undefined = unit ? 'money' : undefined;
    if (!kind) {
      const cur = CURRENCY_AFTER.exec(tail);
      const pct = PERCENT_AFTER.exec(tail);
      const mul = MULTIPLE_AFTER.exec(tail);
      if (cur) {
        kind = 'money';
        unit = CURRENCY_WORD.find(([re]) => re.test(cur[1] ?? ''))?.[1] ?? 'USD';
        end += cur[0].length;
      } else if (pct && exponent === 0) {
        kind = 'percent';
        unit = '%';
        end += pct[0].length;
      } else if (mul && exponent === 0 && !rawHigh) {
        kind = 'multiple';
        unit = 'x';
        end += mul[0].length;
      } else if (exponent > 0) {
        kind = 'count';
      }
    }
    if (!kind) continue;
    if (symbol && !scale && /\p{L}/u.test(text.charAt(end))) continue;
    const value = exact(decimalString(rawHigh ?? raw, numStyle), exponent);
    const low = rawHigh ? exact(decimalString(raw, numStyle), exponent) : undefined;
    if (!Number.isFinite(value)) continue;
    const figure: Figure = { kind, value, text: text.slice(start, end).trim(), start, end };
    if (low !== undefined) figure.low = low;
    if (unit) figure.unit = unit;
    const q = qualifier(text.slice(0, start), style);
    if (q) figure.prefix = q;
    out.push(figure);
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  ein: 1, einem: 1, einen: 1, one: 1, a: 1, zwei: 2, two: 2, drei: 3, three: 3, vier: 4, four: 4,
  fünf: 5, five: 5, sechs: 6, six: 6, zehn: 10, ten: 10, zwanzig: 20, twenty: 20,
};

const HORIZON =
  /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?(?:\s?[–-]\s?\d+(?:[.,]\d+)?)?\+?|ein|einem|einen|one|a|zwei|two|drei|three|vier|four|fünf|five|sechs|six|zehn|ten|zwanzig|twenty)\s?(Jahre|Jahren|Jahr|Monate|Monaten|Monat|Quartale|Quartalen|years?|months?|quarters?)(?![\p{L}])/giu;

/** Time horizons ("2–3 Jahre", "5 years", "10+ Jahre", "fünf Jahren") in text order. */
export function extractHorizons(text: string): Horizon[] {
  const out: Horizon[] = [];
  for (const m of text.matchAll(HORIZON)) {
    const num = (m[1] ?? '').toLowerCase();
    const unitWord = m[2] ?? '';
    const range = /^(\d+(?:[.,]\d+)?)\s?[–-]\s?(\d+(?:[.,]\d+)?)$/.exec(num);
    const factor = /^(Monat|month)/i.test(unitWord) ? 1 / 12 : /^(Quartal|quarter)/i.test(unitWord) ? 1 / 4 : 1;
    const first = range ? Number((range[1] ?? '').replace(',', '.')) : NUMBER_WORDS[num] ?? Number(num.replace('+', '').replace(',', '.'));
    const last = range ? Number((range[2] ?? '').replace(',', '.')) : first;
    if (!Number.isFinite(first) || !Number.isFinite(last)) continue;
    const written = (m[0] ?? '').replace(/(\d)\s?-\s?(\d)/, '$1–$2');
    out.push({
      text: written,
      from: first * factor,
      to: (num.endsWith('+') ? last * 2 : last) * factor,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}

/** A calendar year used as a horizon ("Bis 2030", "By 2027", "2026:"), as written. */
export function extractYearHorizon(text: string): { text: string; year: number } | undefined {
  const m = /(?<![\p{N}])((?:bis|ab|nach|vor|um|by|until|from|after|before|around|in)\s+)?((?:19|20)\d{2})(?:\s?[–-]\s?((?:19|20)?\d{2}))?(?![\p{N}%])/iu.exec(text);
  if (!m) return undefined;
  return { text: m[0].trim().replace(/(\d)\s?-\s?(\d)/, '$1–$2'), year: Number(m[2]) };
}
