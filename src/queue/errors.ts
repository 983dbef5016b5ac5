/**
 * Which failures are worth another try. A fetch that timed out or hit a 503 may work
 * in a minute; a page with no article in it, or a 404, will not.
 */
import { FetchError, InputError } from '../errors.js';

/** HTTP statuses that say "try later" although they are 4xx. */
const RETRYABLE_CLIENT_STATUSES = new Set([
  408, // request timeout
  425, // too early
  429, // too many requests: exactly what backoff is for
]);

export function isRetryable(err: unknown): boolean {
  if (err instanceof InputError) return false;
  if (err instanceof FetchError) {
    const s = err.status;
    if (s !== undefined && s >= 400 && s < 500 && !RETRYABLE_CLIENT_STATUSES.has(s)) return false;
    return true;
  }
  // Store errors (database restarting), internal errors and the unknown get the
  // benefit of the doubt: retries are bounded and end in the dead letter list.
  return true;
}

/** The error as one line for `last_error`, with its kind so `tally jobs --failed` can be read. */
export function describeError(err: unknown): string {
  const kind = err instanceof Error ? err.name : 'Error';
  const msg = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
  return `${kind}: ${msg}`;
}

/**
 * SQLSTATEs that mean "another transaction got there first": workers writing at once
 * may deadlock on shared rows (indicators, sources) or insert the same key together.
 * Running the write again resolves them.
 */
const CONTENTION_SQLSTATES = new Set([
  '40P01', // deadlock_detected
  '40001', // serialization_failure
  '23505', // unique_violation: the same article or source inserted by two workers at once
]);
/** How deep to look for the driver's error under the ledger's StoreError. */
const MAX_CAUSE_DEPTH = 5;

export function isContention(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < MAX_CAUSE_DEPTH && e instanceof Error; i++) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === 'string' && CONTENTION_SQLSTATES.has(code)) return true;
    e = e.cause;
  }
  return false;
}
