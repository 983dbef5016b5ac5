/**
 * Applies the bound or approximation written before a number (contract value table).
 *
 *   as many as 1,200 → [null, 1200] · at least 10,000 → [10000, null] ·
 *   about 20% → 20 ≈ · nearly 11,000 → [null, 11000] ≈ · just over 1,200 → [1200, null]
 *
 * Watch out for: "an average of", "a further", "another" are kept as words that describe
 * the figure but do not bound it, and they stay out of the quote.
 */
import { caselessAlternation, isLetterCode, key, LETTER } from '../lexicon/pattern.js';
import { isSpace } from '../../text/sentences.js';
import { BOUNDS, NOT_HEDGES } from '../lexicon/bounds.js';
import type { Mention, Refiner } from '../types.js';
import { copyMention, mapMentions } from '../mention.js';

export const BOUND_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}])(?<b>${caselessAlternation(Object.keys(BOUNDS))})\s+$`, 'i');

/** The last word of each bound phrase, lower case. */
const LAST_WORDS = new Set(Object.keys(BOUNDS).map((b) => b.split(' ').pop()!.toLowerCase()));

/**
 * False when BOUND_BEFORE cannot match `before`: it needs spaces at the end and, before
 * them, a bound phrase's last word with no letter before it. Most figures have no bound.
 */
export function mayEndWithBound(before: string): boolean {
  let end = before.length;
  if (!end || !isSpace(before.charCodeAt(end - 1))) return false;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(before.charCodeAt(start - 1))) start--;
  const word = before.slice(start, end).toLowerCase();
  for (let k = 0; k < word.length; k++) {
    if ((k === 0 || !isLetterCode(word.charCodeAt(k - 1))) && LAST_WORDS.has(word.slice(k))) return true;
  }
  return false;
}

/** Verbs whose particle is "over": "handed over", "took over", "turned over". */
const PARTICLE_VERB = /\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|take[ns]?|taking|pass(?:ed|es|ing)?|sign(?:ed|s|ing)?|carr(?:y|ied|ies|ying)|won|win[s]?|winning)\s{1,2}$/i;

/** Verbs "under" follows as a preposition: "came under", "had come under", "fell under". */
const UNDER_VERB = /\b(?:c[ao]me|comes|coming|fell|fall(?:s|en|ing)?)\s{1,2}$/i;

/** A determiner or preposition before "top" or "pass" makes it a noun or an adjective. */
const NOUN_BEFORE = /\b(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|to|at|on|in|of|from|mountain)\s{1,2}$/i;

export const BoundRefiner: Refiner = {
  name: 'BoundRefiner',
  refine(ctx, mentions) {
    return mapMentions(mentions, (m): Mention => {
      const before = ctx.text.slice(Math.max(0, m.start - 30), m.start);
      const r = mayEndWithBound(before) ? BOUND_BEFORE.exec(before) : null;
      if (!r) return m;
      const word = key(r.groups!.b);
      const bound = BOUNDS[word];
      if (!bound) return m;
      // "handed over 390 prisoners", "took over 12 villages": a verb's particle, not a bound.
      if (word === 'over' && PARTICLE_VERB.test(before.slice(0, r.index + r[0].indexOf(r.groups!.b)))) return m;
      // "came under 17 air raids", "were under fire": a place or people under attack, not a bound.
      if (word === 'under' && UNDER_VERB.test(before.slice(0, r.index + r[0].indexOf(r.groups!.b)))) return m;
      // "the top 10 donors", "a pass 3 km long": after a determiner the word is a noun or an adjective, not a verb.
      if ((word === 'top' || word === 'pass') && NOUN_BEFORE.test(before.slice(0, r.index + r[0].indexOf(r.groups!.b)))) return m;
      const tags = [...m.tags, 'refiner/BoundRefiner'];
      const next = copyMention(m);
      next.tags = tags;
      if (NOT_HEDGES.has(word)) return next;
      next.start = m.start - (before.length - (r.index + r[0].indexOf(r.groups!.b)));
      next.bound = word;
      next.approximate = m.approximate || bound.approximate;
      next.bare = false;
      if (bound.side === 'low') next.high = null;
      if (bound.side === 'high') next.low = null;
      if (bound.side === 'both') next.approximate = true;
      return next;
    });
  },
};
