/** The few words briefdeck itself writes on slides, per language (de, en; others fall back to en). */
export interface UiStrings {
  agenda: string;
  sources: string;
  source: string;
  sourcesMany: string;
  continued: (n: number, of: number) => string;
  notesSources: string;
  slide: string;
  chartDataNote: string;
}

const EN: UiStrings = {
  agenda: 'Agenda',
  sources: 'Sources',
  source: 'Source',
  sourcesMany: 'Sources',
  continued: (n, of) => `(${n}/${of})`,
  notesSources: 'Sources',
  slide: 'Slide',
  chartDataNote: 'Chart data',
};

const DE: UiStrings = {
  agenda: 'Agenda',
  sources: 'Quellen',
  source: 'Quelle',
  sourcesMany: 'Quellen',
  continued: (n, of) => `(${n}/${of})`,
  notesSources: 'Quellen',
  slide: 'Folie',
  chartDataNote: 'Diagrammdaten',
};

export function uiStrings(locale: string): UiStrings {
  return locale.toLowerCase().startsWith('de') ? DE : EN;
}
