import type { Loaded } from '../hooks';

/** Loading and error lines shared by every view. */
export function Status<T>({ state }: { state: Loaded<T> }) {
  if (state.error) return <p class="error" role="alert">{state.error}</p>;
  if (state.loading && !state.data) return <p class="muted" aria-busy="true">Loading…</p>;
  return null;
}
