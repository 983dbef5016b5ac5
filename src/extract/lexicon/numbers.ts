/** Number words, scales, fractions and vague quantities (contract value table). Data only. */

export const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words and abbreviations, as written after a number ("5.6bn", "2.5 million"). */
export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/** Scale abbreviations only valid glued to a number or after a currency amount ("€2m", "$3bn"). */
export const SHORT_SCALES = new Set(['k', 'm', 'mn', 'mln', 'b', 'bn', 'tn', 'trn']);

/** "a dozen" is exact (contract), "dozens" vague. */
export const DOZEN = 12;

/** Shares written as words; values in percent. */
export const FRACTIONS: Record<string, number> = {
  half: 50,
  'a half': 50,
  'one half': 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'one-third': 100 / 3,
  'two thirds': 200 / 3,
  'two-thirds': 200 / 3,
  'a quarter': 25,
  'one quarter': 25,
  'one-quarter': 25,
  'three quarters': 75,
  'three-quarters': 75,
  'a fifth': 20,
  'one fifth': 20,
  'one-fifth': 20,
  'two fifths': 40,
  'two-fifths': 40,
  'a tenth': 10,
  'one tenth': 10,
  'one-tenth': 10,
};

/** Multipliers that scale a following "of a million" ("a quarter of a million" = 250,000). */
export const FRACTION_MULTIPLIERS: Record<string, number> = {
  half: 0.5,
  'a half': 0.5,
  'a third': 1 / 3,
  'a quarter': 0.25,
  'three quarters': 0.75,
  'three-quarters': 0.75,
};

/**
 * Vague quantities and their intervals, from the contract's value table. A bare plural
 * scale ("hundreds") spans 2–9.99 of that scale; "tens of thousands" likewise.
 */
export const VAGUE: Record<string, { low: number; high: number }> = {
  'a couple hundred': { low: 200, high: 200 },
  'a couple of hundred': { low: 200, high: 200 },
  'a few hundred': { low: 300, high: 300 },
  'a few thousand': { low: 3000, high: 3000 },
  'several hundred': { low: 300, high: 900 },
  // A scale word after a vague hundred scales it: "several hundred thousand people".
  'a couple hundred thousand': { low: 200000, high: 200000 },
  'a couple of hundred thousand': { low: 200000, high: 200000 },
  'a few hundred thousand': { low: 300000, high: 300000 },
  'several hundred thousand': { low: 300000, high: 900000 },
  'several thousand': { low: 3000, high: 9000 },
  'several million': { low: 3e6, high: 9e6 },
  'several billion': { low: 3e9, high: 9e9 },
  'several dozen': { low: 36, high: 108 },
  // Alone, only before a counted noun (NonClaimRefiner): "several soldiers", not "several times".
  several: { low: 3, high: 9 },
  'a few dozen': { low: 36, high: 36 },
  'a couple dozen': { low: 24, high: 24 },
  dozens: { low: 24, high: 99 },
  // As "dozens" counts twelves, "scores of" counts twenties: two at least, short of a hundred. Only before "of" (NonClaimRefiner).
  scores: { low: 40, high: 99 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2000, high: 9999 },
  'tens of thousands': { low: 20000, high: 99999 },
  'hundreds of thousands': { low: 200000, high: 999999 },
  millions: { low: 2e6, high: 9999999 },
  'tens of millions': { low: 2e7, high: 99999999 },
  'hundreds of millions': { low: 2e8, high: 999999999 },
  billions: { low: 2e9, high: 9999999999 },
};
