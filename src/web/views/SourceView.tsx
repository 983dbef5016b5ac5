/**
 * One source: every claim it made, and how its figures for each indicator moved over
 * time (each change from its previous figure is a revision).
 */
import { api, type AssertionPage } from '../api';
import { Status } from '../components/Status';
import { fmtClaimValue, fmtDate, fmtMeasure, fmtValue } from '../format';
import { useLoad, useTitle } from '../hooks';
import { href } from '../router';

type Assertion = AssertionPage['items'][number];

/** Groups a source's figures by what they count, oldest first within each group. */
function byIndicator(items: Assertion[]): { key: string; label: string; items: Assertion[] }[] {
  const groups = new Map<string, Assertion[]>();
  for (const a of items) {
    const key = [a.measure, a.party ?? '', a.aggregation, a.unit, a.per ?? ''].join('|');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(a);
  }
  return [...groups.entries()].map(([key, list]) => {
    const a = list[0];
    const label = `${a.party ? `${a.party} ` : ''}${fmtMeasure(a.measure)} (${a.aggregation}${a.per ? ` per ${a.per}` : ''})`;
    return { key, label, items: [...list].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id - y.id) };
  });
}

export function SourceView({ id }: { id: number }) {
  const source = useLoad(() => api.source(id), [id]);
  const assertions = useLoad(() => api.assertions(id), [id]);
  useTitle(source.data ? source.data.name : 'Source');
  const claims = useLoad(() => api.claims({ source: String(id), limit: 200 }), [id]);
  const s = source.data;
  return (
    <section>
      <Status state={source} />
      {s ? (
        <>
          <h1>{s.name}</h1>
          <p class="stats">
            {s.kind}
            {s.affiliation ? ` · ${s.affiliation}` : ''} · {s.claimCount} claims in {s.articleCount} articles
          </p>
          {s.aliases.length > 1 ? <p class="small muted">Also named: {s.aliases.filter((x) => x !== s.name).join('; ')}</p> : null}
        </>
      ) : null}
      <h2>Figures over time</h2>
      <Status state={assertions} />
      {assertions.data
        ? byIndicator(assertions.data.items).map((g) => (
            <div class="revisions" key={g.key}>
              <h3>{g.label}</h3>
              <ol>
                {g.items.map((a, i) => {
                  const prev = g.items[i - 1];
                  const changed = prev && (prev.value.low !== a.value.low || prev.value.high !== a.value.high);
                  return (
                    <li key={a.id}>
                      <span class="nowrap">{fmtDate(a.date)}</span> <strong>{fmtValue(a.value, a.unit)}</strong>
                      {changed ? <span class="flag flag-revision">revised from {fmtValue(prev.value, prev.unit)}</span> : null}{' '}
                      <span class="muted small">
                        {a.reports} report{a.reports === 1 ? '' : 's'}
                        {a.outlets.length ? `: ${a.outlets.join(', ')}` : ''}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </div>
          ))
        : null}
      <h2>Claims</h2>
      <Status state={claims} />
      {claims.data ? (
        <ul class="claim-list">
          {claims.data.items.map((c) => (
            <li key={c.id}>
              <a href={href(`articles/${c.articleId}`, { claim: c.id })}>
                <span class="nowrap">{fmtDate(c.date)}</span> <strong>{fmtClaimValue(c.claim)}</strong> {fmtMeasure(c.claim.measure)}
                {c.claim.party ? ` · ${c.claim.party}` : ''} — {c.article.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {claims.data?.next ? (
        <p>
          <a href={href('claims', { source: id })}>All claims by this source →</a>
        </p>
      ) : null}
    </section>
  );
}
