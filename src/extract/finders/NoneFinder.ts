/**
 * Zero written as "no": "there were no casualties", "No Israeli soldiers were wounded",
 * "no one was killed". A zero is a claim like any other figure.
 *
 * Watch out for: "no longer", "no more than 1,200" (a bound, BoundRefiner's), "no
 * comment": only "no" before a counted people noun or a casualty noun counts.
 */
import { caselessAlternation, LETTER, wordCue } from '../lexicon/pattern.js';
import type { Finder } from '../types.js';

/** What "no" must count to be a zero: casualty nouns and people. */
const ZERO_NOUNS = ['casualties', 'deaths', 'dead', 'injuries', 'fatalities', 'losses', 'wounded', 'soldiers', 'troops',
  'civilians', 'people', 'servicemen', 'personnel', 'prisoners', 'victims', 'one'];

/** After "no": "one" as the subject of a verb of knowing or saying. */
const NO_ONE_KNOWS = /^\s{1,2}one\s{1,2}(?:(?:yet|really|outside|else)\s{1,2})?(?:can|could|knows?|knew|is\s{1,2}(?:sure|certain)|has\s{1,2}(?:counted|said|claimed)|will\s{1,2}(?:know|say)|seems|appears|claimed|claims|says|said)\b/i;

export const NoneFinder: Finder = {
  name: 'NoneFinder',
  cue: wordCue(['no', 'zero']),
  pattern: new RegExp(
    String.raw`(?<![${LETTER}])(?:no|zero)(?=\s+(?:[${LETTER}-]+\s+){0,2}(?:${caselessAlternation(ZERO_NOUNS)})(?![${LETTER}]))`,
    'gi',
  ),
  extract(ctx, m) {
    // "no one can say how many died", "no one knows": nobody's knowledge, not a count of zero.
    if (NO_ONE_KNOWS.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
    return { start: m.index, end: m.index + m[0].length, low: 0, high: 0, approximate: false, unit: null };
  },
};
