/**
 * Typed errors. Each interface (CLI, API) turns them into output in exactly one place:
 * InputError/FetchError/StoreError are the user's to fix (exit 2, HTTP 4xx), anything
 * else is ours (exit 1, HTTP 500).
 */
export type ErrorCode =
  | 'input'
  | 'fetch'
  | 'store'
  | 'internal';

export class TallyError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Bad input: empty, binary, undecodable, too large, no article in it. */
export class InputError extends TallyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('input', message, options);
  }
}

/** A URL could not be fetched: unreachable, HTTP error, wrong content type, refused address. */
export class FetchError extends TallyError {
  readonly status: number | undefined;
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super('fetch', message, options);
    this.status = options?.status;
  }
}

/** The ledger could not be read or written (read-only file, disk full, bad URL). */
export class StoreError extends TallyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('store', message, options);
  }
}

export class InternalError extends TallyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('internal', message, options);
  }
}

/** True for errors the user can fix by changing the input (exit code 2). */
export function isUserError(err: unknown): err is TallyError {
  return err instanceof TallyError && err.code !== 'internal';
}

/** One line, no stack: what the CLI prints and the API puts in `detail`. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s+/g, ' ').trim();
}
