/**
 * The span of time a figure covers (contract: `period`), from the figure's own clause.
 *
 *   in November 2022 → 2022-11 … 2022-11       since 7 October 2023 → 2023-10-07 … null
 *   as of 19 February → null … 2025-02-19       between 1 and 7 March → 2025-03-01 … 2025-03-07
 *   in 2023 / this year → 2023 … 2023           in the first half of 2025 → 2025-01 … 2025-06
 *   on Saturday, overnight, in the past 24 hours → that day (resolved against the statement)
 *   over the past week → the statement's day less six … the statement's day
 *
 * Watch out for: a date that belongs to the reporting verb ("said on Monday") is the
 * statement's, not the figure's; a date in another clause ("launched its incursion on
 * 6 August and still controls 1,000 km²") is another event's; "since the start of the
 * war" with no date gives nothing.
 */
import type { DateHit } from './dates.js';

export interface ClaimPeriod {
  start: string | null;
  end: string | null;
}

/** Words before a date that make it the start of a span. */
const START_BEFORE = /\b(?:since|from|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|after)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+|early\s+|mid-?\s*)?(?:the\s+)?$/i;
/** Words before a date that make it the end of a span. */
const END_BEFORE = /\b(?:as\s+of|by|until|till|through|up\s+to|to|and|at\s+the\s+end\s+of|by\s+the\s+end\s+of|end\s+of)\s+(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?$/i;
/** "since the invasion began in February 2022": a "since" clause whose date comes later in it. */
const SINCE_CLAUSE = /\bsince\s+(?:the\s+)?[\p{L}\s-]{0,40}?\b(?:began|started|fell|took\s+effect|launched|erupted|broke\s+out|came\s+into\s+force)\s+(?:on\s+|in\s+)?$/iu;
/** Years standing as a span: "in 2023", "during 2024", "for 2025", "2018 alone". */
const YEAR_SPAN = /\b(?<prep>in|during|for|of|throughout|since|from|by|until|through)\s+(?:the\s+(?:whole\s+(?:of\s+)?)?(?:year\s+)?)?(?<year>(?:19|20)\d{2})\b(?!\s*[-–/]\d)/gi;
const HALF = /\b(?:in\s+)?the\s+(?<which>first|second)\s+half\s+of\s+(?<year>(?:19|20)\d{2})\b/i;
const QUARTER = /\b(?:in\s+)?the\s+(?<which>first|second|third|fourth)\s+quarter\s+of\s+(?<year>(?:19|20)\d{2})\b/i;
const ONE_DAY = /\b(?:(?:in|over|during)\s+the\s+(?:past|previous|last)\s+(?:24\s+hours|day)|overnight|in\s+a\s+single\s+day|that\s+day|on\s+the\s+same\s+day)\b/i;
const ONE_WEEK = /\b(?:(?:in|over|during)\s+the\s+(?:past|previous|last)\s+(?:week|seven\s+days|7\s+days))\b/i;
const THIS_YEAR = /\b(?:(?:so\s+far\s+)?this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b/i;
const LAST_MONTH = /\blast\s+month\b/i;
const THIS_MONTH = /\b(?:this|earlier\s+this)\s+month\b/i;
const LAST_YEAR = /\blast\s+year\b/i;

/** Kinds of date hit that name a span or a day. */
function spanValue(d: DateHit): string | null {
  return d.value && (d.kind === 'day' || d.kind === 'month' || d.kind === 'period') ? d.value : null;
}

/**
 * The period of the figure at [figStart, figEnd) whose clause is `clause`, or null.
 * `statement` is the date hit that dates the statement (excluded); `statedOn` resolves
 * the relative spans.
 */
export function attachPeriod(text: string, dates: DateHit[], figStart: number, figEnd: number, clause: [number, number], statement: DateHit | null, statedOn: string | null): ClaimPeriod | null {
  const [a, b] = clause;
  const inClause = (s: number, e: number) => s >= a && e <= b;
  // Spans named in words, resolved against the statement's day.
  const local = text.slice(a, b);
  const half = HALF.exec(local) ?? QUARTER.exec(local);
  if (half) {
    const y = half.groups!.year;
    const which = half.groups!.which.toLowerCase();
    const months = /half/.test(half[0]) ? (which === 'first' ? [1, 6] : [7, 12]) : [[1, 3], [4, 6], [7, 9], [10, 12]][['first', 'second', 'third', 'fourth'].indexOf(which)];
    return { start: `${y}-${pad(months[0])}`, end: `${y}-${pad(months[1])}` };
  }
  const candidates = dates.filter((d) => d !== statement && spanValue(d) && inClause(d.start, d.end));
  // "between 1 and 7 March", "from April 2014 to the end of 2018": two dates, a span.
  if (candidates.length >= 2) {
    const [x, y] = candidates;
    const before = text.slice(Math.max(0, x.start - 20), x.start);
    const mid = text.slice(x.end, y.start);
    if (/\b(?:between|from)\s+(?:the\s+)?$/i.test(before) && /^\s*(?:and|to|until|through|[-–])\s+(?:the\s+end\s+of\s+)?$/i.test(mid)) {
      return { start: spanValue(x), end: spanValue(y) };
    }
  }
  // The date nearest the figure in its clause.
  let best: DateHit | null = null;
  for (const d of candidates) if (!best || distance(d, figStart, figEnd) < distance(best, figStart, figEnd)) best = d;
  if (best) {
    const value = spanValue(best)!;
    const before = text.slice(Math.max(0, best.start - 30), best.start);
    const lead = text.slice(best.start, best.end).toLowerCase();
    if (START_BEFORE.test(before) || /^(?:since|from)\b/.test(lead) || SINCE_CLAUSE.test(text.slice(Math.max(a, best.start - 70), best.start))) return { start: value, end: null };
    if (END_BEFORE.test(before) || /^(?:by|until|as of)\b/.test(lead)) return { start: null, end: value };
    return { start: value, end: value };
  }
  // Years: "in 2023", "since 2014".
  YEAR_SPAN.lastIndex = 0;
  for (const m of local.matchAll(YEAR_SPAN)) {
    const prep = m.groups!.prep.toLowerCase();
    const y = m.groups!.year;
    if (prep === 'since' || prep === 'from') return { start: y, end: null };
    if (prep === 'by' || prep === 'until' || prep === 'through') return { start: null, end: y };
    return { start: y, end: y };
  }
  const day = statedOn && /^\d{4}-\d{2}-\d{2}$/.test(statedOn) ? statedOn : null;
  if (day && ONE_DAY.test(local)) return { start: day, end: day };
  if (day && ONE_WEEK.test(local)) return { start: shift(day, -6), end: day };
  if (statedOn && THIS_YEAR.test(local)) {
    const y = statedOn.slice(0, 4);
    return /since/i.test(THIS_YEAR.exec(local)![0]) ? { start: y, end: null } : { start: y, end: y };
  }
  if (statedOn && statedOn.length >= 7 && LAST_MONTH.test(local)) {
    const m = monthShift(statedOn.slice(0, 7), -1);
    return { start: m, end: m };
  }
  if (statedOn && statedOn.length >= 7 && THIS_MONTH.test(local)) return { start: statedOn.slice(0, 7), end: statedOn.slice(0, 7) };
  if (statedOn && LAST_YEAR.test(local)) {
    const y = String(Number(statedOn.slice(0, 4)) - 1);
    return { start: y, end: y };
  }
  return null;
}

function distance(d: DateHit, s: number, e: number): number {
  return d.start >= e ? d.start - e : s - d.end;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
}

function monthShift(ym: string, by: number): string {
  const [y, m] = ym.split('-').map(Number);
  const t = y * 12 + (m - 1) + by;
  return `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
}
