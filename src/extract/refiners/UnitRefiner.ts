/**
 * Extends a mention over the unit written after it: shares, areas, lengths, currency
 * names.
 *
 *   40% · 40 percent · 143 square kilometres · 1,000 sq km · 12 kilometres ·
 *   40-kilometre · 500 metres · 1.5 trillion hryvnias · 300 million euros
 *
 * Watch out for: "km²" is an area, "km" a length; metres become km (contract); miles
 * stay `other`.
 */
import { caselessAlternation, LETTER } from '../lexicon/pattern.js';
import { AREA_UNITS, CURRENCY_SUFFIXES, LENGTH_UNITS } from '../lexicon/units.js';
import { key } from '../lexicon/pattern.js';
import type { Mention, Refiner } from '../types.js';

const PERCENT = /^\s?(?:%|percent\b|per\s+cent\b)/i;
const AREA = new RegExp(String.raw`^[\s-]?(?<u>${caselessAlternation(Object.keys(AREA_UNITS))})(?![${LETTER}\d])`, 'i');
const LENGTH = new RegExp(String.raw`^[\s-]?(?<u>${caselessAlternation(Object.keys(LENGTH_UNITS))})(?![${LETTER}\d²])`, 'i');
const CURRENCY = new RegExp(String.raw`^\s(?<u>${caselessAlternation(Object.keys(CURRENCY_SUFFIXES))})(?![${LETTER}])`, 'i');

export const UnitRefiner: Refiner = {
  name: 'UnitRefiner',
  refine(ctx, mentions) {
    return mentions.map((m): Mention => {
      if (m.low == null && m.high == null) return m;
      const after = ctx.text.slice(m.end, m.end + 40);
      let r: RegExpExecArray | null;
      if (!m.unit && (r = PERCENT.exec(after))) {
        return { ...m, end: m.end + r[0].length, unit: 'percent', share: true, tags: [...m.tags, 'refiner/UnitRefiner'] };
      }
      if (!m.unit && (r = AREA.exec(after))) {
        const f = AREA_UNITS[key(r.groups!.u)] ?? 1;
        return scale({ ...m, end: m.end + r[0].length, unit: 'km2' }, f);
      }
      if (!m.unit && (r = LENGTH.exec(after))) {
        const u = LENGTH_UNITS[key(r.groups!.u)];
        if (u) return scale({ ...m, end: m.end + r[0].length, unit: u.unit }, u.factor);
      }
      if ((!m.unit || m.unit === 'other') && (r = CURRENCY.exec(after))) {
        const u = CURRENCY_SUFFIXES[key(r.groups!.u)];
        if (u) return { ...m, end: m.end + r[0].length, unit: u, tags: [...m.tags, 'refiner/UnitRefiner'] };
      }
      return m;
    });
  },
};

function scale(m: Mention, f: number): Mention {
  const k = (v: number | null) => (v == null ? null : Math.round(v * f * 1e6) / 1e6);
  return { ...m, low: k(m.low), high: k(m.high), tags: [...m.tags, 'refiner/UnitRefiner'] };
}
