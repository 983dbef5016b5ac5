/**
 * Keeps one mention per stretch of text: the longest, then the earliest finder's.
 *
 * Watch out for: "a hundred" (words) inside "more than a hundred"; "hundreds" inside
 * "hundreds of thousands" — the vague phrase spans more and wins.
 */
import type { Mention, Refiner } from '../types.js';

export const OverlapRefiner: Refiner = {
  name: 'OverlapRefiner',
  refine(_ctx, mentions) {
    // Most sentences hold one figure: nothing to settle.
    if (mentions.length < 2) return mentions;
    const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const out: Mention[] = [];
    for (const m of sorted) {
      const last = out[out.length - 1];
      if (last && m.start < last.end) {
        if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
        continue;
      }
      out.push(m);
    }
    return out;
  },
};
