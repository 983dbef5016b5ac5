/**
 * One indicator over time: each source's estimates as points, ranges as low–high bars,
 * open bounds as arrows (up for "at least", down for "up to"), coloured by the source's
 * affiliation. Disagreements get a red ring, revisions a dashed link from the figure
 * they revise. Drawn by Observable Plot; the hover card is ordinary Preact text.
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
  low: number | null;
  high: number | null;
  /** Where the point is drawn: the figure, or the middle of a range. */
  y: number;
  shape: 'point' | 'range' | 'atLeast' | 'atMost';
  approximate: boolean;
  source: string;
  affiliation: string;
  claimIds: number[];
  reports: number;
  disagrees: boolean;
  revises: { date: Date; y: number } | null;
}

/** Colour key for sources the text ties to no country or body. */
const NO_AFFILIATION = 'unaffiliated';
/**
 * One colour per affiliation, fixed so a country keeps its colour on every chart; others
 * take the next free colour of the fallback list in name order.
 */
const AFFILIATION_COLOURS: Record<string, string> = {
  US: '#e4572e',
  UA: '#e8b100',
  RU: '#7b2cbf',
  KR: '#2c6fbb',
  KP: '#1b998b',
  GB: '#c2185b',
  EU: '#3949ab',
  NATO: '#00838f',
  UN: '#5c8001',
  [NO_AFFILIATION]: '#8d99ae',
};
const FALLBACK_COLOURS = ['#6d597a', '#b56576', '#355070', '#e56b6f', '#2a9d8f', '#8d6e63', '#9c6644', '#4a4e69'];

export function affiliationColours(affiliations: string[]): string[] {
  let next = 0;
  return affiliations.map((a) => AFFILIATION_COLOURS[a] ?? FALLBACK_COLOURS[next++ % FALLBACK_COLOURS.length]);
}

/** The hover card's width in pixels; app.css's .card-anchor says the same. */
const CARD_WIDTH = 280;

/** Arrow length for open bounds, as a share of the value axis. */
const ARROW_SHARE = 0.08;

export function timelinePoints(s: SeriesDetail): TimelinePoint[] {
  const aff = new Map(s.sourceInfo.map((x) => [x.sourceId, x.affiliation]));
  const out: TimelinePoint[] = [];
  for (const line of s.lines) {
    line.points.forEach((p, i) => {
      const date = toDate(p.date);
      if (!date) return;
      const { low, high } = p.value;
      const shape = low !== null && high !== null ? (low === high ? 'point' : 'range') : low !== null ? 'atLeast' : 'atMost';
      const y = low !== null && high !== null ? (low + high) / 2 : (low ?? high ?? 0);
      const rd = p.revises ? toDate(p.revises.date) : null;
      const ry = p.revises ? (p.revises.low !== null && p.revises.high !== null ? (p.revises.low + p.revises.high) / 2 : (p.revises.low ?? p.revises.high)) : null;
      out.push({
        key: `${line.sourceId ?? line.source}:${i}`,
        date,
        dateText: p.date,
        low,
        high,
        y,
        shape,
        approximate: p.value.approximate,
        source: line.source,
        affiliation: (line.sourceId !== null ? aff.get(line.sourceId) : null) ?? NO_AFFILIATION,
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
        <dt>Date</dt>
        <dd>{fmtDate(point.dateText)}</dd>
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

export function TimelineChart({ series, width }: { series: SeriesDetail; width: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const points = useMemo(() => timelinePoints(series), [series]);
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
    const affiliations = [...new Set(points.map((p) => p.affiliation))].sort();
    const height = width < 600 ? 300 : 380;
    const plot = Plot.plot({
      width,
      height,
      className: 'tl-plot',
      marginLeft: 64,
      marginRight: 16,
      x: { type: 'utc', label: null },
      y: { grid: true, label: series.unit === 'person' ? 'people' : series.unit, zero: true, tickFormat: 's' },
      color: { type: 'categorical', domain: affiliations, range: affiliationColours(affiliations), legend: true, label: 'Source affiliation' },
      marks: [
        Plot.ruleY([0]),
        Plot.line(points, { x: 'date', y: 'y', z: 'source', stroke: 'affiliation', strokeOpacity: 0.3, strokeDasharray: '1,3' }),
        Plot.link(revisions, {
          x1: (p: TimelinePoint) => p.revises!.date,
          y1: (p: TimelinePoint) => p.revises!.y,
          x2: 'date',
          y2: 'y',
          stroke: '#555',
          strokeDasharray: '3,3',
          markerEnd: 'arrow',
        }),
        Plot.ruleX(ranges, { x: 'date', y1: 'low', y2: 'high', stroke: 'affiliation', strokeWidth: 4, strokeLinecap: 'round' }),
        Plot.arrow(up, { x: 'date', y1: 'low', y2: (p: TimelinePoint) => (p.low ?? 0) + arrowLen, stroke: 'affiliation', strokeWidth: 2, headLength: 7 }),
        Plot.arrow(down, { x: 'date', y1: 'high', y2: (p: TimelinePoint) => (p.high ?? 0) - arrowLen, stroke: 'affiliation', strokeWidth: 2, headLength: 7 }),
        Plot.dot(points, { x: 'date', y: (p: TimelinePoint) => p.low ?? p.high, fill: 'affiliation', r: 4.5, stroke: 'white', strokeWidth: 1 }),
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
  }, [points, width, series]);

  // The figure holds a legend above the SVG: position the card relative to the SVG.
  const svgTop = ref.current?.querySelector('svg.tl-plot:not([class*=swatch])') as SVGSVGElement | null;
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
