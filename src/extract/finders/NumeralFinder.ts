/**
 * Numbers written with digits, with an optional currency before and scale after.
 *
 *   1,200 · 12 000 · 5.6 · $5.6 billion · 5.6bn · €2m · £1.5 million · US$ 300m · +1,200
 *
 * Watch out for: "Su-27" and "G7" (letters glued in front: models, not quantities),
 * "1.200" (a decimal in English copy; only "1.200.000" is read as thousands),
 * "m" after a plain number ("40 m" is metres: short scales need a currency or no space).
 */
import { CURRENCY_PREFIXES, } from '../lexicon/units.js';
import { alternation, escapeRegex, LETTER } from '../lexicon/pattern.js';
import { SHORT_SCALES } from '../lexicon/numbers.js';
import type { Finder } from '../types.js';
import { parseDigits, scaleOf } from './numbers.js';

const CURRENCY = alternation(Object.keys(CURRENCY_PREFIXES));
/** Thousands separated by commas, thin or plain spaces, dots when there are two groups or more. */
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?`;
const SCALE = String.raw`million|billion|trillion|thousand|hundred|mln|mn|bn|trn|tn|m|b|k`;
/**
 * The characters a match can start with: a sign, a currency's first character or a digit.
 * Stated up front, they let the engine skip to the next candidate; the look-behinds
 * that open the pattern would otherwise run at every position of the sentence.
 */
const FIRST = `[+\\d${[...new Set(Object.keys(CURRENCY_PREFIXES).map((c) => escapeRegex(c[0])))].join('')}]`;

export const NumeralFinder: Finder = {
  name: 'NumeralFinder',
  // Every numeral holds a digit.
  cue: /\d/,
  pattern: new RegExp(
    String.raw`(?=${FIRST})(?<![${LETTER}\d_.,/#@:+])(?<![${LETTER}][-–])(?<sign>\+)?(?:(?<cur>${CURRENCY})\s?)?(?<num>${DIGITS})(?:(?<gap>\s?)(?<scale>${SCALE})(?![${LETTER}\d]))?(?![\d]|[.,/]\d|(?:st|nd|rd|th|s)(?![${LETTER}]))`,
    'g',
  ),
  extract(_ctx, m) {
    const g = m.groups!;
    let num = g.num;
    if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(num)) num = num.replace(/\./g, '');
    let value = parseDigits(num);
    if (!Number.isFinite(value)) return null;
    let end = m.index + m[0].length;
    const scale = g.scale?.toLowerCase();
    if (scale) {
      // "40 m" without a currency is a length, not 40 million; "5.6bn" glued is a scale.
      const short = SHORT_SCALES.has(scale);
      if (short && g.gap && !g.cur) {
        end -= g.gap.length + g.scale.length;
      } else {
        value *= scaleOf(scale);
      }
    }
    value = Math.round(value * 1e6) / 1e6;
    const unit = g.cur ? CURRENCY_PREFIXES[g.cur.toUpperCase() === 'US$' ? 'US$' : g.cur] ?? CURRENCY_PREFIXES[g.cur.toUpperCase()] ?? null : null;
    const bare = !g.cur && !scale && /^\d+$/.test(num);
    return {
      start: m.index + (g.sign ? 1 : 0),
      end,
      low: value,
      high: value,
      approximate: false,
      unit,
      increment: !!g.sign,
      bare,
    };
  },
};
