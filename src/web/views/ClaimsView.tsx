/**
 * The claims table: the CLI's filters, full-text search, sorting of the loaded page,
 * cursor paging and export links carrying the same filters. Filters live in the URL, and
 * every filter the URL can carry has a field in the form, so a link's filters are visible.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, qs, type ClaimRow } from '../api';
import { Status } from '../components/Status';
import { fmtClaimValue, fmtDate, fmtMeasure } from '../format';
import { useLoad, useTitle } from '../hooks';
import { go, href } from '../router';

/** The contract's measures, for the filter menu. */
const MEASURES = ['killed', 'wounded', 'killed_or_wounded', 'captured', 'missing', 'deployed', 'equipment_lost', 'strikes', 'aid_committed', 'aid_delivered', 'aid_remaining', 'territory', 'displaced', 'other'];
const STATUSES = ['extracted', 'confirmed', 'corrected', 'rejected'];
const AGGREGATIONS = ['cumulative', 'increment', 'rate', 'point'];
const FILTERS = ['q', 'measure', 'party', 'source', 'affiliation', 'since', 'until', 'status', 'aggregation', 'indicator', 'article', 'includeRejected'] as const;
const PAGE_SIZE = 50;

type SortKey = 'date' | 'value' | 'measure' | 'party' | 'source' | 'outlet';
const SORTERS: Record<SortKey, (c: ClaimRow) => string | number> = {
  date: (c) => c.date ?? '',
  value: (c) => c.claim.value.low ?? c.claim.value.high ?? 0,
  measure: (c) => c.claim.measure,
  party: (c) => c.claim.party ?? '',
  source: (c) => c.claim.source?.name ?? '',
  outlet: (c) => c.article.outlet ?? '',
};

export function ClaimsView({ params }: { params: URLSearchParams }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const key = JSON.stringify(filters);
  // Cursors belong to the filters they were read under: whatever changes the filters (the
  // form, a link, the back button) starts again at page 1, the newest matches.
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = paging.key === key ? paging.cursors : [null];
  // Forget the old filters' pages too, or going back to them would reopen a later page.
  useEffect(() => setPaging((p) => (p.key === key ? p : { key, cursors: [null] })), [key]);
  const setCursors = (next: (string | null)[]): void => setPaging({ key, cursors: next });
  const cursor = cursors[cursors.length - 1];
  const indicators = useLoad(() => api.series(), []);
  useTitle('Claims');
  const state = useLoad(() => api.claims({ ...clean(filters), limit: PAGE_SIZE, cursor: cursor ?? undefined }), [key, cursor]);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const rows = useMemo(() => {
    const items = state.data?.items ?? [];
    if (!sort) return items;
    const f = SORTERS[sort.key];
    return [...items].sort((a, b) => (f(a) < f(b) ? -sort.dir : f(a) > f(b) ? sort.dir : 0));
  }, [state.data, sort]);

  const apply = (e: Event): void => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const next: Record<string, string> = {};
    for (const k of FILTERS) {
      const v = String(form.get(k) ?? '').trim();
      if (v) next[k] = v;
    }
    go('claims', next);
  };
  const sortBy = (k: SortKey) => setSort((s) => (s && s.key === k ? { key: k, dir: s.dir === 1 ? -1 : 1 } : { key: k, dir: 1 }));
  const th = (k: SortKey, label: string) => (
    <th scope="col" aria-sort={sort?.key === k ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" onClick={() => sortBy(k)}>
        {label}
        {sort?.key === k ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const exportQs = (format: string) => `/export${qs({ ...clean(filters), q: filters.q || undefined, format })}`;

  return (
    <section>
      <h1>Claims</h1>
      <form class="filters" onSubmit={apply} role="search" key={key}>
        <label>
          Search
          <input name="q" type="search" defaultValue={filters.q} placeholder="words in the sentence" />
        </label>
        <label>
          Measure
          <select name="measure">
            <option value="">any</option>
            {MEASURES.map((m) => (
              <option value={m} selected={m === filters.measure}>
                {fmtMeasure(m)}
              </option>
            ))}
            {filters.measure && !MEASURES.includes(filters.measure) ? (
              <option value={filters.measure} selected>
                {filters.measure.split(',').map(fmtMeasure).join(', ')}
              </option>
            ) : null}
          </select>
        </label>
        <label>
          Party
          <input name="party" defaultValue={filters.party} placeholder="RU, UA, KP…" size={6} />
        </label>
        <label>
          Source
          <input name="source" defaultValue={filters.source} placeholder="name or id" />
        </label>
        <label>
          Affiliation
          <input name="affiliation" defaultValue={filters.affiliation} placeholder="US, UA…" size={8} />
        </label>
        <label>
          Since
          <input name="since" defaultValue={filters.since} placeholder="2024-10" size={10} />
        </label>
        <label>
          Until
          <input name="until" defaultValue={filters.until} placeholder="2024-12-31" size={10} />
        </label>
        <label>
          Status
          <select name="status">
            <option value="">any</option>
            {STATUSES.map((m) => (
              <option value={m} selected={m === filters.status}>
                {m}
              </option>
            ))}
            {filters.status && !STATUSES.includes(filters.status) ? (
              <option value={filters.status} selected>
                {filters.status}
              </option>
            ) : null}
          </select>
        </label>
        <label>
          Aggregation
          <select name="aggregation">
            <option value="">any</option>
            {AGGREGATIONS.map((m) => (
              <option value={m} selected={m === filters.aggregation}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          Indicator
          <select name="indicator">
            <option value="">any</option>
            {(indicators.data ?? []).map((s) => (
              <option value={String(s.id)} selected={String(s.id) === filters.indicator}>
                {s.label}
              </option>
            ))}
            {filters.indicator && !indicators.data?.some((s) => String(s.id) === filters.indicator) ? (
              <option value={filters.indicator} selected>
                indicator {filters.indicator}
              </option>
            ) : null}
          </select>
        </label>
        <label>
          Article
          <input name="article" defaultValue={filters.article} placeholder="id" size={5} inputMode="numeric" />
        </label>
        <label class="check">
          <input type="checkbox" name="includeRejected" value="true" defaultChecked={filters.includeRejected === 'true' || filters.includeRejected === '1'} />
          include rejected
        </label>
        <div class="filter-actions">
          <button type="submit">Apply</button>
          <a href={href('claims')}>Clear</a>
        </div>
      </form>
      <p class="exports">
        Export these claims:{' '}
        <a href={exportQs('csv')} download="tally-claims.csv">
          CSV
        </a>{' '}
        ·{' '}
        <a href={exportQs('json')} download="tally-claims.json">
          JSON
        </a>{' '}
        ·{' '}
        <a href={exportQs('ndjson')} download="tally-claims.ndjson">
          NDJSON
        </a>
      </p>
      <Status state={state} />
      {state.data ? (
        <>
          <div class="table-wrap">
            <table class="data claims-table">
              <thead>
                <tr>
                  {th('date', 'Date')}
                  {th('value', 'Value')}
                  {th('measure', 'Measure')}
                  {th('party', 'Party')}
                  {th('source', 'Source')}
                  {th('outlet', 'Article')}
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id} class={c.status === 'rejected' ? 'rejected' : ''}>
                    <td class="nowrap">{fmtDate(c.date)}</td>
                    <td>
                      <a href={href(`articles/${c.articleId}`, { claim: c.id })} title={c.claim.sentence}>
                        {fmtClaimValue(c.claim)}
                      </a>
                      <div class="muted small">“{c.claim.quote}”</div>
                    </td>
                    <td>{fmtMeasure(c.claim.measure)}</td>
                    <td>{c.claim.party ?? '—'}</td>
                    <td>{c.sourceId !== null && c.claim.source ? <a href={href(`sources/${c.sourceId}`)}>{c.claim.source.name}</a> : (c.claim.source?.name ?? '—')}</td>
                    <td>
                      <a href={href(`articles/${c.articleId}`)}>{c.article.title}</a>
                      <div class="muted small">{c.article.outlet ?? ''}</div>
                    </td>
                    <td>
                      <span class={`status status-${c.status}`}>{c.status}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length === 0 ? <p>No claims match.</p> : null}
          <nav class="pager" aria-label="Pages">
            <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
              ← Newer
            </button>
            <span>Page {cursors.length}</span>
            <button type="button" disabled={!state.data.next} onClick={() => setCursors([...cursors, state.data!.next])}>
              Older →
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}

function clean(f: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v || undefined]));
}
