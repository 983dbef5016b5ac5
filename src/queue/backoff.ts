/**
 * When a failed job may run again. Exponential, capped, with "equal jitter": half the
 * delay is fixed so a retry never comes at once, half is random so a thousand jobs
 * that failed together against one site do not all come back in the same second.
 */

/** A first retry soon enough for a blip, late enough for a restarting server. */
export const DEFAULT_BACKOFF_BASE_MS = 5_000;
/** Past ten minutes a fetch that keeps failing is better left to the dead letter list. */
export const DEFAULT_BACKOFF_CAP_MS = 10 * 60_000;

export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  /** Uniform in [0, 1); injectable so tests can pin it. */
  random?: () => number;
}

/** Delay before attempt `attempts + 1`, after `attempts` (≥ 1) failures. */
export function backoffDelay(attempts: number, opts: BackoffOptions = {}): number {
  const base = opts.baseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const cap = opts.capMs ?? DEFAULT_BACKOFF_CAP_MS;
  const random = opts.random ?? Math.random;
  const exp = Math.min(cap, base * 2 ** Math.max(0, attempts - 1));
  const half = exp / 2;
  return Math.round(half + random() * half);
}
