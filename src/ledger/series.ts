/**
 * One indicator's estimates by source over time, with disagreements and revisions.
 * Pure: takes the indicator's claims, returns lines of points.
 *
 * - A point is one source's figure for one period (the claim's date); the same figure
 *   relayed by several articles is one point with N reports (wire copy counted once).
 * - A source giving a different figure for the same period later is a revision of its
 *   own figure, never a disagreement with itself.
 * - Two sources disagree when their latest ranges for the same period do not overlap.
 *   Approximate figures ("about 1,200") are widened by APPROX_TOLERANCE first; an open
 *   bound ("at least 500") runs to infinity.
 * - Claims without a source are shown as `unattributed (<outlet>)` and never counted in
 *   disagreements: an outlet's own paraphrase is not a competing estimate.
 */
import type { Disagreement, SeriesPoint, SeriesSourceLine } from './types.js';

/** "About 1,200" is compatible with anything within 10% of 1,200. */
export const APPROX_TOLERANCE = 0.1;

export interface SeriesClaim {
  claimId: number;
  sourceId: number | null;
  sourceName: string | null;
  outlet: string | null;
  date: string | null;
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

export function overlaps(a: SeriesClaim, b: SeriesClaim): boolean {
  const [alo, ahi] = range(a);
  const [blo, bhi] = range(b);
  return alo <= bhi && blo <= ahi;
}

function lineKey(c: SeriesClaim): string {
  return c.sourceId != null ? `s${c.sourceId}` : `u${c.outlet ?? ''}`;
}

export interface SeriesComputation {
  lines: SeriesSourceLine[];
  disagreements: Disagreement[];
}

export function computeSeries(claims: SeriesClaim[]): SeriesComputation {
  const sorted = [...claims].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.claimId - b.claimId);
  const lines = new Map<string, { line: SeriesSourceLine; byPoint: Map<string, { point: SeriesPoint; hashes: Set<string> }> }>();
  // latest claim per (period, source) for disagreement checks
  const latest = new Map<string, Map<number, SeriesClaim>>();

  for (const c of sorted) {
    const key = lineKey(c);
    let entry = lines.get(key);
    if (!entry) {
      entry = {
        line: { sourceId: c.sourceId, source: c.sourceName ?? `unattributed (${c.outlet ?? 'unknown outlet'})`, points: [] },
        byPoint: new Map(),
      };
      lines.set(key, entry);
    }
    const pk = `${c.date ?? ''}|${c.low}|${c.high}`;
    const existing = entry.byPoint.get(pk);
    if (existing) {
      existing.point.claimIds.push(c.claimId);
      existing.hashes.add(c.contentHash);
      existing.point.reports = existing.hashes.size;
      existing.point.value.approximate &&= c.approximate;
      continue;
    }
    // Same source, same period, different figure: a revision of its own earlier figure.
    const prior = [...entry.line.points].reverse().find((p) => p.date === c.date);
    const point: SeriesPoint = {
      date: c.date,
      value: { low: c.low, high: c.high, approximate: c.approximate },
      claimIds: [c.claimId],
      assertionId: c.assertionId,
      reports: 1,
      revises: prior ? { date: prior.date, low: prior.value.low, high: prior.value.high } : null,
      disagreesWith: [],
    };
    entry.line.points.push(point);
    entry.byPoint.set(pk, { point, hashes: new Set([c.contentHash]) });
    if (c.sourceId != null && c.date != null) {
      let m = latest.get(c.date);
      if (!m) latest.set(c.date, (m = new Map()));
      m.set(c.sourceId, c);
    }
  }

  const disagreements: Disagreement[] = [];
  for (const [date, bySource] of latest) {
    const entries = [...bySource.values()];
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const a = entries[i];
        const b = entries[j];
        if (overlaps(a, b)) continue;
        const side = (c: SeriesClaim) => ({
          sourceId: c.sourceId,
          source: c.sourceName ?? '',
          low: c.low,
          high: c.high,
          claimIds: pointFor(lines, c)?.claimIds ?? [c.claimId],
        });
        disagreements.push({ date, a: side(a), b: side(b) });
        pointFor(lines, a)?.disagreesWith.push(b.sourceId as number);
        pointFor(lines, b)?.disagreesWith.push(a.sourceId as number);
      }
    }
  }
  disagreements.sort((x, y) => x.date.localeCompare(y.date));
  return { lines: [...lines.values()].map((e) => e.line), disagreements };
}

function pointFor(lines: Map<string, { byPoint: Map<string, { point: SeriesPoint }> }>, c: SeriesClaim): SeriesPoint | undefined {
  return lines.get(lineKey(c))?.byPoint.get(`${c.date ?? ''}|${c.low}|${c.high}`)?.point;
}

export function indicatorLabel(k: { measure: string; party: string | null; location: string | null; aggregation: string; unit: string; per: string | null }): string {
  const head = [k.party, k.measure].filter(Boolean).join(' ');
  const place = k.location ? ` · ${k.location}` : '';
  const unit = k.unit === 'person' ? '' : `, ${k.unit}`;
  const per = k.per ? `/${k.per}` : '';
  return `${head}${place} (${k.aggregation}${unit}${per})`;
}
