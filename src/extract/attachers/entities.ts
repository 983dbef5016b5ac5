/**
 * Finds the names in a sentence that stand for a country or body: country names,
 * demonyms, metonyms ("Kyiv", "the Kremlin"), institutions with an affiliation, places
 * from the gazetteer and well-known people. Shared by the party and source attachers.
 */
import { COUNTRIES } from '../lexicon/countries.js';
import { INSTITUTIONS, OUTLETS, PEOPLE } from '../lexicon/institutions.js';
import { PLACES } from '../lexicon/places.js';
import { isLetterCode, memo } from '../lexicon/pattern.js';

export type EntityKind = 'country' | 'demonym' | 'metonym' | 'institution' | 'outlet' | 'place' | 'person';

export interface Entity {
  start: number;
  end: number;
  text: string;
  code: string | null;
  kind: EntityKind;
  /** Written as a possessive ("Russia's"). */
  possessive: boolean;
}

interface Entry {
  code: string | null;
  kind: EntityKind;
}

const TABLE = new Map<string, Entry>();
function add(name: string, entry: Entry): void {
  if (!TABLE.has(name)) TABLE.set(name, entry);
}
for (const [code, [names, demonyms, metonyms]] of Object.entries(COUNTRIES)) {
  for (const n of names) add(n, { code, kind: 'country' });
  for (const d of demonyms) add(d, { code, kind: 'demonym' });
  for (const m of metonyms) add(m, { code, kind: 'metonym' });
}
for (const [name, i] of Object.entries(INSTITUTIONS)) add(name, { code: i.affiliation, kind: 'institution' });
for (const [name, code] of Object.entries(OUTLETS)) add(name, { code, kind: 'outlet' });
for (const [name, p] of Object.entries(PEOPLE)) add(name, { code: p.affiliation, kind: 'person' });
for (const [code, places] of Object.entries(PLACES)) for (const p of places) add(p, { code, kind: 'place' });

/** Case-insensitive lookup for multi-word names; acronyms and short names must match case. */
const LOWER = new Map<string, Entry & { name: string }>();
for (const [name, e] of TABLE) if (!LOWER.has(norm(name))) LOWER.set(norm(name), { ...e, name });
/** For each first word, the most words a name starting with it has: the scan's look-ahead. */
const FIRST_WORDS = new Map<string, number>();
for (const k of LOWER.keys()) {
  const parts = k.split(' ');
  FIRST_WORDS.set(parts[0], Math.max(FIRST_WORDS.get(parts[0]) ?? 0, parts.length));
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

/** Names that are only names when capitalised as written ("US", "the North", "Austin"). */
function caseOk(written: string, canonical: string): boolean {
  if (written === canonical) return true;
  const c = canonical.replace(/^the\s+/i, '');
  if (/^[A-Z.]+$/.test(c)) return written === c; // acronyms: exact case only
  // Multi-word names may differ in the case of function words ("the Kremlin").
  return written[0] === written[0].toUpperCase() && written.toLowerCase() === c.toLowerCase();
}

/**
 * Words as the scan sees them: a letter or digit, then letters, digits and ' ’ . & -
 * (letters of the Latin, Greek and Cyrillic scripts). Every name in the table starts
 * with a capital letter, so the scan only tries n-grams that start at a capitalised
 * word: far cheaper than one alternation of every name over the whole text.
 */
function isWordStart(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetterCode(c);
}
function isWordChar(c: number): boolean {
  // ' ’ . & -
  return isWordStart(c) || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;
}

/** Entities of a text; results are shared between callers and must not be mutated. */
export const findEntities = memo(scanEntities);

/** Token offsets of `text`, trailing full stops dropped except in "U.S." and "N.". */
function tokens(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    let end = i;
    if (text.charCodeAt(end - 1) === 46) {
      let w = text.slice(start, end);
      while (w.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(w)) w = w.slice(0, -1);
      end = start + w.length;
    }
    starts.push(start);
    ends.push(end);
  }
  return { starts, ends };
}

/** A token in lookup form: lower case, curly apostrophe folded (as `norm` does). */
function lowerToken(text: string, start: number, end: number): string {
  const w = text.slice(start, end).toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

function scanEntities(text: string): Entity[] {
  const out: Entity[] = [];
  const { starts, ends } = tokens(text);
  const count = starts.length;
  // Lookup forms of tokens, made only for the tokens a name could span.
  const lower: string[] = [];
  const lowerAt = (j: number) => (lower[j] ??= lowerToken(text, starts[j], ends[j]));
  for (let i = 0; i < count; i++) {
    const c = text.charCodeAt(starts[i]);
    // Names start with a capital letter (ASCII fast path, then any script).
    if (!(c >= 65 && c <= 90) && !(c > 127 && /^\p{Lu}/u.test(text[starts[i]]))) continue;
    const lowerFirst = lowerAt(i);
    const maxN = Math.max(FIRST_WORDS.get(lowerFirst) ?? 0, lowerFirst.endsWith("'s") ? FIRST_WORDS.get(lowerFirst.slice(0, -2)) ?? 0 : 0);
    if (!maxN) continue;
    for (let n = Math.min(maxN, count - i); n >= 1; n--) {
      const lastEnd = ends[i + n - 1];
      const lastLower = lowerAt(i + n - 1);
      const poss = lastLower.endsWith("'s");
      let e: (Entry & { name: string }) | undefined;
      if (oneSpaceApart(starts, ends, text, i, n)) {
        // No punctuation inside and no leading article (no name's first word is "the"):
        // the tokens' lookup forms joined by spaces are `norm` of the written name.
        const k = nGramKey(lowerAt, i, n);
        e = LOWER.get(poss ? k.slice(0, -2) : k);
      } else {
        const written = text.slice(starts[i], lastEnd);
        // Names never span punctuation other than spaces.
        if (n > 1 && /[,;:()"“”]/.test(written)) continue;
        e = LOWER.get(norm(poss ? written.slice(0, -2) : written)) ?? (poss ? undefined : LOWER.get(norm(written)));
      }
      if (!e) continue;
      const bare = text.slice(starts[i], poss ? lastEnd - 2 : lastEnd);
      if (!caseOk(bare.replace(/\s+/g, ' '), e.name)) continue;
      // "the North" is North Korea only with its article.
      if (/^the\s/i.test(e.name) && !/\bthe\s+$/i.test(text.slice(Math.max(0, starts[i] - 4), starts[i]))) continue;
      out.push({ start: starts[i], end: lastEnd, text: bare, code: e.code, kind: e.kind, possessive: poss });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** True when tokens i..i+n-1 are separated by exactly one plain space each. */
function oneSpaceApart(starts: number[], ends: number[], text: string, i: number, n: number): boolean {
  for (let j = i + 1; j < i + n; j++) if (starts[j] !== ends[j - 1] + 1 || text.charCodeAt(ends[j - 1]) !== 32) return false;
  return true;
}

/** Lookup forms of tokens i..i+n-1, space-separated. */
function nGramKey(lowerAt: (j: number) => string, i: number, n: number): string {
  let k = lowerAt(i);
  for (let j = i + 1; j < i + n; j++) k += ' ' + lowerAt(j);
  return k;
}

export function lookupName(name: string): Entry | undefined {
  return LOWER.get(norm(name));
}
