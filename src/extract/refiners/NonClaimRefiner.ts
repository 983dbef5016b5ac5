/**
 * Drops numbers that are not claims: years, days of the month, clock times, ages,
 * compound adjectives, reference numbers, phone numbers and page furniture.
 *
 *   in 2023 · 17 December · Dec. 17 · Oct. 8, 2023 · 9:15 AM · a 45-year-old · aged 45 ·
 *   a three-day exchange · nine-storey block · Article 5 · No. 70 · 4 min read ·
 *   one of the soldiers · the two sides
 *
 * Watch out for: "2,030 losses" has a comma and stays; "40-kilometre stretch" is a length
 * and stays; "2000 troops" (bare, followed by a counted noun) stays.
 */
import { alternation, caselessAlternation, execAll } from '../lexicon/pattern.js';
import { ITEM_NOUNS, ITEM_SINGULARS, MODEL_DESIGNATOR, ONE_PERSON_NOUNS, PERSON_NOUNS, STRENGTH_SUFFIX } from '../lexicon/nouns.js';
import type { Mention, Refiner } from '../types.js';
import { keepMentions } from '../mention.js';
import { COUNTRIES } from '../lexicon/countries.js';
// Month names and abbreviations; every pattern that reads them is case-insensitive.
import { MONTH_NAME as MONTHS } from '../../text/months.js';
/** Day of the month before a month name ("17 December"). */
const DAY_BEFORE_MONTH = new RegExp(String.raw`^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:${MONTHS})\b`, 'i');
/** Month name just before ("December 17", "Dec. 17", "Oct 8,"). */
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTHS})\.?\s*$`, 'i');
/** Compound adjectives of time and size ("three-day", "24-hour", "nine-storey"). */
// ("a 15-member council", "a three-man crew" are no counts; "a 2,500-member force", "a 600-man battalion" are a force's strength.)
const COMPOUND_AFTER = /^[-–‑]\s?(?:year|day|week|month|hour|minute|second|storey|story|floor|(?:member|man)(?!s?\s{1,2}(?:[\p{L}-]+\s{1,2})?(?:force|mission|contingent|battalion|brigade|unit|army|militia|division|regiment|company|platoon|detachment)s?\b)|point|page|time|fold|seat|nation|country|party|round|stage|phase|lane|bed|inch|foot|tonne|ton)s?\b/iu;
const TIME_AFTER = /^(?::\d{2}|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|BST\b|CET\b|EET\b|EEST\b|KST\b|h\b|hrs\b))/i;
const AGE_AFTER = /^[-\s](?:years?|yr)[-\s]old\b|^\s+years\s+of\s+age\b/i;
// ("the oldest is 61", "the youngest was nine": an age told by a superlative.)
const AGE_BEFORE = /\b(?:aged|age|ages|age\s+of|ages\s+of|(?:oldest|youngest)(?:\s{1,2}[\p{Ll}]+)?\s{1,2}(?:is|was|being))\s+(?:between\s+|from\s+)?(?:\d{1,3}\s*(?:,|and|to|-)\s*)*$/iu;
/**
 * Ages told of people just named, with nothing counted after them: "The oldest, a sergeant from the
 * 36th Brigade, was 58." (an apposition before the verb), "They were 20 and 26.", "He was 19."
 */
const AGE_SUPERLATIVE_BEFORE = /\b(?:oldest|youngest|eldest)\b,[^.;:]{1,80},\s{1,2}(?:is|was)\s{1,2}$/iu;
const AGE_PRONOUN_BEFORE = /(?:^|[.;]\s{1,2})(?:they|he|she)\s{1,2}(?:are|were|is|was)\s{1,2}(?:(?:both|aged|only|just)\s{1,2})?(?:\d{1,2}\s{0,2}(?:,|and)\s{1,2})*$/iu;
const AGE_PRONOUN_AFTER = /^(?:\s{0,2}(?:,|and)\s{1,2}\d{1,2})*\s{0,2}(?:[.;]|$)/;
/** "Assad, who is 59,": a person's age in a relative clause. */
const WHO_IS_BEFORE = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]+|\b(?:he|she|${alternation(ONE_PERSON_NOUNS)})),?\s{1,2}who\s{1,2}(?:is|was|turned|turns|will\s{1,2}be)\s{1,2}$`, 'u');
/** "the 7.7-magnitude quake", "UPDATE 2-Rebels …": digits glued by a hyphen to a word modify it; a unit so glued still measures. */
const HYPHEN_WORD_AFTER = new RegExp(String.raw`^[-–‑](?!(?:km|kilomet|mile|met|percent|per\b|million|billion|thousand|hundred|odd|plus|${STRENGTH_SUFFIX})\b)\p{L}`, 'iu');
/** Nouns a number follows to name a position in a sequence ("day six", "round 3"). */
const SEQUENCE_BEFORE = /\b(?:day|week|round|part|stage|phase)\s+$/i;
/**
 * "(Denmark 12, Norway 8 and Sweden 20)", "Britain more than 13,700; Germany 5,347": a
 * country's name opening an item of a list, then its count. Such a name is no model's
 * or unit's ("Boeing 777", "Group 13").
 */
const COUNTRY_ITEM_BEFORE = new RegExp(String.raw`(?:^|[,;:(]|\band)\s{1,2}(?:the\s{1,2})?(?:${alternation(Object.values(COUNTRIES).flatMap(([names]) => names))})\s$`, 'u');
const ITEM_END_AFTER = /^\s{0,2}(?:[,;)]|\.(?!\d)|\s(?:and|or)\s|$)/;
/** A capitalised word that is not the sentence's first, right before the number. */
const NAME_BEFORE = /[\p{L},;:]\s+\p{Lu}[\p{L}-]*\s$/u;
const REFERENCE_BEFORE = /\b(?:Article|Unit|Brigade|Regiment|Division|Battalion|Corps|Army|No\.|Number|Chapter|Section|Resolution|Flight|Route|Highway|Road|Building|Block|Room|Page|Episode|Season|Platform|Gate|Level|Phase|Stage|Category|Grade|Class|Type|Model|Version|Block|Tranche|Package|Decree|Law|Paragraph|Point|Item|Protocol|Project|Minsk|Covid|COVID|paragraphs?|para|Edition|Issue|Vol\.|Volume|Part|Claim|CLAIM|Footnote|Note|Table|Figure|Fig\.|Annex|Appendix)\s*[-–]?\s*$/;
/** A note's marker: "[" before the number (or the sentence's start, where the splitter left the "[" behind), "]" after it. */
const NOTE_OPEN_BEFORE = /(?:\[\s?|^\s*)$/;
const NOTE_CLOSE_AFTER = /^\s?\]/;
/** A clock hour: "at six in the morning", "until nine at night", "by ten o'clock". */
const CLOCK_BEFORE = /\b(?:at|until|till|by|from|before|after|around|about)\s{1,2}$/i;
const CLOCK_AFTER = /^\s{1,2}(?:in\s{1,2}the\s{1,2}(?:morning|afternoon|evening)|at\s{1,2}night|o['’]clock)\b/i;
const FURNITURE_AFTER = /^\s*(?:min(?:ute)?s?\s+read|min\b|comments?|shares?|views|likes|replies|photos|videos|related\s+(?:stories|articles|links)|stories|articles)\b/i;
/** Reference numbers named after the number ("the 1325 resolution"). */
const REFERENCE_AFTER = /^\s+(?:resolution|decree|law|order|regulation|brigade|regiment|battalion|division|flight|route|highway|bus)\b/i;
/** A number glued to letters ("155mm", "9mm") is a calibre or model unless the letters are a unit or scale. */
const GLUED_AFTER = /^(?!km|sq|bn|mn|mln|trn|tn|m\b|k\b|b\b|pc\b)[\p{L}]/iu;
/** An age in apposition: "Olena Koval, 54, said". */
/** "Oleksandr Petrenko, 54," and "the commander, 54,": a name or one person, then the age. */
const AGE_APPOSITION_BEFORE = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]+|\b(?:${alternation(ONE_PERSON_NOUNS)}))\s*,\s{1,2}(?:(?:now|then|still|just)\s{1,2})?$`, 'u');
const DEFINITE_BEFORE = /\b(?:the|these|those|both|all|its|their|our)\s+$/i;
const COUNTED = caselessAlternation([...PERSON_NOUNS, ...Object.keys(ITEM_NOUNS), ...ITEM_SINGULARS]);
/** People and a reporting verb right after a small number: its speakers ("Two officials said"). */
const SPEAKERS_AFTER = /^\s{1,2}(?:[\p{L}-]+\s{1,2}){0,2}?(?:residents?|officials?|witness(?:es)?|sources?|diplomats?|soldiers?|officers?|doctors?|medics?|analysts?|people|men|women|villagers|survivors|commanders?|spokesm[ae]n|members?)(?:\s{1,2}(?:of|from|in)\s{1,2}[^,.;:]{1,40}?)?(?:,\s{1,2}(?:speaking|reached|contacted|interviewed|asked)\b[^,.;:]{0,40},)?\s{1,2}(?:(?:also|later|separately)\s{1,2})?(?:said|say|says|told|recalled|described|spoke|added|confirmed|interviewed)\b/iu;
/** A number naming a unit: "the army's 14 Rashtriya Rifles", "3 Commando Brigade". */
const UNIT_NAME_AFTER = /^\s{1,2}(?:\p{Lu}[\p{L}-]*\s{1,2}){1,3}(?:Rifles|Brigade|Regiment|Battalion|Division|Corps|Squadron|Fleet|Wing|Commando)\b/u;
const COUNTED_NOUN = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}(?:${COUNTED})\b`, 'iu');
/** A maker's model right after the number ("one Su-30", "one F-16"): one machine. */
const MODEL_AFTER = new RegExp(String.raw`^\s{1,2}${MODEL_DESIGNATOR}\b`, 'u');
/** "of 22 drones": the number after "of" counts something named. */
const OF_COUNTED = new RegExp(String.raw`^\s+of\s+\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}(?:${COUNTED})\b`, 'iu');
/** "two in Sumy, four in Kharkiv and one in Dnipro": "one" closing a list of counts is a count. */
const COUNT_WORD = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
const PLACE_AFTER = /^\s{1,2}(?:in|at|near|from|on|across|inside)\s/i;
/** "13 were intercepted and one was allowed to fall", "sinking two and seizing one.": the list's verb goes on, or the sentence ends. */
const LIST_END_AFTER = /^(?:\s{1,2}(?:was|were|is|has|had|fell|died|remains|remained|survived|escaped)\b|\s?[.;]|\s?,\s{1,2}(?:the|a|an|he|she|it|they|officials|police)\b)/i;
function closesList(before: string): boolean {
  const tail = before.slice(-80);
  const joined = /(?:,|\band)\s{0,2}$/i.test(tail);
  if (!joined) return false;
  // ("two in the hill villages of the Tesk district and one in …": an item of the list may run to several words.)
  const words = tail.split(/[\s,]+/).filter(Boolean).slice(-10, -1);
  return words.some((w) => COUNT_WORD.test(w));
}
/** "three drones near the town on Wednesday and one more over the border": "one more" after a count. */
function oneMoreAfterCount(before: string, after: string): boolean {
  return /^\s{1,2}more\b/i.test(after) && /\band\s{1,2}$/i.test(before) && before.slice(-100).split(/[\s,]+/).some((w) => COUNT_WORD.test(w));
}
const ROUNDS_OF_TALKS = /^\s{1,2}(?:more\s{1,2})?rounds?\s{1,2}of\s{1,2}(?:direct\s{1,2}|peace\s{1,2}|indirect\s{1,2})?(?:talks|negotiations|consultations|discussions|voting|elections|exchanges|swaps|sanctions|mediation)\b/i;
const ROUNDS_ALONE = /^\s{1,2}rounds?\b(?!\s{1,2}of\b)/i;
const IN_BEFORE = /\bin\s{1,2}$/i;
/** "one of", "one side", "one another": the word "one" rarely counts anything on its own. */
const ONE_AFTER = /^\s+(?:of|another|side|way|day|time|thing|reason|more|another)\b/i;
const PHONE_RUN = /[+(]?\d[\d\s().-]{8,}\d/g;
/** A length of time, not a count: "two days of exchanges", "the 12 months from April". */
const DURATION_AFTER = /^\s+(?:and\s+a\s+half\s+)?(?:more\s+|straight\s+|consecutive\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|decades?|centuries)\b/i;
/** Years are read as years after a month, a possessive or a preposition ("Russia's 2025 losses"). */
const YEAR_BEFORE = new RegExp(String.raw`(?:\b(?:${MONTHS})\.?,?|['’]s|\b(?:in|since|of|by|until|from|early|late|mid|during|for|the|and|to|through|before|after|between)|[-–])\s*$`, 'i');
/** "8 and 13 October": the first day of a range of days. */
const DAY_RANGE_AFTER = new RegExp(String.raw`^\s*(?:and|to|-|–)\s*\d{1,2}\s+(?:${MONTHS})\b`, 'i');
/** Votes: "voted 325 to 184", "by a vote of 12 to 3", "passed with 300 votes". */
const VOTE_BEFORE = /\b(?:voted|vote\s+of|votes?\s+(?:was|were)?)\s+(?:\d[\d,]*\s*(?:to|-|–)\s*)?$/i;
const VOTE_AFTER = /^\s*(?:(?:to|-|–)\s*\d[\d,]*\s+)?(?:votes?\b|in\s+favou?r\b|abstentions?\b)/i;
/** Ratios: "one interpreter to every 30 soldiers", "one civilian for every 20 fighters". */
const EVERY_BEFORE = /\b(?:to|for|per|in)\s+every\s+(?:\d[\d,]*\s*(?:to|-|–)\s*)?$/i;
const EVERY_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:to|for|per|in)\s+every\b/iu;
/** Words that bound an age: "under 10", "over 70", "older than 60". */
const AGE_BOUND = String.raw`(?:over|under|above|below|older\s{1,2}than|younger\s{1,2}than)\s{1,2}`;
/** Before a bounded number that is an age ("people over 65", "children aged under five", "a man over 70"): "aged", or one person or a group of people named right before it. */
const AGE_HOLDER_BEFORE = new RegExp(String.raw`\b(?:aged\s{1,2}|(?:people|persons|those|men|women|man|woman|child|children|boys|girls|adults|residents|patients|anyone|everyone)\s{1,2}(?:aged\s{1,2})?)${AGE_BOUND}$`, 'i');
/** The bound standing in a number's own words ("under 10"). */
const AGE_BOUND_OPENING = new RegExp(`^${AGE_BOUND}`, 'i');
/** After "several": people already named ("others", "more" before a verb) or a unit of weight or volume. */
const SEVERAL_COUNTS_AFTER = /^\s{1,2}(?:others\b|more\s{1,2}(?:were|was|have|had|are|died|remain|remained)\b|(?:tonnes|tons|litres|liters|truckloads|containers)\s{1,2}of\b)/i;
/** "paragraphs 6-8", "pages 12–14": the end of a range of references. */
const REFERENCE_RANGE_BEFORE = /\b(?:paragraphs?|paras?|pages?|pp\.?|articles?|sections?)\s{0,2}\d{1,4}\s{0,2}[-–]\s{0,2}$/i;
/** "5:1", "3:1 in Ukraine's favour": a ratio (clock times have two digits after the colon). */
const RATIO_AFTER = /^\s?:\s?\d(?!\d)/;
/** "112.ua", "24.news": a number that begins a web address. */
const DOMAIN_AFTER = /^\.\p{L}{2,}\b/u;
/** "18 Leopard 2 tanks", "six Su 25 jets": a model's number after a counted name. */
const MODEL_NUMBER_BEFORE = /(?<=\d[\d,.]*\s{1,2}\p{Lu}[\p{L}-]*)\s$/u;
/** "between one and three": a range end, not a stray "one". */
const RANGE_WORDS = /\b(?:between|from)\s+$/i;

/** One event after a year-like number names it ("a single 2023 attack", "the 2022 invasion"): a count would take the plural. */
const YEAR_EVENT_AFTER = /^\s{1,2}(?:attack|war|offensive|invasion|incursion|coup|election|ceasefire|truce|agreement|deal|budget|census|report|survey|earthquake|uprising|massacre|campaign|operation|law|decree|revolution|crisis|conflict|strike|raid|bombing|flood|famine|siege|assault|mutiny|referendum|summit|accord)\b(?!-)/i;

function isYear(m: Mention, text: string): boolean {
  if (!m.bare || m.low == null || m.low < 1800 || m.low > 2100) return false;
  if (YEAR_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return true;
  if (!/,/.test(text.slice(m.start, m.end)) && YEAR_EVENT_AFTER.test(text.slice(m.end, m.end + 20))) return true;
  return !COUNTED_NOUN.test(text.slice(m.end, m.end + 60));
}

/** Quotation marks around a figure alone: "“several”", "‘dozens’". */
const SCARE_OPEN = /["“‘]$/;
const SCARE_CLOSE = /^["”’]/;

export const NonClaimRefiner: Refiner = {
  name: 'NonClaimRefiner',
  refine(ctx, mentions) {
    const text = ctx.text;
    const phoneSpans: Array<[number, number]> = [];
    for (const p of execAll(PHONE_RUN, text)) {
      const digits = p[0].replace(/\D/g, '').length;
      if (digits >= 9 && !/,\d{3}/.test(p[0])) phoneSpans.push([p.index!, p.index! + p[0].length]);
    }
    return keepMentions(mentions, (m) => {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      // (A figure set in quotation marks of its own, "repelled “several” assaults", counts the noun after the mark.)
      const after = SCARE_OPEN.test(before) ? text.slice(m.end, m.end + 41).replace(SCARE_CLOSE, '') : text.slice(m.end, m.end + 40);
      const quote = text.slice(m.start, m.end);
      const wordNumber = /^[a-z]/i.test(quote);
      if (isYear(m, text)) return false;
      // "several soldiers" counts them; "several times", "for several reasons" count nothing of war.
      if (/^several$/i.test(quote) && (!(COUNTED_NOUN.test(after) || SEVERAL_COUNTS_AFTER.test(after)) || /^\s+(?:times|of\s+(?:them|those|these))\b/i.test(after))) return false;
      // "scores of civilians" is a count; "test scores", "scores a point" are not.
      if (/^scores$/i.test(quote) && !/^\s{1,2}of\s/i.test(after)) return false;
      // "several others were missing", "several more died": the people already named; "several tonnes of aid" a quantity.
      // "a father of three", "a mother of four": a family's size, no count of war.
      if (/\b(?:father|mother|parent|grandfather|grandmother|grandparent)s?\s+of\s+$/i.test(before)) return false;
      if (m.bare && (m.low ?? 0) <= 31 && (DAY_BEFORE_MONTH.test(after) || MONTH_BEFORE.test(before))) return false;
      if (wordNumber && DAY_BEFORE_MONTH.test(after) && !/\s/.test(quote)) return false;
      if (COMPOUND_AFTER.test(after)) return false;
      if (!wordNumber && !m.unit && HYPHEN_WORD_AFTER.test(after)) return false;
      if (m.bare && TIME_AFTER.test(after)) return false;
      if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return false;
      if (m.bare && (m.low ?? 999) < 120 && (AGE_SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)) || (AGE_PRONOUN_BEFORE.test(before) && AGE_PRONOUN_AFTER.test(after)))) return false;
      if ((m.low ?? 999) < 120 && WHO_IS_BEFORE.test(before) && /^\s{0,2}(?:[,;.)]|$|years)/.test(after)) return false;
      if (m.bare && REFERENCE_BEFORE.test(before)) return false;
      // "[2]", "…strikes.[3] We assess": a note's marker in square brackets.
      if (m.bare && NOTE_OPEN_BEFORE.test(before) && NOTE_CLOSE_AFTER.test(after)) return false;
      // "opens at six in the morning", "until nine at night": a time of day.
      if ((m.low ?? 99) <= 12 && CLOCK_BEFORE.test(before) && CLOCK_AFTER.test(after)) return false;
      // "day six", "round 3", "week two": a number that names a day or a round, not a count.
      if (SEQUENCE_BEFORE.test(before) && !COUNTED_NOUN.test(after)) return false;
      // "Group 13", "Boeing 777", "Operation 1027": a bare number after a name is part of the name.
      if (m.bare && NAME_BEFORE.test(before) && !MONTH_BEFORE.test(before) && !COUNTED_NOUN.test(after) && !(COUNTRY_ITEM_BEFORE.test(before) && ITEM_END_AFTER.test(after))) return false;
      if (FURNITURE_AFTER.test(after)) return false;
      // "three rounds of talks", "sent in two rounds": occasions, not rounds of ammunition.
      if (ROUNDS_OF_TALKS.test(after) || (IN_BEFORE.test(before) && ROUNDS_ALONE.test(after))) return false;
      if (DURATION_AFTER.test(after)) return false;
      // "One resident said", "two officials told AFP": a small group that speaks counts its speakers, no claim.
      if ((m.low ?? 99) <= 10 && SPEAKERS_AFTER.test(text.slice(m.end, m.end + 140))) return false;
      if (m.bare && UNIT_NAME_AFTER.test(after)) return false;
      if (m.bare && REFERENCE_AFTER.test(after)) return false;
      if (!wordNumber && GLUED_AFTER.test(after)) return false;
      if (m.bare && (m.low ?? 999) < 120 && /^,/.test(after) && AGE_APPOSITION_BEFORE.test(before)) return false;
      // "Page 2 of 5": one bare number of another. "18 of 22 drones" counts drones twice.
      if (m.bare && /^\s+of\s+\d/.test(after) && !OF_COUNTED.test(after)) return false;
      if (m.bare && /\d\s+of\s+$/.test(before) && !COUNTED_NOUN.test(after)) return false;
      if (m.bare && (m.low ?? 99) <= 31 && DAY_RANGE_AFTER.test(after)) return false;
      if (/^one$/i.test(quote) && !RANGE_WORDS.test(before) && !oneMoreAfterCount(text.slice(Math.max(0, m.start - 100), m.start), after) && !(closesList(text.slice(Math.max(0, m.start - 80), m.start)) && (PLACE_AFTER.test(after) || LIST_END_AFTER.test(after))) && !/^\s+(?:and|to|or)\s/i.test(after) && (ONE_AFTER.test(after) || !(COUNTED_NOUN.test(after) || MODEL_AFTER.test(after)))) return false;
      if (/^a (?:hundred|thousand|million|billion)$/i.test(quote) === false && wordNumber && (m.low ?? 0) < 10 && DEFINITE_BEFORE.test(before)) return false;
      if (phoneSpans.some(([s, e]) => m.start >= s && m.end <= e)) return false;
      if (VOTE_BEFORE.test(before) || VOTE_AFTER.test(after)) return false;
      if (EVERY_BEFORE.test(before) || EVERY_AFTER.test(after)) return false;
      // "two of them aged under 10", "a man over 70": the bound is the age's, not a count's.
      // (The bound may already stand in the number's own words: "under 10".)
      if (AGE_HOLDER_BEFORE.test(before + (AGE_BOUND_OPENING.exec(quote)?.[0] ?? ''))) return false;
      if (m.bare && (RATIO_AFTER.test(after) || DOMAIN_AFTER.test(after) || REFERENCE_RANGE_BEFORE.test(before))) return false;
      if (m.bare && (m.low ?? 999) < 100 && MODEL_NUMBER_BEFORE.test(before) && COUNTED_NOUN.test(after)) return false;
      return true;
    });
  },
};
