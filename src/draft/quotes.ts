/**
 * Quotations with their speaker. A quotation is text of at least four words in typographic
 * („…“, “…”, «…», »…«) or straight quotes, attributed by the words around it:
 * `“…,” said Jane Doe, CEO of Acme`, `“…” – Jane Doe`, `Jane Doe said: “…”`,
 * `sagte Anna Berger`, `von OpenAIs Chief Product Officer Fidji Simo hervorgehoben – “…”`.
 * Quotations without a recognisable speaker are left in the prose (short scare quotes such as
 * „KI-Kanal“ never count).
 */

export interface FoundQuote {
  text: string;
  by: string;
  role?: string;
  /** Offsets of the quotation and its attribution in the paragraph, end exclusive. */
  start: number;
  end: number;
}

const QUOTED = /„([^„“”"]+)[“”]|“([^“”"]+)[”“]|"([^"]+)"|«([^«»]+)»|»([^«»]+)«/gu;

const SAY =
  '(?:said|says|sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|wrote|added|ergänzte|noted|argued|warned|warnte|told [\\p{L}]+|so|according to|laut)';
/** A run of capitalised words (role words and a name), e.g. "Acme CEO Jane Doe". */
const PERSON = "((?:[\\p{Lu}][\\p{L}\\p{N}'’.&-]*\\s+){0,6}[\\p{Lu}][\\p{L}'’-]+)";
const ROLE_AFTER = "(?:,\\s*([^.;„“”\"\\[]{3,80}?))?(?=\\s*(?:\\[\\d+\\])?\\s*(?:[.;]|$))";

const AFTER_SAY = new RegExp(`^[,.]?\\s*(?:\\[\\d+\\]\\s*)?${SAY}\\s+${PERSON}${ROLE_AFTER}`, 'u');
const AFTER_DASH = new RegExp(`^[,.]?\\s*(?:\\[\\d+\\]\\s*)?[–—-]{1,2}\\s*${PERSON}${ROLE_AFTER}`, 'u');
const AFTER_NAME_SAYS = new RegExp(`^[,.]?\\s*${PERSON}\\s+${SAY}(?=[\\s.,;]|$)`, 'u');
const BEFORE_SAYS = new RegExp(`${PERSON}\\s+${SAY}\\s*[:,]?\\s*$`, 'u');
const BEFORE_BY = new RegExp(
  `(?:von|by|of)\\s+${PERSON}\\s+(?:hervorgehoben|betont|formuliert|gesagt|zitiert|highlighted|quoted|put it)`,
  'u',
);

/** Words that name a role, not a person: "Chief Product Officer Fidji Simo" splits after them. */
const ROLE_WORD =
  /^(CEO|CFO|CTO|COO|CPO|VP|Chief|Officer|President|Präsident(in)?|Director|Direktor(in)?|Leiter(in)?|Head|Founder|Gründer(in)?|Chef(in)?|Vorstand|Vorständin|Analyst(in)?|Professor(in)?|Prof\.?|Dr\.?|Minister(in)?|Manager(in)?|Economist|Ökonom(in)?|Sprecher(in)?|Spokesperson|Partner(in)?|Investor(in)?|Researcher|Forscher(in)?|Expert(e|in)?|Editor|Redakteur(in)?)$/u;

/** "Man sagt „…“" names nobody. */
const PRONOUN = /^(man|er|sie|es|wir|ich|du|ihr|he|she|it|they|we|i|you|one|someone|jemand)$/i;

export function splitPerson(phrase: string): { by: string; role?: string } {
  const words = phrase.trim().split(/\s+/);
  let lastRole = -1;
  words.forEach((w, n) => {
    if (ROLE_WORD.test(w)) lastRole = n;
  });
  let nameStart = lastRole >= 0 && lastRole < words.length - 1 ? lastRole + 1 : Math.max(0, words.length - 2);
  // "Dr." and "Prof." belong to the name.
  while (nameStart > 0 && /^(Dr|Prof)\.?$/.test(words[nameStart - 1] ?? '') && nameStart - 1 > lastRole - 1) nameStart--;
  const by = words.slice(nameStart).join(' ');
  const role = words.slice(0, nameStart).join(' ');
  return role ? { by, role } : { by };
}

export function findQuotes(text: string): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (inner.split(/\s+/).length < 4) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const tail = text.slice(end);
    const head = text.slice(Math.max(0, start - 160), start);
    const cleanText = inner.replace(/[,\s]+$/, '');

    let person: { by: string; role?: string } | undefined;
    let stop = end;
    let role: string | undefined;
    const after = AFTER_SAY.exec(tail) ?? AFTER_DASH.exec(tail);
    if (after) {
      person = splitPerson(after[1] ?? '');
      role = after[2]?.trim();
      stop = end + after[0].length;
    } else {
      const named = AFTER_NAME_SAYS.exec(tail);
      if (named) {
        person = splitPerson(named[1] ?? '');
        stop = end + named[0].length;
      } else {
        const before = BEFORE_SAYS.exec(head) ?? BEFORE_BY.exec(head);
        if (before) person = splitPerson(before[1] ?? '');
      }
    }
    if (!person || !person.by || PRONOUN.test(person.by)) continue;
    const q: FoundQuote = { text: cleanText, by: person.by, start, end: stop };
    const fullRole = role ?? person.role;
    if (fullRole) q.role = fullRole;
    out.push(q);
  }
  return out;
}
