/**
 * The two commonest month-name dates read without the date parser: "on 17 December" and
 * "in November". A parser call costs 10-20 µs, mostly in building and refining its
 * results; reading these two forms costs a few string tests.
 *
 * The reading must give exactly what chrono-node gives for the window, so it takes only
 * windows it can answer for whole, and hands back `null` (ask the parser) on anything
 * else: another month word, any other digit, an ordinal word, a weekday or a relative
 * word (another parser's cue), "May" (the parser drops it unless "in" precedes it), a
 * range, "of", "end of", a run of spaces, or capitals right after the date (the parser
 * may read them as a time zone). A property test holds it to the parser's output.
 *
 * A window may also close on a weekday after its date ("on 17 December, the ministry said
 * on Wednesday."): readWithClosingWeekday reads the date as above and the weekday as the
 * parser does.
 *
 * Watch out for: the parser's text keeps a leading "on" ("on 17 December"), drops a
 * leading "in" ("November"), and keeps a comma that a space and a word follow
 * ("November," in "in November, the").
 */
import { codeAt, isLetterCode } from '../lexicon/pattern.js';
import { MONTH_NAME, MONTH_NAMES } from '../../text/months.js';
import { isAlnum } from '../../text/sentences.js';

/** What a date's reader says of it: as chrono-node's ParsedComponents answers these two questions. */
export interface DateParts {
  isCertain(component: 'year' | 'month' | 'day' | 'weekday'): boolean;
  get(component: 'year' | 'month' | 'day'): number | null;
}

export interface MonthDate {
  /** Offset in the window. */
  index: number;
  text: string;
  start: DateParts;
  /** The end of a range the parser read as one ("1 January to 31 March", "28–29 April"). */
  end?: DateParts | null;
}

/** Days in each month; 28 for February, since the year is not known when the window is read. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A word that is a month's name or abbreviation (the same words the window finder opens windows on). */
const MONTH_WORD_G = new RegExp(String.raw`\b${MONTH_NAME}\b`, 'gi');
/** Ordinal words the parser reads as days ("the first of May"). */
export const ORDINAL_WORD = /first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|teen|tie)th/i;
const DIGIT_RUN_G = /\d+/g;
/** Anything but single plain spaces between words. */
const ODD_SPACE = /\s\s|[^\S ]/;
/** Before a date the parser moves to the end of its month. */
const END_OF = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
/**
 * What the parser may take as a time zone after a date: two to four letters, in capitals
 * to count. Single spaces, as in every window read here (its `\s*` runs would backtrack).
 */
const ZONE_AFTER = /^ ?,? ?\(?([A-Z]{2,4})\)?(?=\W|$)/i;

/** A character of \w, as the parser's word boundaries read it. */
function isWordCode(c: number): boolean {
  return isAlnum(c) || c === 95;
}

function parts(day: number | null, month: number): DateParts {
  return {
    isCertain: (k) => k === 'month' || (k === 'day' && day !== null),
    get: (k) => (k === 'month' ? month : k === 'day' ? day ?? 1 : null),
  };
}

/**
 * The dates chrono-node finds in `w`, when `w` is a window this reader answers for
 * whole; `null` when the parser must read it. `onlyMonthParsers`: the window holds no
 * cue of any parser but the month-name ones.
 */
export function readMonthDate(w: string, onlyMonthParsers: boolean): MonthDate[] | null {
  if (!onlyMonthParsers || ODD_SPACE.test(w) || ORDINAL_WORD.test(w)) return null;
  MONTH_WORD_G.lastIndex = 0;
  const m = MONTH_WORD_G.exec(w);
  if (!m || MONTH_WORD_G.exec(w)) return null;
  MONTH_WORD_G.lastIndex = 0;
  const word = m[0];
  const month = MONTH_NAMES.indexOf(word.toLowerCase()) + 1;
  // Full names in title case only; "May" the parser keeps or drops by what precedes it.
  if (month < 1 || month === 5 || word !== word[0].toUpperCase() + word.slice(1).toLowerCase()) return null;
  const ms = m.index;
  const me = ms + word.length;

  // The only digits allowed are a day right before the month: "17 December".
  let day: number | null = null;
  let start = ms;
  DIGIT_RUN_G.lastIndex = 0;
  for (let d = DIGIT_RUN_G.exec(w); d; d = DIGIT_RUN_G.exec(w)) {
    if (day !== null || d.index + d[0].length + 1 !== ms || d[0].length > 2) return null;
    day = Number(d[0]);
    start = d.index;
  }
  DIGIT_RUN_G.lastIndex = 0;
  let end = me;
  const rest = w.slice(me);
  if (day !== null) {
    if (day < 1 || day > MONTH_DAYS[month - 1]) return null;
    // The day starts at a word boundary; "on" before it, itself at a boundary, is part of the date.
    if (start > 0 && isWordCode(w.charCodeAt(start - 1))) return null;
    if (start >= 3 && /^on $/i.test(w.slice(start - 3, start)) && (start === 3 || !isWordCode(w.charCodeAt(start - 4)))) start -= 3;
    // "17 December-18 December", "17 December/…": the parser may read on; and in "1 December
    // of the war" its month-only reading, "December of", is the longer and wins.
    if (/^(?:[-/]| (?:of(?!\w)|-))/i.test(rest)) return null;
  } else {
    if (ms > 0 && isWordCode(w.charCodeAt(ms - 1))) return null;
    const next = codeAt(rest, 0);
    if (rest === '') {
      // The window ends with the month.
    } else if (next === 44 /* , */) {
      // The comma is the parser's when the window ends there or a space and a word follow.
      if (rest.length === 1 || (codeAt(rest, 1) === 32 && isWordCode(codeAt(rest, 2)))) end = me + 1;
      else if (!isWordCode(codeAt(rest, 1))) return null;
    } else if (next === 32) {
      // " of …" and " - …" may join the month to what follows.
      if (!isWordCode(codeAt(rest, 1)) || /^ of(?!\w)/i.test(rest)) return null;
    } else if (next === 45 /* - */ || isLetterCode(next)) {
      return null;
    }
  }
  if (END_OF.test(w.slice(0, start))) return null;
  const zone = ZONE_AFTER.exec(w.slice(end));
  if (zone && zone[1] === zone[1].toUpperCase()) return null;
  return [{ index: start, text: w.slice(start, end), start: parts(day, month) }];
}

/**
 * A full weekday name at the end of a window, after a word in lower case: " on
 * Wednesday." The parser's weekday pattern takes a leading "on" and a trailing comma.
 */
const CLOSING_WEEKDAY = / (on )?((?:mon|tues|wednes|thurs|fri|satur|sun)day)(,?)[.;:]?$/i;
/** Words the parser reads as part of a weekday before it ("last Wednesday"). */
const WEEKDAY_MODIFIER = /(?:^|[^A-Za-z])(?:this|last|past|next)$/i;
/** Words that make the parser join two dates into a range ("December to Wednesday"). */
const RANGE_WORD = /\b(?:to|until|through|till)\b/gi;
/** What the parser certifies of a weekday alone: the weekday, nothing else. */
const WEEKDAY_ONLY: DateParts = { isCertain: (k) => k === 'weekday', get: () => null };

/**
 * readMonthDate for a window that ends on a weekday: "…December, the ministry said on
 * Wednesday." The parser reads the two apart (it joins a weekday only to a date right
 * after it), so the date is what the window without the weekday gives. `null` when the
 * window has no such ending or the rest is not readMonthDate's. `onlyMonthParsers`: as
 * for readMonthDate, of the window without the weekday.
 */
export function readWithClosingWeekday(w: string, onlyMonthParsers: (head: string) => boolean): MonthDate[] | null {
  const c = w.length > 8 ? w.charCodeAt(w.length - 1) : 0;
  // Cheap first test: the window ends on "day", or on "day" and a mark.
  if (c !== 121 /* y */ && c !== 46 && c !== 44 && c !== 59 && c !== 58) return null;
  const m = CLOSING_WEEKDAY.exec(w);
  if (!m) return null;
  const head = w.slice(0, m.index);
  // A word in lower case right before: not a date's day or year, nor a capital the parser might read.
  const last = head.charCodeAt(head.length - 1);
  if (!(last >= 97 && last <= 122) || WEEKDAY_MODIFIER.test(head)) return null;
  const date = readMonthDate(head, onlyMonthParsers(head));
  if (!date) return null;
  // Words between the two, and not only a range's: the parser keeps them apart.
  const d = date[date.length - 1];
  if (!/[a-z]/i.test(head.slice(d.index + d.text.length).replace(RANGE_WORD, ''))) return null;
  return [...date, { index: m.index + 1, text: `${m[1] ?? ''}${m[2]}${m[3]}`, start: WEEKDAY_ONLY }];
}
