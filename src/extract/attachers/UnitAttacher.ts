/**
 * What the number counts: the noun after it (skipping modifiers and demonyms), giving
 * `unit` person/item, the contract's `item`, and the quantity class for the measure pass.
 *
 *   1,500 special forces · 307 tanks · 899 armoured vehicles · 74 settlements ·
 *   Hundreds of North Korean troops · 390 Ukrainians · four of the missiles
 *
 * Watch out for: money, shares, areas and lengths already have their unit; a number with
 * no noun ("wounded 1,835", "at 182") is class `none` until a trigger or carry decides.
 */
import { alternation } from '../lexicon/pattern.js';
import { ITEM_NOUNS, MILITARY_PERSON_NOUNS, NOUN_MODIFIERS, PERSON_NOUNS } from '../lexicon/nouns.js';
import type { QuantityClass } from '../lexicon/measures.js';
import { COUNTRIES } from '../lexicon/countries.js';
import type { Mention } from '../types.js';
import type { Unit } from '../../contract.js';

const DEMONYMS = Object.values(COUNTRIES).flatMap(([, d]) => d);
const MODIFIERS = alternation([...NOUN_MODIFIERS, ...DEMONYMS, 'North', 'South']);
const NOUN_RE = new RegExp(
  String.raw`^[”"’']?\s*(?:of\s+(?:the\s+|them\s+|whom\s+)?)?(?:(?:${MODIFIERS}|\p{Lu}[\p{L}-]+)[”"’']?\s+){0,4}?(?<noun>${alternation([...Object.keys(ITEM_NOUNS), ...PERSON_NOUNS, ...DEMONYMS.filter((d) => /s$/.test(d))])})(?![\p{L}])`,
  'iu',
);

export interface UnitResult {
  unit: Unit | null;
  item: string | null;
  cls: QuantityClass;
  nounEnd: number;
  noun: string | null;
  military: boolean;
}

export function attachUnit(text: string, m: Mention): UnitResult {
  const after = text.slice(m.end, m.end + 90);
  if (m.unit === 'percent') return { unit: 'percent', item: null, cls: 'share', nounEnd: m.end, noun: null, military: false };
  if (m.unit === 'km2') return { unit: 'km2', item: null, cls: 'area', nounEnd: m.end, noun: null, military: false };
  if (m.unit === 'km') return { unit: 'km', item: null, cls: 'length', nounEnd: m.end, noun: null, military: false };
  if (m.unit === 'other') return { unit: 'other', item: null, cls: 'thing', nounEnd: m.end, noun: null, military: false };
  if (m.unit) return { unit: m.unit, item: null, cls: 'money', nounEnd: m.end, noun: null, military: false };
  const r = NOUN_RE.exec(after);
  if (r) {
    const noun = r.groups!.noun.toLowerCase().replace(/\s+/g, ' ');
    const nounEnd = m.end + r.index + r[0].length;
    const item = ITEM_NOUNS[noun];
    if (item) return { unit: item.cls === 'thing' ? 'item' : 'item', item: item.item, cls: item.cls, nounEnd, noun, military: false };
    return { unit: 'person', item: null, cls: 'person', nounEnd, noun, military: MILITARY_PERSON_NOUNS.has(noun) || /s$/.test(noun) && DEMONYMS.some((d) => d.toLowerCase() === noun) };
  }
  return { unit: null, item: null, cls: 'none', nounEnd: m.end, noun: null, military: false };
}
