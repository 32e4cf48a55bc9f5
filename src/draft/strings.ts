/**
 * The words the draft writes itself (default slide titles), per language. Other languages fall
 * back to English; the user edits them anyway.
 */

export interface DraftStrings {
  overview: string;
  keyFigures: string;
  quote: string;
  stages: (count: number) => string;
  compare: string;
  amount: string;
  closing: string;
  untitled: string;
  /** Publisher line of the drafted article itself, cited by every slide drawn from it. */
  articleSource: string;
  /** Title of the n-th (n ≥ 2) continuation slide of a section. */
  continued: (title: string, n: number) => string;
}

const DE_NUMBERS = ['', 'Eine', 'Zwei', 'Drei', 'Vier', 'Fünf'];
const EN_NUMBERS = ['', 'One', 'Two', 'Three', 'Four', 'Five'];

const DE: DraftStrings = {
  overview: 'Überblick',
  keyFigures: 'Die Zahlen im Überblick',
  quote: 'Im Wortlaut',
  stages: (n) => `${DE_NUMBERS[n] ?? String(n)} Etappen`,
  compare: 'Beträge im Vergleich',
  amount: 'Betrag',
  closing: 'Nächste Schritte',
  untitled: 'Entwurf',
  articleSource: 'Artikel, aus dem dieser Entwurf stammt',
  continued: (title, n) => `${title} (${n})`,
};

const EN: DraftStrings = {
  overview: 'Overview',
  keyFigures: 'Key figures',
  quote: 'In their words',
  stages: (n) => `${EN_NUMBERS[n] ?? String(n)} stages`,
  compare: 'Amounts compared',
  amount: 'Amount',
  closing: 'Next steps',
  untitled: 'Draft',
  articleSource: 'Article this draft was made from',
  continued: (title, n) => `${title} (${n})`,
};

export function stringsFor(locale: string): DraftStrings {
  return locale.toLowerCase().startsWith('de') ? DE : EN;
}
