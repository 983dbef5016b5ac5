/**
 * One indicator's timeline: a chart with a source legend that toggles sources, the
 * figures no date places (listed under the chart, counted in the header), a keyboard-
 * reachable list of the plotted points, and CSV and PNG export.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type SeriesDetail } from '../api';
import { Status } from '../components/Status';
import { fmtPeriod, HoverCard, openPoint, sourceColours, TimelineChart, timelinePoints, type TimelinePoint } from '../components/TimelineChart';
import { fmtDate, fmtValue } from '../format';
import { useLoad, useTitle, useWidth } from '../hooks';
import { chartPng, download } from '../png';
import { href } from '../router';

/** "N claims (D dated, U undated)": the undated count is what the list under the chart shows. */
export function claimCounts(s: SeriesDetail): { dated: number; undated: number } {
  const undated = s.undated.reduce((n, u) => n + u.claimIds.length, 0);
  return { dated: s.claims - undated, undated };
}

function fileName(s: SeriesDetail, ext: string): string {
  const slug = s.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `tally-series-${s.id}-${slug}.${ext}`;
}

export function SeriesView({ id }: { id: number }) {
  const state = useLoad(() => api.seriesDetail(id), [id]);
  const [width, boxRef] = useWidth();
  const s = state.data;
  useTitle(s ? s.label : 'Indicator');
  const colours = useMemo(() => (s ? sourceColours(s) : new Map<string, string>()), [s]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  // Another series has other sources: start again with all of them shown.
  useEffect(() => setHidden(new Set()), [id]);
  const allPoints = useMemo(() => (s ? timelinePoints(s) : []), [s]);
  const points = useMemo(() => allPoints.filter((p) => !hidden.has(p.source)), [allPoints, hidden]);
  const [focused, setFocused] = useState<TimelinePoint | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const plotted = useMemo(() => new Set(allPoints.map((p) => p.source)), [allPoints]);

  const toggle = (name: string) =>
    setHidden((h) => {
      const next = new Set(h);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  const exportPng = async () => {
    if (!s) return;
    setExportError(null);
    const svg = chartRef.current?.querySelector('svg.tl-plot') as SVGSVGElement | null;
    if (!svg) return setExportError('Nothing is plotted to save.');
    try {
      const legend = [...colours].filter(([n]) => plotted.has(n) && !hidden.has(n)).map(([name, colour]) => ({ name, colour }));
      download(await chartPng(svg, s.label, legend), fileName(s, 'png'));
    } catch (err) {
      setExportError(err instanceof Error ? err.message : String(err));
    }
  };

  const counts = s ? claimCounts(s) : null;
  return (
    <section>
      <p class="crumbs">
        <a href={href('')}>Indicators</a> /
      </p>
      <h1>{s ? s.label : 'Indicator'}</h1>
      <Status state={state} />
      {s && counts ? (
        <>
          <p class="stats" data-testid="series-stats">
            {s.claims} claims
            {counts.undated ? ` (${counts.dated} dated, ${counts.undated} undated)` : ''} from {s.sources} sources · {fmtDate(s.firstDate)} →{' '}
            {fmtDate(s.lastDate)}
            {s.disagreements > 0 ? (
              <>
                {' '}
                · <span class="flag flag-disagree">
                  {s.disagreements} disagreement{s.disagreements === 1 ? '' : 's'}
                </span>
              </>
            ) : null}{' '}
            · <a href={href('claims', { indicator: s.id })}>all claims</a>
          </p>
          <div class="series-tools">
            <fieldset class="source-toggles" aria-label="Sources shown">
              <legend class="small muted">Sources</legend>
              {[...colours].map(([name, colour]) => (
                <label key={name} class="source-toggle">
                  <input type="checkbox" checked={!hidden.has(name)} onChange={() => toggle(name)} />
                  <span class="swatch" style={{ background: colour }} aria-hidden="true" />
                  {name}
                </label>
              ))}
            </fieldset>
            <div class="export" aria-label="Export this series">
              {/* The server names the file (content-disposition), as the CLI would. */}
              <a class="button" href={`/series/${s.id}/csv`} download>
                Download CSV
              </a>
              <button type="button" onClick={() => void exportPng()} disabled={!points.length}>
                Save chart as PNG
              </button>
            </div>
          </div>
          {exportError ? (
            <p class="error" role="alert">
              {exportError}
            </p>
          ) : null}
          <p class="legend-note small muted">
            Dots: estimates. Bars: ranges. Arrows: open bounds (↑ at least, ↓ up to). Horizontal lines: the period a figure covers. Red ring: disagrees with
            another source. Dashed arrow: a revision.
          </p>
          <div ref={boxRef} class="chart-box">
            <div ref={chartRef}>
              {points.length ? (
                <TimelineChart series={s} width={width} colours={colours} hidden={hidden} />
              ) : (
                <p>{allPoints.length ? 'Every source is switched off.' : 'No dated estimates to plot.'}</p>
              )}
            </div>
            {s.undated.length ? (
              <div class="undated" data-testid="undated">
                <h2 class="small-heading">
                  Undated: {counts.undated} claim{counts.undated === 1 ? '' : 's'}
                </h2>
                <p class="small muted">No period, statement or publication date places these figures on the timeline.</p>
                <ul>
                  {s.undated.map((u, i) => {
                    const claim = s.claimInfo.find((c) => u.claimIds.includes(c.id));
                    return (
                      <li key={i}>
                        <span class="swatch" style={{ background: colours.get(u.source) ?? '#8d99ae' }} aria-hidden="true" />
                        <strong>{fmtValue(u.value, s.unit)}</strong> <span>{u.source}</span>
                        {u.claimIds.length > 1 ? <span class="muted small"> · {u.claimIds.length} reports</span> : null}
                        {claim ? (
                          <>
                            {' '}
                            ·{' '}
                            <a href={href(`articles/${claim.articleId}`, { claim: claim.id })}>
                              {claim.title}
                            </a>
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
          </div>
          <h2>Estimates</h2>
          {hidden.size ? <p class="small muted">Showing the sources switched on above.</p> : null}
          <ul class="points" aria-label="Estimates in date order">
            {points.map((p) => (
              <li key={p.key}>
                <button
                  type="button"
                  class={`point-btn${p.disagrees ? ' disagree' : ''}`}
                  onFocus={() => setFocused(p)}
                  onMouseEnter={() => setFocused(p)}
                  onClick={() => openPoint(p, s)}
                >
                  <span class="nowrap">{p.periodText ?? fmtDate(p.dateText)}</span> <strong>{fmtValue({ low: p.low, high: p.high, approximate: p.approximate }, s.unit)}</strong>{' '}
                  <span>{p.source}</span>
                  {p.periodText && p.statedOn ? <span class="muted small"> · stated {fmtDate(p.statedOn)}</span> : null}
                  {p.revises ? <span class="flag flag-revision">revision</span> : null}
                  {p.disagrees ? <span class="flag flag-disagree">disagreement</span> : null}
                </button>
                {focused === p ? <HoverCard point={p} series={s} /> : null}
              </li>
            ))}
          </ul>
          {s.disagreementList.length ? (
            <>
              <h2>Disagreements</h2>
              <ul>
                {s.disagreementList.map((d, i) => (
                  <li key={i}>
                    {fmtPeriod(d.a.period) ?? fmtDate(d.date)}: {d.a.source} ({fmtValue({ low: d.a.low, high: d.a.high, approximate: false }, s.unit)}) vs {d.b.source} (
                    {fmtValue({ low: d.b.low, high: d.b.high, approximate: false }, s.unit)})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
