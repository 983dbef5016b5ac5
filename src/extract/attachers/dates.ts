/**
 * Dates of statements and events, resolved against the publication date and never in
 * its future (chrono-node parses; we decide what a phrase means for `statedOn`).
 *
 *   on 17 December → 2024-12-17 · Wednesday → the last Wednesday on or before publication ·
 *   in October 2024 → 2024-10 · yesterday · last Tuesday · that evening → same day as before
 *
 * Watch out for: "last week" gives null (contract); "since Monday" and "in November"
 * (periods) do not date a statement; partial dates with no publication date take a year
 * written elsewhere in the article.
 */
import * as chrono from 'chrono-node';
import { execAll } from '../lexicon/pattern.js';
import { isSpace } from '../../text/sentences.js';
import { MONTH_NAME } from '../../text/months.js';
import { ORDINAL_WORD, readMonthDate, readWithClosingWeekday, type DateParts, type MonthDate } from './month-dates.js';

export type DateKind = 'day' | 'month' | 'year' | 'vague' | 'same' | 'period' | 'before';

export interface DateHit {
  start: number;
  end: number;
  value: string | null;
  kind: DateKind;
  /** The last day or month of a range read as one date ("from 1 January to 31 March"). */
  endValue?: string | null;
}

export interface DateReference {
  /** YYYY-MM-DD or null. */
  published: string | null;
  /** Years written in the article, most frequent first. */
  years: number[];
}

const VAGUE = /\b(?:last|past|previous|this|next)\s+(?:week|month|year|weekend|few\s+days|days)\b|\b(?:days|weeks|months|years)\s+(?:earlier|ago|before|later)\b|\brecently\b|\bearlier\s+this\s+(?:week|month|year)\b/gi;
const SAME = /\b(?:that|the\s+same)\s+(?:evening|morning|afternoon|night|day)\b|\blater\s+that\s+day\b|\bon\s+the\s+same\s+day\b/gi;
const DAY_BEFORE = /\b(?:a|one)\s+day\s+(?:earlier|before)\b|\bthe\s+(?:day\s+before|previous\s+day)\b/gi;
const PERIOD_BEFORE = /\b(?:since|from|until|till|through|between|by|before|after|starting|throughout|during|over)\s+(?:the\s+)?(?:early|late|mid-?|start\s+of|end\s+of|beginning\s+of)?\s*$/i;
/**
 * A month's name or its abbreviation as the parser knows them, standing as a word:
 * "Marines", "mayor" and "declined" open no parser window.
 */
export const MONTH_WORD = String.raw`\b${MONTH_NAME}\b`;
/** Month names send a window to the parser (weekdays are resolved without it). */
const CHRONO_WORDS = new RegExp(MONTH_WORD, 'i');
/** "on Monday", "last Tuesday", "Wednesday", "yesterday", "overnight into Sunday" — not "Monday's". */
// ("this morning" is the publication's day; "on Christmas Day", "New Year's Eve": the last such day on or before it.)
const RELATIVE_DAY = /\b(?:(?:on|last|this|into|by|since|until|from)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!['’]s)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|christmas\s+(?:day|eve)|new\s+year['’]s\s+(?:day|eve))\b/gi;
/** Days of the year named for a feast: month and day. */
const FEASTS: Array<[RegExp, number, number]> = [[/christmas\s+day/, 12, 25], [/christmas\s+eve/, 12, 24], [/new\s+year['’]s\s+day/, 1, 1], [/new\s+year['’]s\s+eve/, 12, 31]];
/**
 * Every other parser needs a day or a year: digits or an ordinal word ("the twenty-first
 * of May").
 */
export const DAY_OR_YEAR = new RegExp(String.raw`\d|${ORDINAL_WORD.source}`, 'i');
/**
 * The parsers a window around a month word can need (day-month, month-day, month-year,
 * weekday and numeric dates), each with what its pattern cannot match without. Times of
 * day, durations ("within 2 days") and casual relatives ("last month") never date a
 * statement here. A window is read only by the parsers whose cue it holds: a parser that
 * cannot match adds nothing but its cost, which is most of the parser's.
 */
const PARSER_CUES: Array<[name: string, cue: RegExp | null]> = [
  ['ENMonthNameLittleEndianParser', DAY_OR_YEAR],
  ['ENMonthNameMiddleEndianParser', DAY_OR_YEAR],
  ['ENMonthNameParser', null],
  ['ENYearMonthNameParser', /\d/],
  ['ENWeekdayParser', /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i],
  ['ENCasualDateParser', /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i],
  ['ISOFormatParser', /\d{4}-\d/],
  ['ENYearMonthDayParser', /\d{4}[-./\s]/],
  ['SlashDateFormatParser', /\d[-./]\d/],
];
/**
 * The parsers of chrono's casual configuration named in `names`. Month names are read
 * middle-endian ("Jan. 31" and "May 10" are days; the little-endian set reads the number
 * as a year), while numeric dates stay day-first ("12/04/2025" is 12 April), as the
 * international press writes them.
 */
function makeParser(names: Set<string>): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  const dayFirst = chrono.en.configuration.createCasualConfiguration(true);
  const slash = dayFirst.parsers.find((p) => p.constructor.name === 'SlashDateFormatParser');
  config.parsers = config.parsers.map((p) => (p.constructor.name === 'SlashDateFormatParser' && slash ? slash : p));
  const kept = config.parsers.filter((p) => names.has(p.constructor.name));
  // A chrono release that renames its parsers gets the full British parser, not none.
  if (kept.length < names.size) return chrono.en.GB;
  config.parsers = kept;
  return new chrono.Chrono(config);
}
/** All of them, for the test that a window's own set reads the same. */
export const ALL_DATE_PARSERS = makeParser(new Set(PARSER_CUES.map(([name]) => name)));
const parserSets = new Map<number, chrono.Chrono>();
/** Bits of PARSER_CUES whose cue `window` holds. */
function parserMask(window: string): number {
  let mask = 0;
  PARSER_CUES.forEach(([, cue], i) => {
    if (!cue || cue.test(window)) mask |= 1 << i;
  });
  return mask;
}
/** Any cue of a parser other than the month-name ones: a window without one can go to readMonthDate. */
const OTHER_PARSER_CUE = new RegExp(
  PARSER_CUES.filter(([name, cue]) => cue && !/^EN(?:Year)?MonthName/.test(name)).map(([, cue]) => `(?:${cue!.source})`).join('|'),
  'i',
);
/** The parsers whose cue `window` holds, built once per combination. */
export function parserFor(window: string): chrono.Chrono {
  const mask = parserMask(window);
  let p = parserSets.get(mask);
  if (!p) {
    p = makeParser(new Set(PARSER_CUES.filter((_, i) => mask & (1 << i)).map(([name]) => name)));
    parserSets.set(mask, p);
  }
  return p;
}

const onlyMonthParsers = (w: string): boolean => !OTHER_PARSER_CUE.test(w);
/** The dates chrono-node reads in a window: the commonest forms without it (readMonthDate). */
export function readWindow(w: string, refDate: Date): MonthDate[] {
  return (
    readMonthDate(w, onlyMonthParsers(w)) ??
    readWithClosingWeekday(w, onlyMonthParsers) ??
    parserFor(w).parse(w, { instant: refDate, timezone: 0 }, { forwardDate: false })
  );
}

/** A month name written all in lower case ("may", "march"). */
const LOWER_MONTH = new RegExp(MONTH_WORD);
/** A word every SAME, DAY_BEFORE, VAGUE and RELATIVE_DAY match holds. */
const RELATIVE_CUE = /day|night|evening|morning|afternoon|week|month|year|recent|eve\b/i;
/** A word each relative pattern holds, so that a sentence with a weekday skips the other three scans. */
const SAME_CUE = /that|same/i;
const DAY_BEFORE_CUE = /earlier|before|previous/i;
const VAGUE_CUE = /last|past|previous|this|next|ago|earlier|before|later|recent/i;
const RELATIVE_DAY_CUE = /day|tonight|morning|afternoon|evening|eve\b/i;
/** Each relative-date pattern with the cues that must match wherever it does (checked by tests). */
export const RELATIVE_CUES: Array<[pattern: RegExp, cue: RegExp]> = [
  ...[SAME, DAY_BEFORE, VAGUE, RELATIVE_DAY].map((p): [RegExp, RegExp] => [p, RELATIVE_CUE]),
  [SAME, SAME_CUE],
  [DAY_BEFORE, DAY_BEFORE_CUE],
  [VAGUE, VAGUE_CUE],
  [RELATIVE_DAY, RELATIVE_DAY_CUE],
];
/** Weekday names, lower case, Sunday first (the order of Date.getUTCDay). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday's name standing as a word. */
const WEEKDAY_WORD = new RegExp(String.raw`\b(?:${WEEKDAYS.join('|')})\b`, 'i');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parseIso(d: string | null): Date | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}/.test(d)) return null;
  const [y, m, day] = d.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, day, 12));
}

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function overlaps(a: [number, number], hits: DateHit[]): boolean {
  return hits.some((h) => a[0] < h.end && h.start < a[1]);
}

/**
 * All date phrases in `text`, with what they say about a statement's day. Written as a
 * few small functions rather than one, for the reason given at findFrames
 * (SourceAttacher.ts).
 */
export function findDates(text: string, ref: DateReference): DateHit[] {
  const hits: DateHit[] = [];
  // Relative and vague dates all hold one of these words: a sentence dated only by a
  // month ("in November") skips their scans.
  const relative = RELATIVE_CUE.test(text);
  const pub = parseIso(ref.published);
  if (relative) relativeHits(text, hits, pub);
  const refDate = pub ?? new Date(Date.UTC((ref.years[0] ?? 2000), 11, 31, 12));
  // Weekdays and "yesterday" need no parser: they resolve against the publication date.
  if (relative && RELATIVE_DAY_CUE.test(text)) dayHits(text, pub, hits);
  for (const r of parsedDates(text, refDate)) {
    // "on Friday, 17 January": the weekday only names the day the date gives, which wins.
    if (r.start.isCertain('day') && r.start.isCertain('month')) {
      const [rs, re] = [r.index, r.index + r.text.length];
      for (let i = hits.length - 1; i >= 0; i--) if (hits[i].start < re && rs < hits[i].end && hits[i].end <= re && WEEKDAY_WORD.test(text.slice(hits[i].start, hits[i].end))) hits.splice(i, 1);
    }
    const hit = parsedHit(text, r, pub, ref, hits);
    if (hit) hits.push(hit);
  }
  if (text.includes('May')) mayHits(text, pub, hits);
  if (YEAR_CUE.test(text)) yearHits(text, hits);
  hits.sort((a, b) => a.start - b.start);
  return relativeYears(text, hits);
}

/**
 * "for May", "since May", "April and May": the month the parser drops (it reads "May" as a
 * month only after "in", for fear of the verb). Capitalised after a preposition or "and" in
 * mid-sentence, the word is the month; resolved as the parser resolves a month, the last
 * one on or before the publication date.
 */
const MAY_MONTH = /(?<=\b(?:for|since|from|until|till|through|by|of|during|and|to|between|early|late|mid-?)\s{1,2})May\b(?!\s{0,2}\d|['’]s|[-‑])/g;

function mayHits(text: string, pub: Date | null, hits: DateHit[]): void {
  if (!pub) return;
  for (const m of execAll(MAY_MONTH, text)) {
    const span: [number, number] = [m.index!, m.index! + m[0].length];
    if (overlaps(span, hits)) continue;
    const year = pub.getUTCFullYear() - (pub.getUTCMonth() + 1 < 5 ? 1 : 0);
    const before = text.slice(Math.max(0, span[0] - 30), span[0]);
    hits.push({ start: span[0], end: span[1], value: `${year}-05`, kind: PERIOD_BEFORE.test(before) ? 'period' : 'month' });
  }
}

/**
 * "In 2008 the agency said …", "an estimate published in 2022", "said in early 2019 that": a year
 * alone names when something was said or made public (contract: "2008"). Not a span's bound
 * ("since 2015", "from 2014 to 2018"), a year of a pair ("2008-09"), nor a year set apart as a
 * period ("in 2018 alone").
 */
const YEAR_CUE = /\b(?:19|20)\d{2}\b/;
const YEAR_ALONE = /(?<=\b(?:in|during)\s{1,2}(?:(?:early|late|mid-?)\s{0,2})?)(?:19|20)\d{2}\b(?!\s{0,2}(?:[-–/]\s{0,2}\d|alone\b|as\s{1,2}a\s{1,2}whole\b|and\s{1,2}(?:19|20)\d{2}|to\s{1,2}(?:19|20)\d{2}))/gi;

function yearHits(text: string, hits: DateHit[]): void {
  for (const m of execAll(YEAR_ALONE, text)) {
    const span: [number, number] = [m.index!, m.index! + m[0].length];
    if (overlaps(span, hits)) continue;
    hits.push({ start: span[0], end: span[1], value: m[0], kind: 'year' });
  }
}

/**
 * "on 5 November last year", "in March this year": the year words right after a day or
 * month without a year of its own set that date's year, and join it as one date.
 */
function relativeYears(text: string, hits: DateHit[]): DateHit[] {
  for (let i = 0; i + 1 < hits.length; i++) {
    const d = hits[i];
    const y = hits[i + 1];
    if ((d.kind !== 'day' && d.kind !== 'month') || !d.value || y.kind !== 'vague' || !y.value || !/^\d{4}$/.test(y.value)) continue;
    if (!/^\s{0,2},?\s{0,2}$/.test(text.slice(d.end, y.start)) || !/^(?:last|this|next)\s{1,2}year$/i.test(text.slice(y.start, y.end))) continue;
    if (/\b\d{4}\b/.test(text.slice(d.start, d.end))) continue;
    d.value = `${y.value}${d.value.slice(4)}`;
    if (d.endValue) d.endValue = `${y.value}${d.endValue.slice(4)}`;
    d.end = y.end;
    hits.splice(i + 1, 1);
  }
  return hits;
}

/** "That evening", "a day earlier", "last week": dates that say no day of their own. */
function relativeHits(text: string, hits: DateHit[], pub: Date | null): void {
  if (SAME_CUE.test(text)) for (const m of execAll(SAME, text)) hits.push({ start: m.index!, end: m.index! + m[0].length, value: null, kind: 'same' });
  // "A day earlier": the day before the statement reported just before.
  if (DAY_BEFORE_CUE.test(text)) for (const m of execAll(DAY_BEFORE, text)) hits.push({ start: m.index!, end: m.index! + m[0].length, value: null, kind: 'before' });
  if (VAGUE_CUE.test(text)) for (const m of execAll(VAGUE, text)) {
    if (!overlaps([m.index!, m.index! + m[0].length], hits)) hits.push({ start: m.index!, end: m.index! + m[0].length, value: vagueValue(m[0], pub), kind: 'vague' });
  }
}

/**
 * What a vague date says as precisely as it says it (contract): "earlier this month" the
 * month, "earlier this year" the year, "last month" and "last year" the one before;
 * "last week", "recently", "days ago" say no date.
 */
function vagueValue(t: string, pub: Date | null): string | null {
  if (!pub) return null;
  const w = t.toLowerCase();
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth() + 1;
  if (/^(?:earlier\s+)?this\s+month$/.test(w)) return `${y}-${pad(m)}`;
  if (/^(?:earlier\s+)?this\s+year$/.test(w)) return String(y);
  if (/^last\s+month$/.test(w)) return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  if (/^last\s+year$/.test(w)) return String(y - 1);
  return null;
}

/**
 * The day `t` ("yesterday", "tonight", "last Tuesday", lower case) names on or before
 * `pub`: a weekday is `pub` itself unless "last"; undefined when `t` names no day.
 */
function relativeDay(t: string, pub: Date): string | undefined {
  if (t.includes('yesterday')) return iso(new Date(pub.getTime() - 864e5));
  if (/today|tonight|this\s+(?:morning|afternoon|evening)/.test(t)) return iso(pub);
  for (const [re, month, day] of FEASTS) {
    if (!re.test(t)) continue;
    const y = pub.getUTCFullYear();
    const same = Date.UTC(y, month - 1, day, 12);
    return iso(new Date(same <= pub.getTime() + 864e5 / 2 ? same : Date.UTC(y - 1, month - 1, day, 12)));
  }
  const wd = WEEKDAYS.findIndex((w) => t.includes(w));
  if (wd < 0) return undefined;
  let diff = (pub.getUTCDay() - wd + 7) % 7;
  if (/\blast\b/.test(t) && diff === 0) diff = 7;
  return iso(new Date(pub.getTime() - diff * 864e5));
}

/** The day a weekday or "yesterday" (lower case) names on or before `day` (YYYY-MM-DD). */
export function dayOnOrBefore(t: string, day: string): string | null {
  const d = parseIso(day);
  return d ? relativeDay(t, d) ?? null : null;
}

/** "On Monday", "yesterday", "since Friday": resolved against the publication date. */
function dayHits(text: string, pub: Date | null, hits: DateHit[]): void {
  for (const m of execAll(RELATIVE_DAY, text)) {
    const span: [number, number] = [m.index!, m.index! + m[0].length];
    if (overlaps(span, hits)) continue;
    const t = m[0].toLowerCase();
    // Every match names a day: a weekday, "yesterday", "today" or "tonight".
    const value = pub ? relativeDay(t, pub) ?? null : null;
    const before = text.slice(Math.max(0, m.index! - 30), m.index!);
    const period = /^(?:since|until|from|by)\b/.test(t) || PERIOD_BEFORE.test(before);
    hits.push({ start: span[0], end: span[1], value, kind: period ? 'period' : 'day' });
  }
}

/**
 * What the parser (or the month reader) finds in the windows around month words. The
 * parser is the costly part: it reads only short windows, not the whole sentence.
 */
function parsedDates(text: string, refDate: Date): MonthDate[] {
  const results: MonthDate[] = [];
  for (const [ws, we] of windows(text)) {
    try {
      for (const r of readWindow(maskCountAfterMonth(text.slice(ws, we)), refDate)) results.push({ index: ws + r.index, text: r.text, start: r.start, end: r.end ?? null });
    } catch {
      // An unparseable window holds no date.
    }
  }
  return results;
}

/** A verb that looks forward, with no clause break between it and the date after it. */
const FUTURE_BEFORE = /\b(?:will|shall|(?:is|are)\s{1,2}(?:due|set|scheduled|expected|planned|to\s{1,2}be)|due\s{1,2}to\s{1,2}be)\b[^.;:,]{0,50}$/i;

/** A parsed date as a hit, or null when it is no date here or overlaps one of `hits`. */
function parsedHit(text: string, r: MonthDate, pub: Date | null, ref: DateReference, hits: DateHit[]): DateHit | null {
  const c = r.start;
  // "On May 3, 40 soldiers died": a year has four digits; a short number after the date is not one.
  let shortYear = false;
  if (c.isCertain('year') && !/\d{4}/.test(r.text)) {
    shortYear = true;
    r.text = r.text.replace(/(?<![,\s])[,\s]+\d{1,3}$/, '');
  }
  // "gains in August, 18% less than in July": a number that is a share is no day of the month.
  const share = /\d$/.test(r.text) && /^\s*(?:%|per\s?cent\b|percent\b)/i.test(text.slice(r.index + r.text.length, r.index + r.text.length + 10));
  if (share) r.text = r.text.replace(/(?<![,\s])[,\s]+\d{1,2}$/, '');
  const span: [number, number] = [r.index, r.index + r.text.length];
  if (overlaps(span, hits)) return null;
  const t = r.text.toLowerCase();
  // "casualties may rise", "troops march on": a month name in lower case with no day is a verb.
  if (!/\d/.test(t) && LOWER_MONTH.test(r.text)) return null;
  if (!c.isCertain('month') && !c.isCertain('weekday') && !/yesterday|today|tonight/.test(t)) return null;
  if (/^\d+$/.test(t.trim())) return null;
  // Only phrases that name a day, month or weekday ("now" and "this" are not dates here).
  if (!/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|\d/i.test(t)) return null;
  // "March's advance" names a period's figure, not a date.
  if (/^['’]s\b/.test(text.slice(r.index + r.text.length))) return null;
  const before = text.slice(Math.max(0, r.index - 30), r.index);
  const period = PERIOD_BEFORE.test(before);
  // "Payments will follow from March to November": a date the verb looks forward to is not
  // pushed back into the past year.
  const ahead = FUTURE_BEFORE.test(text.slice(Math.max(0, r.index - 60), r.index));
  let value: string | null = null;
  let kind: DateKind = 'day';
  // "from June to October 2017": a range's start takes the year its end names.
  const e = r.end;
  const endYear = e?.isCertain('year') && e.isCertain('month') && c.isCertain('month') ? e.get('year')! - (c.get('month')! > e.get('month')! ? 1 : 0) : null;
  const knownYear = c.isCertain('year') && !shortYear ? c.get('year')! : endYear;
  if (c.isCertain('day') && c.isCertain('month') && !share) {
    const month = c.get('month')!;
    const day = c.get('day')!;
    let year = knownYear ?? (pub ? pub.getUTCFullYear() : yearNear(text, r.index) ?? ref.years[0] ?? null);
    if (year != null && !knownYear && pub) {
      const cand = new Date(Date.UTC(year, month - 1, day, 12));
      if (cand > pub && !ahead) year -= 1;
      else if (ahead && pub.getTime() - cand.getTime() > 60 * 864e5) year += 1;
    }
    value = year == null ? null : `${year}-${pad(month)}-${pad(day)}`;
  } else if (c.isCertain('month')) {
    kind = 'month';
    const month = c.get('month')!;
    let year = knownYear ?? (pub ? pub.getUTCFullYear() : yearNear(text, r.index) ?? ref.years[0] ?? null);
    if (year != null && !knownYear && pub && month > pub.getUTCMonth() + 1 && !ahead) year -= 1;
    else if (year != null && !knownYear && pub && ahead && month < pub.getUTCMonth() + 1) year += 1;
    value = year == null ? null : `${year}-${pad(month)}`;
  } else if (c.isCertain('weekday') || /yesterday|today|tonight/.test(t)) {
    if (pub) {
      const day = relativeDay(t, pub);
      if (day === undefined) return null;
      value = day;
    }
  } else return null;
  const hit: DateHit = { start: r.index, end: r.index + r.text.length, value, kind: period ? 'period' : kind };
  if (r.end && value && (kind === 'day' || kind === 'month')) hit.endValue = rangeEnd(r.end, value, kind);
  return hit;
}

/**
 * The end of a range as precise as its start, in the start's year unless it names its own
 * ("from March to November" → the same year; "28–29 April" → the same month).
 */
function rangeEnd(e: DateParts, startValue: string, kind: DateKind): string | null {
  if (!e.isCertain('month')) return null;
  const sy = Number(startValue.slice(0, 4));
  const sm = Number(startValue.slice(5, 7));
  const month = e.get('month')!;
  const year = e.isCertain('year') ? e.get('year')! : month < sm ? sy + 1 : sy;
  if (kind === 'day' && e.isCertain('day')) return `${year}-${pad(month)}-${pad(e.get('day')!)}`;
  return `${year}-${pad(month)}`;
}

/** With no publication date, a year written earlier in the same sentence ("in early April 2025 … in March") dates a partial date before the article's commonest year does. */
function yearNear(text: string, before: number): number | null {
  let year: number | null = null;
  for (const m of text.slice(0, before).matchAll(/\b(?:19[5-9]\d|20[0-4]\d)\b/g)) year = Number(m[0]);
  return year;
}

/** A month's name, a comma and a number: "In January, 12,000 people fled". */
const MONTH_COMMA_NUMBER_G = new RegExp(String.raw`(${MONTH_WORD}\.?, ?)(\d[\d,.]*)`, 'gi');

/**
 * The parser reads "January, 12" as 12 January and "March, 60" as March 1960; a date is
 * not written with a comma between its month and its day, so the number after one is a
 * count. It is masked (same length, so offsets hold) from the parser's window.
 */
function maskCountAfterMonth(w: string): string {
  if (!w.includes(',')) return w;
  MONTH_COMMA_NUMBER_G.lastIndex = 0;
  return w.replace(MONTH_COMMA_NUMBER_G, (_m, lead: string, n: string) => lead + 'x'.repeat(n.length));
}

/** Windows around date words: 14 characters before ("on 17 December"), 24 after ("Nov 4, 2024"). */
const CHRONO_WORDS_G = new RegExp(CHRONO_WORDS.source, 'gi');

function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of execAll(CHRONO_WORDS_G, text)) {
    const ws = Math.max(0, m.index! - 14);
    const we = Math.min(text.length, m.index! + m[0].length + 24);
    const last = out[out.length - 1];
    if (last && ws <= last[1]) last[1] = Math.max(last[1], we);
    else out.push([ws, we]);
  }
  // Start and end windows on word boundaries so a number is never cut in half. In place:
  // a list from map() would be of another array kind when empty, and the caller's loop
  // would be sent back to slow code the first time it met one.
  for (const w of out) {
    while (w[0] > 0 && !isSpace(text.charCodeAt(w[0] - 1))) w[0]--;
    while (w[1] < text.length && !isSpace(text.charCodeAt(w[1]))) w[1]++;
  }
  return out;
}

const YEAR_RE = /\b(?:19[5-9]\d|20[0-4]\d)\b/g;

/**
 * Years written in some texts, most frequent first, to date partial dates when publication
 * is unknown. Each text is read on its own, as if they were joined by line breaks.
 */
export function yearsIn(...texts: string[]): number[] {
  const counts = new Map<number, number>();
  for (const text of texts) for (const m of execAll(YEAR_RE, text)) counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}
