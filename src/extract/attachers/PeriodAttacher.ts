/**
 * The span of time a figure covers (contract: `period`), from the figure's own clause.
 *
 *   in November 2022 → 2022-11 … 2022-11       since 7 October 2023 → 2023-10-07 … null
 *   as of 19 February → null … 2025-02-19       between 1 and 7 March → 2025-03-01 … 2025-03-07
 *   in 2023 / this year → 2023 … 2023           in the first half of 2025 → 2025-01 … 2025-06
 *   on Saturday, overnight, in the past 24 hours → that day (resolved against the statement)
 *   over the past week → the statement's day less six … the statement's day
 *
 * Every span the clause holds (dates, years, spans relative to the statement, "over the
 * same period") competes by its distance from the figure; a time adverbial that opens the
 * sentence ("In 2018 alone,") counts for the clauses after it.
 *
 * Watch out for: a date that belongs to the reporting verb ("said on Monday") is the
 * statement's, not the figure's; a date in another clause ("launched its incursion on
 * 6 August and still controls 1,000 km²") is another event's; "since the start of the
 * war" with no date gives nothing.
 */
import { dayOnOrBefore, type DateHit } from './dates.js';
import { MONTH_NAMES } from '../../text/months.js';
import { DATELINE } from './PartyAttacher.js';

export interface ClaimPeriod {
  start: string | null;
  end: string | null;
}

/** Words before a date that make it the start of a span. */
const START_BEFORE = /\b(?:since|from|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|after)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+|early\s+|mid-?\s*)?(?:the\s+)?$/i;
/** "fighting that began on 18 January", "the insurgency, which began in October 2017,": the start of what follows. */
const BEGAN_BEFORE = /\b(?:began|begun|started|erupted|broke\s+out|resumed)\s+(?:on\s+|in\s+)?$/i;
/** Words before a date that make it the end of a span. */
// ("as of 5pm on Friday": a clock time between "as of" and its day.)
const END_BEFORE = /\b(?:as\s+of(?:\s+(?:\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|noon|midnight)(?:\s+on)?)?|by|until|till|through|up\s+to|to|and|at\s+the\s+end\s+of|by\s+the\s+end\s+of|end\s+of)\s+(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?(?:mid-?\s*|early\s+|late\s+)?$/i;
/** "since the invasion began in February 2022", "since it invaded Ukraine in February 2022": a "since" clause whose date comes later in it. */
const SINCE_CLAUSE = /\bsince\s+(?:[\p{L}\p{N}'’-]+\s+){1,18}(?:on|in|at\s+the)\s+(?:mid-?\s*|early\s+|late\s+)?$/iu;
/** "since the start of the war", "since the truce began": an event the sentence does not date. */
const SINCE_UNDATED = /\bsince\s+the\s+(?:(?:start|beginning|outbreak)\s+of\s+the\s+)?(?:full-scale\s+)?(?<event>war|invasion|conflict|fighting|truce|ceasefire|cease-fire|offensive|operation|incursion)(?:\s+(?:began|started|erupted|broke\s+out|took\s+effect))?\b/i;

/** The kind of event a noun names: a truce and a ceasefire are one; so are a war and an invasion. */
export function eventKind(noun: string): string | null {
  const n = noun.toLowerCase();
  if (n === 'truce' || n === 'ceasefire' || n === 'cease-fire') return 'truce';
  if (n === 'war' || n === 'invasion' || n === 'conflict') return 'war';
  if (n === 'offensive' || n === 'operation' || n === 'incursion') return 'offensive';
  return null;
}

/**
 * Where an article dates an event it later counts from: "the truce, which took effect on 27
 * November", "the ceasefire that began on 19 January", "launched its offensive on 6 August".
 * The date is read from the words right after (or, "27 November, when the truce took effect",
 * right before).
 */
export const EVENT_DATED = /\b(?:the\s{1,2}(?:full-scale\s{1,2})?(?<noun>truce|ceasefire|cease-fire|war|invasion|conflict|offensive|operation|incursion)\b[^.;:]{0,40}?\b(?:took\s{1,2}effect|came\s{1,2}into\s{1,2}(?:force|effect)|began|started|erupted|broke\s{1,2}out|was\s{1,2}(?:agreed|signed|launched|declared))|(?:launched|began|started)\s{1,2}(?:its|the|their|an?)\s{1,2}(?:full-scale\s{1,2})?(?:[\p{L}-]+\s{1,2})?(?<noun2>invasion|offensive|operation|incursion))\b/giu;
/** ", when the truce took effect": the date before it is the event's. */
export const WHEN_EVENT = /^,?\s{1,2}when\s{1,2}the\s{1,2}(?<noun>truce|ceasefire|cease-fire|war|invasion|offensive|operation|incursion)\b/i;
/** A superlative before a later date: "the largest swap since …", "the highest since March". */
// ("most of them", "west of the city", "under arrest" are no comparisons.)
const SUPERLATIVE = /\b(?:(?!(?:west|rest|test|arrest|protest|request|interest|suggest|contest|honest|forest|harvest|quest|nest|chest|guest|manifest|conquest|priest|modest|invest)\b)\w+est|most(?!\s+of\b)|first|record|lowest|highest)\b/i;
/** Between a figure and a later date: another figure it is compared with ("up from 14% in 2023", "compared with 40% on 1 January"). */
const COMPARED_FIGURE = /\b(?:up|down)\s{1,2}from\s{1,2}[^.;]{0,30}?\d|\bcompared\s{1,2}(?:with|to)\s{1,2}[^.;]{0,30}?\d/i;
/** "over the same period", "in that time": the figure before it gives the span. */
const SAME_PERIOD = /\b(?:over|in|during|for|throughout)\s+(?:the\s+same\s+(?:period|time|day|night|week|month|span)|that\s+(?:period|time|span)|the\s+period)\b/i;
/** A year before a tally noun: "Russia's 2025 losses", "the 2024 budget". */
const YEAR_MODIFIER = /(?<![\d,.])(?<year>(?:19|20)\d{2})\s+(?:losses|casualties|deaths|toll|gains|budget|pledges?|aid|advances?|total)\b/gi;
const YEAR_WORD = /\b(?:19|20)\d{2}\b/;
const END_OF_MONTH = /\bby\s+the\s+end\s+of\s+the\s+month\b/i;
/**
 * "by the end of last year", "by the end of this year": a count as it stood (or will stand)
 * then. ("by the end of the year" is mostly a deadline for what is to be done with a figure
 * that stands now: "the remaining $1 billion should be spent by the end of the year".)
 */
const END_OF_YEAR = /\b(?:by|until|till|up\s{1,2}to|through)\s{1,2}the\s{1,2}end\s{1,2}of\s{1,2}(?<rel>last|this)\s{1,2}year\b/i;
/** Before "of 2024" in "by the end of 2024": the year closes a span whose start the text leaves open. */
const BY_END_BEFORE = /\b(?:by|until|till|up\s{1,2}to|through)\s{1,2}the\s{1,2}end\s{1,2}$/i;
/** Years standing as a span: "in 2023", "during 2024", "for 2025", "2018 alone". */
const YEAR_SPAN = /\b(?<prep>in|during|for|of|throughout|since|from|by|until|through)\s+(?:the\s+(?:whole\s+(?:of\s+)?)?(?:year\s+)?)?(?<year>(?:19|20)\d{2})\b(?!\s*[-–/]\d)/gi;
const YEAR_PAIR = /(?:\b(?:in|for|during|between|from|over)\s+|^|\t)(?:the\s+years\s+)?(?<y1>(?:19|20)\d{2})\s*(?:and|to|until|through|[-–])\s*(?:the\s+)?(?:end\s+of\s+)?(?<y2>(?:19|20)\d{2})\b/gi;
/**
 * The year a part of a year belongs to: written ("of 2024"), or told from the statement's
 * year ("of last year", "of this year", "of the year").
 */
const OF_YEAR = String.raw`(?:(?<year>(?:19|20)\d{2})\b|(?<rel>last|this|the(?:\s{1,2}current)?)\s{1,2}year\b)`;
// (Headlines drop the article: "killed 1,120 in first half of 2025", "in first quarter".)
const HALF = new RegExp(String.raw`\b(?:in\s+(?:the\s+)?|the\s+)(?<which>first|second)\s+half\s+of\s+${OF_YEAR}`, 'gi');
const QUARTER = new RegExp(String.raw`\b(?:in\s+(?:the\s+)?|the\s+)(?<which>first|second|third|fourth|last|final)\s+quarter(?:\s+of\s+${OF_YEAR}|(?!\s+of\b))`, 'gi');
const PREVIOUS_QUARTER = /\b(?:in\s{1,2})?the\s{1,2}(?:previous|preceding|prior)\s{1,2}quarter\b/i;
/** "the first half of the month": days 1 to 15, or 16 to the month's last, of the statement's month (or the one before). */
const HALF_MONTH = /\bthe\s{1,2}(?<which>first|second)\s{1,2}half\s{1,2}of\s{1,2}(?<rel>this|the|last)\s{1,2}month\b/i;
// ("in a single day" names no day: it could be any.)
// ("during the night" is the night before the statement's morning, as "overnight" is; "the night of
// 9–10 September" is left to its date.)
const ONE_DAY = /\b(?:(?:in|over|during|within)\s+the\s+(?:past|previous|last)\s+(?:24\s+hours|day)|overnight|(?:during|throughout|over|in)\s{1,2}the\s{1,2}night(?!\s{1,2}(?:of|before|after)\b)|that\s+(?:day|morning|afternoon|evening|night)|(?:on|during|in)\s+the\s+same\s+(?:day|night))\b/i;
const MONTHLY = new RegExp(String.raw`\b(?<month>${MONTH_NAMES.join('|')})(?:\s(?<year>(?:19|20)\d{2}))?['’]s\s+(?:[\p{L}-]+\s+)?(?:advance|advances|gains|losses|toll|total|figure|tally|count|casualties|deaths|attacks|strikes|launches|tranche|package|aid)\b`, 'iu');
/** "Monday's tranche", "Sunday's attack": the day of the week named as the figure's own. */
/** Before an event named as a reference point for another: "after Monday's tranche", "since Friday's strike". */
export const REFERENCE_EVENT_BEFORE = /\b(?:after|before|since|than|until|following|ahead\s{1,2}of|compared\s{1,2}with)\s{1,2}(?:the\s{1,2})?$/i;
export const WEEKDAY_OWN = /\b(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+(?:[\p{L}$€£\d.,-]+\s+){0,3}?(?:advance|gains|losses|toll|total|figure|tally|count|casualties|deaths|attack|attacks|strike|strikes|barrage|launches|tranche|package|swap|exchange|release|shelling|bombing|raid|raids|assault|ambush|offensive|clashes|fighting|massacre|blast|explosion|airstrike|airstrikes|shooting|violence|incursion)\b/iu;
/** "the first four months of 2025", "the last three months of 2024". */
const MONTHS_OF = new RegExp(String.raw`\bthe\s+(?<which>first|last)\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+${OF_YEAR}`, 'gi');
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, fourteen: 14, thirty: 30 };
const PAST_SPAN = /\b(?:in|over|during|within)\s+the\s+(?:past|previous|last)\s+(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)\s+(?<unit>days|weeks|hours|months)\b/i;
// ("used 900 bombs in a week", "in just this one week": a week's total, told on its last day.)
// ("throughout the week", "over the course of the week": the week up to the statement, as "over the past week".)
const ONE_WEEK = /\b(?:(?:in|over|during|within)\s+the\s+(?:past|previous|last)\s+(?:week|seven\s+days|7\s+days)|(?:throughout|over\s{1,2}the\s{1,2}course\s{1,2}of)\s{1,2}the\s{1,2}week\b(?!\s{1,2}(?:of|before|after|to|ending|ended)\b)|(?:in|over)\s{1,2}(?:just\s{1,2})?(?:a|one|a\s{1,2}single)\s{1,2}week|(?:in\s{1,2})?(?:just\s{1,2})?this\s{1,2}one\s{1,2}week)\b/i;
/** "over the past month": a month back to the statement's day ("in the last month" too; "last month" alone is the calendar month). */
const ONE_MONTH = /\b(?:in|over|during|within)\s{1,2}the\s{1,2}(?:past|previous|last)\s{1,2}month\b/i;
const AS_OF_HOUR = /\b(?:as\s{1,2}of|by)\s{1,2}(?:(?:\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:a\.?m\.?|p\.?m\.?)(?!\w))|noon|midday|midnight|(?:this|that)\s{1,2}(?:morning|afternoon|evening))(?!\s{1,2}(?:on|yesterday|tomorrow)\b)/i;
const THIS_YEAR = /\b(?:(?:so\s+far\s+)?this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b/i;
const LAST_MONTH = /(?<!\bthe\s{1,2})\blast\s+month\b/i;
const THIS_MONTH = /\b(?:this|earlier\s+this)\s+month\b/i;
const LAST_YEAR = /\blast\s+year\b/i;
const DAY_BEFORE = /\b(?:(?:on|over|during|in)\s+)?the\s+(?:previous\s+day|day\s+before)\b(?!\s+(?:the|an?|his|her|its|their)\b)/i;
const SINCE_RIGHT_BEFORE = /\b(?:since|from)\s+$/i;
/** "a year earlier", "a year ago": the year before the statement's. */
const YEAR_EARLIER = /\b(?:a\s{1,2}year|twelve\s{1,2}months|12\s{1,2}months)\s{1,2}(?:earlier|ago|before)\b/i;
/** "since the start of summer", "last summer", "this spring": seasons of the northern year. */
const SEASON = /\b(?:(?<since>since|from)\s{1,2}(?:the\s{1,2}(?:start|beginning)\s{1,2}of\s{1,2})?(?:(?<sinceRel>the|this|last)\s{1,2})?|(?<rel>last|this|in\s{1,2}the|during\s{1,2}the|over\s{1,2}the)\s{1,2})(?<season>spring|summer|autumn|winter)\b(?!\s{1,2}(?:of\s{1,2})?(?:19|20)\d{2})/i;
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/** "over the weekend", "at the weekend", "last weekend", "weekend clashes": a Saturday and its Sunday. */
const WEEKEND = /\b(?:(?:over|during|at|on|throughout)\s{1,2}the\s{1,2}weekend|(?<last>last|this\s{1,2}past|the\s{1,2}past)\s{1,2}weekend|weekend\s{1,2}(?=(?:clashes|fighting|attacks?|strikes?|raids?|shelling|bombing|barrage|assaults?|offensive|battles?)\b))/i;

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

function readPeriod(text: string, dates: DateHit[], figStart: number, figEnd: number, clause: [number, number], statements: Array<DateHit | null>, statedOn: string | null, previous: ClaimPeriod | null = null, otherEvent: (from: number, to: number) => boolean = () => false, eventDate: (kind: string) => string | null = () => null): ClaimPeriod | null {
  const [a, b] = clause;
  // The figure's clause, and an adverbial that opens the sentence before it ("Over that
  // period, officials said that …"): that one sets the time of every clause after it.
  const parts: Array<[number, number]> = [[a, b]];
  const lead = openingAdverbial(text);
  const said = statements.filter((d): d is DateHit => d !== null);
  // ("In that time 300 left": a clause the adverbial's "that" seemed to open starts before it.)
  // (The date reader may keep the adverbial's closing comma: "July,".)
  if (lead > 0 && !said.some((d) => d.start < lead)) parts.splice(0, 1, ...(lead <= a ? [[0, lead + 1], [a, b]] as Array<[number, number]> : [[0, b] as [number, number]]));
  const inside = (s: number, e: number): boolean => parts.some(([x, y]) => s >= x && e <= y);
  const spans: Span[] = [];
  for (const [from, to] of parts) {
    const local = text.slice(from, to);
    // "over the same period": the period of a figure before it, as near or far as the words stand.
    const same = previous && SAME_PERIOD.exec(local);
    if (same && previous) {
      // "… in the same period of 2024", "… the same month a year earlier": that span in another year.
      const at = from + same.index + same[0].length;
      const other = OTHER_YEAR_AFTER.exec(text.slice(at, at + 40));
      const years = other ? (other.groups!.year ? yearsTo(previous, Number(other.groups!.year)) : -1) : 0;
      const period = years ? shiftYears(previous, years) : previous;
      spans.push({ start: from + same.index, end: at + (other ? other[0].length : 0), period, whole: !!other });
    }
  }
  for (const d of dates) {
    if (statements.includes(d)) continue;
    // "the worst night since 4 May, when the guns fired 80 shells": the day the clause hangs on is its
    // figure's, whatever "since" says of the sentence's other figures.
    // ("Since 18 March, when the truce collapsed, the ministry has reported 4,335 killed": a when-clause closed by a
    // comma before the figure leaves the figure in the main clause.)
    const when = d.end <= figStart && WHEN_AFTER.test(text.slice(d.end, d.end + 8)) && figStart - d.end < 200 && !/[.;]/.test(text.slice(d.end, figStart)) && !WHEN_CLOSED.test(text.slice(d.end, figStart));
    if (!when && !inside(d.start, d.end)) continue;
    const value = spanValue(d);
    if (!value) continue;
    const span = when ? { start: d.start, end: d.end, period: { start: value, end: d.endValue ?? value }, dated: true } : dateSpan(text, d, value, a);
    // An open span ("since December") looks back from its statement.
    if (span.period && span.period.end === null) span.period = { start: beforeStatement(span.period.start, text.slice(d.start, d.end), statedOn), end: null };
    spans.push(span);
  }
  // "between 1 and 7 March", "from April 2014 to the end of 2018": two dates, one span.
  const inOrder = spans.slice().sort((x, y) => x.start - y.start);
  for (let i = 0; i + 1 < inOrder.length; i++) {
    const [x, y] = [inOrder[i], inOrder[i + 1]];
    const before = text.slice(Math.max(0, x.start - 20), x.start);
    const mid = text.slice(x.end, y.start);
    // … and "in January and February": two months named together cover both.
    const pair = /\b(?:between|from)\s+(?:the\s+)?(?:mid-?\s{0,2}|early\s{1,2}|late\s{1,2})?$/i.test(before) && /^\s*(?:and|to|until|through|[-–])\s+(?:the\s+)?(?:end\s+of\s+)?(?:mid-?\s{0,2}|early\s{1,2}|late\s{1,2})?$/i.test(mid);
    // (The date reader keeps a leading "on" in the date: "on Sunday and Monday".)
    const both = (/\b(?:in|during|over|on)\s+$/i.test(before) || /^on\s/i.test(text.slice(x.start, x.end))) && /^\s*and\s+$/i.test(mid);
    if (pair || both) {
      let first = x.period?.start ?? x.period?.end ?? null;
      const last = y.period?.end ?? y.period?.start ?? null;
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
  for (const [from, to] of parts) textSpans(text.slice(from, to), from, spans, statedOn);
  for (const x of spans) lengthTo(text, x);
  for (const x of spans) partOfMonth(text, x);
  for (const x of spans) lengthEnded(text, x);
  for (const x of spans) monthList(text, x);
  for (const [from, to] of parts) {
    const local = text.slice(from, to);
    // "since the war began", with no date: a span the text does not date, nearer the figure
    // than any other it holds, leaves it none (unless a date follows: "… began in 2022").
    const since = SINCE_UNDATED.exec(local);
    if (since) {
      const start = from + since.index;
      const end = start + since[0].length;
      const dated = spans.some((x) => x.start >= end && (x.start - end < 30 || (x.start - end < 80 && x.period?.start && !x.period.end)));
      // ("since the truce", and the article dated the truce before: from that day.)
      const kind = eventKind(since.groups!.event);
      const day = !dated && kind ? eventDate(kind) : null;
      if (!dated) spans.push({ start, end, period: day ? { start: day, end: null } : null });
    }
    // Spans told relative to the statement ("over the past week", "last month") compete with
    // the dates by distance: the one nearest the figure is the figure's. "31 March this
    // year": a relative word right after a date only qualifies the date.
    const dated = [...spans, ...said];
    if (statedOn) spans.push(...relativeSpans(local, from, statedOn).filter((r) => !dated.some((x) => x.start < r.end && r.start <= x.end + 1)));
  }
  // A date after a superlative dates the comparison ("the largest swap since the invasion in 2022"), and one
  // after another subject's verb dates that event ("40% of the territory Ukraine seized in August").
  // … and one after a figure of comparison is that figure's ("27%, up from 14% in 2023").
  // … and one before the figure in a clause that closes before it is that clause's (below).
  // (The year that moves a span of the same period ("of 2024") is part of it, no span of its own.)
  const wholes = spans.filter((x) => x.whole);
  if (wholes.length) spans.splice(0, spans.length, ...spans.filter((x) => x.whole || !wholes.some((w) => x.start >= w.start && x.end <= w.end)));
  const own = spans.filter((x) => !(x.inner && !(x.start <= figStart && figEnd <= x.end)) && !(x.start > figEnd && (SUPERLATIVE.test(text.slice(figEnd, x.start)) || COMPARED_FIGURE.test(text.slice(figEnd, x.start)) || otherEvent(figEnd, x.start))) && !givenOn(text, x, figStart) && !(x.end <= figStart && x.start >= lead && closedBefore(text, x, figStart)));
  let best: Span | null = null;
  for (const x of own) if (!best || distance(x, figStart, figEnd) < distance(best, figStart, figEnd)) best = x;
  return best ? best.period : null;
}

/**
 * The year a part of a year names: its own, or one told from the statement's year ("the
 * second half of last year" said in 2025 is 2024's); null when the statement has no date.
 */
function yearOf(g: Record<string, string | undefined>, statedOn: string | null): string | null {
  if (g.year) return g.year;
  if (!statedOn) return null;
  return String(Number(statedOn.slice(0, 4)) - (g.rel?.toLowerCase() === 'last' ? 1 : 0));
}

/** Spans of years and parts of years in `local` (at offset `a`): "in 2023", "the first half of 2024", "the first quarter of this year". */
function textSpans(local: string, a: number, spans: Span[], statedOn: string | null): void {
  for (const re of [HALF, QUARTER]) {
    re.lastIndex = 0;
    for (const m of local.matchAll(re)) {
      let y = yearOf(m.groups!, statedOn);
      if (!y) continue;
      // ("the last quarter" is the fourth.)
      const which = m.groups!.which.toLowerCase().replace(/^(?:last|final)$/, 'fourth');
      const months = re === HALF ? (which === 'first' ? [1, 6] : [7, 12]) : [[1, 3], [4, 6], [7, 9], [10, 12]][['first', 'second', 'third', 'fourth'].indexOf(which)];
      // "in the second quarter" with no year: the statement's year's, or last year's if that one has not begun.
      if (!m.groups!.year && !m.groups!.rel && statedOn && statedOn.length >= 7 && months[0] > Number(statedOn.slice(5, 7))) y = String(Number(y) - 1);
      // ("the last quarter" alone is the one before the statement's, not the year's fourth.)
      if (!m.groups!.year && !m.groups!.rel && /^(?:last|final)$/i.test(m.groups!.which)) continue;
      spans.push({ start: a + m.index!, end: a + m.index! + m[0].length, period: { start: `${y}-${pad(months[0])}`, end: `${y}-${pad(months[1])}` } });
    }
  }
  // "up from 395 in the previous quarter": the quarter before the one named, else before the statement's.
  const previous = PREVIOUS_QUARTER.exec(local);
  if (previous) {
    const named = spans.filter((x) => x.start < a + previous.index && x.period?.start?.length === 7 && x.period.end?.length === 7 && monthsBetween(x.period.start, x.period.end) === 2).pop();
    const q = named?.period?.start ?? (statedOn && statedOn.length >= 7 ? `${statedOn.slice(0, 4)}-${pad(Math.floor((Number(statedOn.slice(5, 7)) - 1) / 3) * 3 + 1)}` : null);
    if (q) spans.push({ start: a + previous.index, end: a + previous.index + previous[0].length, period: { start: monthShift(q, -3), end: monthShift(q, -1) } });
  }
  MONTHS_OF.lastIndex = 0;
  for (const m of local.matchAll(MONTHS_OF)) {
    const n = COUNT_WORDS[m.groups!.n.toLowerCase()] ?? Number(m.groups!.n);
    const y = yearOf(m.groups!, statedOn);
    if (!(n >= 1 && n <= 11) || !y) continue;
    const [from, to] = m.groups!.which.toLowerCase() === 'first' ? [1, n] : [13 - n, 12];
    spans.push({ start: a + m.index!, end: a + m.index! + m[0].length, period: { start: `${y}-${pad(from)}`, end: `${y}-${pad(to)}` } });
  }
  // "for 2025 and 2026", "from 2014 to 2018", "2015 to end of 2021": two years, one span.
  YEAR_PAIR.lastIndex = 0;
  for (const m of local.matchAll(YEAR_PAIR)) {
    const start = a + m.index!;
    if (spans.some((x) => x.start <= start && start < x.end)) continue;
    spans.push({ start, end: start + m[0].length, period: { start: m.groups!.y1, end: m.groups!.y2 } });
  }
  for (const re of [YEAR_SPAN, YEAR_MODIFIER]) {
    re.lastIndex = 0;
    for (const m of local.matchAll(re)) {
      const start = a + m.index!;
      if (spans.some((x) => x.start <= start && start < x.end)) continue;
      // "since the spring of 2022": a "since" just before the year's phrase opens the span.
      const sinceBefore = /\bsince\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(local.slice(Math.max(0, m.index! - 30), m.index!));
      // ("at the end of 2023" stays the year: a count of that year, not one as of its close.)
      const byEnd = BY_END_BEFORE.test(local.slice(Math.max(0, m.index! - 20), m.index!));
      const prep = sinceBefore ? 'since' : byEnd ? 'by' : (m.groups!.prep ?? '').toLowerCase();
      const y = m.groups!.year;
      const period = prep === 'since' || prep === 'from' ? { start: y, end: null } : prep === 'by' || prep === 'until' || prep === 'through' ? { start: null, end: y } : { start: y, end: y };
      spans.push({ start, end: start + m[0].length, period });
    }
  }
}

/**
 * Before the end of a span that names its length: "the three months to February", "the
 * week to 9 March", "the six months to the end of 2024", "the 12 months ending in June".
 */
const LENGTH_TO = /\b(?:the|a)\s{1,2}(?:(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|fourteen|thirty)\s{1,2})?(?<unit>days?|weeks?|months?|years?|hours)\s{1,2}(?:to|up\s{1,2}to|ending|ended|through)\s{1,2}(?:in\s{1,2})?(?<endOf>(?:the\s{1,2})?end\s{1,2}(?:of\s{1,2})?)?(?:the\s{1,2})?$/i;

/**
 * A span of a given length up to a date ("in the three months to February") starts that
 * length before its end: the date alone would leave the start open. Only where the length
 * counts whole units of the end's precision (months to a month, days or weeks to a day);
 * otherwise the date keeps its reading.
 */
function lengthTo(text: string, x: Span): void {
  const end = x.period?.end ?? x.period?.start;
  if (!x.period || !end || (x.period.start && x.period.start !== end)) return;
  const m = LENGTH_TO.exec(text.slice(Math.max(0, x.start - 60), x.start));
  if (!m) return;
  const n = m.groups!.n ? COUNT_WORDS[m.groups!.n.toLowerCase()] ?? Number(m.groups!.n) : 1;
  let unit = m.groups!.unit.toLowerCase().replace(/s$/, '');
  if (!(n >= 1 && n <= 400)) return;
  // "the 48 hours to Monday": whole days, the end's and the one before; other hours name no day.
  let days = n;
  if (unit === 'hour') {
    if (n % 24 !== 0) return;
    [unit, days] = ['day', n / 24];
  }
  let period: ClaimPeriod | null = null;
  if (end.length === 10 && (unit === 'day' || unit === 'week')) period = { start: shift(end, -((unit === 'week' ? 7 : 1) * days - 1)), end };
  else if (end.length === 7 && (unit === 'month' || unit === 'year')) period = { start: monthShift(end, -((unit === 'year' ? 12 : 1) * n - 1)), end };
  // "to the end of 2024": through its December.
  else if (end.length === 4 && unit === 'month' && m.groups!.endOf) period = { start: monthShift(`${end}-12`, -(n - 1)), end: `${end}-12` };
  else if (end.length === 4 && unit === 'year') period = { start: String(Number(end) - (n - 1)), end };
  if (!period) return;
  // (The phrase ends where the date begins: the span now opens with it.)
  x.start -= m[0].length;
  x.period = period;
}

/** Before a month: a part of it counted in weeks or days ("the first week of", "the last ten days of"). */
const PART_OF_MONTH = /\bthe\s{1,2}(?<which>first|second|third|fourth|last|final)\s{1,2}(?:(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|fourteen)\s{1,2})?(?<unit>weeks?|days|fortnight)\s{1,2}of\s{1,2}$/i;
const ORDINAL_WEEK: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

/**
 * "in the first week of March", "the last ten days of October": the days of the month that part
 * covers, where the date alone would give the whole month. Weeks are counted from the month's
 * first day, or back from its last.
 */
function partOfMonth(text: string, x: Span): void {
  const month = x.period?.start;
  if (!x.period || !month || month.length !== 7 || x.period.end !== month) return;
  const m = PART_OF_MONTH.exec(text.slice(Math.max(0, x.start - 40), x.start));
  if (!m) return;
  const which = m.groups!.which.toLowerCase();
  const unit = m.groups!.unit.toLowerCase();
  const n = m.groups!.n ? COUNT_WORDS[m.groups!.n.toLowerCase()] ?? Number(m.groups!.n) : 1;
  // ("the first days of March": no number, no span of days.)
  if (unit === 'days' && !m.groups!.n) return;
  const days = unit === 'fortnight' ? 14 : unit.startsWith('week') ? 7 * n : n;
  const last = lastDay(month);
  if (days < 1 || days >= last) return;
  const from = which === 'last' || which === 'final' ? last - days + 1 : 1 + (unit.startsWith('week') && n === 1 ? 7 * ORDINAL_WEEK[which] : which === 'first' ? 0 : -1);
  if (from < 1 || from + days - 1 > last) return;
  x.start -= m[0].length;
  x.period = { start: `${month}-${pad(from)}`, end: `${month}-${pad(from + days - 1)}` };
}

/** Before a day: a span of so many days that ended on it ("a three-day offensive that ended on"). */
const LENGTH_ENDED = /\b(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\s{1,2}(?:[\p{L}-]+\s{1,2}){1,3}?(?:that|which)\s{1,2}(?:had\s{1,2})?(?:ended|closed|finished|wound\s{1,2}down)\s{1,2}(?:on\s{1,2})?$/iu;

/** "during a three-day offensive that ended on Friday": the days up to that one, not the last alone. */
function lengthEnded(text: string, x: Span): void {
  const end = x.period?.end;
  if (!x.period || !end || end.length !== 10 || x.period.start !== end) return;
  // (The date reader keeps a leading "on": the words before it are read up to the date.)
  const at = x.start + (/^on\s/i.test(text.slice(x.start, x.start + 3)) ? 3 : 0);
  const m = LENGTH_ENDED.exec(text.slice(Math.max(0, at - 80), at));
  if (!m) return;
  const n = COUNT_WORDS[m.groups!.n.toLowerCase()] ?? Number(m.groups!.n);
  if (!(n >= 2 && n <= 60)) return;
  x.start = at - m[0].length;
  x.period = { start: shift(end, -(n - 1)), end };
}

/** After a month: more months, listed ("in October, November and December"), the last one closing. */
// (The date reader may keep a month's comma: "October," then " November and December".)
const MONTH_LIST_AFTER = new RegExp(String.raw`^(?:,?\s{1,2}(?:${MONTH_NAMES.join('|')})(?=,|\s{1,2}and\b))*,?\s{1,2}and\s{1,2}(?<last>${MONTH_NAMES.join('|')})\b(?!\s{1,2}\d)`, 'i');

/** A month that opens a list of months spans them all: "in October, November and December" is October to December. */
function monthList(text: string, x: Span): void {
  const p = x.period;
  if (!p || !p.start || p.start.length !== 7 || p.end !== p.start) return;
  const m = MONTH_LIST_AFTER.exec(text.slice(x.end, x.end + 80));
  if (!m) return;
  const last = MONTH_NAMES.indexOf(m.groups!.last.toLowerCase()) + 1;
  const first = Number(p.start.slice(5, 7));
  const year = Number(p.start.slice(0, 4)) + (last < first ? 1 : 0);
  x.end += m[0].length;
  x.period = { start: p.start, end: `${year}-${pad(last)}` };
}

/** Prepositions that open a sentence's time adverbial. */
const OPENERS = new Set(['so', 'in', 'over', 'during', 'since', 'between', 'from', 'throughout', 'for', 'by', 'until', 'after', 'on', 'at']);

/** "In that time 300 left": the same-period phrases open a sentence without a comma too. */
const SAME_PERIOD_OPENING = new RegExp(`^${SAME_PERIOD.source.slice(2)}`, 'i');
/** An opening that places a statement, not the events ("In a statement on Thursday,"). */
const STATEMENT_OPENING = /\b(?:statement|update|report|note|estimate|interview|post|briefing|speech|address|letter|message|assessment|published|posted|conference|remarks|told|said|video)\b/i;

/**
 * The end of a short time adverbial that opens `text` and closes on a comma ("In that
 * time,", "In 2018 alone,"), else 0.
 */
function openingAdverbial(sentence: string): number {
  // (A wire dateline before the sentence's first words is no part of it: "KANO, 3 May (Wire) — In 2023, …".)
  const filed = DATELINE.exec(sentence)?.[0].length ?? 0;
  const text = sentence.slice(filed);
  const comma = text.indexOf(',');
  if (comma < 0 || comma > 60) {
    const same = SAME_PERIOD_OPENING.exec(text);
    return same ? filed + same[0].length : 0;
  }
  const first = /^[\p{L}]+/u.exec(text);
  if (!first || !OPENERS.has(first[0].toLowerCase())) return 0;
  return STATEMENT_OPENING.test(text.slice(0, comma)) ? 0 : filed + comma;
}

/** Spans in `local` (at offset `a`) that resolve against the statement's date. */
function relativeSpans(local: string, a: number, statedOn: string): Span[] {
  const out: Span[] = [];
  const at = (m: RegExpExecArray | null, period: ClaimPeriod | null): void => {
    if (m && period) out.push({ start: a + m.index, end: a + m.index + m[0].length, period });
  };
  const day = /^\d{4}-\d{2}-\d{2}$/.test(statedOn) ? statedOn : null;
  const month = statedOn.length >= 7 ? statedOn.slice(0, 7) : null;
  const year = statedOn.slice(0, 4);
  // "March's advance", "January's gains": a month's own figure.
  const monthly = MONTHLY.exec(local);
  if (monthly) {
    const mo = MONTH_NAMES.indexOf(monthly.groups!.month.toLowerCase()) + 1;
    const y = monthly.groups!.year ? Number(monthly.groups!.year) : Number(year) - (month && mo > Number(month.slice(5, 7)) ? 1 : 0);
    at(monthly, { start: `${y}-${pad(mo)}`, end: `${y}-${pad(mo)}` });
  }
  // "Monday's tranche": the last such weekday on or before the statement.
  const weekday = day ? WEEKDAY_OWN.exec(local) : null;
  const on = day && weekday ? dayOnOrBefore(weekday.groups!.day.toLowerCase(), day) : null;
  if (weekday && on) {
    at(weekday, { start: on, end: on });
    // After "after", "since", "before": another event, the day of only the figure inside that phrase
    // ("Even after Monday's $1.2 billion tranche, billions are left"); otherwise the figure's own
    // event ("killed in Thursday's bombing", "put Friday's toll at 57").
    if (REFERENCE_EVENT_BEFORE.test(local.slice(Math.max(0, weekday.index - 24), weekday.index))) out[out.length - 1].inner = true;
  }
  // "over the past two weeks", "in the previous three days".
  const past = PAST_SPAN.exec(local);
  if (day && past) {
    const n = COUNT_WORDS[past.groups!.n.toLowerCase()] ?? Number(past.groups!.n);
    const unit = past.groups!.unit.toLowerCase();
    // "the past 48 hours" is two days, the statement's and the one before; hours that are no whole days say no day.
    const days = unit === 'weeks' ? n * 7 : unit === 'hours' ? (n % 24 === 0 ? n / 24 : 0) : n;
    if (unit === 'months') at(past, monthsBack(day, n));
    else if (days > 0 && days < 400) at(past, { start: shift(day, -(days - 1)), end: day });
  }
  if (day) at(ONE_DAY.exec(local), { start: day, end: day });
  // "as of 4 p.m.", "as of this morning": a count as it stood at that hour of the statement's day.
  if (day) at(AS_OF_HOUR.exec(local), { start: null, end: day });
  if (day) at(ONE_WEEK.exec(local), { start: shift(day, -6), end: day });
  if (day) at(ONE_MONTH.exec(local), monthsBack(day, 1));
  // The weekend of the statement's week: the Saturday on or before its day and that Saturday's Sunday
  // (no later than the statement); "last weekend" said on a weekend is the one before.
  const weekend = day ? WEEKEND.exec(local) : null;
  let saturday = day && weekend ? dayOnOrBefore('saturday', day) : null;
  if (day && weekend && saturday && weekend.groups!.last && shift(saturday, 1) >= day) saturday = shift(saturday, -7);
  if (day && saturday) at(weekend, { start: saturday, end: shift(saturday, 1) < day ? shift(saturday, 1) : day });
  // "the previous day", "the day before": the day before the statement.
  if (day) at(DAY_BEFORE.exec(local), { start: shift(day, -1), end: shift(day, -1) });
  const thisYear = THIS_YEAR.exec(local);
  at(thisYear, thisYear && /since/i.test(thisYear[0]) ? { start: year, end: null } : { start: year, end: year });
  if (month) at(END_OF_MONTH.exec(local), { start: null, end: month });
  // "by the end of last year" is the end of a span, not the year: the words of the year inside it give nothing more.
  const endOfYear = END_OF_YEAR.exec(local);
  const yearEnded = endOfYear ? yearOf(endOfYear.groups!, statedOn) : null;
  at(endOfYear, yearEnded ? { start: null, end: yearEnded } : null);
  const within = endOfYear ? [a + endOfYear.index, a + endOfYear.index + endOfYear[0].length] : null;
  const lastMonth = month ? LAST_MONTH.exec(local) : null;
  if (month) at(lastMonth, lastMonth && SINCE_RIGHT_BEFORE.test(local.slice(0, lastMonth.index)) ? { start: monthShift(month, -1), end: null } : { start: monthShift(month, -1), end: monthShift(month, -1) });
  if (month) at(THIS_MONTH.exec(local), { start: month, end: month });
  const halfMonth = month ? HALF_MONTH.exec(local) : null;
  if (halfMonth && month) {
    const m = halfMonth.groups!.rel.toLowerCase() === 'last' ? monthShift(month, -1) : month;
    at(halfMonth, halfMonth.groups!.which.toLowerCase() === 'first' ? { start: `${m}-01`, end: `${m}-15` } : { start: `${m}-16`, end: `${m}-${pad(lastDay(m))}` });
  }
  const last = String(Number(year) - 1);
  at(YEAR_EARLIER.exec(local), { start: last, end: last });
  // A season is as precise as its year; "since" a season starts at its first month.
  const season = month ? SEASON.exec(local) : null;
  if (season && month) {
    const first = SEASON_START[season.groups!.season.toLowerCase()];
    const rel = (season.groups!.sinceRel ?? season.groups!.rel ?? '').toLowerCase();
    const now = Number(month.slice(5, 7));
    // A season not begun yet this year, or "last", is last year's.
    const y = Number(year) - (rel === 'last' || first > now ? 1 : 0);
    if (season.groups!.since) at(season, { start: `${y}-${pad(first)}`, end: null });
    else if (first !== 12) at(season, { start: String(y), end: String(y) });
  }
  // "since last year", "from last month": the start of a span still running.
  const lastYear = LAST_YEAR.exec(local);
  at(lastYear, lastYear && SINCE_RIGHT_BEFORE.test(local.slice(0, lastYear.index)) ? { start: last, end: null } : { start: last, end: last });
  return within ? out.filter((r) => !(r.start > within[0] && r.end <= within[1])) : out;
}

/** A relative clause open before a date: "Ukraine, which launched its incursion on". */
const RELATIVE_OPEN = /,\s{1,2}(?:which|who|whose|where)\s{1,2}[^,;:()]{0,80}$/i;
/**
 * From a date to a figure in a second conjunct that speaks of another time: "launched the
 * incursion on 6 August and still controls", "took the town in 2022 and now holds".
 */
const LATER_CONJUNCT = /^[^,;:()]{0,60}\band\s{1,2}(?:still|now|today|has|have|is|are|remains?|later|since)\b[^;:]{0,80}$/i;

/**
 * A date before the figure in a clause that closes before it: a relative clause
 * ("Russia, which annexed Crimea in 2014, has deployed …") or a first conjunct ("launched
 * its incursion on 6 August and still controls …"). The date is that clause's event; the
 * figure's clause says no time of its own. (A span opened by the date — "the clashes,
 * which began on 3 October, have killed" — is the start of what the figure counts, and a
 * "when" clause hangs on it; both stay.)
 */
function closedBefore(text: string, x: Span, figStart: number): boolean {
  if (x.period && x.period.start && !x.period.end) return false;
  const after = text.slice(x.end, figStart);
  if (WHEN_AFTER.test(after)) return false;
  if (RELATIVE_OPEN.test(text.slice(Math.max(0, x.start - 90), x.start)) && /^[^,;:()]{0,60},/.test(after)) return true;
  return LATER_CONJUNCT.test(after);
}

/** Verbs that give a figure rather than report an event: "put the toll at 300 on Monday". */
const GIVING = /\b(?:put|puts|putting|estimated|gave|given|offered|repeated|spoke\s+of|cited)\b/i;

/**
 * A day on which a figure was given, not one it covers ("put Russian losses at 658,000 on
 * 4 October", "offered a lower count on 13 January, saying 300 …"): the statement's date.
 */
function givenOn(text: string, x: Span, figStart: number): boolean {
  // A year is a span the figure covers ("for the whole of 2024, it put the gains at …").
  if (!x.dated || !x.period || x.period.start !== x.period.end || (x.period.start?.length ?? 0) < 7) return false;
  const from = Math.max(0, Math.min(x.start, figStart) - 40);
  return GIVING.test(text.slice(from, Math.max(x.start, figStart)));
}

interface Span {
  start: number;
  end: number;
  /** Null for a span the text names without a date: it takes the figure, and gives it none. */
  period: ClaimPeriod | null;
  /** Read from a date the parser found (not from words like "January's gains"). */
  dated?: boolean;
  /** Dates only a figure inside its own words ("Monday's $1.25 billion tranche"). */
  inner?: boolean;
  /** A span of the same period moved to another year: the words of that year are its own. */
  whole?: boolean;
}

/** After "the same period": the year it is moved to ("of 2024") or back by one ("a year earlier", "last year"). */
const OTHER_YEAR_AFTER = /^,?\s{1,2}(?:(?:of|in)\s{1,2}(?<year>(?:19|20)\d{2})\b|(?:a\s{1,2}year|twelve\s{1,2}months|12\s{1,2}months)\s{1,2}(?:earlier|before|ago)\b|(?:of\s{1,2})?last\s{1,2}year\b|(?:of\s{1,2})?the\s{1,2}(?:previous|preceding)\s{1,2}year\b)/i;

/** How many years a period's start must move to fall in a given year. */
function yearsTo(p: ClaimPeriod, year: number): number {
  const from = p.start ?? p.end;
  return from ? year - Number(from.slice(0, 4)) : 0;
}

/** A period moved by whole years, each end at its own precision. */
function shiftYears(p: ClaimPeriod, years: number): ClaimPeriod {
  const move = (d: string | null): string | null => (d ? `${Number(d.slice(0, 4)) + years}${d.slice(4)}` : d);
  return { start: move(p.start), end: move(p.end) };
}

/** ", when …" right after a date. */
const WHEN_AFTER = /^\s{0,2},?\s{0,2}when\b/i;
/** A when-clause closed by a comma and a new subject ("…, when the truce collapsed, the ministry …"), not a participle of its own (", killing …"). */
const WHEN_CLOSED = /\bwhen\b[^,]*,\s{1,2}(?:the|a|an|its|their|his|her|\p{Lu})/u;

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
  // "on 14 and 15 September": the first day shares the month of the second.
  const andDay = /^\d{4}-\d{2}-\d{2}$/.test(value) ? /(?<!\bbetween\s{1,2})\b(\d{1,2})\s{1,2}(?:and|&)\s{1,2}$/i.exec(before) : null;
  if (andDay && Number(andDay[1]) >= 1 && Number(andDay[1]) < Number(value.slice(8))) {
    return { start: at - before.length + andDay.index, end: d.end, period: { start: `${value.slice(0, 8)}${pad(Number(andDay[1]))}`, end: value }, dated: true };
  }
  // "as of the end of November": as precise as the text, a month.
  // The parser may keep the "end of" in the date's own text ("end of November").
  // "in the first half of February": days 1 to 15, or 16 to the month's last.
  const half = /^\d{4}-\d{2}$/.test(value) ? /\bthe\s{1,2}(first|second)\s{1,2}half\s{1,2}of\s{1,2}$/i.exec(before) : null;
  if (half) {
    const first = half[1].toLowerCase() === 'first';
    return { start: at - before.length + half.index, end: d.end, period: { start: `${value}-${first ? '01' : '16'}`, end: `${value}-${first ? '15' : pad(lastDay(value))}` }, dated: true };
  }
  // ("the end of April 2024": a month and its year, no day.)
  const endOf = !/\d/.test(lead.replace(/\s(?:19|20)\d{2}\W*$/, '')) && (/\bend\s+of\s+(?:the\s+)?$/i.test(before) || /^(?:the\s+)?end\s+of\b/.test(lead));
  const v = endOf ? value.slice(0, 7) : value;
  let period: ClaimPeriod;
  if (START_BEFORE.test(before) || BEGAN_BEFORE.test(before) || /^(?:since|from)\b/.test(lead) || SINCE_CLAUSE.test(text.slice(Math.max(clauseStart, at - 130), at))) period = { start: v, end: null };
  // "at the end of January": a count as it stood then.
  else if (endOf || END_BEFORE.test(before) || /^(?:by|until|as of)\b/.test(lead)) period = { start: null, end: v };
  else period = { start: v, end: v };
  return { start: d.start, end: d.end, period, dated: true };
}

/**
 * A date written without its year was resolved against the publication date; a span
 * opened by it ("On 2 April 2022 the governor said … since November") looks back from its own
 * statement, so a month or day that would fall after the statement takes the last year
 * that puts it no later than the statement.
 */
function beforeStatement(value: string | null, written: string, statedOn: string | null): string | null {
  if (!value || !statedOn || YEAR_WORD.test(written) || !/^\d{4}-\d{2}/.test(value)) return value;
  const n = Math.min(value.length, statedOn.length);
  if (n < 7 || value.slice(0, n) <= statedOn.slice(0, n)) return value;
  const year = Number(statedOn.slice(0, 4));
  const same = `${year}${value.slice(4)}`;
  return same.slice(0, n) <= statedOn.slice(0, n) ? same : `${year - 1}${value.slice(4)}`;
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

/**
 * "over the past month" said on 12 March: 13 February to 12 March, as "over the past week"
 * runs from the day after the same weekday. Null when the day has no match that many months
 * back (said on 31 March, a month back has no 31st): no clean span.
 */
function monthsBack(day: string, n: number): ClaimPeriod | null {
  if (!(n >= 1 && n <= 24)) return null;
  const from = `${monthShift(day.slice(0, 7), -n)}-${day.slice(8)}`;
  if (Number(day.slice(8)) > lastDay(from.slice(0, 7))) return null;
  return { start: shift(from, 1), end: day };
}

/** The number of days in the month `ym` (YYYY-MM). */
function lastDay(ym: string): number {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whole months from `a` to `b` (YYYY-MM). */
function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

function monthShift(ym: string, by: number): string {
  const [y, m] = ym.split('-').map(Number);
  const t = y * 12 + (m - 1) + by;
  return `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
}
