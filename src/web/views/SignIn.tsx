/** Sign in with a reviewer token (kept in this browser only). */
import { useState } from 'preact/hooks';
import { api, auth, tokenSendable } from '../api';
import { useTitle } from '../hooks';
import { go } from '../router';

export function SignIn({ onChange }: { onChange: (name: string | null) => void }) {
  const [error, setError] = useState<string | null>(null);
  useTitle('Sign in');
  const submit = async (e: Event) => {
    e.preventDefault();
    const token = String(new FormData(e.currentTarget as HTMLFormElement).get('token') ?? '').trim();
    if (!tokenSendable(token)) {
      setError('That is not a token: tokens are one line of letters, digits and - or _ (they start with tly_). Copy it again.');
      return;
    }
    auth.set(token);
    try {
      const me = await api.me();
      onChange(me.name);
      go('');
    } catch (err) {
      auth.set(null);
      onChange(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section class="narrow">
      <h1>Sign in</h1>
      <p>
        Paste the token you were given (an administrator creates one with <code>tally token create --name NAME</code>). It stays in this browser.
      </p>
      <form onSubmit={submit} class="signin">
        <label>
          Token
          <input name="token" type="password" autoComplete="off" required placeholder="tly_…" />
        </label>
        <button type="submit">Sign in</button>
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
