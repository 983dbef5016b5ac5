/** One indicator's timeline, with a keyboard-reachable list of the same points. */
import { useMemo, useState } from 'preact/hooks';
import { api } from '../api';
import { Status } from '../components/Status';
import { HoverCard, openPoint, TimelineChart, timelinePoints, type TimelinePoint } from '../components/TimelineChart';
import { fmtDate, fmtValue } from '../format';
import { useLoad, useTitle, useWidth } from '../hooks';
import { href } from '../router';

export function SeriesView({ id }: { id: number }) {
  const state = useLoad(() => api.seriesDetail(id), [id]);
  const [width, boxRef] = useWidth();
  const s = state.data;
  useTitle(s ? s.label : 'Indicator');
  const points = useMemo(() => (s ? timelinePoints(s) : []), [s]);
  const [focused, setFocused] = useState<TimelinePoint | null>(null);
  return (
    <section>
      <p class="crumbs">
        <a href={href('')}>Indicators</a> /
      </p>
      <h1>{s ? s.label : 'Indicator'}</h1>
      <Status state={state} />
      {s ? (
        <>
          <p class="stats">
            {s.claims} claims from {s.sources} sources · {fmtDate(s.firstDate)} → {fmtDate(s.lastDate)}
            {s.disagreements > 0 ? (
              <>
                {' '}
                · <span class="flag flag-disagree">{s.disagreements} disagreements</span>
              </>
            ) : null}{' '}
            · <a href={href('claims', { indicator: s.id })}>all claims</a>
          </p>
          <p class="legend-note small muted">
            Dots: estimates. Bars: ranges. Arrows: open bounds (↑ at least, ↓ up to). Red ring: disagrees with another source. Dashed arrow: a
            revision.
          </p>
          <div ref={boxRef} class="chart-box">
            {points.length ? <TimelineChart series={s} width={width} /> : <p>No dated estimates to plot.</p>}
          </div>
          <h2>Estimates</h2>
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
                  <span class="nowrap">{fmtDate(p.dateText)}</span> <strong>{fmtValue({ low: p.low, high: p.high, approximate: p.approximate }, s.unit)}</strong>{' '}
                  <span>{p.source}</span>
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
                    {fmtDate(d.date)}: {d.a.source} ({fmtValue({ low: d.a.low, high: d.a.high, approximate: false }, s.unit)}) vs {d.b.source} (
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
