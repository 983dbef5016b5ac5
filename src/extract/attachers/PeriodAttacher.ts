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
import { MONTH_NAMES } from '../../text/months.js';

export interface ClaimPeriod {
  start: string | null;
  end: string | null;
}

/** Words before a date that make it the start of a span. */
const START_BEFORE = /\b(?:since|from|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|after)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+|early\s+|mid-?\s*)?(?:the\s+)?$/i;
/** Words before a date that make it the end of a span. */
const END_BEFORE = /\b(?:as\s+of|by|until|till|through|up\s+to|to|and|at\s+the\s+end\s+of|by\s+the\s+end\s+of|end\s+of)\s+(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?(?:mid-?\s*|early\s+|late\s+)?$/i;
/** "since the invasion began in February 2022", "since it invaded Ukraine in February 2022": a "since" clause whose date comes later in it. */
const SINCE_CLAUSE = /\bsince\s+(?:[\p{L}'’-]+\s+){1,9}(?:on|in)\s+$/iu;
/** A superlative before a later date: "the largest swap since …", "the highest since March". */
const SUPERLATIVE = /\b(?:\w+est|most|first|record|lowest|highest)\b/i;
/** "over the same period": the figure before it gives the span. */
const SAME_PERIOD = /\b(?:over|in|during|for)\s+the\s+same\s+(?:period|time|day|night|week|month)\b/i;
/** A year before a tally noun: "Russia's 2025 losses", "the 2024 budget". */
const YEAR_MODIFIER = /(?<![\d,.])(?<year>(?:19|20)\d{2})\s+(?:losses|casualties|deaths|toll|gains|budget|pledges?|aid|advances?|total)\b/gi;
const YEAR_WORD = /\b(?:19|20)\d{2}\b/;
const END_OF_MONTH = /\bby\s+the\s+end\s+of\s+the\s+month\b/i;
/** Years standing as a span: "in 2023", "during 2024", "for 2025", "2018 alone". */
const YEAR_SPAN = /\b(?<prep>in|during|for|of|throughout|since|from|by|until|through)\s+(?:the\s+(?:whole\s+(?:of\s+)?)?(?:year\s+)?)?(?<year>(?:19|20)\d{2})\b(?!\s*[-–/]\d)/gi;
const HALF = /\b(?:in\s+)?the\s+(?<which>first|second)\s+half\s+of\s+(?<year>(?:19|20)\d{2})\b/gi;
const QUARTER = /\b(?:in\s+)?the\s+(?<which>first|second|third|fourth)\s+quarter\s+of\s+(?<year>(?:19|20)\d{2})\b/gi;
const ONE_DAY = /\b(?:(?:in|over|during)\s+the\s+(?:past|previous|last)\s+(?:24\s+hours|day)|overnight|in\s+a\s+single\s+day|that\s+(?:day|morning|afternoon|evening|night)|on\s+the\s+same\s+day)\b/i;
const MONTHLY = new RegExp(String.raw`\b(?<month>${MONTH_NAMES.join('|')})['’]s\s+(?:advance|advances|gains|losses|toll|total|figure|tally|count|casualties|deaths)\b`, 'i');
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fourteen: 14, thirty: 30 };
const PAST_SPAN = /\b(?:in|over|during)\s+the\s+(?:past|previous|last)\s+(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)\s+(?<unit>days|weeks)\b/i;
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
export function attachPeriod(...args: Parameters<typeof readPeriod>): ClaimPeriod | null {
  const p = readPeriod(...args);
  return p && ordered(p) ? p : null;
}

/** Start not after end, compared at the precision both have ("2024-06" against "2024-06-30"). */
function ordered(p: ClaimPeriod): boolean {
  if (!p.start || !p.end) return true;
  const n = Math.min(p.start.length, p.end.length);
  return p.start.slice(0, n) <= p.end.slice(0, n);
}

function readPeriod(text: string, dates: DateHit[], figStart: number, figEnd: number, clause: [number, number], statements: Array<DateHit | null>, statedOn: string | null, previous: ClaimPeriod | null = null, otherEvent: (from: number, to: number) => boolean = () => false): ClaimPeriod | null {
  const [a, b] = clause;
  const local = text.slice(a, b);
  // "over the same period": the period of the figure before it.
  if (SAME_PERIOD.test(local) && previous) return previous;
  const spans: Span[] = [];
  for (const d of dates) {
    if (statements.includes(d) || d.start < a || d.end > b) continue;
    const value = spanValue(d);
    if (!value) continue;
    spans.push(dateSpan(text, d, value, a));
  }
  // "between 1 and 7 March", "from April 2014 to the end of 2018": two dates, one span.
  const inOrder = spans.slice().sort((x, y) => x.start - y.start);
  for (let i = 0; i + 1 < inOrder.length; i++) {
    const [x, y] = [inOrder[i], inOrder[i + 1]];
    const before = text.slice(Math.max(0, x.start - 20), x.start);
    const mid = text.slice(x.end, y.start);
    // … and "in January and February": two months named together cover both.
    const pair = /\b(?:between|from)\s+(?:the\s+)?$/i.test(before) && /^\s*(?:and|to|until|through|[-–])\s+(?:the\s+end\s+of\s+)?$/i.test(mid);
    const both = /\b(?:in|during|over)\s+$/i.test(before) && /^\s*and\s+$/i.test(mid);
    if (pair || both) {
      let first = x.period.start ?? x.period.end;
      const last = y.period.end ?? y.period.start;
      // "between June and September 2022": the first date takes the year the second names.
      if (first && last && !YEAR_WORD.test(text.slice(x.start, x.end)) && YEAR_WORD.test(text.slice(y.start, y.end))) {
        const year = Number(last.slice(0, 4)) - (first.slice(5, 7) > last.slice(5, 7) ? 1 : 0);
        first = `${year}${first.slice(4)}`;
      }
      spans.push({ start: x.start, end: y.end, period: { start: first, end: last } });
      spans.splice(spans.indexOf(x), 1);
      spans.splice(spans.indexOf(y), 1);
    }
  }
  for (const re of [HALF, QUARTER]) {
    re.lastIndex = 0;
    for (const m of local.matchAll(re)) {
      const y = m.groups!.year;
      const which = m.groups!.which.toLowerCase();
      const months = re === HALF ? (which === 'first' ? [1, 6] : [7, 12]) : [[1, 3], [4, 6], [7, 9], [10, 12]][['first', 'second', 'third', 'fourth'].indexOf(which)];
      spans.push({ start: a + m.index!, end: a + m.index! + m[0].length, period: { start: `${y}-${pad(months[0])}`, end: `${y}-${pad(months[1])}` } });
    }
  }
  for (const re of [YEAR_SPAN, YEAR_MODIFIER]) {
    re.lastIndex = 0;
    for (const m of local.matchAll(re)) {
      const start = a + m.index!;
      if (spans.some((x) => x.start <= start && start < x.end)) continue;
      // "since the spring of 2022": a "since" just before the year's phrase opens the span.
      const sinceBefore = /\bsince\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(local.slice(Math.max(0, m.index! - 30), m.index!));
      const prep = sinceBefore ? 'since' : (m.groups!.prep ?? '').toLowerCase();
      const y = m.groups!.year;
      const period = prep === 'since' || prep === 'from' ? { start: y, end: null } : prep === 'by' || prep === 'until' || prep === 'through' ? { start: null, end: y } : { start: y, end: y };
      spans.push({ start, end: start + m[0].length, period });
    }
  }
  // A date after a superlative dates the comparison, not the figure ("the largest swap since the invasion in 2022").
  // A date after a superlative dates the comparison ("the largest swap since the invasion in 2022"), and one
  // after another subject's verb dates that event ("40% of the territory Ukraine seized in August").
  const own = spans.filter((x) => !(x.start > figEnd && (SUPERLATIVE.test(text.slice(figEnd, x.start)) || otherEvent(figEnd, x.start))));
  let best: Span | null = null;
  for (const x of own) if (!best || distance(x, figStart, figEnd) < distance(best, figStart, figEnd)) best = x;
  if (best) return best.period;
  const day = statedOn && /^\d{4}-\d{2}-\d{2}$/.test(statedOn) ? statedOn : null;
  // "March's advance", "January's gains": a month's own figure.
  const monthly = MONTHLY.exec(local);
  if (monthly && statedOn) {
    const mo = MONTH_NAMES.indexOf(monthly.groups!.month.toLowerCase()) + 1;
    const y = Number(statedOn.slice(0, 4)) - (statedOn.length >= 7 && mo > Number(statedOn.slice(5, 7)) ? 1 : 0);
    return { start: `${y}-${pad(mo)}`, end: `${y}-${pad(mo)}` };
  }
  // "over the past two weeks", "in the previous three days".
  const past = PAST_SPAN.exec(local);
  if (day && past) {
    const n = COUNT_WORDS[past.groups!.n.toLowerCase()] ?? Number(past.groups!.n);
    const days = /week/i.test(past.groups!.unit) ? n * 7 : n;
    if (days > 0 && days < 400) return { start: shift(day, -(days - 1)), end: day };
  }
  if (day && ONE_DAY.test(local)) return { start: day, end: day };
  if (day && ONE_WEEK.test(local)) return { start: shift(day, -6), end: day };
  if (statedOn && THIS_YEAR.test(local)) {
    const y = statedOn.slice(0, 4);
    return /since/i.test(THIS_YEAR.exec(local)![0]) ? { start: y, end: null } : { start: y, end: y };
  }
  if (statedOn && statedOn.length >= 7 && END_OF_MONTH.test(local)) return { start: null, end: statedOn.slice(0, 7) };
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

interface Span {
  start: number;
  end: number;
  period: ClaimPeriod;
}

/** A date's role from the words before it: the start of a span, its end, or the whole of it. */
function dateSpan(text: string, d: DateHit, value: string, clauseStart: number): Span {
  const lead = text.slice(d.start, d.end).toLowerCase();
  // The parser keeps a leading "on" ("on 6 August"): the words before it are read up to the date.
  const at = d.start + (/^on\s/.test(lead) ? 3 : 0);
  const before = text.slice(Math.max(0, at - 30), at);
  // "from 1 January to 31 March", "on 28–29 April": a range read as one date.
  if (d.endValue) return { start: d.start, end: d.end, period: { start: value, end: d.endValue } };
  // "between 8 and 13 October": the first day shares the month of the second.
  const firstDay = /\bbetween\s+(\d{1,2})\s+and\s+$/i.exec(before);
  if (firstDay && /^\d{4}-\d{2}-\d{2}$/.test(value) && Number(firstDay[1]) >= 1 && Number(firstDay[1]) < Number(value.slice(8))) {
    return { start: at - before.length + firstDay.index, end: d.end, period: { start: `${value.slice(0, 8)}${pad(Number(firstDay[1]))}`, end: value } };
  }
  // "as of the end of November": as precise as the text, a month.
  const v = /\bend\s+of\s+(?:the\s+)?$/i.test(before) && !/\d/.test(lead) ? value.slice(0, 7) : value;
  let period: ClaimPeriod;
  if (START_BEFORE.test(before) || /^(?:since|from)\b/.test(lead) || SINCE_CLAUSE.test(text.slice(Math.max(clauseStart, at - 90), at))) period = { start: v, end: null };
  else if (END_BEFORE.test(before) || /^(?:by|until|as of)\b/.test(lead)) period = { start: null, end: v };
  else period = { start: v, end: v };
  return { start: d.start, end: d.end, period };
}

function distance(d: { start: number; end: number }, s: number, e: number): number {
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
