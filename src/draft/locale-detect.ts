/**
 * Guesses the article's language from its function words: German stop-words against English
 * ones. Returns a BCP 47 locale, "de-DE" or "en-US"; English wins a tie (the tool's default).
 * Articles that mix in English terms ("AI compute scaling") are still counted by their grammar.
 */

const GERMAN = new Set(
  'der die das und ist nicht mit für von auf ein eine einer sich dem den des zu im wird sind auch als bei oder wie nach aus über durch werden kann noch dass nur wir sie es'.split(' '),
);
const ENGLISH = new Set(
  'the and is of to in that for with on are was as it by this be from or an which will can not has have their more its than into we they'.split(' '),
);

export interface LocaleGuess {
  locale: 'de-DE' | 'en-US';
  german: number;
  english: number;
}

export function detectLocale(text: string): LocaleGuess {
  let german = 0;
  let english = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(w)) german++;
    if (ENGLISH.has(w)) english++;
  }
  return { locale: german > english ? 'de-DE' : 'en-US', german, english };
}
