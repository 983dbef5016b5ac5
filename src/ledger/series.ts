/**
 * One indicator's estimates by source over time, with revisions and disagreements.
 * Pure: takes the indicator's claims, returns lines of points.
 *
 * - A point is one source's figure for one period; the same figure relayed by several
 *   articles is one point with N reports (wire copy counted once). It sits at its period
 *   ("559 a day in November 2022" → 2022-11, whenever it was said), and at the day it was
 *   stated only when the text gave no span.
 * - A revision: the same source, the same period (or its running total again), stated
 *   later, with a different figure. Figures for different periods are a source's series,
 *   not its corrections; two figures stated the same day are parts of one statement.
 * - A disagreement: two sources whose latest figures for overlapping periods have ranges
 *   that do not overlap. Approximate figures ("about 1,200") are widened by
 *   APPROX_TOLERANCE first; an open bound ("at least 500") runs to infinity.
 * - Claims without a source are shown as `unattributed (<outlet>)` and never counted in
 *   disagreements: an outlet's own paraphrase is not a competing estimate.
 * - Claims with no date at all (no period, no statement or publication date) sit on no
 *   line: they are listed apart, and still counted in the series' claims.
 */
import type { TimeSpan } from '../contract.js';
import { comparedDays, daysOverlap, revisionKey, statedAfter } from './periods.js';
import type { Disagreement, DisagreementSide, SeriesPoint, SeriesSourceLine } from './types.js';

/** "About 1,200" is compatible with anything within 10% of 1,200. */
export const APPROX_TOLERANCE = 0.1;

export interface SeriesClaim {
  claimId: number;
  sourceId: number | null;
  sourceName: string | null;
  outlet: string | null;
  /** Where the figure sits: its period's end, else `stated` (see periods.anchorDate). */
  date: string | null;
  /** The span the figure covers, or null. */
  period: TimeSpan | null;
  /** When it was said: the claim's statedOn, else the article's publication date. */
  stated: string | null;
  /** The series holds running totals: every figure of one source is the same total, restated. */
  runningTotal: boolean;
  low: number | null;
  high: number | null;
  approximate: boolean;
  contentHash: string;
  assertionId: number | null;
}

/** A figure as an interval: null ends are open ("at least 500" runs to infinity). */
function range(c: { low: number | null; high: number | null; approximate: boolean }): [number, number] {
  let lo = c.low ?? -Infinity;
  let hi = c.high ?? Infinity;
  if (c.approximate) {
    lo -= Math.abs(lo) * APPROX_TOLERANCE;
    hi += Math.abs(hi) * APPROX_TOLERANCE;
  }
  return [lo, hi];
}

export function overlaps(a: Pick<SeriesClaim, 'low' | 'high' | 'approximate'>, b: Pick<SeriesClaim, 'low' | 'high' | 'approximate'>): boolean {
  const [alo, ahi] = range(a);
  const [blo, bhi] = range(b);
  return alo <= bhi && blo <= ahi;
}

function lineKey(c: SeriesClaim): string {
  return c.sourceId != null ? `s${c.sourceId}` : `u${c.outlet ?? ''}`;
}

function periodKey(c: SeriesClaim): string {
  return revisionKey(c.period, c.runningTotal, c.stated);
}

function pointKey(c: SeriesClaim): string {
  return `${periodKey(c)}|${c.date ?? ''}|${c.low}|${c.high}`;
}

export interface SeriesComputation {
  lines: SeriesSourceLine[];
  undated: SeriesClaim[];
  disagreements: Disagreement[];
  /** Points that revise an earlier one, with their line's source. */
  revisions: { sourceId: number | null; source: string; point: SeriesPoint }[];
}

interface Entry {
  line: SeriesSourceLine;
  byPoint: Map<string, { point: SeriesPoint; hashes: Set<string>; first: SeriesClaim }>;
}

/** Statement order: a figure said earlier comes first; undated statements last, in storage order. */
function byStatement(a: SeriesClaim, b: SeriesClaim): number {
  return (a.stated ?? '\uffff').localeCompare(b.stated ?? '\uffff') || a.claimId - b.claimId;
}

export function computeSeries(claims: SeriesClaim[]): SeriesComputation {
  const undated = claims.filter((c) => c.date == null).sort((a, b) => a.claimId - b.claimId);
  const sorted = claims.filter((c) => c.date != null).sort(byStatement);
  const lines = new Map<string, Entry>();
  // The latest-stated figure of each source for each period, for disagreement checks.
  const latest = new Map<string, SeriesClaim>();
  const revisions: SeriesComputation['revisions'] = [];

  for (const c of sorted) {
    const key = lineKey(c);
    let entry = lines.get(key);
    if (!entry) {
      entry = { line: { sourceId: c.sourceId, source: c.sourceName ?? `unattributed (${c.outlet ?? 'unknown outlet'})`, points: [] }, byPoint: new Map() };
      lines.set(key, entry);
    }
    // Running totals restate one total: each day it stood as of is compared on its own.
    if (c.sourceId != null) latest.set(`${c.sourceId}|${periodKey(c)}|${comparedDays(c.period, c.stated)?.join('-') ?? ''}`, c);
    const pk = pointKey(c);
    const existing = entry.byPoint.get(pk);
    if (existing) {
      existing.point.claimIds.push(c.claimId);
      existing.hashes.add(c.contentHash);
      existing.point.reports = existing.hashes.size;
      existing.point.value.approximate &&= c.approximate;
      continue;
    }
    const earlier = [...entry.byPoint.values()].reverse().find((p) => periodKey(p.first) === periodKey(c) && statedAfter(c.stated, p.first.stated));
    const prior = earlier && (earlier.first.low !== c.low || earlier.first.high !== c.high) ? earlier : undefined;
    const point: SeriesPoint = {
      date: c.date,
      period: c.period,
      statedOn: c.stated,
      value: { low: c.low, high: c.high, approximate: c.approximate },
      claimIds: [c.claimId],
      assertionId: c.assertionId,
      reports: 1,
      revises: prior
        ? { date: prior.point.date, period: prior.point.period, statedOn: prior.point.statedOn, low: prior.point.value.low, high: prior.point.value.high, claimIds: prior.point.claimIds }
        : null,
      disagreesWith: [],
    };
    entry.line.points.push(point);
    entry.byPoint.set(pk, { point, hashes: new Set([c.contentHash]), first: c });
    if (point.revises) revisions.push({ sourceId: c.sourceId, source: entry.line.source, point });
  }

  const disagreements: Disagreement[] = [];
  const candidates = [...latest.values()].map((c) => ({ c, days: comparedDays(c.period, c.stated) }));
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i];
      const b = candidates[j];
      if (a.c.sourceId === b.c.sourceId || !daysOverlap(a.days, b.days) || overlaps(a.c, b.c)) continue;
      const pa = pointFor(lines, a.c);
      const pb = pointFor(lines, b.c);
      disagreements.push({ date: a.c.date as string, a: side(a.c, pa), b: side(b.c, pb) });
      if (pa && !pa.disagreesWith.includes(b.c.sourceId as number)) pa.disagreesWith.push(b.c.sourceId as number);
      if (pb && !pb.disagreesWith.includes(a.c.sourceId as number)) pb.disagreesWith.push(a.c.sourceId as number);
    }
  }
  disagreements.sort((x, y) => x.date.localeCompare(y.date) || (x.a.sourceId ?? 0) - (y.a.sourceId ?? 0));
  for (const e of lines.values()) e.line.points.sort((x, y) => (x.date as string).localeCompare(y.date as string) || x.claimIds[0] - y.claimIds[0]);
  return { lines: [...lines.values()].map((e) => e.line), undated, disagreements, revisions };
}

function side(c: SeriesClaim, p: SeriesPoint | undefined): DisagreementSide {
  return { sourceId: c.sourceId, source: c.sourceName ?? '', low: c.low, high: c.high, claimIds: p?.claimIds ?? [c.claimId], date: c.date, period: c.period, statedOn: c.stated };
}

function pointFor(lines: Map<string, Entry>, c: SeriesClaim): SeriesPoint | undefined {
  return lines.get(lineKey(c))?.byPoint.get(pointKey(c))?.point;
}

export interface IndicatorKeyParts {
  measure: string;
  party: string | null;
  location: string | null;
  item?: string | null;
  subset?: string;
  aggregation: string;
  unit: string;
  per: string | null;
  granularity?: string | null;
}

/** "RU killed · Kursk Oblast (point)", "RU equipment_lost tank (increment, item) by month", "UA captured — held (point)". */
export function indicatorLabel(k: IndicatorKeyParts): string {
  const head = [k.party, k.measure, k.item].filter(Boolean).join(' ') + (k.subset ? ` — ${k.subset}` : '');
  const place = k.location ? ` · ${k.location}` : '';
  const unit = k.unit === 'person' ? '' : `, ${k.unit}`;
  const per = k.per ? `/${k.per}` : '';
  const span = k.granularity ? ` by ${k.granularity.replace(/^(\w+)s:(\d+)$/, '$2 $1s')}` : '';
  return `${head}${place} (${k.aggregation}${unit}${per})${span}`;
}
