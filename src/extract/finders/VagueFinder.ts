/**
 * Vague quantities with the contract's intervals.
 *
 *   a couple hundred · a few hundred · several hundred · hundreds · thousands ·
 *   tens of thousands · hundreds of thousands · dozens · several billion
 *
 * Watch out for: "hundreds" inside "hundreds of thousands" (the longest phrase wins),
 * "dozens of times" is still a quantity (of times: the measure pass decides).
 */
import { caselessAlternation, LETTER, wordCue } from '../lexicon/pattern.js';
import { VAGUE } from '../lexicon/numbers.js';
import type { Finder } from '../types.js';
import { key } from '../lexicon/pattern.js';

function lastWord(phrase: string): string {
  return phrase.split(' ').pop()!;
}

export const VagueFinder: Finder = {
  name: 'VagueFinder',
  // The last word of every phrase ("hundreds", "thousand") stands as a whole word.
  cue: wordCue(Object.keys(VAGUE).map(lastWord)),
  pattern: new RegExp(String.raw`(?<![${LETTER}-])(?:${caselessAlternation(Object.keys(VAGUE))})(?![${LETTER}])`, 'gi'),
  extract(_ctx, m) {
    const v = VAGUE[key(m[0])];
    if (!v) return null;
    return { start: m.index, end: m.index + m[0].length, low: v.low, high: v.high, approximate: true, unit: null };
  },
};
