/**
 * The Tally web app: indicators and their timelines, claims, articles, sources, review
 * and the topic board. Views only display what the API returns; no business logic.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, auth, tokenSendable } from './api';
import { useTitle } from './hooks';
import { href, useRoute } from './router';
import { SessionContext, SIGNED_OUT_NOTICE } from './session';
import { ArticleView } from './views/ArticleView';
import { ClaimsView } from './views/ClaimsView';
import { Home } from './views/Home';
import { SeriesView } from './views/SeriesView';
import { SignIn } from './views/SignIn';
import { SourceView } from './views/SourceView';
import { TopicsView } from './views/TopicsView';
import './app.css';

const NAV = [
  { path: '', label: 'Indicators' },
  { path: 'claims', label: 'Claims' },
  { path: 'topics', label: 'Topics' },
];

function idOf(s: string | undefined): number | null {
  return s && /^\d+$/.test(s) ? Number(s) : null;
}

function App() {
  const route = useRoute();
  const [user, setUser] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const token = auth.token;
    if (!token) return;
    const signOut = (): void => {
      auth.set(null);
      setUser(null);
      setNotice(SIGNED_OUT_NOTICE);
    };
    if (!tokenSendable(token)) return signOut();
    api.me().then(
      (me) => setUser(me.name),
      (err: unknown) => {
        // Only the server's refusal proves the token bad; an outage keeps it for next time.
        if (err instanceof ApiError && (err.status === 401 || err.status === 403)) signOut();
      },
    );
  }, []);
  const signedIn = (name: string | null): void => {
    setUser(name);
    if (name) setNotice(null);
  };
  useEffect(() => {
    // Move focus to the new view's heading so keyboard and screen-reader users follow navigation.
    const h = document.querySelector<HTMLElement>('main h1');
    if (h) {
      h.tabIndex = -1;
      h.focus({ preventScroll: true });
    }
  }, [route.path.join('/')]);

  const [head, second] = route.path;
  let view;
  if (!head) view = <Home />;
  else if (head === 'series' && idOf(second)) view = <SeriesView id={idOf(second)!} />;
  else if (head === 'claims') view = <ClaimsView params={route.params} />;
  else if (head === 'articles' && idOf(second)) view = <ArticleView id={idOf(second)!} claimId={idOf(route.params.get('claim') ?? undefined)} />;
  else if (head === 'sources' && idOf(second)) view = <SourceView id={idOf(second)!} />;
  else if (head === 'topics') view = <TopicsView />;
  else if (head === 'signin') view = <SignIn onChange={signedIn} />;
  else view = <NotFound />;

  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href('')}>
          Tally
        </a>
        <nav aria-label="Main">
          {NAV.map((n) => (
            <a href={href(n.path)} aria-current={(head ?? '') === n.path ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
        <div class="who">
          {user ? (
            <>
              <span class="user">{user}</span>{' '}
              <button
                type="button"
                class="link"
                onClick={() => {
                  auth.set(null);
                  setUser(null);
                }}
              >
                Sign out
              </button>
            </>
          ) : (
            <a href={href('signin')}>Sign in</a>
          )}
        </div>
      </header>
      {notice ? (
        <div class="signed-out" role="alert">
          <span>{notice}</span> <a href={href('signin')}>Sign in</a>{' '}
          <button type="button" class="link" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <SessionContext.Provider value={{ user }}>
        <main id="main">{view}</main>
      </SessionContext.Provider>
      <footer class="foot small muted">
        <a href="/docs">API</a> · every number links to the sentence it came from
      </footer>
    </>
  );
}

function NotFound() {
  useTitle('Not found');
  return (
    <p>
      Nothing here. <a href={href('')}>Back to the indicators.</a>
    </p>
  );
}

render(<App />, document.getElementById('app')!);
