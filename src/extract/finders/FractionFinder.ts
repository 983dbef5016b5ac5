/**
 * Shares written as fractions: a share of a whole, unit `percent`.
 *
 *   two-thirds of · a fifth of · one-fifth of Ukraine · half of · about half the
 *   (of a whole named before it) "Of the aid pledged, about two-thirds has been disbursed"
 *
 * Watch out for: "half a billion" and "a quarter of a million" are amounts
 * (NumberWordFinder's), "a third country" is not a share (it needs "of", "the" or a verb), and
 * "the first half of the year" is a time.
 */
import { caselessAlternation, LETTER, wordCue } from '../lexicon/pattern.js';
import { FRACTIONS } from '../lexicon/numbers.js';
import type { Finder } from '../types.js';
import { key } from '../lexicon/pattern.js';

export const FractionFinder: Finder = {
  name: 'FractionFinder',
  // The last word of every fraction ("third", "three-quarters") stands as a whole word.
  cue: wordCue(Object.keys(FRACTIONS).map((f) => f.split(' ').pop()!)),
  pattern: new RegExp(
    // "the first half of 2025", "the second quarter": a part of a period, not a share.
    String.raw`(?<![${LETTER}-])(?<!\b(?:first|second|third|fourth|last|final|latter|former|early|late|earlier|later)\s)(?<frac>${caselessAlternation(Object.keys(FRACTIONS))})(?=\s+(?:of|the)\s+(?!a\s+(?:million|billion|thousand|trillion))|\s+(?:has|have|had|was|were|is|are|remains?|remained|will|would)\s)`,
    'gi',
  ),
  extract(_ctx, m) {
    const v = FRACTIONS[key(m.groups!.frac)];
    if (v == null) return null;
    const value = Math.round(v * 100) / 100;
    return { start: m.index, end: m.index + m[0].length, low: value, high: value, approximate: false, unit: 'percent', share: true };
  },
};
