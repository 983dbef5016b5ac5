/**
 * One indicator over time: each source's estimates as points, ranges as low–high bars,
 * open bounds as arrows (up for "at least", down for "up to"), the period a figure covers
 * as a horizontal span, one colour per source. Disagreements get a red ring, revisions a
 * dashed link from the figure they revise. Drawn by Observable Plot; the hover card and
 * the legend (which toggles sources) are ordinary Preact.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SeriesDetail } from '../api';
import { fmtDate, fmtValue, toDate } from '../format';
import { go } from '../router';

export interface TimelinePoint {
  key: string;
  date: Date;
  dateText: string | null;
  /** The span drawn for the figure: its period, an open start ending at the point; null for none. */
  span: { start: Date; end: Date } | null;
  periodText: string | null;
  statedOn: string | null;
  low: number | null;
  high: number | null;
  /** Where the point is drawn: the figure, or the middle of a range. */
  y: number;
  shape: 'point' | 'range' | 'atLeast' | 'atMost';
  approximate: boolean;
  source: string;
  claimIds: number[];
  reports: number;
  disagrees: boolean;
  revises: { date: Date; y: number } | null;
}

/**
 * Colours for sources, in the order sources first appear on the timeline. Sources are
 * many and unordered, so a source keeps its colour within a chart, not across charts.
 */
const SOURCE_COLOURS = ['#2c6fbb', '#e4572e', '#1b998b', '#7b2cbf', '#e8b100', '#c2185b', '#5c8001', '#00838f', '#8d6e63', '#3949ab', '#b56576', '#4a4e69'];

/** One colour per source name, stable when sources are hidden (it is worked out from all of them). */
export function sourceColours(s: SeriesDetail): Map<string, string> {
  const names = [...s.lines.map((l) => l.source), ...s.undated.map((u) => u.source)];
  const out = new Map<string, string>();
  for (const n of names) if (!out.has(n)) out.set(n, SOURCE_COLOURS[out.size % SOURCE_COLOURS.length]);
  return out;
}

/** The first instant after a partial date: "2024-11" → 1 December 2024, so a month is drawn whole. */
export function afterDate(d: string): Date | null {
  const start = toDate(d);
  if (!start) return null;
  const next = new Date(start);
  if (d.length === 4) next.setUTCFullYear(next.getUTCFullYear() + 1);
  else if (d.length === 7) next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** "2024-11", "2024-10-07 → 2024-12-01", "since 2023-10-07", "to 2025-02-19". */
export function fmtPeriod(p: { start: string | null; end: string | null } | null): string | null {
  if (!p || (!p.start && !p.end)) return null;
  if (p.start && p.end) return p.start === p.end ? p.start : `${p.start} → ${p.end}`;
  return p.start ? `since ${p.start}` : `to ${p.end}`;
}

/** The card's width in pixels; app.css's .card-anchor says the same. */
const CARD_WIDTH = 280;

/** Arrow length for open bounds, as a share of the value axis. */
const ARROW_SHARE = 0.08;

export function timelinePoints(s: SeriesDetail): TimelinePoint[] {
  const out: TimelinePoint[] = [];
  for (const line of s.lines) {
    line.points.forEach((p, i) => {
      // A figure for a period sits at the period's end, as the ledger places it; "2024-11"
      // read as a day would be 1 November, the wrong end of the month.
      const date = p.period?.end ? afterDate(p.period.end) : toDate(p.date);
      if (!date) return;
      const { low, high } = p.value;
      const shape = low !== null && high !== null ? (low === high ? 'point' : 'range') : low !== null ? 'atLeast' : 'atMost';
      const y = low !== null && high !== null ? (low + high) / 2 : (low ?? high ?? 0);
      const rd = p.revises ? (p.revises.period?.end ? afterDate(p.revises.period.end) : toDate(p.revises.date)) : null;
      const ry = p.revises ? (p.revises.low !== null && p.revises.high !== null ? (p.revises.low + p.revises.high) / 2 : (p.revises.low ?? p.revises.high)) : null;
      // A period with a start is drawn from its start to its end (an open end: to the point).
      const spanStart = p.period?.start ? toDate(p.period.start) : null;
      const spanEnd = p.period?.end ? afterDate(p.period.end) : date;
      out.push({
        key: `${line.sourceId ?? line.source}:${i}`,
        date,
        dateText: p.date,
        span: spanStart && spanEnd && spanEnd > spanStart ? { start: spanStart, end: spanEnd } : null,
        periodText: fmtPeriod(p.period),
        statedOn: p.statedOn,
        low,
        high,
        y,
        shape,
        approximate: p.value.approximate,
        source: line.source,
        claimIds: p.claimIds,
        reports: p.reports,
        disagrees: p.disagreesWith.length > 0,
        revises: rd && ry !== null ? { date: rd, y: ry } : null,
      });
    });
  }
  return out.sort((a, b) => a.date.getTime() - b.date.getTime());
}

export function HoverCard({ point, series }: { point: TimelinePoint; series: SeriesDetail }) {
  const claim = series.claimInfo.find((c) => point.claimIds.includes(c.id));
  return (
    <div class="card" role="status" data-testid="hover-card">
      <div class="card-value">{fmtValue({ low: point.low, high: point.high, approximate: point.approximate }, series.unit)}</div>
      {claim ? <blockquote class="card-quote">“{claim.sentence}”</blockquote> : null}
      <dl class="card-meta">
        <dt>Source</dt>
        <dd>{point.source}</dd>
        <dt>Outlet</dt>
        <dd>{claim?.outlet ?? '—'}</dd>
        {point.periodText ? (
          <>
            <dt>Period</dt>
            <dd>{point.periodText}</dd>
          </>
        ) : null}
        <dt>Stated</dt>
        <dd>{fmtDate(point.statedOn ?? point.dateText)}</dd>
        {point.reports > 1 ? (
          <>
            <dt>Reports</dt>
            <dd>{point.reports}</dd>
          </>
        ) : null}
      </dl>
      {point.disagrees ? <p class="flag flag-disagree">Disagrees with another source for this period</p> : null}
      {point.revises ? <p class="flag flag-revision">Revises this source’s earlier figure</p> : null}
      <p class="card-hint">Click to open the article</p>
    </div>
  );
}

export function openPoint(point: TimelinePoint, series: SeriesDetail): void {
  const claim = series.claimInfo.find((c) => point.claimIds.includes(c.id));
  if (claim) go(`articles/${claim.articleId}`, { claim: claim.id });
}

export function TimelineChart({
  series,
  width,
  colours,
  hidden,
}: {
  series: SeriesDetail;
  width: number;
  colours: Map<string, string>;
  /** Sources toggled off: their points leave the chart and the value axis. */
  hidden: ReadonlySet<string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const points = useMemo(() => timelinePoints(series).filter((p) => !hidden.has(p.source)), [series, hidden]);
  const [hover, setHover] = useState<{ p: TimelinePoint; x: number; y: number } | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ys = points.flatMap((p) => [p.low, p.high, p.y]).filter((v): v is number => v !== null);
    const span = ys.length ? Math.max(...ys) - Math.min(0, ...ys) || Math.max(...ys) || 1 : 1;
    const arrowLen = span * ARROW_SHARE;
    const ranges = points.filter((p) => p.shape === 'range');
    const up = points.filter((p) => p.shape === 'atLeast');
    const down = points.filter((p) => p.shape === 'atMost');
    const revisions = points.filter((p) => p.revises);
    const spans = points.filter((p) => p.span);
    const domain = [...colours.keys()];
    const height = width < 600 ? 300 : 380;
    const plot = Plot.plot({
      width,
      height,
      className: 'tl-plot',
      marginLeft: 64,
      marginRight: 16,
      x: { type: 'utc', label: null },
      y: { grid: true, label: series.unit === 'person' ? 'people' : series.unit, zero: true, tickFormat: 's' },
      color: { type: 'categorical', domain, range: domain.map((d) => colours.get(d)!) },
      marks: [
        Plot.ruleY([0]),
        Plot.line(points, { x: 'date', y: 'y', z: 'source', stroke: 'source', strokeOpacity: 0.3, strokeDasharray: '1,3' }),
        Plot.ruleY(spans, {
          y: 'y',
          x1: (p: TimelinePoint) => p.span!.start,
          x2: (p: TimelinePoint) => p.span!.end,
          stroke: 'source',
          strokeWidth: 3,
          strokeOpacity: 0.55,
          className: 'period-span',
        }),
        Plot.link(revisions, {
          x1: (p: TimelinePoint) => p.revises!.date,
          y1: (p: TimelinePoint) => p.revises!.y,
          x2: 'date',
          y2: 'y',
          stroke: '#555',
          strokeDasharray: '3,3',
          markerEnd: 'arrow',
        }),
        Plot.ruleX(ranges, { x: 'date', y1: 'low', y2: 'high', stroke: 'source', strokeWidth: 4, strokeLinecap: 'round' }),
        Plot.arrow(up, { x: 'date', y1: 'low', y2: (p: TimelinePoint) => (p.low ?? 0) + arrowLen, stroke: 'source', strokeWidth: 2, headLength: 7 }),
        Plot.arrow(down, { x: 'date', y1: 'high', y2: (p: TimelinePoint) => (p.high ?? 0) - arrowLen, stroke: 'source', strokeWidth: 2, headLength: 7 }),
        Plot.dot(points, { x: 'date', y: (p: TimelinePoint) => p.low ?? p.high, fill: 'source', r: 4.5, stroke: 'white', strokeWidth: 1 }),
        Plot.dot(points.filter((p) => p.disagrees), { x: 'date', y: 'y', r: 9, stroke: '#c62828', strokeWidth: 2, fill: 'none' }),
        Plot.dot(points, Plot.pointer({ x: 'date', y: (p: TimelinePoint) => p.low ?? p.high, r: 8, stroke: 'currentColor', strokeWidth: 2, fill: 'none', maxRadius: 30 })),
      ],
    });
    // Plot adds <style> elements of its own; our CSP refuses inline styles, and refusing
    // them logs an error per element. Their rules ship in app.css, so they go before the
    // figure joins the page.
    for (const style of plot.querySelectorAll('style')) style.remove();
    const svg = plot as unknown as (SVGSVGElement | HTMLElement) & { value: TimelinePoint | null; scale: (n: string) => { apply: (v: unknown) => number } };
    const onInput = (): void => {
      const p = svg.value;
      if (!p) return setHover(null);
      setHover({ p, x: svg.scale('x').apply(p.date), y: svg.scale('y').apply(p.low ?? p.high ?? p.y) });
    };
    const onClick = (): void => {
      if (svg.value) openPoint(svg.value, series);
    };
    svg.addEventListener('input', onInput);
    svg.addEventListener('click', onClick);
    el.replaceChildren(svg);
    return () => {
      svg.removeEventListener('input', onInput);
      svg.removeEventListener('click', onClick);
      svg.remove();
    };
  }, [points, width, series, colours]);

  const svgTop = ref.current?.querySelector('svg.tl-plot') as SVGSVGElement | null;
  const offsetTop = svgTop ? svgTop.getBoundingClientRect().top - (ref.current?.getBoundingClientRect().top ?? 0) : 0;
  const plotHeight = svgTop?.getBoundingClientRect().height ?? 0;
  const cardLeft = hover ? Math.min(Math.max(hover.x + 12, 0), Math.max(width - CARD_WIDTH, 0)) : 0;
  // Below a point in the upper half, above one in the lower half: the card stays over the chart.
  const below = hover ? hover.y < plotHeight / 2 : true;
  const cardPlace = hover
    ? below
      ? { left: `${cardLeft}px`, top: `${offsetTop + hover.y + 12}px` }
      : { left: `${cardLeft}px`, bottom: `${(ref.current?.offsetHeight ?? 0) - offsetTop - hover.y + 12}px` }
    : {};
  return (
    <div class="timeline">
      <div ref={ref} class="timeline-plot" data-testid="timeline-plot" />
      {hover ? (
        <div class="card-anchor" style={cardPlace}>
          <HoverCard point={hover.p} series={series} />
        </div>
      ) : null}
    </div>
  );
}
