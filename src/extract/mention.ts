/**
 * Mentions are built only here, each from the same object literal, so that every mention
 * has one hidden class. The passes read mentions in their hottest loops; built with
 * spreads in five places, mentions came in seven shapes and every read of them was
 * polymorphic.
 */
import type { Draft, Mention } from './types.js';

/** A finder's draft as a mention: no bound or rate yet. */
export function fromDraft(d: Draft, tags: string[]): Mention {
  return {
    start: d.start,
    end: d.end,
    low: d.low,
    high: d.high,
    approximate: d.approximate,
    unit: d.unit,
    per: null,
    bound: null,
    share: d.share ?? false,
    increment: d.increment ?? false,
    bare: d.bare ?? false,
    tags,
  };
}

/** A copy of `m` for a refiner to change. */
export function copyMention(m: Mention): Mention {
  return {
    start: m.start,
    end: m.end,
    low: m.low,
    high: m.high,
    approximate: m.approximate,
    unit: m.unit,
    per: m.per,
    bound: m.bound,
    share: m.share,
    increment: m.increment,
    bare: m.bare,
    tags: m.tags,
  };
}

/**
 * `mentions.map(f)` and `mentions.filter(keep)` for the refiners, into one array literal
 * each: the arrays map() and filter() return differ in kind when empty, and each new kind
 * passed down the refiner chain sent its optimised code back to slow code.
 */
export function mapMentions(mentions: readonly Mention[], f: (m: Mention) => Mention): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) out.push(f(m));
  return out;
}

export function keepMentions(mentions: readonly Mention[], keep: (m: Mention) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) if (keep(m)) out.push(m);
  return out;
}
