/**
 * Who is signed in, as checked with the server. Views read this rather than the stored
 * token: a stored token may be stale or mistyped, and write buttons for it would only
 * lead to failed writes.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface Session {
  /** The account name the server accepted the stored token for; null when signed out. */
  user: string | null;
}

export const SessionContext = createContext<Session>({ user: null });

export function useSession(): Session {
  return useContext(SessionContext);
}

/** Shown when the stored token is refused on load. */
export const SIGNED_OUT_NOTICE = 'Your saved token was not accepted (it may have been revoked or mistyped), so you have been signed out. Sign in again to review claims or vote.';
