/** Parsing helpers shared by the finders: digit strings and English number words. */
import { SCALES, TENS_WORDS, UNITS_WORDS } from '../lexicon/numbers.js';

/** "1,200" → 1200, "12 000" → 12000, "5.6" → 5.6. */
export function parseDigits(s: string): number {
  const t = s.replace(/[,\s\u00a0\u202f]/g, '');
  return Number(t);
}

export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return SCALES[word.toLowerCase()] ?? 1;
}

/**
 * Parses number words: "fifty-seven", "twelve hundred", "three thousand", "one
 * hundred and twenty". Returns null when a word is not a number word.
 */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase.toLowerCase().replace(/-/g, ' ').replace(/\band\b/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'a') {
      current = current || 1;
      seen = true;
      continue;
    }
    if (w in UNITS_WORDS) {
      current += UNITS_WORDS[w];
      seen = true;
    } else if (w in TENS_WORDS) {
      current += TENS_WORDS[w];
      seen = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') {
      total += (current || 1) * SCALES[w];
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}
