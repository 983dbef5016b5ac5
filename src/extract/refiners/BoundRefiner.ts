/**
 * Applies the bound or approximation written before a number (contract value table).
 *
 *   as many as 1,200 → [null, 1200] · at least 10,000 → [10000, null] ·
 *   about 20% → 20 ≈ · nearly 11,000 → [null, 11000] ≈ · just over 1,200 → [1200, null]
 *
 * Watch out for: "an average of", "a further", "another" are kept as words that describe
 * the figure but do not bound it, and they stay out of the quote.
 */
import { alternation, key, LETTER } from '../lexicon/pattern.js';
import { BOUNDS, NOT_HEDGES } from '../lexicon/bounds.js';
import type { Mention, Refiner } from '../types.js';

const BOUND_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}])(?<b>${alternation(Object.keys(BOUNDS))})\s+$`, 'i');

export const BoundRefiner: Refiner = {
  name: 'BoundRefiner',
  refine(ctx, mentions) {
    return mentions.map((m): Mention => {
      const before = ctx.text.slice(Math.max(0, m.start - 30), m.start);
      const r = BOUND_BEFORE.exec(before);
      if (!r) return m;
      const word = key(r.groups!.b);
      const bound = BOUNDS[word];
      if (!bound) return m;
      const tags = [...m.tags, 'refiner/BoundRefiner'];
      if (NOT_HEDGES.has(word)) return { ...m, tags };
      const start = m.start - (before.length - (r.index + r[0].indexOf(r.groups!.b)));
      const next: Mention = { ...m, start, bound: word, tags, approximate: m.approximate || bound.approximate, bare: false };
      if (bound.side === 'low') next.high = null;
      if (bound.side === 'high') next.low = null;
      if (bound.side === 'both') next.approximate = true;
      return next;
    });
  },
};
