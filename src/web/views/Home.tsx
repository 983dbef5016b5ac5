/** The start page: ledger counts and every indicator, with links to their timelines. */
import { api } from '../api';
import { Status } from '../components/Status';
import { fmtDate, fmtMeasure, fmtValue } from '../format';
import { useLoad, useTitle } from '../hooks';
import { href } from '../router';

export function Home() {
  const stats = useLoad(() => api.stats(), []);
  const series = useLoad(() => api.series(), []);
  useTitle('Indicators');
  return (
    <section>
      <h1>Indicators</h1>
      {stats.data ? (
        <p class="stats">
          {stats.data.articles} articles · {stats.data.claims} claims · {stats.data.sources} sources · {stats.data.indicators} indicators
        </p>
      ) : null}
      <Status state={series} />
      {series.data && series.data.length === 0 ? <p>No indicators yet: ingest some articles with <code>tally ingest</code>.</p> : null}
      {series.data && series.data.length > 0 ? (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Latest</th>
                <th scope="col">Claims</th>
                <th scope="col">Sources</th>
                <th scope="col">Period</th>
                <th scope="col">Disagreements</th>
              </tr>
            </thead>
            <tbody>
              {series.data.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={href(`series/${s.id}`)}>{s.label}</a>
                    <div class="muted small">{fmtMeasure(s.measure)}</div>
                  </td>
                  <td>
                    {s.latest ? fmtValue(s.latest.value, s.unit) : '—'}
                    {s.latest?.source ? <div class="muted small">{s.latest.source}</div> : null}
                  </td>
                  <td>{s.claims}</td>
                  <td>{s.sources}</td>
                  <td class="nowrap">
                    {fmtDate(s.firstDate)} → {fmtDate(s.lastDate)}
                  </td>
                  <td>{s.disagreements > 0 ? <span class="flag flag-disagree">{s.disagreements}</span> : '0'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
