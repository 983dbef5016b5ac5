/**
 * The sentence model: read once per sentence that holds a figure or a statement, and
 * shared by the attachers. Tokens with parts of speech (tokens.ts), the stretches inside
 * quotation marks and brackets, clause openers, and noun phrases read outwards from a
 * token.
 *
 *   “We lost 300 men,” the commander, Ivan Petrov, told reporters on Monday.
 *   [quote········]   [np··········  apposition··]  verb
 */
import { tag, tokenize, type Tag, type Token } from './tokens.js';
import { COMPLEMENT_ADJECTIVES, TITLE_ABBREVIATIONS } from '../lexicon/grammar.js';

export interface SentenceModel {
  text: string;
  tokens: Token[];
  /** For each token, the index of the quotation it stands in, or -1. */
  quote: Int16Array;
  /** Quotations as token ranges [first, last]. */
  quotes: Array<[number, number]>;
  /** For each token, the depth of brackets it stands in. */
  depth: Uint8Array;
  /** 1 for tokens inside a figure the finders found. */
  figure: Uint8Array;
}

/** `inQuote`: the sentence starts inside a quotation an earlier sentence opened. */
export function readModel(text: string, names: Array<[number, number]>, numbers: Array<[number, number]>, inQuote = false): SentenceModel {
  const tokens = tag(tokenize(text), names, numbers);
  const quote = new Int16Array(tokens.length).fill(-1);
  const depth = new Uint8Array(tokens.length);
  const quotes: Array<[number, number]> = [];
  const figure = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) for (const [a, b] of numbers) if (tokens[k].start >= a && tokens[k].end <= b) figure[k] = 1;
  let open = inQuote ? 0 : -1;
  let d = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.tag === 'OPEN') d++;
    depth[k] = d;
    if (t.tag === 'CLOSE' && d > 0) d--;
    if (t.tag !== 'QUOTE') {
      if (open >= 0) quote[k] = quotes.length;
      continue;
    }
    const opening = t.text === '“' || t.text === '«' || t.text === '‘' || (t.text === '"' && open < 0);
    const closing = t.text === '”' || t.text === '»' || (t.text === '"' && open >= 0);
    if (opening && open < 0) open = k;
    else if (closing && open >= 0) {
      quotes.push([open, k]);
      for (let j = open; j <= k; j++) quote[j] = quotes.length - 1;
      open = -1;
    }
  }
  // An unclosed quotation runs to the end of the sentence (a quote that spans paragraphs).
  if (open >= 0) {
    quotes.push([open, tokens.length - 1]);
    for (let j = open; j < tokens.length; j++) quote[j] = quotes.length - 1;
  }
  return { text, tokens, quote, quotes, depth, figure };
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(m: SentenceModel, offset: number): number {
  const ts = m.tokens;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NP_TAGS = new Set<Tag>(['NOUN', 'PROPN', 'ADJ', 'NUM', 'POSS', 'DET']);
/** Adverbs of degree that stand inside a noun phrase. */
const DEGREE = new Set(['most', 'more', 'least', 'less', 'very', 'newly', 'recently', 'widely', 'highly']);
/** Adjectives that take a complement inside a speaker phrase ("familiar with", "close to"). */
const COMPLEMENT_HEADS = new Set(COMPLEMENT_ADJECTIVES);
/** Prepositions that join two nouns inside one name or description ("Institute for the Study of War", "mission in Ukraine"). */
/** Days, months and parts of time that close a phrase rather than extend it. */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'afternoon', 'day', 'time']);
const TITLES_WITH_STOP = new Set(TITLE_ABBREVIATIONS);
const NP_INNER_ADP = new Set(['of', 'for', 'in', 'at', 'on', 'to', 'from']);

/**
 * The noun phrase that ends at token `last` (inclusive), read leftwards: nouns,
 * adjectives, names, possessives, determiners, a bracketed acronym, and prepositional
 * phrases inside a name. Returns the first token, or -1 when `last` ends no noun phrase.
 */
export function phraseEndingAt(m: SentenceModel, last: number): number {
  const ts = m.tokens;
  let k = last;
  let first = -1;
  while (k >= 0) {
    const t = ts[k];
    if (t.tag === 'CLOSE') {
      // "the National Intelligence Service (NIS)": skip back over the brackets.
      let j = k - 1;
      while (j >= 0 && ts[j].tag !== 'OPEN' && k - j < 8) j--;
      if (j < 0 || ts[j].tag !== 'OPEN') break;
      k = j - 1;
      continue;
    }
    if (NP_TAGS.has(t.tag) || (t.tag === 'PUNCT' && (t.text === '-' || t.text === '&' || t.text === '.') && k > 0 && k < last)) {
      first = k;
      // A determiner opens the phrase unless a preposition inside a name stands before it.
      if (t.tag === 'DET' && !(k > 1 && ts[k - 1].tag === 'ADP' && ((NP_INNER_ADP.has(ts[k - 1].lower) && NP_TAGS.has(ts[k - 2].tag) && ts[k - 2].tag !== 'DET') || COMPLEMENT_HEADS.has(ts[k - 2].lower)))) break;
      k--;
      continue;
    }
    if (t.tag === 'ADP' && NP_INNER_ADP.has(t.lower) && first >= 0 && k > 0 && (ts[k - 1].tag === 'NOUN' || ts[k - 1].tag === 'PROPN')) {
      k--;
      continue;
    }
    // "officials familiar with the assessment", "sources close to the talks": a complement inside the phrase.
    if (t.tag === 'ADP' && first >= 0 && k > 1 && COMPLEMENT_HEADS.has(ts[k - 1].lower)) {
      k -= 2;
      continue;
    }
    // "the Center for Strategic and International Studies": a conjunction inside a name.
    if (t.tag === 'CCONJ' && t.lower === 'and' && first >= 0 && ts[k + 1].tag === 'PROPN' && k > 0 && ts[k - 1].tag === 'PROPN') {
      k--;
      continue;
    }
    break;
  }
  return first;
}

/**
 * The noun phrase that starts at token `first`, read rightwards to its last token, with
 * prepositional phrases inside a name and a bracketed acronym; -1 when none starts there.
 */
export function phraseStartingAt(m: SentenceModel, first: number, stopAt = m.tokens.length): number {
  const ts = m.tokens;
  let last = -1;
  let k = first;
  while (k < stopAt) {
    const t = ts[k];
    if (NP_TAGS.has(t.tag) && !(t.tag === 'DET' && last >= 0 && ts[k - 1].tag !== 'ADP')) {
      last = k;
      k++;
      continue;
    }
    // "the most recent figures", "a very large share": a degree adverb inside the phrase.
    if (DEGREE.has(t.lower) && k + 1 < stopAt && (ts[k + 1].tag === 'ADJ' || ts[k + 1].tag === 'NOUN')) {
      k++;
      continue;
    }
    if (t.tag === 'OPEN' && last >= 0) {
      let j = k + 1;
      while (j < stopAt && ts[j].tag !== 'CLOSE' && j - k < 8) j++;
      if (j < stopAt && ts[j].tag === 'CLOSE') {
        last = j;
        k = j + 1;
        continue;
      }
      break;
    }
    if (t.tag === 'ADP' && NP_INNER_ADP.has(t.lower) && last >= 0 && k + 1 < stopAt && (NP_TAGS.has(ts[k + 1].tag))) {
      // "spokesman for the ministry", "Institute for the Study of War": keep going only into a name or a body.
      const next = ts[k + 1].tag === 'DET' ? ts[k + 2] : ts[k + 1];
      // "the ministry on Monday", "the agency in March": a time after the name is when, not part of it.
      if (next && (next.tag === 'PROPN' || next.tag === 'NOUN' || next.tag === 'ADJ') && !TIME_WORDS.has(next.lower)) {
        k++;
        continue;
      }
    }
    if (t.tag === 'CCONJ' && t.lower === 'and' && last >= 0 && ts[k - 1].tag === 'PROPN' && ts[k + 1]?.tag === 'PROPN') {
      k++;
      continue;
    }
    // "Dr. Anja Wolz", "Gen. Amos Kariuki": the stop after a title's abbreviation is inside the name.
    if (t.text === '.' && last >= 0 && TITLES_WITH_STOP.has(ts[k - 1].lower) && ts[k + 1]?.tag === 'PROPN') {
      k++;
      continue;
    }
    if (t.tag === 'PUNCT' && (t.text === '-' || t.text === '&') && last >= 0) {
      k++;
      continue;
    }
    break;
  }
  return last;
}

/** Text of tokens [a, b] as written. */
export function slice(m: SentenceModel, a: number, b: number): string {
  return m.text.slice(m.tokens[a].start, m.tokens[b].end);
}
