/**
 * Marks explicit rates: "1,200 a day", "£3 billion a year", "1,523 soldiers killed or
 * wounded each day", "average daily losses stood at 559", "annual payments of £752m".
 *
 * Watch out for: totals over a period are not rates ("in the past 24 hours", "for the
 * month", "in November"); "a day earlier" is a date, not a rate.
 */
import { caselessAlternation, LETTER, wordCue, type Cue } from '../lexicon/pattern.js';
import { RATE_ADJECTIVES, RATE_PHRASES } from '../lexicon/units.js';
import { key } from '../lexicon/pattern.js';
import type { Mention, Refiner } from '../types.js';
import { copyMention } from '../mention.js';

/** The rate phrase may follow the counted noun phrase by up to five words. */
const RATE_AFTER = new RegExp(
  String.raw`^(?:\s+(?!for\b|in\b|over\b|during\b)[${LETTER}'’-]+){0,5}?(?:\s*,)?\s+(?:on\s+average\s+)?(?<r>${caselessAlternation(Object.keys(RATE_PHRASES))})(?![${LETTER}])(?!\s+(?:earlier|later|after|before|ago|or\s+two)\b)`,
  'i',
);
const RATE_BEFORE = new RegExp(String.raw`\b(?<r>${caselessAlternation(Object.keys(RATE_ADJECTIVES))})\b[^.;:]{0,45}$`, 'i');
/** The longest word of each phrase, standing as a word wherever the phrase matches: a cheap first test. */
const longestWords = (phrases: string[]) => phrases.map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
const RATE_AFTER_CUE = wordCue(longestWords(Object.keys(RATE_PHRASES)));
const RATE_BEFORE_CUE = wordCue(longestWords(Object.keys(RATE_ADJECTIVES)));
/** Each rate pattern with the cue that must match wherever it does (checked by tests). */
export const RATE_CUES: Array<[pattern: RegExp, cue: Cue]> = [
  [RATE_AFTER, RATE_AFTER_CUE],
  [RATE_BEFORE, RATE_BEFORE_CUE],
];
/** An elliptical second figure takes the first one's rate: "April averaging 1,200 a day and March 1,300". */
const ELLIPSIS_GAP = /^[^.;:]{1,40}$/;
const TOTAL_AFTER = /^\s*(?:for\s+the\s+(?:month|week|year|day)|in\s+total|in\s+all|overall|altogether)\b/i;

export const RateRefiner: Refiner = {
  name: 'RateRefiner',
  refine(ctx, mentions) {
    const out: Mention[] = [];
    mentions.forEach((m, i) => {
      const next = mentions[i + 1];
      const limit = next ? next.start : m.end + 80;
      const after = ctx.text.slice(m.end, Math.min(limit, m.end + 80));
      const before = ctx.text.slice(Math.max(0, m.start - 60), m.start);
      let per = m.per;
      let r: RegExpExecArray | null;
      if (!per && RATE_AFTER_CUE.test(after) && (r = RATE_AFTER.exec(after))) per = RATE_PHRASES[key(r.groups!.r)] ?? null;
      if (!per && RATE_BEFORE_CUE.test(before) && (r = RATE_BEFORE.exec(before))) per = RATE_ADJECTIVES[key(r.groups!.r)] ?? null;
      const prev = out[out.length - 1];
      if (!per && prev?.per && prev.unit === m.unit && !TOTAL_AFTER.test(after)) {
        const gap = ctx.text.slice(prev.end, m.start);
        if (ELLIPSIS_GAP.test(gap) && /\band\b|,/.test(gap) && !/(?<![\p{L}])\p{L}{4,}ed\b/u.test(gap)) per = prev.per;
      }
      if (per === m.per) {
        out.push(m);
        return;
      }
      const rated = copyMention(m);
      rated.per = per;
      rated.tags = [...m.tags, 'refiner/RateRefiner'];
      out.push(rated);
    });
    return out;
  },
};
