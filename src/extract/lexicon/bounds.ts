/**
 * Words before a number that bound or blur it (contract value table). `side` says which
 * end the number fixes: "low" (at least 1,200 → [1200, null]), "high" (up to 1,200 →
 * [null, 1200]) or "both" (about 1,200 → [1200, 1200], approximate).
 */
export interface Bound {
  side: 'low' | 'high' | 'both';
  approximate: boolean;
}

export const BOUNDS: Record<string, Bound> = {
  // open upper end
  'as many as': { side: 'high', approximate: false },
  'up to': { side: 'high', approximate: false },
  'no more than': { side: 'high', approximate: false },
  'not more than': { side: 'high', approximate: false },
  'fewer than': { side: 'high', approximate: false },
  'less than': { side: 'high', approximate: false },
  'under': { side: 'high', approximate: false },
  'just under': { side: 'high', approximate: false },
  'below': { side: 'high', approximate: false },
  'at most': { side: 'high', approximate: false },
  'nearly': { side: 'high', approximate: true },
  'almost': { side: 'high', approximate: true },
  'close to': { side: 'high', approximate: true },
  'closer to': { side: 'high', approximate: true },
  'approaching': { side: 'high', approximate: true },
  'just shy of': { side: 'high', approximate: true },
  // open lower end
  'at least': { side: 'low', approximate: false },
  'more than': { side: 'low', approximate: false },
  'over': { side: 'low', approximate: false },
  'just over': { side: 'low', approximate: false },
  'well over': { side: 'low', approximate: false },
  'upwards of': { side: 'low', approximate: false },
  'in excess of': { side: 'low', approximate: false },
  'no fewer than': { side: 'low', approximate: false },
  'no less than': { side: 'low', approximate: false },
  'not less than': { side: 'low', approximate: false },
  'a minimum of': { side: 'low', approximate: false },
  'above': { side: 'low', approximate: false },
  'exceeding': { side: 'low', approximate: false },
  // verbs that say the same: "the count passes 122,000"
  'passes': { side: 'low', approximate: false },
  'passed': { side: 'low', approximate: false },
  'surpassed': { side: 'low', approximate: false },
  'surpasses': { side: 'low', approximate: false },
  'exceeds': { side: 'low', approximate: false },
  'exceeded': { side: 'low', approximate: false },
  'tops': { side: 'low', approximate: false },
  // … and in the plural ("arrivals pass 600,000", "losses exceed 200", "the displaced top 2 million")
  'pass': { side: 'low', approximate: false },
  'exceed': { side: 'low', approximate: false },
  'surpass': { side: 'low', approximate: false },
  'top': { side: 'low', approximate: false },
  'topped': { side: 'low', approximate: false },
  // approximate point
  'about': { side: 'both', approximate: true },
  'around': { side: 'both', approximate: true },
  'approximately': { side: 'both', approximate: true },
  'roughly': { side: 'both', approximate: true },
  'some': { side: 'both', approximate: true },
  'an estimated': { side: 'both', approximate: true },
  'estimated': { side: 'both', approximate: true },
  'an approximate': { side: 'both', approximate: true },
  'circa': { side: 'both', approximate: true },
  'approx.': { side: 'both', approximate: true },
  'an average of': { side: 'both', approximate: false },
  'on average': { side: 'both', approximate: false },
  'a total of': { side: 'both', approximate: false },
  'a further': { side: 'both', approximate: false },
  'another': { side: 'both', approximate: false },
  'an additional': { side: 'both', approximate: false },
};

/** Bound words that are not hedges (they describe the figure's kind, not its certainty). */
export const NOT_HEDGES = new Set(['an average of', 'on average', 'a total of', 'a further', 'another', 'an additional']);
