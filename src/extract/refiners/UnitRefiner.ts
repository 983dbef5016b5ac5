/**
 * Extends a mention over the unit written after it: shares, areas, lengths, currency
 * names.
 *
 *   40% · 40 percent · 143 square kilometres · 1,000 sq km · 12 kilometres ·
 *   40-kilometre · 500 metres · 1.5 trillion hryvnias · 300 million euros · 1,200 tonnes
 *
 * Watch out for: "km²" is an area, "km" a length; metres become km (contract); miles
 * stay `other`.
 */
import { caselessAlternation, LETTER } from '../lexicon/pattern.js';
import { AREA_UNITS, CURRENCY_SUFFIXES, LENGTH_UNITS, MASS_UNIT } from '../lexicon/units.js';
import { key } from '../lexicon/pattern.js';
import type { Unit } from '../../contract.js';
import type { Mention, Refiner } from '../types.js';
import { copyMention, mapMentions } from '../mention.js';

const PERCENT = /^\s?(?:%|percent\b|per\s+cent\b)/i;
const AREA = new RegExp(String.raw`^[\s-]?(?<u>${caselessAlternation(Object.keys(AREA_UNITS))})(?![${LETTER}\d])`, 'i');
const LENGTH = new RegExp(String.raw`^[\s-]?(?<u>${caselessAlternation(Object.keys(LENGTH_UNITS))})(?![${LETTER}\d²])`, 'i');
/** A mass ("1,200 tonnes", "38,255 kilograms"): no unit of the contract's, so `other`. */
const MASS = new RegExp(String.raw`^\s{1,2}(?:metric\s{1,2})?${MASS_UNIT}(?![\p{L}\d])`, 'iu');
const CURRENCY = new RegExp(String.raw`^\s(?<u>${caselessAlternation(Object.keys(CURRENCY_SUFFIXES))})(?![${LETTER}])`, 'i');

export const UnitRefiner: Refiner = {
  name: 'UnitRefiner',
  refine(ctx, mentions) {
    return mapMentions(mentions, (m): Mention => {
      if (m.low == null && m.high == null) return m;
      const after = ctx.text.slice(m.end, m.end + 40);
      let r: RegExpExecArray | null;
      if (!m.unit && (r = PERCENT.exec(after))) {
        const n = extended(m, r[0].length, 'percent');
        n.share = true;
        return n;
      }
      if (!m.unit && (r = AREA.exec(after))) {
        const f = AREA_UNITS[key(r.groups!.u)] ?? 1;
        return scale(extended(m, r[0].length, 'km2'), f);
      }
      if (!m.unit && (r = LENGTH.exec(after))) {
        const u = LENGTH_UNITS[key(r.groups!.u)];
        if (u) return scale(extended(m, r[0].length, u.unit), u.factor);
      }
      if (!m.unit && (r = MASS.exec(after))) return extended(m, r[0].length, 'other');
      if ((!m.unit || m.unit === 'other') && (r = CURRENCY.exec(after))) {
        const u = CURRENCY_SUFFIXES[key(r.groups!.u)];
        if (u) return extended(m, r[0].length, u);
      }
      return m;
    });
  },
};

/** A copy of `m` over `length` more characters, in `unit`, tagged by this refiner. */
function extended(m: Mention, length: number, unit: Unit): Mention {
  const n = copyMention(m);
  n.end = m.end + length;
  n.unit = unit;
  n.tags = [...m.tags, 'refiner/UnitRefiner'];
  return n;
}

/** `m` (already this refiner's copy) with its values converted by `f`. */
function scale(m: Mention, f: number): Mention {
  const k = (v: number | null) => (v == null ? null : Math.round(v * f * 1e6) / 1e6);
  m.low = k(m.low);
  m.high = k(m.high);
  return m;
}
