/**
 * Numbers written as words.
 *
 *   three · fifty-seven · a dozen · twelve hundred · one thousand · a hundred · a million
 *   2.5 million (digits + scale word is NumeralFinder's) · a quarter of a million · half a billion
 *
 * Watch out for: "one of the", "a million" in idioms is still a number; "first" and
 * other ordinals are not number words and never match.
 */
import { caselessAlternation, LETTER, wordCue } from '../lexicon/pattern.js';
import { FRACTION_MULTIPLIERS, SCALES, TENS_WORDS, UNITS_WORDS } from '../lexicon/numbers.js';
import type { Finder } from '../types.js';
import { parseNumberWords } from './numbers.js';

const SMALL = caselessAlternation([...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS)]);
const TENS = caselessAlternation(Object.keys(TENS_WORDS));
const UNITS = caselessAlternation(Object.keys(UNITS_WORDS).filter((w) => UNITS_WORDS[w] < 10 && UNITS_WORDS[w] > 0));
/** "fifty-seven", "twenty one", "nineteen". */
const BELOW_HUNDRED = String.raw`(?:(?:${TENS})(?:[-\s](?:${UNITS}))?|${SMALL})`;
const BIG = 'thousand|million|billion|trillion';
const WORDS = String.raw`(?:${BELOW_HUNDRED}|a)(?:\s+hundred(?:\s+(?:and\s+)?${BELOW_HUNDRED})?)?(?:\s+(?:${BIG})(?:\s+(?:and\s+)?${BELOW_HUNDRED}(?:\s+hundred)?)?)*`;
const FRACTION = caselessAlternation(Object.keys(FRACTION_MULTIPLIERS));

export const NumberWordFinder: Finder = {
  name: 'NumberWordFinder',
  // Every match holds a number word or a scale word standing as a whole word ("a" alone is no number).
  cue: wordCue([...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), 'hundred', ...BIG.split('|'), 'dozen']),
  pattern: new RegExp(
    String.raw`(?<![${LETTER}\d-])(?:(?<frac>${FRACTION})\s+(?:of\s+)?a\s+(?<fscale>${BIG})|(?<dozen>(?:(?<half>half\s+a)|a|(?<dn>two|three|four|five|six|seven|eight|nine|ten))\s+dozen)|(?<words>${WORDS}))(?![${LETTER}\d]|-(?:year|day|week|month|hour|minute|storey|story|floor|member|point|page|percent|time|fold|way|man|tonne|ton))`,
    'gi',
  ),
  extract(_ctx, m) {
    const g = m.groups!;
    let value: number | null = null;
    if (g.frac) {
      value = FRACTION_MULTIPLIERS[g.frac.toLowerCase().replace(/\s+/g, ' ')] * SCALES[g.fscale.toLowerCase()];
    } else if (g.dozen) {
      // "two dozen drones": so many twelves; "half a dozen", six.
      value = g.half ? 6 : 12 * (g.dn ? UNITS_WORDS[g.dn.toLowerCase()] : 1);
    } else {
      const w = g.words.toLowerCase();
      // A lone "a" is an article; "a hundred" / "a million" are numbers.
      if (/^a$/.test(w)) return null;
      value = parseNumberWords(w);
    }
    if (value == null) return null;
    return { start: m.index, end: m.index + m[0].length, low: value, high: value, approximate: false, unit: null };
  },
};
