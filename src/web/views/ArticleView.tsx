/**
 * An article's clean text with every claim highlighted in place, the source and date
 * words from each claim's evidence, and a side panel of claims with review controls.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type ArticleDetail, type ClaimRow } from '../api';
import { ClaimPanel } from '../components/ClaimPanel';
import { Highlighted, marksFor } from '../components/Highlighted';
import { Status } from '../components/Status';
import { fmtClaimValue, fmtDate, fmtMeasure, fmtOutlet } from '../format';
import { useLoad, useTitle } from '../hooks';
import { go, href } from '../router';
import { safeHref } from '../safe';

/** The width below which app.css puts the claim panel under the article. */
const NARROW = '(max-width: 820px)';

export function ArticleView({ id, claimId }: { id: number; claimId: number | null }) {
  const state = useLoad(() => api.article(id), [id]);
  const [detail, setDetail] = useState<ArticleDetail | null>(null);
  useEffect(() => setDetail(state.data), [state.data]);
  const selected = claimId;
  const select = (cid: number) => go(`articles/${id}`, { claim: cid });

  // Once per article and selection (not after a review updates the claims): bring the
  // reader to what they asked for and put focus there, not on the page body.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    // Until the new article loads, the last one is still shown.
    if (!detail || detail.id !== id) return;
    const at = `${id}:${selected}`;
    if (shown.current === at) return;
    shown.current = at;
    const mark = selected === null ? null : document.getElementById(`claim-${selected}`);
    const panel = document.querySelector<HTMLElement>('.claim-panel');
    if (mark && panel && matchMedia(NARROW).matches) {
      // One column: the panel sits below the whole article, far from the tapped number.
      panel.scrollIntoView({ block: 'start' });
      panel.focus({ preventScroll: true });
    } else if (mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    } else document.getElementById('article-title')?.focus({ preventScroll: true });
  }, [id, selected, detail]);

  const onChanged = (row: ClaimRow) => {
    setDetail((d) => (d ? { ...d, claims: d.claims.map((c) => (c.claimKey === row.claimKey ? row : c)) } : d));
  };

  const a = detail;
  useTitle(a ? a.article.title || 'Untitled article' : 'Article');
  const selRow = a?.claims.find((c) => c.id === selected) ?? null;
  const link = safeHref(a?.url);
  return (
    <section class="article-view">
      <Status state={state} />
      {a ? (
        <div class="article-layout">
          <article class="article" aria-labelledby="article-title">
            <h1 id="article-title" tabIndex={-1}>
              <Highlighted text={a.article.title} marks={marksFor(a.claims, 'title', a.article.title.length)} selected={selected} onSelect={select} />
            </h1>
            {a.article.subtitle ? (
              <p class="subtitle">
                <Highlighted text={a.article.subtitle} marks={marksFor(a.claims, 'subtitle', a.article.subtitle.length)} selected={selected} onSelect={select} />
              </p>
            ) : null}
            <p class="meta">
              <span class="outlet" title={fmtOutlet(a).full ?? undefined}>
                {fmtOutlet(a).text}
              </span>{' '}
              · {fmtDate(a.published)}
              {link ? (
                <>
                  {' '}
                  ·{' '}
                  <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                    original
                  </a>
                </>
              ) : null}
              {a.rawSha256 ? (
                <>
                  {' '}
                  ·{' '}
                  <a href={`/articles/${a.id}/raw${selected !== null ? `?claim=${selected}#claim` : ''}`} rel="noopener noreferrer" target="_blank">
                    raw snapshot
                  </a>
                </>
              ) : null}{' '}
              · version {a.version}
            </p>
            <div class="article-text" data-testid="article-text">
              <Highlighted text={a.article.text} marks={marksFor(a.claims, 'body', a.article.text.length)} selected={selected} onSelect={select} />
            </div>
            {a.article.related.length ? (
              <>
                <h2>Related</h2>
                <ul class="related">
                  {a.article.related.map((r, i) => {
                    const rl = safeHref(r.url);
                    return (
                      <li key={i}>
                        {rl ? (
                          <a href={rl} rel="noopener noreferrer nofollow" target="_blank">
                            {r.title}
                          </a>
                        ) : (
                          r.title
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : null}
          </article>
          <aside class="side" aria-label="Claims in this article">
            {selRow ? <ClaimPanel row={selRow} onChanged={onChanged} /> : <p class="muted">Select a highlighted number to review it.</p>}
            <h2>
              Claims <span class="muted">({a.claims.length})</span>
            </h2>
            <ul class="claim-list">
              {a.claims.map((c) => (
                <li key={c.id}>
                  <a href={href(`articles/${a.id}`, { claim: c.id })} class={c.id === selected ? 'selected' : ''} aria-current={c.id === selected ? 'true' : undefined}>
                    <strong>{fmtClaimValue(c.claim)}</strong> {fmtMeasure(c.claim.measure)}
                    {c.claim.party ? ` · ${c.claim.party}` : ''}
                    {c.claim.source ? ` · ${c.claim.source.name}` : ''}
                    <span class={`status status-${c.status}`}>{c.status}</span>
                  </a>
                </li>
              ))}
            </ul>
          </aside>
        </div>
      ) : null}
    </section>
  );
}
