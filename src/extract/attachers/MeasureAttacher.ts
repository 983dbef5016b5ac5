/**
 * The measure: the trigger word nearest to the number that has a meaning for its
 * quantity class. A trigger right after a number belongs to it ("1,100 casualties",
 * "1,000 killed or wounded"); a verb before it governs it and, across a list, the
 * numbers after it ("fired 810 drones and 13 missiles"), but not numbers before another
 * number it stands right in front of ("killed 558, among them 50 children, and wounded
 * 1,835": "wounded" is 1,835's).
 *
 * Watch out for: "lost" means killed_or_wounded for people, equipment_lost for tanks,
 * territory for land; jobs, trainees and flights are `other`.
 */
import type { Measure } from '../../contract.js';
import { edgeMatches, key, LETTER, wordScan } from '../lexicon/pattern.js';
import { MEASURE_TRIGGERS, OTHER_TRIGGERS, QUANTITY_CLASSES, type QuantityClass } from '../lexicon/measures.js';
import type { Mention } from '../types.js';

const TRIGGER_MAP = new Map<string, Partial<Record<QuantityClass, Measure>>>();
for (const t of MEASURE_TRIGGERS) {
  for (const p of t.phrases) {
    const k = key(p);
    TRIGGER_MAP.set(k, { ...t.measures, ...(TRIGGER_MAP.get(k) ?? {}) });
  }
}
for (const p of OTHER_TRIGGERS) {
  const all: Partial<Record<QuantityClass, Measure>> = {};
  for (const c of QUANTITY_CLASSES) all[c] = 'other';
  TRIGGER_MAP.set(key(p), all);
}
const TRIGGERS = wordScan(TRIGGER_MAP.keys());

/**
 * A phrasal verb split by its object: "flew 2,200 people out of the city", "handed 90 prisoners
 * over", "shot 30 drones down". The verb and its particle mean what the joined phrase means; the
 * hit stands on the verb, right before the object it governs. Only phrases of a verb and one
 * particle, and an object of a few words with no clause break in it.
 */
const PARTICLE = /^(\S+) (out of|out|over|down|home|back|up|off|away)$/;
const SPLIT_VERBS = new Map<string, Map<string, string>>();
for (const phrase of TRIGGER_MAP.keys()) {
  const m = PARTICLE.exec(phrase);
  if (!m) continue;
  const particles = SPLIT_VERBS.get(m[1]) ?? new Map<string, string>();
  particles.set(m[2], phrase);
  SPLIT_VERBS.set(m[1], particles);
}
// (Letters as a class, not \p{L}: a case-insensitive unicode scan of every sentence costs several times more.)
const SPLIT = new RegExp(String.raw`(?<![${LETTER}-])(${[...SPLIT_VERBS.keys()].join('|')})\s{1,2}((?:[${LETTER}0-9,.'’-]+\s{1,2}){1,5}?)(out\s{1,2}of|out|over|down|home|back|up|off|away)(?![${LETTER}-])`, 'gi');
/** The object between a split verb and its particle: a figure and its noun, no clause of its own. */
const SPLIT_OBJECT = /^(?:(?:about|around|some|nearly|almost|more\s{1,2}than|at\s{1,2}least|over|another|a\s{1,2}further|an\s{1,2}estimated|roughly)\s{1,2})*[\d\p{L}][\d,.]*\s{1,2}(?:[\p{L}-]+\s{1,2}){0,3}$/u;

/** True when `word` is itself a measure trigger ("bodies", "raids", "casualties"): it decides its figure's measure. */
export function isTriggerWord(word: string): boolean {
  return TRIGGER_MAP.has(key(word));
}
const AID = new Set<Measure>(['aid_committed', 'aid_delivered', 'aid_remaining']);
/** Most words between a trigger and its number. */
const MAX_DISTANCE = 12;
const CLAUSE_BREAK = /[;—–]|\bwhile\b|\bbut\b|\bwhereas\b/i;
/**
 * A verb of saying between a participle and a later figure: the participle stands in the
 * speaker's phrase ("a report released on Friday said 6 million people need aid"), not over
 * what is said. A frame set off by commas (", the ministry said,") and a label's colon
 * ("Fatalities reported: 2,614") leave the verb's reach alone; a topic noun before the verb
 * is still what a bare figure counts ("Russian losses … as Kyiv reports 1,250 a day").
 */
const SAYING_GAP = /\b(?:said|says|say|told|reported|reports|announced|announces|stated|states|wrote|writes|added|adds|show|shows|showed|found|finds)\b(?![^,]{0,3},)/i;
/** A clause of time or cause opening with a subject of its own: "before Assad fled", "after the army withdrew". */
const OTHER_SUBJECT_CLAUSE = /\b(?:before|after|until|because|since|when|once)\s{1,2}(?:the\s{1,2}|a\s{1,2}|an\s{1,2}|its\s{1,2}|their\s{1,2}|\p{Lu})/u;

export interface TriggerHit {
  start: number;
  end: number;
  phrase: string;
  measures: Partial<Record<QuantityClass, Measure>>;
  /** A participle hyphened to a modifier ("US-supplied"): weaker than a verb. */
  glued?: boolean;
  /** A participle of giving after its noun, with its giver ("tanks supplied by Poland"): it says where they came from. */
  origin?: boolean;
}

/** Right after a participle of giving: its giver ("supplied by", "donated last year by"). */
const BY_GIVER = /^\s{1,2}(?:(?:last|this|in|earlier)\s{1,2}[\p{L}\d]+\s{1,2})?by\s/u;

/** A capitalised word right after a trigger: the trigger may open a name ("Hostages Square", "Missing Persons Bureau"). */
const NAME_GOES_ON = /^[ -]\p{Lu}\p{Ll}/u;
/** Before a word that opens a sentence, a heading or a quotation. */
const OPENS_BEFORE = /(?:^|[.!?:;"“‘(—–\n-])\s{0,2}$/;

/**
 * True when the text is set in title case, as some headlines are ("Army Says 40 Killed in
 * Raid"): most of its longer words begin with a capital.
 */
function titleCase(text: string): boolean {
  const w = text.match(/\p{L}{4,}/gu) ?? [];
  return w.length > 0 && w.filter((x) => /^\p{Lu}/u.test(x)).length > w.length * 0.6;
}

export function findTriggers(text: string): TriggerHit[] {
  const out: TriggerHit[] = [];
  let titled: boolean | null = null;
  for (const m of edgeMatches(TRIGGERS, text)) {
    const phrase = key(m[0]);
    const measures = TRIGGER_MAP.get(phrase);
    if (!measures) continue;
    // ("thousands gathered in Hostages Square": a capitalised trigger inside running text that a capitalised
    // word follows is part of a name, not a word of what happened.)
    if (/^\p{Lu}/u.test(m[0]) && NAME_GOES_ON.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3)) && !OPENS_BEFORE.test(text.slice(Math.max(0, m.index! - 3), m.index!)) && !(titled ??= titleCase(text))) continue;
    // "US-supplied tanks", "Western-donated jets": a participle glued to a modifier by a hyphen describes
    // where the thing came from; a verb of its own clause says more of what happened to it.
    const hit: TriggerHit = { start: m.index!, end: m.index! + m[0].length, phrase, measures };
    if (m.index! > 1 && text[m.index! - 1] === '-' && /\p{L}/u.test(text[m.index! - 2]) && /ed$/.test(phrase)) hit.glued = true;
    else if (Object.values(measures).some((x) => AID.has(x!)) && BY_GIVER.test(text.slice(hit.end, hit.end + 30))) hit.origin = true;
    out.push(hit);
  }
  if (!SPLIT.test(text)) return out;
  SPLIT.lastIndex = 0;
  for (const m of text.matchAll(SPLIT)) {
    const particles = SPLIT_VERBS.get(m[1].toLowerCase());
    const particle = m[3].toLowerCase().replace(/\s+/g, ' ');
    const phrase = particles?.get(particle) ?? (particle === 'out of' ? particles?.get('out') : undefined);
    if (!phrase || !SPLIT_OBJECT.test(m[2]) || !/\d|\p{Ll}/u.test(m[2])) continue;
    const measures = TRIGGER_MAP.get(phrase)!;
    out.push({ start: m.index!, end: m.index! + m[1].length, phrase, measures });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function words(s: string): number {
  const w = s.match(/[\p{L}\p{N}]+/gu);
  return w ? w.length : 0;
}

/** The measure of the last trigger in a lead-in (a question, a list's heading) that means something for `cls`. */
export function leadInMeasure(lead: string, cls: QuantityClass): Measure | null {
  let found: Measure | null = null;
  for (const t of findTriggers(lead)) {
    const m = measureFor(t, cls);
    if (m) found = m;
  }
  return found;
}

function measureFor(t: TriggerHit, cls: QuantityClass, of?: QuantityClass): Measure | undefined {
  if (cls === 'none') return t.measures.none ?? t.measures.person;
  // A share of things is measured as the things are ("40% of its fleet" lost is equipment); of people, as a share.
  if (cls === 'share' && of) {
    if (of !== 'person') return t.measures[of] ?? t.measures.share;
    // A share of people is never aid ("75% of the population remain displaced").
    const share = t.measures.share;
    return share && AID.has(share) ? t.measures.person : share ?? t.measures.person;
  }
  return t.measures[cls];
}

/** True when `items` continue a plain list from `from`: only nouns and "and"/"," between them. */
function isList(text: string, from: number, items: Mention[]): boolean {
  let at = from;
  for (const o of items) {
    if (!LIST_JOIN.test(text.slice(at, o.start)) || /\b(?:were|was|are|is|had|have|has|struck|hit|killed)\b/i.test(text.slice(at, o.start))) return false;
    at = o.end;
  }
  return true;
}

/** Words that join the items of a list ("307 tanks, 899 vehicles and 884 artillery systems"). */
const LIST_JOIN = /^[^.;:]{0,60}?(?:,|\band\b|\bor\b|\balong\s+with|\bas\s+well\s+as|\btogether\s+with|\bplus)\s*$/;

export interface MeasureResult {
  measure: Measure;
  trigger: TriggerHit | null;
}

/** A part's whole right after its noun: "of the package", "of the promised jets", "of those pledged". */
const OF_WHOLE_AFTER = /^\s{1,2}of\s{1,2}(?:the|those|these|its|their)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,2}?[\p{L}-]+(?=\s{1,2}(?:is|are|was|were|has|have|had|remain|remains|remained)\b)/u;
/** Between a part and the noun of its whole: "two of the", "six of those". */
const PART_OF_WHOLE = /^\s{1,2}of\s{1,2}(?:the|those|these|them)\s{1,2}(?:[\p{L}-]+\s{1,2})?$/u;
/** Right before a figure: "and" and a verb of its own ("and destroying about", "and burned"). */
// ("including 40", "bringing to 90", "totalling 12": words that go on counting what came before.)
export const OWN_VERB_BEFORE = /(?:,|\band)\s{1,2}(?!(?:includ|exclud|accord|follow|regard|concern|total|totall|number|bring|compar|rang|reach|ris|climb)ing\b|(?:includ|exclud|follow|total|totall|number|compar|rang|reach|ris|climb)ed\b)\p{Ll}+(?:ing|ed)\s{1,2}(?:(?:about|around|some|roughly|nearly|almost|at\s{1,2}least|more\s{1,2}than|over|up\s{1,2}to|another|a\s{1,2}further)\s{1,2})?$/u;
/** A trigger written as a label: a colon right after it ("Killed: 45"). */
const LABEL_AFTER = /^\s?:/;
/** Between a label and its figure: the colon alone. */
const LABEL_GAP = /^\s?:\s{0,2}$/;

/**
 * Chooses the trigger for `m`, given the sentence's triggers and mentions (all offsets in
 * the same text).
 */
export function attachMeasure(
  text: string,
  m: Mention,
  nounEnd: number,
  cls: QuantityClass,
  triggers: TriggerHit[],
  mentions: Mention[],
  bounds: [number, number],
  of?: QuantityClass,
  clsOf?: (o: Mention) => QuantityClass,
): MeasureResult | null {
  let best: { t: TriggerHit; d: number } | null = null;
  const others = mentions.filter((o) => o !== m);
  for (const t of triggers) {
    if (t.start < bounds[0] || t.end > bounds[1]) continue;
    const measure = measureFor(t, cls, of);
    if (!measure) continue;
    let d: number;
    if (t.start >= m.start && t.end <= nounEnd) {
      // ("Two of the injured later died": the whole a part is taken from names the people; the verb after
      // tells what befell the part.)
      d = t.glued ? 3 : PART_OF_WHOLE.test(text.slice(m.end, t.start)) ? 2 : 0;
    } else if (t.start >= nounEnd) {
      // "Killed: 45, wounded: 112": a label after the figure is the next figure's.
      if (LABEL_AFTER.test(text.slice(t.end, t.end + 3))) continue;
      // A trigger after another number belongs to that number, and so does a verb
      // standing right in front of one ("…, and wounded 1,835").
      const between = others.filter((o) => o.start >= nounEnd && o.start < t.start);
      // "eight tanks and 15 armoured vehicles were destroyed": the list shares its verb.
      if (between.length && !isList(text, nounEnd, between)) continue;
      // …unless it means nothing for what that number counts ("were sheltering in 849 centres").
      // ("Four soldiers died, nine were wounded": a comma after the verb ends it; the number after is another's.)
      if (others.some((o) => o.start >= t.end && words(text.slice(t.end, o.start)) === 0 && !/[,;:]/.test(text.slice(t.end, o.start)) && (!clsOf || measureFor(t, clsOf(o)) !== undefined))) continue;
      // ("$200 million of the package is still to come": the whole a part is taken from is its noun phrase's; the
      // words of the verb after it count from its end.)
      const whole = OF_WHOLE_AFTER.exec(text.slice(nounEnd, Math.min(t.start, nounEnd + 60)));
      const gap = text.slice(nounEnd + (whole ? whole[0].length : 0), t.start);
      // ("counted 800 drones; officials gave differing figures": a verb past a semicolon is another clause's,
      // and so is one in a clause of time or cause with its own subject: "… 138 civilians, before Assad fled".)
      if (gap.includes(';') || OTHER_SUBJECT_CLAUSE.test(gap)) continue;
      // ("destroyed four vehicles supplied by Turkey": the verb over the figure says what befell them.)
      // ("killed nine people sheltering in the school": a participle right after the noun says what they were doing;
      // a verb before the figure says what befell them.)
      d = words(gap) + (CLAUSE_BREAK.test(gap) ? 6 : 0) + (t.origin ? 5 : 0) + (/^\p{L}+ing\b/u.test(t.phrase) && !gap.trim() && nounEnd > m.end && t.phrase !== 'missing' ? 2 : 0);
    } else if (t.end <= m.start) {
      // "the attack left 30 people with injuries", "left 2,000 homeless": "left" before a figure
      // makes it what follows; only after one ("30 people left") is it a departure.
      if (t.phrase === 'left') continue;
      const between = others.filter((o) => o.start >= t.end && o.start < m.start);
      // "lost 900 fighters since the offensive began, along with 27 tanks": a list's later
      // items are as near their verb as its first.
      const listed = between.length > 0 && isList(text, between[0].end, [...between.slice(1), m]);
      const gap = text.slice(t.end, listed ? between[0].start : m.start);
      // "killing nine people and destroying 1,600 shelters": a verb of its own right before the
      // figure governs it; the verb of the figure before does not reach past it.
      if (between.length && OWN_VERB_BEFORE.test(text.slice(Math.max(t.end, m.start - 40), m.start))) continue;
      if ((/ed$/.test(t.phrase) || nounEnd > m.end) && SAYING_GAP.test(gap) && !/^,|:\s*$/.test(gap)) continue;
      // ("Killed: 45": a label right before its figure says what it counts, before any word after it.)
      // ("delivered weapons worth €7.4 billion": "worth" only links the figure to its things; the verb over them says what befell them.)
      d = LABEL_GAP.test(gap) ? -1 : words(gap) + 1 + (between.length ? 2 : 0) + (CLAUSE_BREAK.test(gap) ? 6 : 0) + (t.phrase === 'worth' ? 3 : 0);
    } else continue;
    if (d > MAX_DISTANCE) continue;
    if (!best || d < best.d) best = { t, d };
  }
  if (!best) return null;
  return { measure: measureFor(best.t, cls, of)!, trigger: best.t };
}
