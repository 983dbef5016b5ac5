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

/** A table entry under its lookup key, with what the case test needs read once. */
interface Named extends Entry {
  name: string;
  /** The name without a leading article, and in lower case. */
  bare: string;
  lowerBare: string;
  /** An acronym ("US", "U.S."): it must match case exactly. */
  acronym: boolean;
  /** Written with its article ("the North"): a name only after "the". */
  article: boolean;
}

/** Case-insensitive lookup for multi-word names; acronyms and short names must match case. */
const LOWER = new Map<string, Named>();
for (const [name, e] of TABLE) {
  if (LOWER.has(norm(name))) continue;
  const bare = name.replace(/^the\s+/i, '');
  LOWER.set(norm(name), { ...e, name, bare, lowerBare: norm(bare), acronym: /^[A-Z.]+$/.test(bare), article: /^the\s/i.test(name) });
}
/** For each first word, the most words a name starting with it has: the scan's look-ahead. */
const FIRST_WORDS = new Map<string, number>();
for (const k of LOWER.keys()) {
  const parts = k.split(' ');
  FIRST_WORDS.set(parts[0], Math.max(FIRST_WORDS.get(parts[0]) ?? 0, parts.length));
}

/**
 * A first test for FIRST_WORDS that reads the text in place: one bit per hash of a first
 * word's lookup form. Most capitals start no name ("The", "December"); a clear bit spares
 * them the lower-case copy and the map lookup. Only tokens of plain ASCII are tested this
 * way: lower-casing other letters may yield ASCII ("K", the kelvin sign, gives "k").
 */
const FIRST_WORD_BITS = new Uint32Array(1 << 11);
const HASH_MASK = (1 << 16) - 1;
for (const w of FIRST_WORDS.keys()) {
  const h = asciiLowerHash(w, 0, w.length);
  if (h >= 0) FIRST_WORD_BITS[h >>> 5] |= 1 << (h & 31);
}

/** Hash of `text.slice(start, end).toLowerCase()` in HASH_MASK bits, or -1 when the token is not plain ASCII. */
function asciiLowerHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h & HASH_MASK;
}

function mayBeFirstWord(h: number): boolean {
  return h < 0 || (FIRST_WORD_BITS[h >>> 5] & (1 << (h & 31))) !== 0;
}

/**
 * False when the token `text.slice(start, end)` cannot start a name, as FIRST_WORDS
 * would tell (the possessive "Russia's" asks for "russia" too); true means: look it up.
 */
function mayStartName(text: string, start: number, end: number): boolean {
  if (mayBeFirstWord(asciiLowerHash(text, start, end))) return true;
  if (end - start > 2 && text.charCodeAt(end - 2) === 39 && (text.charCodeAt(end - 1) | 32) === 115 && mayBeFirstWord(asciiLowerHash(text, start, end - 2))) return true;
  // "Netherlands'": a plural's bare apostrophe.
  return end - start > 2 && text.charCodeAt(end - 1) === 39 && (text.charCodeAt(end - 2) | 32) === 115 && mayBeFirstWord(asciiLowerHash(text, start, end - 1));
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

/** Names that are only names when capitalised as written ("US", "the North", "Austin"). */
function caseOk(written: string, e: Named): boolean {
  if (written === e.name) return true;
  // A curly apostrophe is a straight one ("Sa’dah", "Côte d’Ivoire"), as in `norm`.
  const w = written.includes('’') ? written.replace(/’/g, "'") : written;
  if (e.acronym) return w === e.bare; // acronyms: exact case only
  // Multi-word names may differ in the case of function words ("the Kremlin").
  return w[0] === w[0].toUpperCase() && w.toLowerCase() === e.lowerBare;
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

/**
 * Entities of a text; results are shared between callers and must not be mutated.
 * Speaker phrases and names recur and are remembered; sentences are not, however short
 * (hashing one to look it up costs about what scanning it does, a sentence seldom comes
 * twice, and callers share a sentence's scan).
 */
export const findEntities = memo(scanEntities, 4096, 64);

/** One token: where it starts and ends (trailing full stops dropped except in "U.S." and "N."), and where reading resumes. */
interface Token {
  start: number;
  end: number;
  next: number;
}

/** The first token at or after `from`, or null. */
function readToken(text: string, from: number): Token | null {
  const n = text.length;
  let i = from;
  while (i < n && !isWordStart(text.charCodeAt(i))) i++;
  if (i >= n) return null;
  const next = wordEnd(text, i);
  return { start: i, end: tokenEnd(text, i, next), next };
}

/** Where the run of word characters from the word start `start` ends. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  while (i < n && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/** Where the token at `start` ends: its word (up to `wordEndAt`), less trailing full stops except in "U.S." and "N.". */
function tokenEnd(text: string, start: number, wordEndAt: number): number {
  let end = wordEndAt;
  if (text.charCodeAt(end - 1) === 46) {
    let w = text.slice(start, end);
    while (w.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(w)) w = w.slice(0, -1);
    end = start + w.length;
  }
  return end;
}

/** True when `p` lies inside a token that starts before it ("McDonald", "U.S"). */
function insideToken(text: string, p: number): boolean {
  for (let q = p - 1; q >= 0 && isWordChar(text.charCodeAt(q)); q--) if (isWordStart(text.charCodeAt(q))) return true;
  return false;
}

/**
 * Every name starts with a capital letter, so the scan jumps from one to the next: A-Z,
 * and the letters of the other scanned scripts, where capitals and small letters mix and
 * each is tested again. (A \p{Lu} scan costs five times more.)
 */
const CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u02AF\u0370-\u03FF\u0400-\u052F]/g;
const WIDE_CAPITAL = /^\p{Lu}/u;

/** A token in lookup form: lower case, curly apostrophe folded (as `norm` does). */
function lowerToken(text: string, start: number, end: number): string {
  const w = text.slice(start, end).toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

function scanEntities(text: string): Entity[] {
  const out: Entity[] = [];
  CAPITAL.lastIndex = 0;
  // test() rather than exec(): no match object per capital; each match is one character.
  while (CAPITAL.test(text)) {
    const at = CAPITAL.lastIndex - 1;
    // A capital starts a token here, not inside "McDonald".
    const c = text.charCodeAt(at);
    if ((c > 127 && (!isLetterCode(c) || !WIDE_CAPITAL.test(text[at]))) || insideToken(text, at)) continue;
    // Most capitals start no name: the first token is read without building it.
    const firstNext = wordEnd(text, at);
    const firstEnd = tokenEnd(text, at, firstNext);
    CAPITAL.lastIndex = firstNext;
    if (!mayStartName(text, at, firstEnd)) continue;
    const resume = nameAt(text, { start: at, end: firstEnd, next: firstNext }, out);
    if (resume >= 0) CAPITAL.lastIndex = resume;
  }
  return out;
}

/**
 * The longest name that starts with the token `first`, pushed to `out`; returns where
 * the scan resumes after it, or -1 when no name starts there. Kept apart from the scan
 * loop: the engine optimises the short loop that every capital runs through on its own.
 */
function nameAt(text: string, first: Token, out: Entity[]): number {
  const at = first.start;
  const lowerFirst = lowerToken(text, at, first.end);
  // ("The Philippines' ministry": a plural name's possessive is its bare apostrophe.)
  const maxN = Math.max(FIRST_WORDS.get(lowerFirst) ?? 0, lowerFirst.endsWith("'s") ? FIRST_WORDS.get(lowerFirst.slice(0, -2)) ?? 0 : lowerFirst.endsWith("s'") ? FIRST_WORDS.get(lowerFirst.slice(0, -1)) ?? 0 : 0);
  if (!maxN) return -1;
  // The tokens a name starting here could span, and their lookup forms.
  const toks: Token[] = [first];
  for (let t = readToken(text, first.next); t && toks.length < maxN; t = toks.length < maxN ? readToken(text, t.next) : null) toks.push(t);
  const lower: string[] = [lowerFirst];
  const lowerAt = (j: number) => (lower[j] ??= lowerToken(text, toks[j].start, toks[j].end));
  for (let n = toks.length; n >= 1; n--) {
    const lastEnd = toks[n - 1].end;
    const tail = lowerAt(n - 1);
    // Letters the possessive adds: "'s", or the apostrophe alone after a plural ("Netherlands'").
    const cut = tail.endsWith("'s") && text.charCodeAt(lastEnd - 1) === 115 ? 2 : tail.endsWith("s'") ? 1 : 0;
    const poss = cut > 0;
    let e: Named | undefined;
    const plain = oneSpaceApart(toks, text, n);
    if (plain) {
      // No punctuation inside and no leading article (no name's first word is "the"):
      // the tokens' lookup forms joined by spaces are `norm` of the written name.
      const k = nGramKey(lowerAt, n);
      e = LOWER.get(poss ? k.slice(0, -cut) : k);
    } else {
      const written = text.slice(at, lastEnd);
      // Names never span punctuation other than spaces.
      if (n > 1 && /[,;:()"“”]/.test(written)) continue;
      e = LOWER.get(norm(poss ? written.slice(0, -cut) : written)) ?? (poss ? undefined : LOWER.get(norm(written)));
    }
    if (!e) continue;
    const bare = text.slice(at, lastEnd - cut);
    // Tokens one plain space apart need no folding of spaces.
    if (!caseOk(plain ? bare : bare.replace(/\s+/g, ' '), e)) continue;
    // "the North" is North Korea only with its article.
    if (e.article && !/\bthe\s+$/i.test(text.slice(Math.max(0, at - 4), at))) continue;
    out.push({ start: at, end: lastEnd, text: bare, code: e.code, kind: e.kind, possessive: poss });
    return toks[n - 1].next;
  }
  return -1;
}

/** True when the first n tokens are separated by exactly one plain space each. */
function oneSpaceApart(toks: Token[], text: string, n: number): boolean {
  for (let j = 1; j < n; j++) if (toks[j].start !== toks[j - 1].end + 1 || text.charCodeAt(toks[j - 1].end) !== 32) return false;
  return true;
}

/** Lookup forms of the first n tokens, space-separated. */
function nGramKey(lowerAt: (j: number) => string, n: number): string {
  let k = lowerAt(0);
  for (let j = 1; j < n; j++) k += ' ' + lowerAt(j);
  return k;
}

export function lookupName(name: string): Entry | undefined {
  return LOWER.get(norm(name));
}

/** The entry a name written so names: "the commission" is no "Commission", "us" no "US". */
export function lookupWritten(name: string): Entry | undefined {
  const e = LOWER.get(norm(name));
  return e && caseOk(name.replace(/^the\s+/i, '').replace(/\s+/g, ' '), e) ? e : undefined;
}
