/**
 * Tokens of a sentence with offsets and a coarse part of speech, read from closed word
 * classes, capitals, suffixes and the neighbouring tags.
 *
 *   "the ministry also said on Monday that 1,200 were killed"
 *    DET NOUN     ADV  VERB ADP PROPN  SCONJ NUM AUX VERB
 *
 * Why not a statistical tagger: the attachers need only what these rules give (where
 * verbs, clause openers and noun phrases are), at a fraction of the cost, and the
 * words that matter most (reporting verbs, casualty verbs) are closed lists anyway.
 *
 * Watch out for: "reports", "claims", "estimates" are nouns after a determiner and verbs
 * after a subject; "said" after "the" is an adjective ("the said report" is rare, but
 * "the killed soldiers" is not); "US" is a name, "us" a pronoun; "'s" is a possessive
 * after a name and "is"/"has" after a pronoun.
 */
import { ADVERBS, AUXILIARIES, COORDINATORS, DETERMINERS, NEGATIONS, NOT_ADVERBS, NOT_VERBS, NOUN_VERBS, POSSESSIVE_DETERMINERS, PREPOSITIONS, PRONOUNS, RELATIVES, SUBORDINATORS, VERBS } from '../lexicon/grammar.js';
import { isLetterCode } from '../lexicon/pattern.js';
import { MONTH_NAMES } from '../../text/months.js';

export type Tag =
  | 'DET' | 'ADP' | 'CCONJ' | 'SCONJ' | 'REL' | 'PRON' | 'AUX' | 'NEG' | 'ADV' | 'VERB' | 'ADJ' | 'NOUN' | 'PROPN'
  | 'NUM' | 'POSS' | 'PUNCT' | 'QUOTE' | 'OPEN' | 'CLOSE';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  tag: Tag;
  /** Starts with a capital letter. */
  cap: boolean;
}

const CLASS = new Map<string, Tag>();
const setAll = (words: string[], tag: Tag) => {
  for (const w of words) if (!CLASS.has(w)) CLASS.set(w, tag);
};
// Order decides shared words: "that" is a subordinator before a determiner; "since",
// "after", "before" are prepositions first (the tagger reads a verb after them as a clause).
setAll(RELATIVES, 'REL');
setAll(['that', 'while', 'whereas', 'because', 'although', 'though', 'if', 'whether', 'unless', 'when', 'where', 'once'], 'SCONJ');
setAll(DETERMINERS, 'DET');
setAll(PREPOSITIONS, 'ADP');
setAll(COORDINATORS, 'CCONJ');
setAll(SUBORDINATORS, 'SCONJ');
setAll(PRONOUNS, 'PRON');
setAll(AUXILIARIES, 'AUX');
setAll(NEGATIONS, 'NEG');
setAll(ADVERBS, 'ADV');
const POSSESSIVE_DET = new Set(POSSESSIVE_DETERMINERS);
const VERB_WORDS = new Set(VERBS);
const NOT_VERB = new Set(NOT_VERBS);
const NOT_ADVERB = new Set(NOT_ADVERBS);
const NOUN_VERB = new Set(NOUN_VERBS);
const MONTHS = new Set(MONTH_NAMES);
/** Comparatives that stand as adjectives before a noun ("a lower count"), whatever they are alone. */
const COMPARATIVES = new Set(['lower', 'higher', 'larger', 'smaller', 'greater', 'bigger', 'fuller', 'later', 'earlier', 'newer', 'older']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
  'billions', 'dozen', 'dozens', 'half', 'third', 'quarter']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters inside a word: letters, digits, and ' ’ - . inside ("U.S.", "front-line", "O'Brien"). */
function isWordChar(c: number): boolean {
  return isDigit(c) || isLetterCode(c);
}

/** Splits a sentence into word, number and punctuation tokens with offsets. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isDigit(c) || ((c === 36 || c === 0x20ac || c === 0xa3 || c === 0x20b4 || c === 0x20bd) && j < n && isDigit(s.charCodeAt(j)))) {
      // "1,200", "5.6", "$5.6bn", "40%": separators inside a number stay in it.
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isDigit(d) || isLetterCode(d) || d === 37) j++;
        else if ((d === 44 || d === 46) && j + 1 < n && isDigit(s.charCodeAt(j + 1))) j++;
        else break;
      }
    } else if (isWordChar(c)) {
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isWordChar(d)) j++;
        // Apostrophes, hyphens and stops inside a word; "'s" splits off as its own token.
        else if ((d === 39 || d === 0x2019) && j + 1 < n && isWordChar(s.charCodeAt(j + 1))) {
          if ((s.charCodeAt(j + 1) | 32) === 115 && (j + 2 >= n || !isWordChar(s.charCodeAt(j + 2)))) break;
          j++;
        } else if ((d === 45 || d === 0x2011) && j + 1 < n && isWordChar(s.charCodeAt(j + 1))) j++;
        else if (d === 46 && j + 1 < n && isLetterCode(s.charCodeAt(j + 1)) && j - i <= 2) j++;
        else break;
      }
      // "U.S." keeps its final stop.
      if (j < n && s.charCodeAt(j) === 46 && /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(s.slice(i, j))) j++;
    } else if ((c === 39 || c === 0x2019) && j < n && (s.charCodeAt(j) | 32) === 115 && (j + 1 >= n || !isWordChar(s.charCodeAt(j + 1)))) {
      j++;
    }
    const text = s.slice(i, j);
    out.push({ start: i, end: j, text, lower: text.toLowerCase().replace(/’/g, "'"), tag: 'NOUN', cap: false });
    i = j;
  }
  return out;
}

/** Tags tokens in place; `names` marks spans known to be names (entities) and `numbers` spans of quantities. */
/** Small words that may stand inside a name between its capitalised words. */
const NAME_JOINERS = new Set(['the', 'of', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'on', 'in']);

export function tag(tokens: Token[], names: Array<[number, number]> = [], numbers: Array<[number, number]> = []): Token[] {
  const within = (spans: Array<[number, number]>, t: Token) => spans.some(([a, b]) => t.start >= a && t.end <= b);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const c = t.text.charCodeAt(0);
    t.cap = (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0].toLowerCase());
    t.tag = firstTag(t, k, tokens, within(names, t), within(numbers, t));
  }
  // Context: nouns and verbs told apart by their neighbours.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (t.tag === 'VERB' && prev && tokens[k - 2]?.tag === 'DET' && COMPARATIVES.has(prev.lower) && (NOUN_VERB.has(t.lower) || NOUN_VERB.has(t.lower.replace(/s$/, '')))) {
      // "a lower count", "a higher estimate": a comparative before a noun that is also a verb.
      prev.tag = 'ADJ';
      t.tag = 'NOUN';
    } else if (t.tag === 'VERB' && k === 0 && !/(?:s|ed|ing)$/.test(t.lower) && next && next.tag === 'VERB' && /[^s]s$/.test(next.lower)) {
      // "Report finds …", "Count shows …": a verb in the third person after a sentence's first word makes that word its subject.
      t.tag = 'NOUN';
    } else if (t.tag === 'VERB' && k <= 3 && /s$/.test(t.lower) && next && (next.tag === 'VERB' || next.tag === 'AUX' || next.tag === 'ADP') && tokens.slice(0, k).every((x) => x.tag === 'NOUN' || x.tag === 'PROPN' || x.tag === 'DET' || x.tag === 'ADJ')) {
      // "Reports said …", "Unofficial estimates put …": a plural noun heading the sentence's subject.
      t.tag = 'NOUN';
    } else if (t.tag === 'NOUN' && /[^s]s$/.test(t.lower) && !t.cap && prev && (prev.tag === 'NOUN' || prev.tag === 'PROPN') && next && (next.tag === 'DET' || next.tag === 'PROPN' || next.tag === 'NUM') && k > 0) {
      // Headline verbs: "Ghent team lifts Tigray death estimate", "Army claims 300 …".
      t.tag = 'VERB';
    } else if (t.tag === 'VERB' && prev && prev.tag === 'NOUN' && (NOUN_VERB.has(t.lower) || NOUN_VERB.has(t.lower.replace(/s$/, ''))) && next && (next.lower === 'to' || next.lower === 'at') && tokens[k + 2]?.tag === 'NUM') {
      // "lifts its death estimate to 518,000", "raised the toll at …": the noun whose value follows.
      t.tag = 'NOUN';
    } else if (t.tag === 'VERB' && prev && (prev.tag === 'NOUN' || prev.tag === 'PROPN') && (NOUN_VERB.has(t.lower) || NOUN_VERB.has(t.lower.replace(/s$/, ''))) && tokens[k - 2] && (tokens[k - 2].tag === 'DET' || tokens[k - 2].tag === 'POSS') && (!next || next.text === ',' || next.text === '.' || next.tag === 'VERB' || next.tag === 'AUX' || next.lower === 'of') && !(/[^s]s$/.test(prev.lower) && !/s$/.test(t.lower) && (!next || next.text === '.' || next.text === ','))) {
      // ("the authors estimate.": a plural subject and a verb in the base form stay a clause.)
      // "its latest estimate", "a lower count", "the hospital records": the head after a modifier.
      t.tag = 'NOUN';
    } else if (t.tag === 'VERB' && prev && (prev.tag === 'DET' || prev.tag === 'ADJ' || prev.tag === 'POSS' || (prev.tag === 'NUM' && !/ed$/.test(t.lower)))) {
      // "the reports", "its claims", "1,000 strikes" — but "the wounded" stays a noun too.
      t.tag = /(?:ed|en)$/.test(t.lower) && next && (next.tag === 'NOUN' || next.tag === 'PROPN') ? 'ADJ' : 'NOUN';
    } else if (t.tag === 'VERB' && prev && prev.tag === 'NOUN' && /s$/.test(t.lower) && !/ss$/.test(t.lower) && next && next.tag === 'ADP' && next.lower !== 'to') {
      // "media reports in Seoul", "claims of victory": a plural noun before its complement.
      t.tag = 'NOUN';
    } else if (t.tag === 'VERB' && prev && prev.tag === 'ADP' && (prev.lower !== 'to' || tokens[k - 2]?.lower === 'according') && /[^s]s$/.test(t.lower)) {
      // "according to counts by …", "in reports from …": a preposition's object is a noun.
      t.tag = 'NOUN';
    } else if (t.tag === 'VERB' && /ing$/.test(t.lower) && prev && (prev.tag === 'DET' || prev.tag === 'ADJ' || (prev.tag === 'PROPN' && tokens[k - 2]?.tag === 'DET')) && next && next.tag === 'NOUN') {
      // "the Ukrainian monitoring group", "a fighting unit": a participle inside a noun phrase.
      t.tag = 'ADJ';
    } else if (t.tag === 'VERB' && prev && prev.tag === 'PROPN' && tokens[k - 2]?.tag === 'DET' && next && next.tag === 'NOUN' && !/(?:s|ed|ing)$/.test(t.lower)) {
      // "a Washington think tank": a noun inside a name-led compound.
      t.tag = 'NOUN';
    } else if (t.tag === 'NOUN' && /s$/.test(t.lower) && VERB_WORDS.has(t.lower) && prev && (prev.tag === 'PROPN' || prev.tag === 'PRON' || prev.tag === 'CLOSE') && next && next.tag !== 'VERB') {
      t.tag = 'VERB';
    } else if (t.tag === 'AUX' && (t.lower === "'s" || t.lower === '’s')) {
      // "Russia's" possessive; "it's" a verb.
      t.tag = prev && prev.tag === 'PRON' ? 'AUX' : 'POSS';
    }
  }
  return tokens;
}

function firstTag(t: Token, k: number, tokens: Token[], name: boolean, number: boolean): Tag {
  const w = t.lower;
  const c = t.text.charCodeAt(0);
  if (number) return 'NUM';
  if (isDigit(c) || c === 36 || c === 0x20ac || c === 0xa3) return 'NUM';
  // "Prisoners' Society", "the rebels' losses": an apostrophe glued to a plural and followed by a word is a possessive.
  if ((w === "'" || w === '’') && k > 0 && tokens[k - 1].end === t.start && /s$/i.test(tokens[k - 1].text) && tokens[k + 1] && tokens[k + 1].start > t.end && isLetterCode(tokens[k + 1].text.charCodeAt(0))) return 'POSS';
  if (t.text.length === 1 && !isLetterCode(c)) return punctTag(t.text);
  if (w === "'s" || w === "’s") return 'AUX';
  if (name && t.cap) return 'PROPN';
  // "Save the Children", "Institute for the Study of War": a small word between capitals inside a known name is the name's.
  if (name && NAME_JOINERS.has(w) && (capital(tokens[k - 1]) || (NAME_JOINERS.has(tokens[k - 1]?.lower ?? '') && capital(tokens[k - 2]))) && (capital(tokens[k + 1]) || (NAME_JOINERS.has(tokens[k + 1]?.lower ?? '') && capital(tokens[k + 2])))) return 'PROPN';
  // "May" the month, not the verb.
  if (t.cap && k > 0 && MONTHS.has(w)) return 'PROPN';
  if (POSSESSIVE_DET.has(w)) return 'DET';
  const cls = CLASS.get(w);
  // "US" is a name, "us" a pronoun; capitals mid-sentence are names unless a function word.
  if (cls && !(t.cap && t.text.length > 1 && t.text === t.text.toUpperCase() && k > 0)) {
    return cls;
  }
  if (NUMBER_WORDS.has(w)) return 'NUM';
  if (t.cap && (k > 0 || name)) return 'PROPN';
  if (VERB_WORDS.has(w)) return 'VERB';
  if (NOT_VERB.has(w)) return 'NOUN';
  if (/ly$/.test(w) && w.length > 4 && !NOT_ADVERB.has(w)) return 'ADV';
  // "Mohamed Elmaouloud Ramadane, …": an opening capital in a run of capitals is a name, whatever its ending.
  if (t.cap && k === 0 && capital(tokens[1]) && (capital(tokens[2]) || tokens[2]?.text === ',')) return 'PROPN';
  if (/[^e]ed$|[^aeiou]ied$|eed$|ted$/.test(w) && w.length > 4) return 'VERB';
  if (/ing$/.test(w) && w.length > 5) return 'VERB';
  // A capital that only opens the sentence is read as the word it is, unless a capital follows ("Andrei Vorobyov").
  if (t.cap && k === 0 && tokens[1]?.cap) return 'PROPN';
  return 'NOUN';
}

/** A word that opens on a capital (tags are read left to right, so a later token's own flag is not set yet). */
function capital(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0].toLowerCase());
}

function punctTag(ch: string): Tag {
  switch (ch) {
    case '"':
    case '“':
    case '”':
    case '‘':
    case '«':
    case '»':
      return 'QUOTE';
    case '(':
    case '[':
      return 'OPEN';
    case ')':
    case ']':
      return 'CLOSE';
    default:
      return 'PUNCT';
  }
}
