/**
 * Merges two numbers that form a range.
 *
 *   10,000 to 12,000 · 10,000-12,000 · 10,000–12,000 · between 10,000 and 12,000 ·
 *   from 1,000 to 3,000 · 100 to 150 thousand · between 45% and 65% ·
 *   between one and three kilometres
 *
 * Watch out for: "up from 41,980" (no second number), "the ISW at 203 and AFP at 240"
 * (two claims: "and" joins a range only after "between"), dates ("8 and 13 October" are
 * dropped before this pass).
 */
import type { Mention, Refiner } from '../types.js';
import { copyMention } from '../mention.js';

const JOIN = /^\s*(?:to|[-–—]|and)\s*$/i;
const BETWEEN = /\bbetween\s+$/i;
const SCALE_WORD = /(?:thousand|million|billion|trillion|bn|mn|m|k)$/i;

export const RangeRefiner: Refiner = {
  name: 'RangeRefiner',
  refine(ctx, mentions) {
    const out: Mention[] = [];
    for (let i = 0; i < mentions.length; i++) {
      const a = mentions[i];
      const b = mentions[i + 1];
      if (!b || a.low == null || b.high == null) {
        out.push(a);
        continue;
      }
      const gap = ctx.text.slice(a.end, b.start);
      const before = ctx.text.slice(Math.max(0, a.start - 12), a.start);
      const between = BETWEEN.test(before);
      const j = JOIN.exec(gap);
      if (!j || (/and/i.test(gap) && !between) || (a.unit && b.unit && a.unit !== b.unit)) {
        out.push(a);
        continue;
      }
      let low = a.low;
      const bQuote = ctx.text.slice(b.start, b.end);
      const aQuote = ctx.text.slice(a.start, a.end);
      const s = SCALE_WORD.exec(bQuote);
      if (s && !SCALE_WORD.test(aQuote) && b.low != null && low * 1000 <= b.low) {
        // "100 to 150 thousand": the scale written once applies to both ends.
        const factor = b.low / Number(bQuote.replace(/[^\d.]/g, '') || b.low);
        if (Number.isFinite(factor) && factor > 1) low = Math.round(low * factor);
      }
      if (low > b.high) {
        out.push(a);
        continue;
      }
      const start = between ? a.start - (before.length - before.search(/between\s+$/i)) : a.start;
      const range = copyMention(b);
      range.start = start;
      range.low = low;
      range.approximate = a.approximate || b.approximate;
      range.unit = b.unit ?? a.unit;
      range.share = a.share || b.share;
      range.bare = false;
      range.tags = [...a.tags, ...b.tags, 'refiner/RangeRefiner'];
      out.push(range);
      i++;
    }
    return out;
  },
};
