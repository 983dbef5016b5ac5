/**
 * Hedges: the bound word of the number itself ("as many as", "about") and the words in
 * its clause that weaken it ("reportedly", "estimated", "could", "are believed to").
 *
 * Watch out for: "about"/"around" elsewhere in the clause belong to other numbers; a
 * sentence-level "could not be independently verified" governs every claim it refers to.
 */
import { caselessAlternation, edgeMatches, wordScan } from '../lexicon/pattern.js';
import { HEDGES, SENTENCE_HEDGES } from '../lexicon/hedges.js';
import { NOT_HEDGES } from '../lexicon/bounds.js';

/** Hedge words that bound a number and count only as that number's own bound. */
const NUMBER_BOUND_HEDGES = new Set(['about', 'around', 'approximately', 'roughly', 'some']);
const HEDGE_WORDS = wordScan(HEDGES.filter((h) => !NUMBER_BOUND_HEDGES.has(h)));
const SENTENCE_RE = new RegExp(String.raw`(?:${caselessAlternation(SENTENCE_HEDGES)})`, 'i');

/** `inSentence`: what sentenceHedge() found in the whole sentence, read once per sentence by the caller. */
export function attachHedges(text: string, bound: string | null, clause: [number, number], inSentence: string | null): string[] {
  const out: string[] = [];
  // "an estimated 150,000" is hedged by "estimated", as the contract writes it.
  if (bound && !NOT_HEDGES.has(bound)) out.push(bound.replace(/^an?\s+/, ''));
  for (const m of edgeMatches(HEDGE_WORDS, text.slice(clause[0], clause[1]))) {
    if (m[0] === 'May' && isMonth(text, clause[0] + m.index!)) continue;
    out.push(m[0].toLowerCase().replace(/\s+/g, ' '));
  }
  if (inSentence) out.push(inSentence);
  return [...new Set(out)];
}

/**
 * "since early May", "on 3 May", "May 12": a capital May inside a sentence, or one before a
 * day or a year, is the month; the modal is written small there.
 */
function isMonth(text: string, at: number): boolean {
  if (/^May\s{1,2}\d/.test(text.slice(at, at + 6))) return true;
  const before = text.slice(Math.max(0, at - 3), at);
  return before.trim() !== '' && !/[.!?:;“"‘'(\[]\s{0,2}$/.test(before);
}

export function sentenceHedge(sentence: string): string | null {
  const s = SENTENCE_RE.exec(sentence);
  return s ? s[0].toLowerCase() : null;
}
