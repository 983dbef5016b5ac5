/**
 * Whose people, things or money: the side the number belongs to (contract
 * conventions): victims for casualties, the attacker for strikes, the donor for aid, the
 * side that gains or holds ground for territory.
 *
 *   300 North Korean soldiers → KP · Russian casualties → RU · Israeli strikes have killed
 *   558 in Lebanon → LB (counterparty IL) · Hezbollah fired 210 rockets → LB ·
 *   Britain has provided £12.8bn → GB · Kyiv's forces controlled 1,000 km² → UA
 *
 * Watch out for: places after "in/into/against/of" are where or whom, not whose; a
 * possessive in front of a demonym ("Russia's North Korean allies") yields the demonym.
 */
import type { Measure } from '../../contract.js';
import type { Entity } from './entities.js';
import { INSTITUTIONS } from '../lexicon/institutions.js';
import { PERSON_NOUNS } from '../lexicon/nouns.js';
import type { TriggerHit } from './MeasureAttacher.js';

const NOT_SUBJECT_BEFORE = /\b(?:of|in|into|to|for|against|alongside|with|from|near|across|at|on|toward|towards|inside|around|by|over|than)\s+(?:the\s+)?$/i;
const VICTIM_VERBS = /^(?:killed|kill|kills|killing|wounded|injured|wounding|injuring)$/;
/** Verbs of wrecking or taking an enemy's machines, in the active voice. */
const WRECKING_VERBS = /^(?:destroyed|destroys|destroy|destroying|damaged|damages|shot\s+down|shoots\s+down|shooting\s+down|downed|downs|knocked\s+out|disabled|hit|struck|seized|captured|sank|sunk|burned|wiped\s+out|took\s+out|taken\s+out)$/;
const AID_MEASURES = new Set<Measure>(['aid_committed', 'aid_delivered', 'aid_remaining']);
const VICTIMS = new Set<Measure>(['killed', 'wounded', 'killed_or_wounded', 'displaced', 'missing']);
const PERSON_MEASURES = new Set<Measure>(['killed', 'wounded', 'killed_or_wounded', 'captured', 'missing', 'deployed', 'displaced']);
/** Nouns that name a side's tally: the demonym or possessive in front is whose it is. */
const TALLY_NOUNS = /^(?:casualties|casualty|losses|loss|dead|deaths|death toll|fatalities|gains|war dead|toll|advance)$/;
/** "of (the)" between a figure's noun and the tally it belongs to. */
const OF_BEFORE = /^[”"’']?\s{0,2}of\s{1,2}(?:the\s{1,2})?$/i;
/** The tally noun after a demonym or possessive ("Russian gains", "Ukraine's losses"). */
const TALLY_AFTER = /^(?:['’]s)?\s{1,2}(?:[\p{Ll}-]+\s{1,2})?(?:casualties|losses|dead|deaths|fatalities|gains|advances?|toll)\b/u;
/** Verbs whose subject receives rather than gives ("let Kyiv buy missiles"). */
const RECEIVER_VERBS = /^(?:buy|purchase|received|receive|use|get|got)$/;
/** Between a figure and the agent of a verb of giving: "… promised by", "… has been paid for by". */
const GIVEN_BY = /^[^.;:]{0,60}?\b(?:pledged|promised|committed|provided|given|paid(?:\s{1,2}for)?|funded|financed|donated|allocated|offered|supplied|sent|delivered|disbursed|announced|approved)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,2}?by\s{1,2}(?:the\s{1,2})?$/u;
/** Between a figure and the name that owns its aid: "in additional", "of", "in new". */
const AID_OWNER_BEFORE = /^\s{0,2}(?:\p{L}+\s{1,2})?(?:in|of)\s{1,2}(?:(?:new|additional|extra|further|more|fresh|military|humanitarian|financial)\s{1,2}){0,2}$/u;
/** An aid noun right after that name. */
const AID_NOUN_AFTER = /^(?:['’]s)?\s{1,2}(?:(?:military|humanitarian|financial|budget|security|development)\s{1,2})?(?:support|aid|assistance|funding|funds|money|grants?|loans?|packages?|contributions?|donations?)\b/i;
/** A point of the compass before a place, optional: "eastern", "north-west", "central". Pattern source. */
const COMPASS = String.raw`(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s{1,2})?`;
/** An attack and its target's preposition right before a name: "a strike on a", "the attack against the". */
const STRUCK_BEFORE = new RegExp(String.raw`\b(?:strikes?|attacks?|raids?|shelling|bombing|bombardment|airstrikes?|air\s{1,2}strikes?|assault)\s{1,2}(?:on|against|targeting)\s{1,2}(?:(?:a|an|the)\s{1,2})?${COMPASS}$`, 'i');
/** Before a country where something happened: "in", "across", "in central", "near northern". */
const IN_REGION_BEFORE = new RegExp(String.raw`\b(?:in|across|near)\s{1,2}(?:the\s{1,2})?${COMPASS}$`, 'i');
/** A side's weapons or forces right after its name: "the Indian strikes", "Russian forces", "Israel's air raids". */
export const ATTACKER_AFTER = /^(?:['’]s)?\s{1,2}(?:[\p{L}-]+\s{1,2})?(?:strikes?|attacks?|shelling|bombing|bombardment|air\s?strikes?|airstrikes?|raids?|forces|troops|army|military|soldiers|drones?|missiles?|rockets?|artillery|fire|jets?|warplanes?|aircraft)\b/iu;
/** Between a subject and its figure, a passive verb makes the subject the one acted on. */
const PASSIVE = /\bby\b|\b(?:been|was|were|is|are)\s+\w+(?:ed|en)\b/i;
/** A figure shared by several sides has no party (contract). */
/** "swap 84 prisoners each", "500 prisoners a side": a figure every side shares. */
const EACH_AFTER = /^\s*(?:each|apiece|a\s+side|per\s+side)\b/i;
/** A dateline: "KYIV, Dec 3 (Reuters) -", "VILNIUS, 2 December (BWS) —", "Moscow, Aug 5:", "BEIRUT (AP) —". */
export const DATELINE = /^(?:(?:\p{Lu}[\p{Lu}.\/ -]{1,40},\s+[^.]{0,40}?|\p{Lu}[\p{L}.\/ -]{1,30},\s+[^.\d]{0,12}\d[^.]{0,28}?)(?:\s[—–-]|:)|\p{Lu}[\p{Lu}.\/'’ -]{1,40}?\s\([^()]{1,40}\)\s[—–-])\s/u;
/** "the enemy", "enemy forces" as a subject: the speaker's other side. */
const ENEMY_SUBJECT = /\b(?:the\s{1,2})?enemy(?:\s{1,2}(?:forces|troops|army|side))?(?=\s|$)/i;
/** The UN's blue helmets, in a figure's phrase: "300 peacekeepers", "a 13,000-strong peacekeeping mission". */
const PEACEKEEPING = /^[^,.;:]{0,30}?\b(peacekeepers?|peacekeeping\s{1,2}(?:force|mission|troops|contingent)|blue\s{1,2}helmets)\b/i;
/** A name other than the UN's before them: "AU peacekeepers", "Uruguayan peacekeepers". */
const OTHER_NAME = /(?<![\p{L}.])(?!U\.?N\.?(?![\p{L}])|United\s|Nations\b)\p{Lu}/u;
/** Before a figure: a side's own tally of its people ("put their own losses at", "puts its own dead at"). */
const OWN_TALLY_BEFORE = /\b(?:puts?|putting|gave|gives|estimated?|estimates)\s{1,2}(?:its|their|our)\s{1,2}own\s{1,2}(?:[\p{L}-]+\s{1,2}){1,3}?(?:at|to)\s{1,2}(?:(?:about|around|some|nearly|almost|over|more\s{1,2}than|at\s{1,2}least|up\s{1,2}to)\s{1,2})?$/iu;
/** A possessive of the speaker's own in a figure's phrase. */
const OWN_POSSESSIVE = /\b(?:its|their|our|his|her)\s/i;
/** What a side calls the people it fights, in a figure's own noun phrase: "terrorists", "militants", "enemy troops". */
const ENEMY_NOUN = /\b(?:terrorists?|militants?|insurgents?|jihadists?|extremists|bandits|enemy|fighters|gunmen)\b/i;
/** "… were displaced on both sides of the border": the figure's clause counts both sides. */
const BOTH_SIDES_AFTER = /\b(?:on|from|among|for)\s{1,2}(?:both|each|either|all)\s{1,2}(?:sides?|countries|parties)\b/i;
/** A bracket, colon or dash opens a list of parts after the figure for the whole. */
const BREAKDOWN_OPENS = /[(:;—–]/;
// ("Kenya and Somalia each released 120 prisoners": "each" floated before the verb shares the count.)
const SHARED = /\b(?:each side|both sides|each country|both countries|G7|G-7|G20|together|collectively|jointly|combined|between them|each\s{1,2}(?:\p{Ll}+ed|brought|freed|lost|took|gave|sent|got|received|released|returned|swapped|handed|has|have|had)\b)/iu;
/**
 * The speaker's own side as the active subject of a verb that takes people or things from
 * the other side ("it has killed 17,000 militants", "our air defences shot down 12 drones",
 * "we captured 40 soldiers"): the figure is the other side's; resolved once the source is known.
 */
const SPEAKER_AGENT = /(?:^|[\s,"“])(?:it|we|they|(?:its|their|our)\s{1,2}(?:own\s{1,2})?(?:forces|troops|army|military|units|soldiers|aircraft|pilots|air\s{1,2}defen[cs]es?|air\s{1,2}force|jets|warplanes|artillery|navy|fighters))\s{1,2}(?:(?:has|have|had|also|now|reportedly|already)\s{1,2}){0,2}(?:been\s{1,2})?$/i;
/** After captives: where they are held or from where they were freed ("are still held in", "freed in"). */
const HELD_IN = /^[^,;.]{0,30}?\b(?:held|kept|in\s{1,2}captivity|freed|released|handed\s{1,2}over|remain|remaining)\s{1,2}(?:[\p{L}]+\s{1,2}){0,2}?in\s{1,2}(?:the\s{1,2})?/u;
/** A verb of letting captives go right before the figure: its subject held them. */
const RELEASE_BEFORE = /\b(?:freed|frees|free|freeing|released|releases|release|releasing|handed\s{1,2}over|hands\s{1,2}over|hand\s{1,2}over|handing\s{1,2}over|set\s{1,2}free)\s{1,2}(?:(?:a|an|the|another|a\s{1,2}further|further|more|its|their|some|about|around|at\s{1,2}least|nearly|more\s{1,2}than)\s{1,2}){0,3}$/i;
/** A verb of doing right before a count of attacks: "carried out more than 480 strikes", "flew 40 sorties". */
const DOING_BEFORE = /\b(?:carried\s{1,2}out|carries\s{1,2}out|conducted|conducts|mounted|staged|flew|flown|made)\s{1,2}(?:(?:more\s{1,2}than|over|about|around|at\s{1,2}least|nearly|some|almost|another|a\s{1,2}further)\s{1,2})?$/i;
/** A verb of pulling forces out, a few words before their count: "withdrew most of its", "will pull out the last". */
const LEAVING_BEFORE = /\b(?:withdr[ae]w|withdrawn|withdrawing|withdraws?|pull(?:ed|s|ing)?\s{1,2}out|evacuat(?:ed|es|ing)|remov(?:ed|es|ing)|redeploy(?:ed|s|ing)?)\b[^.;]{0,40}$/i;
/** After people: drawn from many countries ("troops from five countries", "from more than 20 nations"). */
const MANY_COUNTRIES_AFTER = /^\s{1,2}(?:[\p{Ll}-]+\s{1,2}){0,2}?from\s{1,2}(?:(?:more\s{1,2}than|over|about|some|nearly|at\s{1,2}least)\s{1,2})?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s{1,2}dozen|dozens\s{1,2}of)\s{1,2}(?:other\s{1,2})?(?:countries|nations|states|member\s{1,2}states)\b/iu;
/** Before people: a force of many countries ("a multinational force of", "the multinational mission has"). */
const MULTINATIONAL_BEFORE = /\bmultinational\s{1,2}(?:[\p{L}-]+\s{1,2}){0,3}?(?:force|mission|contingent|coalition|operation)\b[^.;:]{0,30}$/iu;
/** Between a country and the count of its forces: a verb of having, sending or withdrawing them. */
const DEPLOYER_BETWEEN = /^(?:,\s{1,2}which)?\s{1,2}(?:(?:still|once|now|also|already|currently|reportedly|has|have|had|will|would)\s{1,2}){0,2}(?:has|have|had|keeps?|kept|maintains?|maintained|withdr[ae]w|withdrawn|withdraws?|pulled\s{1,2}out|sent|sends?|deployed|deploys?|contributes?|contributed|stationed|stations)\s{1,2}(?:(?:most|some|all|half|part)\s{1,2}of\s{1,2})?(?:(?:its|their|the|about|around|some|nearly|almost|roughly|more\s{1,2}than|at\s{1,2}least|as\s{1,2}many\s{1,2}as|up\s{1,2}to|an\s{1,2}estimated|a\s{1,2}further|another|the\s{1,2}last)\s{1,2}){0,3}$/i;
/** A verb of hosting between a country and the people it takes in: "hosts about", "has taken in more than", "is sheltering". */
const HOST_BETWEEN = /^(?:['’]s\s{1,2}\p{L}+)?(?:,\s{1,2}which)?\s{1,2}(?:(?:now|still|currently|already|also|has|have|had|is|are|was|were)\s{1,2}){0,2}(?:hosts?|hosting|hosted|shelters?|sheltering|sheltered|has\s{1,2}taken\s{1,2}in|taken\s{1,2}in|took\s{1,2}in|takes\s{1,2}in|houses|housing|received|receives|registered|registers|admitted|accommodates?|accommodating)\s{1,2}(?:(?:about|around|some|nearly|almost|roughly|more\s{1,2}than|over|at\s{1,2}least|as\s{1,2}many\s{1,2}as|up\s{1,2}to|an\s{1,2}estimated|a\s{1,2}further|another)\s{1,2}){0,3}$/iu;
/** A preposition of place right before a name: "in Gaza", "across the Sahel". */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|into|from|across|near|at|inside|on|to)\s{1,2}(?:the\s{1,2})?$/i;
/** A short label line before its figure: "North Korean soldiers killed: about ", "Russian tanks destroyed (Oryx): ". */
const LABEL_LINE = /^[\p{Lu}][^.;:!?,]{2,44}:\s{0,2}(?:(?:about|around|some|nearly|almost|more\s{1,2}than|at\s{1,2}least|over|up\s{1,2}to|roughly|~)\s{1,2})?$/u;
const ATTACKING_VERBS = /^(?:struck|strike|strikes|hit|hits|launched|launch|launches|fired|fire|fires|attacked|targeted|targeting|shelled|bombed|struck at|carried out)$/;
/** Verbs of stopping an attack: their subject is the side attacked. */
const INTERCEPTING = ['shot down', 'shoots down', 'shooting down', 'downed', 'downs', 'intercepted', 'intercepts', 'intercepting', 'destroyed',
  'repelled', 'repels', 'repelling', 'repulsed', 'repulses', 'repulsing', 'jammed', 'neutralised', 'neutralized', 'thwarted', 'foiled'];
/** …as a trigger's phrase, and anywhere in a stretch of text. */
const INTERCEPTING_VERBS = new RegExp(`^(?:${INTERCEPTING.join('|')})$`);
const INTERCEPTING_RE = new RegExp(`\\b(?:${INTERCEPTING.map((v) => v.replace(' ', '\\s{1,2}')).join('|')})\\b`, 'i');
const TAKING_VERBS = /^(?:killed|kill|kills|killing|wounded|injured|neutralised|neutralized|eliminated|destroyed|shot down|downed|captured|capture|took prisoner|put out of action)$/;
/** …and of a verb of losing ("we lost 20 soldiers", "it has suffered 300 casualties"): the speaker's own. */
const LOSING = ['lost', 'loses', 'lose', 'losing', 'suffered', 'suffers', 'sustained', 'sustains'];
const LOSING_VERBS = new RegExp(`^(?:${LOSING.join('|')})$`);
const LOSING_VERB_RE = new RegExp(`\\b(?:${LOSING.join('|')})\\b`, 'gi');
/** Between a side and its verb of losing: auxiliaries, adverbs and a parenthetical frame (", he claimed,"). */
const LOSER_GAP = /^(?:['’]s\s{1,2}(?:forces|troops|army|military)\s{1,2})?(?:,\s{1,2}[^,;:]{1,40}?\b(?:said|says|claimed|claims|added|estimated|estimates|noted|wrote)\s{0,2},\s{1,2})?(?:(?:has|have|had|also|already|now|so\s{1,2}far|reportedly|allegedly|may\s{1,2}have|might\s{1,2}have|would\s{1,2}have)\s{1,2}){0,3}(?:been\s{1,2})?$/i;
/** Between a part and the people it is: "of them", "of whom were", "of them are". */
const OF_THEM_BETWEEN = /^\s{1,2}of\s{1,2}(?:them|whom)\s{1,2}(?:(?:were|are|was|being)\s{1,2})?$/i;
/** A sentence that opens in a place: "In neighbouring Niger, …", "Across eastern Congo, …". */
const PLACE_OPENING = new RegExp(String.raw`^(?:in|inside|across|elsewhere\s{1,2}in)\s{1,2}(?:(?:the|neighbouring|neighboring|nearby)\s{1,2})?${COMPASS}`, 'i');
/** "On the Ukrainian side (of the border), …" opening a sentence. */
const SIDE_OPENING = /^(?:on|from)\s{1,2}the\s{1,2}\p{Lu}[\p{L}-]*(?:\s{1,2}\p{Lu}[\p{L}-]*)?\s{1,2}side\b/iu;
/** "40 of its staff", "12 of our men", "its 300 soldiers": the figure's own possessive. */
/** A verb of flight that takes the country left as its object: "fled Myanmar's Rakhine state", "fleeing neighbouring Sudan". */
const FLED_BEFORE = /\b(?:fled|flee|fleeing|flees|escaped|escaping)\s{1,2}(?:the\s{1,2}|neighbouring\s{1,2}|neighboring\s{1,2}|war-torn\s{1,2})?$/i;
/** A verb of flight and "from" right before the country left: "crossed from", "fled from", "arrived from neighbouring". */
const FLED_FROM_BEFORE = /\b(?:fled|flee|fleeing|flees|crossed|crossing|arrived|arriving|escaped|came|poured\s{1,2}in|streamed)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,2}?from\s{1,2}(?:the\s{1,2}|neighbouring\s{1,2}|neighboring\s{1,2})?$/iu;

const OWN_NOUN_AFTER = /^\s{1,2}of\s{1,2}(?:its|their|our)\s/i;
const OWN_NOUN_BEFORE = /\b(?:its|their|our)\s{1,2}(?:own\s{1,2})?$/i;
/** A side's parts before its name, opening a subject: "units of the", "air defence forces of". */
const PARTS_OF_BEFORE = /(?:^|\s)(?:units|elements|members|soldiers|troops|forces|fighters|jets|aircraft|warplanes|drones|artillery|batteries|air\s{1,2}defen[cs]es?|air\s{1,2}defen[cs]e\s{1,2}(?:units|forces|systems))\s{1,2}of\s{1,2}(?:the\s{1,2})?$/i;
/**
 * Between things counted and the side they belong to: "14 tanks and 11 artillery pieces of the", "a third of"
 * (a list of things and counts, no verb and no preposition of place in it).
 */
const OWNED_BY_GAP = /^(?:\s{1,2}(?!(?:in|near|at|on|from|to|into|across|over|by|with|for|against|inside|around|along|outside|south|north|east|west|were|was|are|is|had|has|have|been|being)\b)[\p{L}\d][\p{L}\d,.'’-]*){0,14}?\s{1,2}of\s{1,2}(?:the\s{1,2})?$/iu;
/** A side's forces right after its name: "the Armenian armed forces", "Iran's", "the enemy". */
const FORCE_AFTER = /^(?:['’]s)?\s{1,2}(?:[\p{L}-]+\s{1,2}){0,2}?(?:forces|army|armed\s{1,2}forces|military|troops|air\s{1,2}force|navy|side|units)\b/iu;
/** Right after people killed or wounded: the agent of the passive ("killed by the", "wounded in shelling by"). */
const PASSIVE_AGENT_AFTER = /^\s{1,2}(?:(?:in|during)\s{1,2}(?:[\p{L}-]+\s{1,2}){1,3}?)?by\s{1,2}(?:the\s{1,2})?$/iu;

/** "its forces retook…": the speaker's own side; resolved once the source is known. */
export const OWN_FORCES = /\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|army|military|units|soldiers|aircraft)\b/i;

export interface PartyResult {
  party: string | null;
  counterparty: string | null;
  how: string;
}

/** Observers (think tanks, agencies, NGOs) count others' losses; they are never a side. */
/** A demonym's people: "North Korean forces", "Ukrainian soldiers", "Russia's troops", "North Koreans" (the demonym alone). */
const PEOPLE_AFTER = new RegExp(String.raw`^(?:s\b|\s+(?:[\p{L}-]+\s+){0,2}?(?:${PERSON_NOUNS.filter((n) => !/\s/.test(n)).join('|')})\b)`, 'iu');
const OBSERVER_KINDS = new Set(['research', 'ngo', 'international', 'media']);

function coded(e: Entity): boolean {
  if (e.kind === 'institution' && OBSERVER_KINDS.has(INSTITUTIONS[e.text]?.kind ?? '')) return false;
  return !!e.code && e.kind !== 'outlet' && e.kind !== 'person';
}

function words(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** The first entity in [from, to) that reads as a subject, not an object of a preposition. */
function subjectIn(text: string, ents: Entity[], from: number, to: number): Entity | null {
  const inRange = ents.filter((e) => e.start >= from && e.end <= to && coded(e));
  for (let i = 0; i < inRange.length; i++) {
    const e = inRange[i];
    // ("units of the Kenyan army destroyed …": a side's parts act for it.)
    if (NOT_SUBJECT_BEFORE.test(text.slice(Math.max(from, e.start - 20), e.start)) && !PARTS_OF_BEFORE.test(text.slice(Math.max(from, e.start - 40), e.start))) continue;
    const next = inRange[i + 1];
    if (e.possessive && next && next.start - e.end <= 2 && next.kind === 'demonym') return next;
    // A programme named after a country ("Ukraine Security Assistance Initiative") is not a side.
    if (e.kind === 'country' && /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(e.end, e.end + 30))) continue;
    return e;
  }
  return null;
}

/**
 * The side a list's lead-in says lost what the list counts: "Russia had lost the following:",
 * "Kyiv's forces have suffered these losses:". The subject of the last verb of losing.
 */
export function leadInLoser(text: string, ents: Entity[]): string | null {
  let verb: RegExpExecArray | null = null;
  for (const v of text.matchAll(LOSING_VERB_RE)) verb = v;
  if (!verb) return null;
  const vs = verb.index!;
  const loser = ents.filter((e) => coded(e) && e.kind !== 'place' && e.end <= vs && LOSER_GAP.test(text.slice(e.end, vs).trimStart())).pop();
  return loser?.code ?? null;
}

/**
 * Whose figure it is, read from its sentence: every rule's reading in order of trust.
 * The first is the sentence's own answer; the rest are candidates the chooser weighs
 * against what the article around the figure says (PartyChooser.ts).
 */
export function* partyReadings(
  text: string,
  start: number,
  end: number,
  nounEnd: number,
  measure: Measure,
  cls: string,
  trigger: TriggerHit | null,
  ents: Entity[],
  clause: [number, number],
  sides: Sides = NO_SIDES,
): Generator<PartyResult> {
  const res = (party: string | null, how: string, counter?: string | null): PartyResult => ({
    party,
    counterparty: counter !== undefined ? counter : party ? sides.opponent(party) : null,
    how,
  });
  const recipient = (text: string, ents: Entity[], clause: [number, number], donor: string | null) => recipientOf(text, ents, clause, donor, sides);
  // "VILNIUS, 2 December (BWS) — Russian forces …": a dateline names where the story was filed, no side.
  const dateline = DATELINE.exec(text);
  if (dateline) ents = ents.filter((e) => e.start >= dateline[0].length);
  // "200 UNRWA staff", "three MONUSCO peacekeepers": an international body's people are its own, though it never speaks for a side.
  const inNoun = ents.find((e) => e.start >= end && e.end <= nounEnd && (coded(e) || (e.kind === 'institution' && !!e.code && NOT_A_SIDE.has(e.code))));
  // "Estonia gave €40 million, Latvia €25 million, Finland (€90 million)": a name right before the figure is its own.
  // A body before a colon speaks ("HISR: 3,100 Dovanian casualties"); it labels only in brackets.
  // ("Soldiers killed in Gaza: 346": a place after a preposition ends the label; it is not whose.)
  const label = ents.find((e) => coded(e) && e.kind !== 'place' && e.end <= start && (e.kind === 'institution' || e.kind === 'outlet' || e.kind === 'person' ? /^\s{0,2}\(?\s{0,2}$/ : /^\s{0,2}[(:]?\s{0,2}$/).test(text.slice(e.end, start)) && !(text.slice(e.end, start).includes(':') && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, e.start - 14), e.start))));
  // ("pledged 79 jets between them (Denmark 19, Norway 24)": a breakdown after the shared whole names each item's own.)
  if (label && (!SHARED.test(text.slice(clause[0], start)) || BREAKDOWN_OPENS.test(text.slice(clause[0], label.start).split(SHARED).pop() ?? ''))) yield res(label.code, 'label-before');
  // "North Korean soldiers killed: about 300": a label that opens with a side's people or things is theirs.
  const heading = LABEL_LINE.exec(text.slice(0, start));
  const owner = heading && !/\b(?:said|says|told|reported|added|claimed|had|has|have|were|was)\b/i.test(heading[0]) && ents.find((e) => coded(e) && (e.kind === 'demonym' || e.possessive) && e.start === heading.index);
  if (owner && !label) yield res(owner.code, 'label-before');
  // "205 square kilometres of Russian gains", "a third of Ukraine's losses": the tally's owner.
  const ofTally = ents.find((e) => coded(e) && (e.kind === 'demonym' || e.possessive) && e.start > nounEnd && e.start <= nounEnd + 12 && OF_BEFORE.test(text.slice(nounEnd, e.start)) && TALLY_AFTER.test(text.slice(e.end, e.end + 24)));
  if (ofTally) yield res(ofTally.code, 'of-tally');
  // "destroyed 14 tanks and 11 artillery pieces of the Armenian armed forces", "a third of Iran's launchers":
  // the side the things or people belong to, named after them.
  // (Not people of two sides counted together: "members of Chad's army and its Nigerian allies", below.)
  const joint = (VICTIMS.has(measure) || measure === 'captured') && jointPeople(text, ents, end, clause[1]);
  if (!inNoun && (measure === 'equipment_lost' || PERSON_MEASURES.has(measure)) && !joint) {
    const ownerAfter = ents.find((e) => coded(e) && e.kind !== 'place' && e.start >= nounEnd && e.start <= nounEnd + 140 && e.end <= clause[1] && OWNED_BY_GAP.test(text.slice(nounEnd, e.start)) && (e.possessive || ((e.kind === 'demonym' || e.kind === 'country') && FORCE_AFTER.test(text.slice(e.end, e.end + 30)))));
    if (ownerAfter) yield res(ownerAfter.code, 'of-owner');
  }
  // "3,100 Dovanian casualties", "300 Ukrainian dead": a side named between the figure and its tally noun.
  const tallyNoun = !inNoun && ents.find((e) => coded(e) && (e.kind === 'demonym' || e.possessive) && e.start >= end && /^[”"’']?\s{1,2}(?:of\s{1,2})?$/.test(text.slice(end, e.start)) && TALLY_AFTER.test(text.slice(e.end, e.end + 24)));
  if (tallyNoun) yield res(tallyNoun.code, 'noun-phrase');
  // "more than 900,000 of them Sudanese", "40 of whom were Chadian": the part's own people, named after it.
  const ofThem = !inNoun && !tallyNoun && ents.find((e) => coded(e) && e.kind === 'demonym' && e.start > end && e.start <= end + 24 && OF_THEM_BETWEEN.test(text.slice(end, e.start)));
  if (ofThem) yield res(ofThem.code, 'noun-phrase');
  // "300 peacekeepers have been killed", "13,000-strong UN peacekeeping mission": the UN's own
  // people, unless the phrase names whose they are ("Uruguayan peacekeepers", "AU peacekeepers").
  const blue = !inNoun && !tallyNoun ? PEACEKEEPING.exec(text.slice(end, nounEnd + 24)) : null;
  // ("three of its peacekeepers": a side's own soldiers lent to a mission are still its own: speaker-own below.)
  const blueLead = blue ? blue[0].slice(0, blue.index! + blue[0].length - blue[1].length) : '';
  if (blue && !OTHER_NAME.test(blueLead) && !OWN_POSSESSIVE.test(blueLead)) yield res('UN', 'noun-phrase');
  // "550 terrorists were neutralised", "killed 300 enemy soldiers": a side's word for those it fights;
  // whose they are follows once the speaker is known.
  // ("31 of its fighters": a side's own people, named by its own word.)
  if (!inNoun && !tallyNoun && (PERSON_MEASURES.has(measure)) && ENEMY_NOUN.test(text.slice(end, nounEnd)) && !OWN_POSSESSIVE.test(text.slice(end, nounEnd))) yield { party: null, counterparty: null, how: 'enemy-noun' };
  // "more than 100 members of Mali's armed forces and its Russian allies", "12 Malian soldiers and Russian instructors":
  // the dead or taken of two sides counted together are no one side's.
  if (joint) yield { party: null, counterparty: null, how: 'shared' };
  if (SHARED.test(text.slice(clause[0], start)) || (EACH_AFTER.test(text.slice(nounEnd, nounEnd + 16))) || BOTH_SIDES_AFTER.test(text.slice(nounEnd, Math.min(clause[1], nounEnd + 60))) || (VICTIMS.has(measure) && bothSides(text, ents, clause[0], start)) || (measure === 'strikes' && jointActors(text, ents, clause[0], start))) yield { party: null, counterparty: null, how: 'shared' };
  // "Ukraine, he claimed, had lost 50,000 dead", "Kenya has suffered 300 casualties": the subject of a verb of losing is whose.
  if (!inNoun && measure !== 'strikes' && !AID_MEASURES.has(measure) && measure !== 'territory') {
    let verb: RegExpExecArray | null = null;
    // The clause may begin after a parenthetical frame ("Ukraine, he claimed, had lost"): look from the sentence start.
    const from = Math.max(0, clause[0] - 60);
    for (const v of text.slice(from, start).matchAll(LOSING_VERB_RE)) verb = v;
    const vs = verb ? from + verb.index! : -1;
    // Right after the verb, or later in the list it governs ("lost 800 dead and 1,200 to 1,500 wounded").
    const gap = verb ? text.slice(vs + verb[0].length, start) : '';
    if (verb && (words(gap) <= 3 || (words(gap) <= 12 && /^\s{1,2}(?:\p{L}+\s{1,2}){0,3}\d[^.;:]*(?:,|\band)\s{1,2}(?:\p{L}+\s{1,2}){0,2}$/u.test(gap)))) {
      // "the enemy lost up to 150 troops": the side the speaker fights lost them.
      const enemy = ENEMY_SUBJECT.exec(text.slice(Math.max(0, vs - 40), vs));
      if (enemy && LOSER_GAP.test(text.slice(Math.max(0, vs - 40) + enemy.index + enemy[0].length, vs).trimStart())) yield { party: null, counterparty: null, how: 'by-speaker' };
      const loser = ents.filter((e) => coded(e) && e.kind !== 'place' && e.end <= vs && LOSER_GAP.test(text.slice(e.end, vs))).pop();
      if (loser) yield res(loser.code, 'loser-subject');
    }
  }
  // "On the Armenian side, the governor said 4,000 people were moved out": the side the sentence opens on.
  if (VICTIMS.has(measure) && !inNoun) {
    const side = SIDE_OPENING.exec(text);
    const e = side ? ents.find((x) => coded(x) && x.start >= side.index && x.end <= side.index + side[0].length) : undefined;
    if (e && e.end <= start) yield res(e.code, 'side-opening');
  }
  // "The UN said 40 of its staff had been killed", "its 12 soldiers": the speaker's own, when no
  // other side stands before the figure in its clause for "its" to mean.
  const ownNoun = !inNoun && (PERSON_MEASURES.has(measure) || measure === 'equipment_lost') && (OWN_NOUN_AFTER.test(text.slice(end, end + 24)) || OWN_NOUN_BEFORE.test(text.slice(Math.max(0, start - 16), start)));
  const ownSubject = ownNoun ? subjectIn(text, ents, clause[0], start) : null;
  if (ownNoun && !ownSubject) {
    yield { party: null, counterparty: null, how: 'speaker-own' };
  }
  // "Britain evacuated 2,000 of its citizens": "its" is the clause's subject's.
  if (ownSubject && (ownSubject.kind === 'country' || ownSubject.kind === 'metonym') && ownSubject.end <= start) yield res(ownSubject.code, 'own-subject');
  // "… and Lebanese authorities put their own displaced at over 110,000": a side's own tally is its own people.
  // (The frame's verb, "put", may open the figure's clause: the teller stands before it.)
  const tallyFrom = Math.max(0, start - 50);
  const ownTally = !inNoun && measure !== 'strikes' ? OWN_TALLY_BEFORE.exec(text.slice(tallyFrom, start)) : null;
  if (ownTally) {
    const at = tallyFrom + ownTally.index;
    const teller = ents.filter((e) => coded(e) && e.kind !== 'place' && e.kind !== 'institution' && e.end <= at && at - e.end <= 40).pop();
    if (teller) yield res(teller.code, 'own-subject');
  }
  // The speaker's side as the subject of the figure's verb: taking from the other side, or losing.
  const byAgent = !!trigger && trigger.end <= start && !inNoun && measure !== 'strikes' && SPEAKER_AGENT.test(text.slice(Math.max(clause[0], trigger.start - 60), trigger.start));
  // "Poland said it scrambled four jets", "we have deployed 1,000 troops": the speaker's own side deploys.
  // (…and "the army said it had evacuated 138,000 people": a side evacuates its own people.)
  if (byAgent && (measure === 'deployed' || (measure === 'displaced' && EVACUATING.test(trigger!.phrase)))) {
    yield { party: null, counterparty: null, how: 'speaker-own' };
  } else if (byAgent && TAKING_VERBS.test(trigger!.phrase)) {
    yield { party: null, counterparty: null, how: 'by-speaker' };
  } else if (byAgent && LOSING_VERBS.test(trigger!.phrase)) {
    yield { party: null, counterparty: null, how: 'speaker-lost' };
  } else if (OWN_FORCES.test(text.slice(clause[0], start)) && !inNoun) yield { party: null, counterparty: null, how: 'own-forces' };
  if (measure === 'strikes') {
    // "The US military said it had struck more than 30 targets": the speaker's own side attacked.
    // (Not "it had shot down 38 drones": what a side intercepts, the other side launched.)
    if (trigger && trigger.end <= start && ATTACKING_VERBS.test(trigger.phrase) && SPEAKER_AGENT.test(text.slice(Math.max(clause[0], trigger.start - 60), trigger.start))) yield { party: null, counterparty: null, how: 'speaker-own' };
    // "The military said it had carried out 480 strikes": a verb of doing before the counted attacks.
    const lead = text.slice(Math.max(clause[0], start - 90), start);
    const doing = DOING_BEFORE.exec(lead);
    if (doing && SPEAKER_AGENT.test(lead.slice(0, doing.index))) yield { party: null, counterparty: null, how: 'speaker-own' };
    // "shot down eight Ukrainian drones": whose drones they were.
    if (inNoun && cls === 'projectile') yield res(inNoun.code, 'strikes/owner');
    if (trigger && trigger.end <= start) {
      const subj = ents.filter((e) => coded(e) && e.end <= trigger.start && words(text.slice(e.end, trigger.start)) <= 4 && e.start >= clause[0]).pop();
      // "Kharkiv has been hit by 40 glide bombs": the subject of a passive is the target.
      if (subj && !/\b(?:been|was|were|is|are|being|be)\s{1,2}$/i.test(text.slice(subj.end, trigger.start))) {
        // "Russian air defences intercepted 120 drones": who intercepts was attacked; the other side launched.
        if (INTERCEPTING_VERBS.test(trigger.phrase)) {
          const launcher = sides.opponent(subj.code!);
          if (launcher) yield res(launcher, 'strikes/interceptor-opponent', subj.code);
        } else yield res(subj.code, 'strikes/subject');
      }
    }
    const from = /^[^.;]*?\bfrom\s+(?:the\s+)?/i.exec(text.slice(nounEnd, nounEnd + 60));
    if (from) {
      const e = ents.find((x) => x.start >= nounEnd + from[0].length && x.start <= nounEnd + from[0].length + 2 && coded(x));
      if (e) yield res(e.code, 'strikes/from');
    }
    if (inNoun && cls === 'target') {
      const enemy = sides.opponent(inNoun.code!);
      if (enemy) yield res(enemy, 'strikes/target-owner', inNoun.code);
    }
    // "Moscow fires 40 glide bombs a day": with no verb before the figure, the clause's subject fires.
    if ((!trigger || trigger.start >= end) && cls === 'projectile') {
      const subj = subjectIn(text, ents, clause[0], start);
      // "Sumy has been hit by 255 guided bombs": a passive subject is the target.
      if (subj && subj.kind !== 'place' && !PASSIVE.test(text.slice(subj.end, start))) {
        // "Kenyan troops repelled six assaults": the subject of a verb of stopping was attacked.
        const stopped = INTERCEPTING_RE.test(text.slice(subj.end, start));
        const launcher = stopped ? sides.opponent(subj.code!) : null;
        if (launcher) yield res(launcher, 'strikes/interceptor-opponent', subj.code);
        else if (!stopped) yield res(subj.code, 'strikes/clause-subject');
      }
    }
    yield res(null, 'strikes/none');
    return;
  }
  if (inNoun && (PERSON_MEASURES.has(measure) || measure === 'equipment_lost')) {
    // "Ukrainian forces killed 30 North Korean soldiers": the subject before is the other side.
    const actor = subjectIn(text, ents, clause[0], start);
    yield res(inNoun.code, 'noun-phrase', actor && actor.code !== inNoun.code ? actor.code : undefined);
  }
  // "20,000 people crossed from Ukraine into Poland", "300 fled from Sudan": where the displaced fled from is whose they are.
  if (measure === 'displaced') {
    const from = ents.find((e) => coded(e) && (e.kind === 'country' || e.kind === 'metonym') && e.start >= nounEnd && e.end <= clause[1] && e.start - nounEnd < 60 && (FLED_FROM_BEFORE.test(text.slice(Math.max(nounEnd, e.start - 40), e.start)) || FLED_BEFORE.test(text.slice(Math.max(nounEnd, e.start - 30), e.start))));
    if (from) yield res(from.code, 'fled-from');
    // "The number of Rohingya who have fled Myanmar's Rakhine state … has risen to 436,000": the country left, before the figure.
    const left = !from ? ents.find((e) => coded(e) && (e.kind === 'country' || e.kind === 'metonym') && e.start >= clause[0] && e.end <= start && FLED_BEFORE.test(text.slice(Math.max(clause[0], e.start - 30), e.start))) : undefined;
    if (left) yield res(left.code, 'fled-from');
  }
  if (PERSON_MEASURES.has(measure)) {
    // "troops from Pyongyang", "soldiers of the North", "troops sent by Pyongyang".
    const from = /^\s*(?:,\s*)?(?:from|of|(?:sent|deployed|dispatched|fielded|supplied)\s+by)\s+(?:the\s+)?/i.exec(text.slice(nounEnd, nounEnd + 28));
    const e = from && ents.find((x) => x.start === nounEnd + from[0].length && coded(x) && x.kind !== 'place');
    // ("withdrew its 10,000 troops from Yemen": troops pulled out of a country are not from it.)
    const leaving = from && /^\s*(?:,\s*)?from\b/i.test(from[0]) && LEAVING_BEFORE.test(text.slice(Math.max(clause[0], start - 50), start));
    // ("troops from Uganda, Burundi and Kenya": drawn from several countries, they are no one country's.)
    if (e && !leaving) yield listed(text, ents, e) ? { party: null, counterparty: null, how: 'shared' } : res(e.code, 'noun-from');
    // "11,000 troops from five countries", "a multinational force of 2,500": drawn from many countries, no one's.
    else if (MANY_COUNTRIES_AFTER.test(text.slice(nounEnd, nounEnd + 40)) || MULTINATIONAL_BEFORE.test(text.slice(Math.max(clause[0], start - 50), start))) yield { party: null, counterparty: null, how: 'shared' };
  }
  // "Hamas freed 25 hostages", "the rebels handed over 40 prisoners": who releases holds them; they are the other side's.
  const release = measure === 'captured' && !inNoun ? RELEASE_BEFORE.exec(text.slice(Math.max(clause[0], start - 60), start)) : null;
  if (release) {
    const captor = subjectIn(text, ents, clause[0], Math.max(clause[0], start - 60) + release.index);
    const other = captor && captor.kind !== 'place' ? sides.opponent(captor.code!) : null;
    if (other) yield res(other, 'captives-of', captor!.code);
  }
  // "100 hostages are still held in Gaza", "four soldiers were freed in Gaza City": captives held in one side's
  // land are the other side's.
  if (measure === 'captured' && !inNoun && !release) {
    const held = HELD_IN.exec(text.slice(nounEnd, Math.min(clause[1], nounEnd + 60)));
    const where = held ? ents.find((e) => coded(e) && e.code!.length === 2 && e.start === nounEnd + held.index + held[0].length) : undefined;
    const other = where ? sides.opponent(where.code!) : null;
    if (other) yield res(other, 'captives-of', where!.code);
  }
  // "24 civilians have been killed by the Armenian armed forces": the agent of the passive killed them; they are the other side's.
  if (trigger && trigger.start >= nounEnd && VICTIM_VERBS.test(trigger.phrase.replace(/^(?:were|was|been|being|are|is|be)\s/, '')) && VICTIMS.has(measure) && !inNoun) {
    const agent = ents.find((e) => coded(e) && e.kind !== 'place' && e.start > trigger.end && e.start <= trigger.end + 40 && e.end <= clause[1] && PASSIVE_AGENT_AFTER.test(text.slice(trigger.end, e.start)));
    const victim = agent ? sides.opponent(agent.code!) : null;
    if (victim) yield res(victim, 'victims-of-agent', agent!.code);
  }
  if (trigger && trigger.end <= start) {
    const pre = ents.filter((e) => coded(e) && e.end <= trigger.start && words(text.slice(e.end, trigger.start)) <= 2 && (e.possessive || e.kind === 'demonym')).pop();
    if (pre && !AID_MEASURES.has(measure) && TALLY_NOUNS.test(trigger.phrase)) yield res(pre.code, 'before-trigger');
    // "a sea-drone strike on a Russian patrol ship killed seven": the dead were aboard what was struck.
    if (VICTIM_VERBS.test(trigger.phrase) && PERSON_MEASURES.has(measure) && !inNoun) {
      const target = ents.find((e) => coded(e) && e.kind !== 'place' && (e.kind === 'demonym' || e.possessive || e.kind === 'country') && e.start >= clause[0] && e.end <= trigger.start && STRUCK_BEFORE.test(text.slice(Math.max(clause[0], e.start - 40), e.start)));
      if (target) yield res(target.code, 'victims-target');
    }
    if (VICTIM_VERBS.test(trigger.phrase) && PERSON_MEASURES.has(measure)) {
      const attacker = subjectIn(text, ents, clause[0], trigger.start);
      if (attacker) {
        const place = placeAfter(text, ents, nounEnd, clause[1], attacker.code!, PLACE_OF_PEOPLE);
        const victim = place?.code ?? sides.opponent(attacker.code!);
        yield res(victim, 'victims-of', attacker.code);
      }
    }
  }
  // "Ukrainian forces destroyed 11 tanks": what an attacker destroys, downs or seizes is the other side's.
  let wrecks = false;
  if (measure === 'equipment_lost' && !inNoun && trigger && trigger.end <= start && WRECKING_VERBS.test(trigger.phrase)) {
    const attacker = subjectIn(text, ents, clause[0], trigger.start);
    const active = attacker && attacker.kind !== 'place' && !PASSIVE.test(text.slice(attacker.end, trigger.end));
    // ("Israeli strikes destroyed 40 ambulances in Lebanon": the place the machines stood in is whose they were.)
    const place = active ? placeAfter(text, ents, nounEnd, clause[1], attacker!.code!, PLACE_OF_THINGS) : undefined;
    const other = active ? place?.code ?? sides.opponent(attacker!.code!) : null;
    if (other) {
      wrecks = true;
      yield res(other, 'victims-of', attacker!.code);
    }
  }
  if (AID_MEASURES.has(measure)) {
    // "€97 billion promised by European donors", "paid for by Denmark": the agent of a verb of giving gives.
    const agent = ents.find((e) => coded(e) && e.start >= nounEnd && e.start < clause[1] && e.kind !== 'place' && GIVEN_BY.test(text.slice(nounEnd, e.start)));
    if (agent) yield res(agent.code, 'aid/by', recipient(text, ents, clause, agent.code));
    // "€160 million in additional EU support", "$300 million of German aid": whose aid the figure is.
    const owner = ents.find((e) => coded(e) && e.kind !== 'place' && e.start >= nounEnd && AID_OWNER_BEFORE.test(text.slice(nounEnd, e.start)) && AID_NOUN_AFTER.test(text.slice(e.end, e.end + 40)));
    if (owner) yield res(owner.code, 'aid/owner', recipient(text, ents, clause, owner.code));
    // "… due to receive 22 tanks from Germany": the donor it comes from.
    const fromDonor = ents.find((e) => coded(e) && e.start >= end && e.start < clause[1] && e.kind !== 'place' && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 10), e.start)));
    if (fromDonor) yield res(fromDonor.code, 'aid/from', recipient(text, ents, clause, fromDonor.code));
    if (trigger) {
      // ("The United States, until this year Sudan's biggest donor, has provided": a name inside an apposition
      // that closes before the verb is no subject of it.)
      const subj = ents.filter((e) => coded(e) && e.end <= trigger.start && words(text.slice(e.end, trigger.start)) <= 3 && !text.slice(e.end, trigger.start).includes(',') && e.start >= clause[0] && !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start))).pop();
      if (subj && subj.end <= start && RECEIVER_VERBS.test(trigger.phrase)) yield res(null, 'aid/receiver', subj.code);
      if (subj && subj.end <= start) yield res(subj.code, 'aid/subject', recipient(text, ents, clause, subj.code));
      // "The World Food Programme delivered 1,200 tonnes of food": an international body that gives is the donor,
      // though it takes no side in the war.
      const body = !subj ? ents.filter((e) => e.kind === 'institution' && !!e.code && INSTITUTIONS[e.text]?.kind === 'international' && e.start >= clause[0] && e.end <= trigger.start && words(text.slice(e.end, trigger.start)) <= 3).pop() : undefined;
      if (body && body.end <= start && !RECEIVER_VERBS.test(trigger.phrase)) yield res(body.code, 'aid/subject', recipient(text, ents, clause, body.code));
    }
    const subjectBefore = subjectIn(text, ents, clause[0], start);
    if (subjectBefore) yield res(subjectBefore.code, 'aid/clause-subject', recipient(text, ents, clause, subjectBefore.code));
    const own = ents.find((e) => coded(e) && e.start >= end && e.start <= end + 25 && /^\s*(?:of|in|from)\s+(?:the\s+)?$/i.test(text.slice(end, e.start)) && e.kind !== 'place');
    if (own) yield res(own.code, 'aid/of', recipient(text, ents, clause, own.code));
    yield res(null, 'aid/none', recipient(text, ents, clause, null));
  }
  const subj = subjectIn(text, ents, clause[0], start);
  // "Burundi has about 10,000 troops in eastern Congo", "Italy, which contributes 1,000 soldiers": a
  // country that has, sends or withdraws the troops is theirs, wherever the article's war is.
  if (measure === 'deployed' && subj && subj.end <= start && (subj.kind === 'country' || subj.kind === 'metonym') && DEPLOYER_BETWEEN.test(text.slice(subj.end, start))) yield res(subj.code, 'deployer-subject');
  // "the Indian strikes had killed 31 people": the subject of a verb of killing is the attacker, not whose the dead are.
  const attacks = !!subj && !!trigger && PERSON_MEASURES.has(measure) && trigger.end <= start && subj.end <= trigger.start && VICTIM_VERBS.test(trigger.phrase) && (subj.kind === 'demonym' || subj.kind === 'country' || subj.possessive) && ATTACKER_AFTER.test(text.slice(subj.end, trigger.start)) && !PASSIVE.test(text.slice(subj.end, trigger.end));
  // "Chad hosts about 1.3 million refugees", "Uganda shelters 1.9 million": the host is no side of the people it takes in.
  const hosts = !!subj && measure === 'displaced' && subj.end <= start && HOST_BETWEEN.test(text.slice(subj.end, start));
  if (hosts) yield res(null, 'hosted', subj!.code);
  // ("Russia was helped by 11,000 troops sent by North Korea": a subject acted on by what the figure counts is not whose it is.)
  const actedOn = !!subj && subj.end <= start && /\b(?:been|was|were|is|are|being)\s{1,2}(?:[\p{L}-]+\s{1,2})?\w+(?:ed|en)\s{1,2}by\b/iu.test(text.slice(subj.end, start));
  if (subj && !attacks && !hosts && !wrecks && !actedOn) yield res(subj.code, 'clause-subject');
  const after = subjectIn(text, ents, nounEnd, clause[1]);
  // A name after the dead and wounded is mostly who attacked them ("in Israeli attacks", "as Russia stepped up strikes"), not whose they are.
  if (after && after.kind !== 'institution' && after.kind !== 'place' && !VICTIMS.has(measure)) yield res(after.code, 'clause-subject-after');
  if (PERSON_MEASURES.has(measure)) {
    // "put the number of Eritrean troops in the region at 9,000": one side's people named in the sentence.
    const owners = new Set<string>();
    for (const e of ents) if (coded(e) && (e.kind === 'demonym' || e.possessive) && PEOPLE_AFTER.test(text.slice(e.end, e.end + 40))) owners.add(e.code!);
    if (owners.size === 1) yield res([...owners][0], 'people-in-sentence');
  }
  if (VICTIMS.has(measure)) {
    // "60 people were killed … in El Fasher": the dead are where it happened.
    const where = ents.find((e) => coded(e) && e.kind !== 'demonym' && e.code!.length === 2 && e.start >= nounEnd && e.start < clause[1] && IN_REGION_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)));
    if (where) yield listed(text, ents, where) ? { party: null, counterparty: null, how: 'shared' } : res(where.code, 'victims-where');
    // "In neighbouring Niger, the ministry said 10 soldiers had been killed": the place the sentence opens in.
    // (Not the displaced: "In Chad, 1.2 million refugees …" are hosted there, not its own.)
    const opening = !where && measure !== 'displaced' ? PLACE_OPENING.exec(text) : null;
    const at = opening ? ents.find((e) => coded(e) && e.kind !== 'demonym' && e.code!.length === 2 && e.start === opening[0].length) : undefined;
    if (at && at.end <= start && /^\s{0,2},/.test(text.slice(at.end, at.end + 3))) yield res(at.code, 'victims-where');
  }
  yield res(null, 'none');
}


/** Fighting between two sides ("clashes between Kyrgyz and Tajik forces", "Kyrgyzstan and Tajikistan clashes"): its toll is both sides'. */
const FIGHT_AFTER = /^\s{0,2}(?:['’]s\s{1,2})?(?:(?:forces|troops|border|army|armies|militaries)\s{1,2})*(?:clashes|fighting|conflict|war|battles?|skirmishes|hostilities|border\s{1,2}clashes|fighting)\b/i;
const BETWEEN_BEFORE = /\bbetween\s{1,2}(?:the\s{1,2})?$/i;
function bothSides(text: string, ents: Entity[], from: number, to: number): boolean {
  for (const [a, b] of sidePairs(text, ents, from, to, AND_THE)) {
    if (BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) || FIGHT_AFTER.test(text.slice(b.end, b.end + 40))) return true;
  }
  return false;
}

/** Between the names of a list: a comma, "and", "or". */
const LIST_JOINER = /^\s{0,2}(?:,\s{1,2}(?:and\s{1,2}|or\s{1,2})?|\s(?:and|or)\s{1,2})(?:the\s{1,2})?$/i;
/** `e` opens a list of several countries ("Burkina Faso, Mali and Niger"). */
function listed(text: string, ents: Entity[], e: Entity): boolean {
  // (Countries only: "in Lebanon, UN says" names a speaker after the comma.)
  const next = ents.find((x) => x.start >= e.end && coded(x) && x.kind !== 'place' && x.kind !== 'institution');
  return !!next && next.code !== e.code && next.code !== 'UN' && next.code!.length === 2 && (next.kind === 'country' || next.kind === 'demonym') && !/^\s{1,2}(?:says|said|say|reports|reported|claims|claimed)\b/i.test(text.slice(next.end, next.end + 12)) && LIST_JOINER.test(text.slice(e.end, next.start));
}

/** Before the place people were in ("in Gaza", "across the south", "residents of Kherson"), and things stood in. */
const PLACE_OF_PEOPLE = /\b(?:in|across|of)\s+(?:the\s+)?$/i;
const PLACE_OF_THINGS = /\b(?:in|across)\s+(?:the\s+)?$/i;

/** The country or place after the figure's noun where what an attacker hit was, other than the attacker's own. */
function placeAfter(text: string, ents: Entity[], from: number, to: number, attacker: string, before: RegExp): Entity | undefined {
  return ents.find((e) => e.start >= from && e.start < to && coded(e) && e.code !== attacker && before.test(text.slice(Math.max(0, e.start - 12), e.start)));
}

/** The end of a figure's own noun phrase: a comma or bracket, or a word that opens an adjunct or a clause. */
// (Another figure starts another count: "40 Malian soldiers and 12 Russian instructors", "nine of them South Africans and three Malawians".)
const PHRASE_END = /[,;.:()]|\s(?:in|at|near|during|after|before|when|while|who|which|that|since|on|from|by|were|was|had|have|has)\s|\s(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?|thousands?|several|some|about|around|nearly|almost|more|at\s+least)\b)/i;
/** Two sides' people in the figure's own phrase, joined by "and": "soldiers of X and Y", "Malian troops and Russian mercenaries". */
function jointPeople(text: string, ents: Entity[], from: number, to: number): boolean {
  const tail = text.slice(from, Math.min(to, from + 90));
  const cut = PHRASE_END.exec(tail);
  const until = from + (cut ? cut.index : tail.length);
  const own = ents.filter((e) => coded(e) && e.code!.length === 2 && (e.kind === 'demonym' || e.kind === 'country' || e.possessive) && e.kind !== 'place' && e.start >= from && e.end <= until);
  for (let i = 1; i < own.length; i++) {
    if (own[i].code !== own[0].code && /\band\b/i.test(text.slice(own[0].end, own[i].start))) return true;
  }
  return false;
}

/** Verbs of taking one's own people out of danger. */
const EVACUATING = /^(?:evacuated|evacuates|evacuate|evacuating|relocated|airlifted|bused\s+out|bussed\s+out|moved\s+to\s+safety|taken\s+to\s+safety|brought\s+to\s+safety|evacuated\s+to\s+safety|evacuated\s+from)$/i;

/** "and" (or "and the") between two sides' names. */
const AND_THE = /^\s{1,2}and\s{1,2}(?:the\s{1,2})?$/i;
const AND = /^\s{1,2}and\s{1,2}$/i;

/** Two sides named one after the other in [from, to), joined as `joiner` says: "Kyrgyz and Tajik", "US and British". */
function* sidePairs(text: string, ents: Entity[], from: number, to: number, joiner: RegExp): Generator<[Entity, Entity]> {
  const own = ents.filter((e) => coded(e) && e.kind !== 'place' && e.kind !== 'institution' && e.start >= from && e.end <= to);
  for (let i = 1; i < own.length; i++) {
    const [a, b] = [own[i - 1], own[i]];
    if (a.code !== b.code && joiner.test(text.slice(a.end, b.start))) yield [a, b];
  }
}

/**
 * Two sides' forces acting together as the clause's subject ("US and British warplanes struck",
 * "Russian and Syrian government jets carried out"): their strikes are no one side's.
 */
function jointActors(text: string, ents: Entity[], from: number, to: number): boolean {
  for (const [a, b] of sidePairs(text, ents, from, to, AND)) {
    if (ATTACKER_AFTER.test(text.slice(b.end, b.end + 40)) && !/\b(?:on|against|at|targeting|by)\s{1,2}(?:the\s{1,2})?$/i.test(text.slice(Math.max(from, a.start - 14), a.start))) return true;
  }
  return false;
}

/** Before the country something is sent to: "to", "for", "into". */
const TO_BEFORE = /\b(?:to|for|into)\s+(?:the\s+)?$/i;

/** "… for Ukraine", "… to Kyiv": the country the clause sends something to, if it names one. */
export function sentTo(text: string, ents: Entity[], clause: [number, number]): string | null {
  return ents.find((e) => coded(e) && e.start >= clause[0] && e.end <= clause[1] && TO_BEFORE.test(text.slice(Math.max(0, e.start - 10), e.start)))?.code ?? null;
}

/** The recipient of aid: "to Ukraine", "for Kyiv"; else the side the article is most about, when it is not the donor. */
export function recipientOf(text: string, ents: Entity[], clause: [number, number], donor: string | null, sides: Sides): string | null {
  // "for Ukraine", "to Kyiv"; "equipment in Ukraine" names the receiving country too.
  const to = ents.find((e) => coded(e) && e.start >= clause[0] && e.end <= clause[1] && (TO_BEFORE.test(text.slice(Math.max(0, e.start - 10), e.start)) || (e.kind === 'country' && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 8), e.start)))) && e.code !== donor);
  if (to) return to.code;
  return sides.otherThan(donor);
}

/**
 * The sides of the article's conflict as the article names them: the countries it names
 * most (international bodies aside). No war is assumed; an article that names no country
 * has no sides, and no counterparty is guessed.
 */
export interface Sides {
  /** The country the article names most, or null. */
  main: string | null;
  /** The other side of `code` when `code` is one of the article's two main sides. */
  opponent(code: string): string | null;
  /** The most-named country that is not `code`. */
  otherThan(code: string | null): string | null;
  /** The other of the article's two most named countries, for a counterparty: it may be one named in passing. */
  counter(code: string): string | null;
}

export const NO_SIDES: Sides = { main: null, opponent: () => null, otherThan: () => null, counter: () => null };

/** International bodies: never a side of a conflict, nor a speaker's country by default. */
export const NOT_A_SIDE: ReadonlySet<string> = new Set(['UN', 'EU', 'NATO']);

/** Sides from entity counts: `counts` maps a code to how often the article names it. */
/** Below this many namings of the first country, a short text names too little to tell a side from a passer-by. */
const MIN_NAMINGS = 6;

export function sidesOf(counts: Map<string, number>): Sides {
  const ranked = [...counts.entries()].filter(([c]) => !NOT_A_SIDE.has(c)).sort((a, b) => b[1] - a[1]);
  // A country named a third as often as the first, or less, is one named in passing ("Egypt called for calm"), no side:
  // a war inside one country has no second country to be the other side.
  const second = ranked[1] && (ranked[0][1] < MIN_NAMINGS || ranked[1][1] * 3 >= ranked[0][1]) ? ranked[1][0] : null;
  const [a, b] = [ranked[0]?.[0] ?? null, second];
  // Whom a figure was against or given to may still be a country named in passing.
  const any = ranked[1]?.[0] ?? null;
  return {
    main: a,
    opponent: (code) => (code === a ? b : code === b ? a : null),
    otherThan: (code) => (code === null ? null : code === a ? any : a),
    counter: (code) => (code === a ? any : code === any ? a : null),
  };
}
