/**
 * Publication dates as written on pages, to ISO `YYYY-MM-DD`. The calendar day is the one
 * the page states (its own time zone), never shifted to UTC: "2024-11-20T17:48:00+09:00"
 * is 2024-11-20.
 *
 * Handles: "2024-11-20", "2024-11-20T17:48:00+09:00", "2024/11/20", "20.11.2024",
 * "29.08.2025, 18:05", "December 2, 2024", "Dec. 2, 2024", "Aug. 29, 2025", "2 December 2024",
 * "Sunday, 27 April 2025", "Sunday 7 September 2025 16:20", "13 August 2024, 18:05",
 * "Posted on February 27, 2025", "Updated: August 10, 2025, 09:45 IST", and the date in a
 * URL path ("/2025/04/27/", "/20250427/").
 * Watch out for: "Updated : …" next to "Published : …" (the caller prefers published);
 * numeric "04/05/2025", which is 4 May in most of the world and April 5 in the US: a part
 * over 12 decides, else the page's language (`order`), else day first; a dotted date
 * ("04.05.2025") is day first everywhere that writes it.
 */
import { MONTH_NAME, MONTH_NUMBERS } from '../text/months.js';
import { letterWords } from './normalize.js';


/** ISO and ISO-like numeric dates, the most common machine form. */
const ISO_DATE = /(?<![\d])(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?![\d])/;
/** "December 2, 2024", "Dec. 2 2024". */
const MONTH_DAY_YEAR = new RegExp(`\\b(?<mon>${MONTH_NAME})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})\\b`, 'i');
/** "2 December 2024", "7 Sept. 2025", "2nd of March, 2025". */
const DAY_MONTH_YEAR = new RegExp(`\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH_NAME})\\.?,?\\s+(?<y>(?:19|20)\\d{2})\\b`, 'i');
/** "20.11.2024" or "11/20/2024": which part is the day is decided by `numericDate`. */
const NUMERIC_DMY = /(?<![\d.\/])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2})(?![\d])/;
/** A date as a URL path writes it: "/2025/04/27/", "/2025/04/27/slug", "/20250427/". */
const URL_PATH_DATE = /\/(?<y>(?:19|20)\d{2})(?:\/(?<m>\d{1,2})\/(?<d>\d{1,2})|(?<m2>[01]\d)(?<d2>[0-3]\d))(?=[\/_.-]|$)/;

/** A date line is short: a byline with a date fits, a paragraph does not. */
export const MAX_DATE_LINE_CHARS = 120;
/** Words left in a date line once the date, labels and credit are taken out ("Kyiv", "Europe"). */
const MAX_DATE_LINE_LEFTOVER = 2;
/** What a date line holds besides other words: dates, times, weekdays, zones, labels, a "By Name" credit. */
const DATE_LINE_NOISE = new RegExp(
  [
    `\\b${MONTH_NAME}\\b\\.?`,
    '\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\b\\.?',
    '\\b(published|updated|last|first|posted|modified|edited|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|ist|cet|cest|eet|eest|bst|est|edt|cst|cdt|pst|pdt|msk|kyiv|local|time|date|of|and)\\b',
    // "Updated 2 hours ago", "3:52 PM ET".
    '\\b(ago|hours?|hrs?|minutes?|seconds?|et|pt|ct)\\b',
    '[\\d:./,|·•–—+-]+',
  ].join('|'),
  'giu',
);
/** Separators between the parts of a byline row: "Name | Place | Date", "Words by … · 30 October 2024 · 12 min read". */
// A try starts only where a run of spaces starts, which keeps the split linear on long runs.
const BYLINE_SEPARATORS = /(?<!\s)\s+[–—]\s+|(?<!\s)\s*[|·•]\s*/;
/** A "By Name" credit in a byline that carries the date (case matters: "by the ministry" is not one). */
const DATE_LINE_CREDIT = /\bby\s+\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){0,3}/gu;
/** Month names in either case, for patterns where case matters elsewhere. */
const ANY_CASE_MONTH = MONTH_NAME.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/** A wire dateline with a year at the start of the lead paragraph: "KYIV, Dec 3, 2025 (Wire) -", "GOMA/KINSHASA, 3 May 2025 -" (filed from two places). */
// (A place is capitalised word by word: "Fighting resumed on Monday, 3 March 2025" is a sentence, not a dateline.)
const DATELINE = new RegExp(`^(?=[\\p{L} .'’/-]{2,61},)\\p{Lu}[\\p{L}.'’-]*(?:(?: |\\s?/\\s?)(?:\\p{Lu}[\\p{L}.'’-]*|al|el|de|la|of|upon|sur|am))*,\\s+(?:\\p{Lu}[\\p{L} .'’-]{1,30},\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(${ANY_CASE_MONTH}\\.?\\s+\\d{1,2},?\\s+(19|20)\\d{2}|\\d{1,2}\\s+${ANY_CASE_MONTH}\\.?\\s+(19|20)\\d{2})\\b`, 'u');
/** A wire dateline's credit: "CITY, Mon D (Outlet) -" or "CITY, Mon D, YYYY (Outlet) -". */
const DATELINE_CREDIT = new RegExp(`^\\p{Lu}[\\p{L} .,'’/-]{1,60}?,\\s+[\\p{L}\\d .,]{3,24}\\s+\\((?<outlet>\\p{Lu}[\\p{L} &.'’-]{1,40})\\)\\s*[-–—]`, 'u');

/** How a page writes numeric dates whose parts could both be a month: day first or month first. */
export type DateOrder = 'dmy' | 'mdy';

export interface DateOptions {
  /** How the page orders ambiguous numeric dates (from its language); day first when unknown. */
  order?: DateOrder;
}

/** Languages (BCP 47 tags) whose numeric dates put the month first. */
const MONTH_FIRST_LOCALES = /^en[-_](us|ph|fm|mh|pw|as|gu|mp|pr|um|vi)\b/i;

/** The date order a page's language tag implies ("en-US" → month first; "en-GB", "uk", "de" → day first). */
export function dateOrderOf(lang: string | null | undefined): DateOrder | undefined {
  if (!lang) return undefined;
  const tag = lang.trim();
  if (MONTH_FIRST_LOCALES.test(tag)) return 'mdy';
  return /^[a-z]{2,3}\b/i.test(tag) && !/^en$/i.test(tag) ? 'dmy' : undefined;
}

/** Two numbers that are a day and a month in some order: a part over 12 decides, then the page's order. */
function numericDate(a: number, b: number, y: number, sep: string, order: DateOrder | undefined): string | null {
  if (a > 12) return iso(y, b, a);
  if (b > 12) return iso(y, a, b);
  // A dotted or dashed numeric date is day first wherever it is written that way.
  if (sep !== '/' || order !== 'mdy') return iso(y, b, a);
  return iso(y, a, b);
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (d > MONTH_DAYS[m - 1] && !(m === 2 && d === 29 && isLeapYear(y))) return null; // 31 February and the like
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A leap year as Date.UTC reads the year: it takes 0 to 99 as 1900 to 1999. */
function isLeapYear(y: number): boolean {
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Answers already given on the page being read (see `readingOnePage`): a date line is read
 * as a metadata block, then as a liveblog stamp and as a furniture block, and nested
 * elements repeat their children's text. Dates are kept apart by order only as far as
 * `parseDate` tells orders apart: month first, or not.
 */
interface PageMemo {
  parts: Map<string, string[]>;
  dates: Map<string, string | null>;
  monthFirstDates: Map<string, string | null>;
}
let pageMemo: PageMemo | null = null;

/** Runs `read` with the date answers of one page remembered; nothing outlives it. */
export function readingOnePage<T>(read: () => T): T {
  const outer = pageMemo;
  pageMemo = { parts: new Map(), dates: new Map(), monthFirstDates: new Map() };
  try {
    return read();
  } finally {
    pageMemo = outer;
  }
}

/** The first date found in the string, as `YYYY-MM-DD`, or null. */
export function parseDate(text: string | null | undefined, opts: DateOptions = {}): string | null {
  if (!text) return null;
  const s = text.slice(0, 400);
  const memo = pageMemo && (opts.order === 'mdy' ? pageMemo.monthFirstDates : pageMemo.dates);
  if (!memo) return firstDate(s, opts.order);
  let date = memo.get(s);
  if (date === undefined) memo.set(s, (date = firstDate(s, opts.order)));
  return date;
}

function firstDate(s: string, order: DateOrder | undefined): string | null {
  let m = ISO_DATE.exec(s);
  if (m?.groups) return iso(Number(m.groups.y), Number(m.groups.m), Number(m.groups.d));
  const candidates: Array<{ index: number; value: string | null }> = [];
  m = MONTH_DAY_YEAR.exec(s);
  if (m?.groups) candidates.push({ index: m.index, value: iso(Number(m.groups.y), MONTH_NUMBERS[m.groups.mon.toLowerCase()] ?? 0, Number(m.groups.d)) });
  m = DAY_MONTH_YEAR.exec(s);
  if (m?.groups) candidates.push({ index: m.index, value: iso(Number(m.groups.y), MONTH_NUMBERS[m.groups.mon.toLowerCase()] ?? 0, Number(m.groups.d)) });
  m = NUMERIC_DMY.exec(s);
  if (m?.groups) {
    candidates.push({ index: m.index, value: numericDate(Number(m.groups.a), Number(m.groups.b), Number(m.groups.y), m.groups.sep, order) });
  }
  const found = candidates.filter((c) => c.value).sort((x, y) => x.index - y.index)[0];
  return found?.value ?? null;
}

/** `--published` and similar user input: a full date, strictly. Null when it is not one. */
export function parseUserDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return iso(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10)));
  return parseDate(t);
}

/** The date in a URL's path ("/2025/04/27/slug"), or null; the host and query are not read. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_PATH_DATE.exec(path);
  if (!m?.groups) return null;
  return iso(Number(m.groups.y), Number(m.groups.m ?? m.groups.m2), Number(m.groups.d ?? m.groups.d2));
}

/**
 * The parts of a block that are a date line and nothing else: once the date, time, weekday,
 * time zone, labels and a "By Name" credit are taken out, at most a few words remain. A
 * byline row is read part by part ("Aditya Rao | Delhi | Updated: August 10, 2025, 09:45 IST"
 * → its last part). A sentence that mentions a date is not one ("On 27 April 2025 the
 * ministry said…").
 */
export function dateLineParts(text: string): string[] {
  if (text.length > MAX_DATE_LINE_CHARS || !/\d/.test(text)) return [];
  if (!pageMemo) return lineParts(text);
  let parts = pageMemo.parts.get(text);
  if (!parts) pageMemo.parts.set(text, (parts = lineParts(text)));
  return parts;
}

/** Words a line holds besides its date, times, weekdays, zones and labels, counted no further than `limit`. */
export function wordsBesideDate(text: string, limit: number): number {
  return letterWords(text.replace(DATE_LINE_NOISE, ' '), limit);
}

function lineParts(text: string): string[] {
  // Every credit holds "by" (its case matters): a part without it skips that unicode scan.
  const isLine = (t: string): boolean =>
    wordsBesideDate(t.includes('by') ? t.replace(DATE_LINE_CREDIT, ' ') : t, MAX_DATE_LINE_LEFTOVER + 1) <= MAX_DATE_LINE_LEFTOVER;
  if (isLine(text)) return [text];
  return text.split(BYLINE_SEPARATORS).filter((part) => /\d/.test(part) && isLine(part) && parseDate(part) !== null);
}

/** The date of a wire dateline that gives its year ("KYIV, Dec 3, 2025 (Wire) -", "SEOUL, 2 September 2025 –"), or null. */
export function datelineDate(paragraph: string, order?: DateOrder): string | null {
  const m = DATELINE.exec(paragraph);
  return m ? parseDate(m[0], { order }) : null;
}

/** The agency or outlet a wire dateline credits: "SCHIPHOL, Nov 17 (Meridian Wire) -" → "Meridian Wire". */
export function datelineOutlet(paragraph: string): string | null {
  return DATELINE_CREDIT.exec(paragraph)?.groups?.outlet ?? null;
}
