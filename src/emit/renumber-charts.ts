/**
 * pptxgenjs numbers chart parts with a module-level counter that never resets, so the second deck
 * built in one process has chart7.xml… instead of chart1.xml… (and different bytes). Renumber
 * charts and their workbooks 1..n in their original order, in part names and in every reference.
 * References to charts and workbooks are only in relationship parts and [Content_Types].xml
 * (slides point at charts by r:id), so only those are rewritten: a slide's text that happens to
 * read "chart7.xml" stays as written.
 */
import { type Parts } from './parts.js';

const CHART_PART = /^ppt\/charts\/chart(\d+)\.xml$/;

/** The parts with charts numbered 1..n: `parts` itself when they already are, else a new map. */
export function renumberCharts(parts: Parts): Parts {
  const numbers = [...parts.keys()]
    .map((name) => CHART_PART.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const map = new Map(numbers.map((n, i) => [n, i + 1]));
  if (numbers.every((n) => map.get(n) === n)) return parts;
  const rename = (text: string): string =>
    text
      .replace(/\bchart(\d+)\.xml/g, (m, n: string) => (map.has(Number(n)) ? `chart${map.get(Number(n))}.xml` : m))
      .replace(/\bMicrosoft_Excel_Worksheet(\d+)\.xlsx/g, (m, n: string) =>
        map.has(Number(n)) ? `Microsoft_Excel_Worksheet${map.get(Number(n))}.xlsx` : m,
      );
  const out: Parts = new Map();
  for (const [name, data] of parts) out.set(rename(name), typeof data === 'string' && refersToParts(name) ? rename(data) : data);
  return out;
}

/** The parts that name other parts: relationships and the content-type overrides. */
function refersToParts(name: string): boolean {
  return name.endsWith('.rels') || name === '[Content_Types].xml';
}

