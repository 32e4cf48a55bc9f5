/**
 * Does a text state a figure, a number that someone will repeat and that needs a source? A
 * number counts when it carries a currency, a scale word, a percent, a multiplier or a unit of
 * measure: "$1.4 trillion", "200 Mrd. $", "50 %", "100-mal", "13 billion", "310 MW", "10x".
 * Bare numbers (years, model versions such as GPT-5.2, "2–3 years", counts of items) do not.
 * English and German spellings; numbers may use "." or "," and thin or no-break spaces.
 */

const NUM = String.raw`\d+(?:[.,\u00A0\u202F ]\d{3})*(?:[.,]\d+)?`;
const CURRENCY = String.raw`(?:US\$|[$€£¥₹]|USD|EUR|GBP|CHF|JPY|CNY|dollars?|Dollar|euros?|Euro)`;
const SCALE = String.raw`(?:thousand|million|billion|trillion|bn|mn|Tsd\.?|Mio\.?|Mrd\.?|Bio\.?|Tausend|Millionen|Million|Milliarden|Milliarde|Billionen|Billion)`;
const PERCENT = String.raw`(?:%|‰|per\s?cent|percent|Prozent|Prozentpunkte|percentage points|pp)`;
const MULTIPLIER = String.raw`(?:-?mal|-?fach|-?fold|[x×]|times)`;
const UNIT = String.raw`(?:[kMGTP]W[h]?|W|kg|t|kt|Mt|Gt|tonnes|tons|Tonnen|km|m²|m³|GB|TB|PB|EB|[kMGTPE]?FLOPS|°C|K)`;
/** A compact scale suffix glued to the number: 1.4T, 200B, 13bn, 5k. */
const COMPACT = String.raw`(?:[kKMBT]|bn|Bn|Mrd|Mio)`;
const END = String.raw`(?![\p{L}\p{N}])`;
const SP = String.raw`[\s\u00A0\u202F]?`;
/** Between a number and its scale or currency a hyphen also joins: "1,4-Billionen-Dollar-Wette". */
const JOIN = String.raw`[\s\u00A0\u202F-]?`;

const PATTERNS: readonly RegExp[] = [
  // $1.4 trillion, € 200 Mrd., USD 13bn
  new RegExp(String.raw`${CURRENCY}${SP}${NUM}(?:${SP}${SCALE}${END})?`, 'u'),
  // 200 Mrd. $, 1,4 Billionen Dollar, 13 billion, 1.4 trillion
  new RegExp(String.raw`${NUM}${JOIN}(?:${SCALE}${JOIN})?(?:${CURRENCY}|${SCALE})${END}`, 'iu'),
  // 50 %, 40 percent, 5 Prozentpunkte
  new RegExp(String.raw`${NUM}${SP}${PERCENT}${END}`, 'iu'),
  // 100-mal, 10x, 3 times, tenfold is a word and not matched
  new RegExp(String.raw`${NUM}${SP}${MULTIPLIER}${END}`, 'iu'),
  // 310 MW, 1.2 Mt, 40 kWh (case-sensitive: "5 t" is tonnes, "5 T" is not)
  new RegExp(String.raw`${NUM}${SP}${UNIT}${END}`, 'u'),
  // 1.4T, 200B, 13bn
  new RegExp(String.raw`${NUM}${COMPACT}${END}`, 'u'),
];

/** The first figure in `text` as written, or undefined when it states none. */
export function findFigure(text: string): string | undefined {
  let best: RegExpExecArray | undefined;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best?.[0].trim();
}
