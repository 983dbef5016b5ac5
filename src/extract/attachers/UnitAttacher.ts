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
import { caselessAlternation } from '../lexicon/pattern.js';
import { ITEM_NOUNS, MILITARY_PERSON_NOUNS, MODEL_DESIGNATOR, MULTIPLIER_AFTER, NOUN_MODIFIERS, PERSON_NOUNS, STRENGTH_SUFFIX } from '../lexicon/nouns.js';
import type { QuantityClass } from '../lexicon/measures.js';
import { CODELESS_CURRENCY, CODELESS_PREFIX, MASS_UNIT } from '../lexicon/units.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { lookupName } from './entities.js';
import type { Mention } from '../types.js';
import type { Unit } from '../../contract.js';

const DEMONYMS = Object.values(COUNTRIES).flatMap(([, d]) => d);
// (An adverb before a participle modifies the noun as the participle does: "forcibly displaced people",
// "critically wounded soldiers".)
const MODIFIERS = `${caselessAlternation([...NOUN_MODIFIERS, ...DEMONYMS, 'North', 'South'])}|\\p{Ll}{3,}ly`;
const NOUN_RE = new RegExp(
  String.raw`^[”"’']?\s*[“"‘]?(?:of\s+(?:the\s+|them\s+|whom\s+|its\s+|their\s+|our\s+|his\s+)?)?(?:(?:${MODIFIERS})[”"’']?\s+){0,4}?(?<noun>${caselessAlternation([...Object.keys(ITEM_NOUNS), ...PERSON_NOUNS, ...DEMONYMS.filter((d) => /s$/.test(d))])})(?![\p{L}])`,
  'iu',
);

/** The whole a share is taken of: at most two words after "of the" ("87% of the drones"). */
const WHOLE_RE = new RegExp(String.raw`^\s*(?:the\s+|their\s+|its\s+|all\s+)?(?:(?!(?:in|of|and|or|were|was|is|are|who|that|which|from|at|on|by|to|had|have|has)\s)[\p{L}-]+(?:['’]s?)?\s+){0,3}(?<noun>${caselessAlternation([...Object.keys(ITEM_NOUNS), ...PERSON_NOUNS, 'population'])})(?![\p{L}'’])`, 'iu');
/** Right after a people noun: the thing it modifies ("police| vehicles"). */
const ITEM_AFTER = new RegExp(String.raw`^\s{1,2}(?<noun>${caselessAlternation(Object.keys(ITEM_NOUNS))})(?![\p{L}])`, 'iu');
const STRONG_AFTER = new RegExp(`^[-–‑](?:${STRENGTH_SUFFIX})\\b`, 'i');
/** The whole of a share that is ground: "of the territory", "of the land it seized". */
const GROUND_WHOLE = /^\s*(?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{L}-]+\s+)?(?:territory|ground|land|area)\b/iu;
const MASS_QUOTE = new RegExp(`${MASS_UNIT}$`, 'i');
const RELIEF_AFTER = /^\s{1,2}of\s{1,2}(?:[\p{L}-]+\s{1,2}){0,2}?(?:aid|food|supplies|relief|medicines?|medical\s{1,2}supplies|flour|wheat|grain|grains|cereals?|rice|maize|corn|sorghum|lentils|beans|pulses|sugar|salt|(?:cooking\s{1,2}|vegetable\s{1,2})?oil|biscuits|rations|nutrition|supplements|seeds?|fertili[sz]ers?|fuel|diesel|water|goods|cargo|assistance|items)\b/iu;
const PART_OF = /^\s+of\s+(?:(?:the|its|their|all)\s+)?(?:\d[\d,.]*|(?!(?:the|its|their|all|our|his|her)\s)[a-z]+)\s/u;
// (A maker's model may carry its number: "18 Leopard 2 tanks".)
// (and may follow "more": "40 more T-72 tanks").
/** A capitalised plural right after a figure and before no lower-case noun: "three Leopards", "31 Abrams". */
/** Endings of the names of peoples: "Marrenians", "Sudanese" (not as a plural), "Somalis". */
const PEOPLE_ENDING = /(?:ians|eans|ans|ites|is)$/;
const MODEL_PLURAL = /^\s{1,2}(?:more\s{1,2}|other\s{1,2})?(?<w>\p{Lu}\p{Ll}{2,}s)(?![\p{L}-])(?!\s{1,2}\p{Ll}+(?:s|es)\b)/u;
const PROPER_SKIP = /^\s+(?:of\s+(?:the\s+|its\s+|their\s+|our\s+)?)?(?:(?:more|additional|extra|further|new|other)\s+)?(?:[A-Z][\p{L}\d'’./-]*\s+(?:\d{1,3}[A-Z]?\s+)?){1,3}/u;

export interface UnitResult {
  /** For a share, the class of the whole it is a share of ("87% of the drones" → projectile). */
  of?: QuantityClass;
  unit: Unit | null;
  item: string | null;
  cls: QuantityClass;
  nounEnd: number;
  noun: string | null;
  military: boolean;
  /** The noun stands before the figure as a label ("Tanks: 9,512"). */
  label?: boolean;
}

export function attachUnit(text: string, m: Mention): UnitResult {
  const after = text.slice(m.end, m.end + 90);
  if (m.unit === 'percent') {
    const whole = /^\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?(?:[\p{L}-]+\s+)?/iu.exec(after);
    const r = whole ? WHOLE_RE.exec(after.slice(whole.index + 3)) : null;
    const noun = r ? r.groups!.noun.toLowerCase().replace(/\s+/g, ' ') : null;
    // ("lost half of the territory it held": a share of ground is ground.)
    const of: QuantityClass | undefined = noun ? ITEM_NOUNS[noun]?.cls ?? 'person' : whole && GROUND_WHOLE.test(after.slice(whole.index + 3)) ? 'area' : undefined;
    return { unit: 'percent', item: null, cls: 'share', nounEnd: m.end, noun: null, military: false, of };
  }
  // "a 2,000-strong contingent", "the 1,500-strong battalion": a force's strength in people under arms.
  const strong = STRONG_AFTER.exec(after);
  if (!m.unit && strong) return { unit: 'person', item: null, cls: 'person', nounEnd: m.end + strong[0].length, noun: 'troops', military: true };
  if (m.unit === 'km2') return { unit: 'km2', item: null, cls: 'area', nounEnd: m.end, noun: null, military: false };
  if (m.unit === 'km') return { unit: 'km', item: null, cls: 'length', nounEnd: m.end, noun: null, military: false };
  // "2 billion kronor", "1 billion yuan": money in a currency with no code of its own.
  // "1,200 tonnes of food": a mass of relief goods is given as goods are; of anything else it counts nothing of war.
  if (m.unit === 'other' && MASS_QUOTE.test(text.slice(m.start, m.end))) return { unit: 'other', item: null, cls: RELIEF_AFTER.test(after) ? 'materiel' : 'thing', nounEnd: m.end, noun: null, military: false };
  if (m.unit === 'other') return { unit: 'other', item: null, cls: CODELESS_CURRENCY.test(text.slice(m.start, m.end)) || CODELESS_PREFIX.test(text.slice(m.start, m.end)) ? 'money' : 'thing', nounEnd: m.end, noun: null, military: false };
  if (m.unit) return { unit: m.unit, item: null, cls: 'money', nounEnd: m.end, noun: null, military: false };
  // Proper names may stand between a figure and its noun ("1,600 Hezbollah targets"); the
  // noun pattern is case-insensitive, so capitalised words are skipped here, case-sensitively.
  let skip = 0;
  let r = NOUN_RE.exec(after);
  // "3,000 destroyed Russian tanks", "20,000 destroyed, damaged or captured vehicles": what befell the things, before their noun.
  const befell = r ? null : BEFELL_BEFORE.exec(after);
  if (befell) {
    let at = befell[0].length;
    let r2 = NOUN_RE.exec(after.slice(at));
    // (A name may stand between them and the noun: "destroyed Marrenian tanks".)
    const name = r2 ? null : PROPER_SKIP.exec(after.slice(at));
    if (name) {
      at += name[0].length - 1;
      r2 = NOUN_RE.exec(after.slice(at));
    }
    if (r2) {
      skip = at;
      r = r2;
    }
  }
  // "35 of the 40 rockets": the noun of the whole counts the part.
  const partOf = r ? null : PART_OF.exec(after);
  if (partOf) {
    skip = partOf[0].length - 1;
    r = NOUN_RE.exec(after.slice(skip));
  }
  if (!r && !partOf) {
    const p = PROPER_SKIP.exec(after);
    if (p) {
      skip = p[0].length - 1;
      r = NOUN_RE.exec(after.slice(skip));
    }
  }
  // "40 more T-72 tanks": "more" before a maker's model is no head.
  if (r && /^more$/i.test(r.groups!.noun)) {
    const p = PROPER_SKIP.exec(after);
    const r2 = p ? NOUN_RE.exec(after.slice(p[0].length - 1)) : null;
    if (p && r2) {
      skip = p[0].length - 1;
      r = r2;
    }
  }
  if (r) {
    const noun = r.groups!.noun.toLowerCase().replace(/\s+/g, ' ');
    const nounEnd = m.end + skip + r.index + r[0].length;
    // "30 police vehicles", "12 militia checkpoints": a people noun modifying a thing counted is no head.
    const thing = !ITEM_NOUNS[noun] ? ITEM_AFTER.exec(after.slice(skip + r.index + r[0].length)) : null;
    if (thing) {
      const n = thing.groups!.noun.toLowerCase().replace(/\s+/g, ' ');
      const it = ITEM_NOUNS[n];
      return { unit: 'item', item: it.item, cls: it.cls, nounEnd: nounEnd + thing[0].length, noun: n, military: false };
    }
    // "two Ethiopian MiG-23 fighters", "four F-16 fighters": after a maker's model, fighters are aircraft.
    if (/^fighters?$/.test(noun) && MODEL_IN.test(after.slice(0, skip + r.index + r[0].length))) return { unit: 'item', item: 'aircraft', cls: 'equipment', nounEnd, noun, military: false };
    const item = ITEM_NOUNS[noun];
    if (noun === 'times' && MULTIPLIER_AFTER.test(after.slice(skip + r.index + r[0].length))) return { unit: 'other', item: null, cls: 'thing', nounEnd, noun, military: false };
    if (item) return { unit: item.cls === 'thing' ? 'item' : 'item', item: item.item, cls: item.cls, nounEnd, noun, military: false };
    return { unit: 'person', item: null, cls: 'person', nounEnd, noun, military: MILITARY_PERSON_NOUNS.has(noun) || /s$/.test(noun) && DEMONYMS.some((d) => d.toLowerCase() === noun) };
  }
  // "lost three Leopards", "sent 31 Abrams": a capitalised plural no lexicon names, right after the figure and
  // before no noun of its own, is a maker's machine by its model name.
  const model = MODEL_PLURAL.exec(after);
  // ("1.3 million Marrenians", "40 Tamsinese": a people by its name's ending, whatever the lexicon knows.)
  if (model && PEOPLE_ENDING.test(model.groups!.w)) return { unit: 'person', item: null, cls: 'person', nounEnd: m.end + model[0].length, noun: null, military: false };
  if (model && !lookupName(model.groups!.w) && !lookupName(model.groups!.w.replace(/s$/, '')) && !PERSON_NOUNS.includes(model.groups!.w.toLowerCase())) {
    return { unit: 'item', item: model.groups!.w.replace(/s$/, '').toLowerCase(), cls: 'equipment', nounEnd: m.end + model[0].length, noun: null, military: false };
  }
  // A labelled tally: "Tanks: 9,512 (+8)", "Personnel: about 770,000 (+1,200)".
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (label) {
    const noun = label.groups!.noun.toLowerCase().replace(/\s+/g, ' ');
    const item = ITEM_NOUNS[noun];
    if (item) return { unit: 'item', item: item.item, cls: item.cls, nounEnd: m.end, noun, military: false, label: true };
  }
  return { unit: null, item: null, cls: 'none', nounEnd: m.end, noun: null, military: false };
}

const BEFELL = '(?:destroyed|damaged|abandoned|captured|downed|disabled|seized|lost|burned|burnt|burned-out|burnt-out|wrecked)';
/** Participles of what befell things, listed before their noun: " destroyed, damaged or captured". */
const BEFELL_BEFORE = new RegExp(String.raw`^\s{1,2}(?:${BEFELL}(?:,\s{1,2}|\s{1,2}(?:or|and)\s{1,2}|,\s{1,2}(?:or|and)\s{1,2}))*${BEFELL}(?=\s)`, 'i');
const MODEL_IN = new RegExp(String.raw`(?:^|\s)${MODEL_DESIGNATOR}\s`, 'u');

/**
 * "Tanks: " or "artillery systems: 20,844 (+21); tanks: 9,512 (" — the label of a tally entry;
 * a dash with a space before it sets a label off as a colon does ("tanks – 10,047 (+12)").
 */
const LABEL_BEFORE = new RegExp(String.raw`(?:^|[;:.,(]\s*|\n)(?:\p{L}[\p{L}-]*\s{1,2}){0,2}?(?<noun>${caselessAlternation(Object.keys(ITEM_NOUNS))})(?:\s{1,2}(?:recorded|reported|confirmed|verified|registered|documented|launched|fired|intercepted|destroyed|damaged|lost|captured|seized|attacked|struck|hit|targeted|shelled))?(?:\s*:|\s+[–—-])\s*(?:[\d,.\s]+\(\s*)?$`, 'iu');
