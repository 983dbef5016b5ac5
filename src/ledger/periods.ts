/**
 * The time a figure covers, as the ledger compares it. A claim's `period` ("in November
 * 2022" → 2022-11..2022-11, "since 7 October 2023" → 2023-10-07..null) says what the
 * number is about; its statement date says when the source spoke. A point on a timeline
 * sits at its period, and at its statement date only when no span was stated.
 *
 * Watch out for:
 * - partial dates: "2022-11" covers every day of November, so comparisons run on day
 *   ranges (first day of the start, last day of the end), never on strings;
 * - open spans: "since February 2022" is a running total as of the day it was stated, and
 *   "as of 19 February" is a figure as of that day — both are compared by that day;
 * - a coarse statement date ("2024") is not "later" than a finer one inside it.
 */
import type { TimeSpan } from '../contract.js';

const PARTIAL_DATE = /^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$/;
const DAY_MS = 86_400_000;

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(d: string): Precision | null {
  const m = d.match(PARTIAL_DATE);
  if (!m?.groups) return null;
  return m.groups.d ? 'day' : m.groups.m ? 'month' : 'year';
}

/** Day numbers (days since 1970-01-01) of the first and last day a partial date covers. */
export function dayRange(d: string): [number, number] | null {
  const m = d.match(PARTIAL_DATE);
  if (!m?.groups) return null;
  const y = Number(m.groups.y);
  const mo = m.groups.m ? Number(m.groups.m) - 1 : null;
  const day = m.groups.d ? Number(m.groups.d) : null;
  if (mo == null) return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y + 1, 0, 1) / DAY_MS - 1];
  if (day == null) return [Date.UTC(y, mo, 1) / DAY_MS, Date.UTC(y, mo + 1, 1) / DAY_MS - 1];
  const n = Date.UTC(y, mo, day) / DAY_MS;
  return [n, n];
}

/** A span with at least one end; `{start: null, end: null}` says nothing and counts as none. */
export function spanOf(period: TimeSpan | null | undefined): TimeSpan | null {
  if (!period || (period.start == null && period.end == null)) return null;
  return { start: period.start, end: period.end };
}

/** A span with both ends: a figure for that stretch of time, not a total to date. */
export function isClosed(period: TimeSpan | null): period is { start: string; end: string } {
  return period != null && period.start != null && period.end != null;
}

/**
 * How long a closed span is, in its own units: "month" for November 2022, "days:7" for the
 * past week, "months:6" for the first half of 2025. Part of the indicator key, so a yearly
 * total never sits in one series with a monthly figure that lies inside it. Open spans and
 * figures without a span have none ("").
 */
export function granularity(period: TimeSpan | null): string {
  if (!isClosed(period)) return '';
  const ps = precisionOf(period.start);
  const pe = precisionOf(period.end);
  if (!ps || ps !== pe) return 'span';
  if (period.start === period.end) return ps;
  if (ps === 'year') return `years:${Number(period.end.slice(0, 4)) - Number(period.start.slice(0, 4)) + 1}`;
  if (ps === 'month') {
    const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
    return `months:${months(period.end) - months(period.start) + 1}`;
  }
  const a = dayRange(period.start);
  const b = dayRange(period.end);
  return a && b ? `days:${b[1] - a[0] + 1}` : 'span';
}

/**
 * Where a figure sits on a timeline: the end of its span ("in November 2022" → 2022-11;
 * "as of 19 February" → that day); a running total "since" a date, or a figure with no
 * span, at the day it was stated.
 */
export function anchorDate(period: TimeSpan | null, stated: string | null): string | null {
  return period?.end ?? stated;
}

/** Same period, for revisions: the exact span; running totals by where they start. */
export function revisionKey(period: TimeSpan | null, runningTotal: boolean, stated: string | null): string {
  if (isClosed(period)) return `${period.start}..${period.end}`;
  if (period?.end != null) return `..${period.end}`;
  if (runningTotal || period?.start != null) return `since:${period?.start ?? ''}`;
  return `at:${stated ?? ''}`;
}

/**
 * The days two figures must share to be compared across sources: a closed span's days;
 * for a total to date (open span or running total), the day it stands as of; for a figure
 * with no span, the day it was stated. Null when there is no date to compare.
 */
export function comparedDays(period: TimeSpan | null, stated: string | null): [number, number] | null {
  if (isClosed(period)) {
    const a = dayRange(period.start);
    const b = dayRange(period.end);
    return a && b ? [a[0], b[1]] : null;
  }
  const asOf = period?.end ?? stated;
  return asOf ? dayRange(asOf) : null;
}

export function daysOverlap(a: [number, number] | null, b: [number, number] | null): boolean {
  return a != null && b != null && a[0] <= b[1] && b[0] <= a[1];
}

/** `b` was stated strictly after `a`: every day `b` may mean comes after every day `a` may. */
export function statedAfter(b: string | null, a: string | null): boolean {
  if (a == null || b == null) return false;
  const ra = dayRange(a);
  const rb = dayRange(b);
  return ra != null && rb != null && rb[0] > ra[1];
}

/** "2022-11", "2023-10-07 – 2024-02", "since 2023-10-07", "to 2025-02-19". */
export function formatSpan(period: TimeSpan | null): string {
  if (!period) return '';
  if (period.start != null && period.end != null) return period.start === period.end ? period.start : `${period.start} – ${period.end}`;
  return period.start != null ? `since ${period.start}` : `to ${period.end}`;
}
