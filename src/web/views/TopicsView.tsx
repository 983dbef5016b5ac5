/** The topic board: propose what to track next, vote once per account, most votes first. */
import { useState } from 'preact/hooks';
import { api } from '../api';
import { Status } from '../components/Status';
import { fmtDate } from '../format';
import { useLoad, useTitle } from '../hooks';
import { href } from '../router';
import { useSession } from '../session';

export function TopicsView() {
  const topics = useLoad(() => api.topics(), []);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const user = useSession().user;
  const signedIn = user !== null;
  // Keyed on the account: signing in or out changes whose votes the board shows.
  const mine = useLoad(() => (user ? api.myVotes() : Promise.resolve({ topicIds: [] })), [user]);
  const voted = new Set(mine.data?.topicIds ?? []);
  useTitle('Topic board');

  const propose = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    setError(null);
    try {
      await api.propose(String(f.get('title') ?? ''), String(f.get('body') ?? '').trim() || null);
      form.reset();
      topics.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const vote = async (id: number) => {
    setError(null);
    try {
      const r = await api.vote(id);
      setNotice(r.voted ? 'Vote counted.' : 'You have already voted for this topic.');
      topics.reload();
      mine.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section>
      <h1>Topic board</h1>
      <p class="muted">What should the ledger track next? Propose an indicator or a story; the board orders them by votes.</p>
      {signedIn ? (
        <form class="propose" onSubmit={propose} aria-label="Propose a topic">
          <label>
            Topic
            <input name="title" required minLength={3} maxLength={200} placeholder="e.g. Russian drones launched per day" />
          </label>
          <label>
            Why (optional)
            <textarea name="body" rows={2} maxLength={4000} />
          </label>
          <button type="submit">Propose</button>
        </form>
      ) : (
        <p>
          <a href={href('signin')}>Sign in</a> to propose topics and vote.
        </p>
      )}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <Status state={topics} />
      <ol class="topics">
        {(topics.data ?? []).map((t) => (
          <li key={t.id} class={`topic${voted.has(t.id) ? ' is-voted' : ''}`} data-testid="topic">
            <div class="votes" aria-label={`${t.votes} votes`}>
              <span class="vote-count">{t.votes}</span>
              <span class="small muted">vote{t.votes === 1 ? '' : 's'}</span>
            </div>
            <div class="topic-body">
              <h3>{t.title}</h3>
              {t.body ? <p>{t.body}</p> : null}
              <p class="small muted">
                proposed by {t.proposedBy} · {fmtDate(t.createdAt)}
                {voted.has(t.id) ? (
                  <>
                    {' '}
                    · <span class="voted">you voted for this</span>
                  </>
                ) : null}
              </p>
              {t.series ? (
                <p class="small">
                  Tracked: <a href={href(`series/${t.series.id}`)}>{t.series.label}</a>
                </p>
              ) : (
                <p class="small muted">Not tracked yet.</p>
              )}
            </div>
            {signedIn ? (
              voted.has(t.id) ? (
                <button type="button" class="vote-btn is-voted" disabled aria-label={`You voted for ${t.title}`}>
                  ✓ Voted
                </button>
              ) : (
                <button type="button" class="vote-btn" onClick={() => void vote(t.id)} aria-label={`Vote for ${t.title}`}>
                  ▲ Vote
                </button>
              )
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
