/**
 * Failures of the storage itself (disk full, read-only, locked, I/O), told apart from
 * failures of one article: after the first, every later write fails the same way, so an
 * ingest must stop there instead of counting each remaining article as an error.
 */
import type { Kysely, Transaction } from 'kysely';
import { StoreError } from '../errors.js';

/** The ledger's storage cannot be written (or read): nothing later will succeed until it is fixed. */
export class StorageFailure extends StoreError {
  /** What is wrong, in a few words ("the disk is full"). */
  readonly reason: string;
  constructor(message: string, reason: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/**
 * Driver codes that name a storage failure, with the words the user sees. SQLite's
 * extended codes share their primary code's prefix (SQLITE_IOERR_WRITE,
 * SQLITE_READONLY_DBMOVED…); PostgreSQL's are SQLSTATEs and their classes.
 */
const SQLITE_CAUSES: [prefix: string, reason: string][] = [
  ['SQLITE_FULL', 'the disk is full'],
  ['SQLITE_READONLY', 'the database is read-only'],
  ['SQLITE_BUSY', 'the database is locked by another process'],
  ['SQLITE_LOCKED', 'the database is locked by another process'],
  ['SQLITE_IOERR', 'an I/O error'],
  ['SQLITE_CANTOPEN', 'the database file cannot be opened'],
  ['SQLITE_CORRUPT', 'the database file is damaged'],
  ['SQLITE_NOTADB', 'the file is not a SQLite database'],
  ['SQLITE_PERM', 'permission denied'],
  ['SQLITE_NOMEM', 'out of memory'],
];
const PG_CAUSES: [prefix: string, reason: string][] = [
  ['53100', 'the database server’s disk is full'],
  ['53200', 'the database server is out of memory'],
  ['53300', 'the database server has too many connections'],
  ['25006', 'the database is read-only'],
  ['57P', 'the database server is shutting down'], // admin/crash shutdown, cannot connect now
  ['08', 'the connection to the database server failed'], // connection exceptions
  ['58', 'an I/O error on the database server'], // system errors
  ['XX001', 'the database is damaged'],
];
/** Node system errors raised by the file system or the network under a driver. */
const ERRNO_CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'an I/O error',
  ECONNREFUSED: 'the database server refused the connection',
  ECONNRESET: 'the connection to the database server was lost',
  EPIPE: 'the connection to the database server was lost',
  ETIMEDOUT: 'the database server did not answer',
};
/** pg reports a dropped connection without a code. */
const PG_LOST = /Connection terminated|connection timeout|Client has encountered a connection error/i;
/** How deep to look for the driver's error under wrappers. */
const MAX_CAUSE_DEPTH = 6;

/** The storage-level cause of `err` in a few words, or null when the failure is not the storage's. */
export function storageCause(err: unknown): string | null {
  let e: unknown = err;
  for (let i = 0; i < MAX_CAUSE_DEPTH && e instanceof Error; i++) {
    if (e instanceof StorageFailure) return e.reason;
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === 'string') {
      const table = code.startsWith('SQLITE_') ? SQLITE_CAUSES : PG_CAUSES;
      const hit = table.find(([prefix]) => code.startsWith(prefix));
      if (hit) return hit[1];
      if (ERRNO_CAUSES[code]) return ERRNO_CAUSES[code];
    } else if (PG_LOST.test(e.message)) return 'the connection to the database server was lost';
    e = e.cause;
  }
  return null;
}

/** The driver's own words for the failure, when they add something to ours. */
function driverMessage(err: unknown): string {
  let e: unknown = err;
  let msg = '';
  for (let i = 0; i < MAX_CAUSE_DEPTH && e instanceof Error; i++) {
    msg = e.message;
    e = e.cause;
  }
  return msg.replace(/\s+/g, ' ').trim();
}

/**
 * `err` as a StorageFailure naming the ledger and the cause, when it is one; null
 * otherwise. "cannot write to the ledger at /data/tally.db: the disk is full (SQLite:
 * database or disk is full)".
 */
export function asStorageFailure(err: unknown, location: string, doing: 'read' | 'write'): StorageFailure | null {
  if (err instanceof StorageFailure) return err;
  const reason = storageCause(err);
  if (!reason) return null;
  const words = driverMessage(err);
  const detail = words && !words.toLowerCase().includes(reason.toLowerCase()) ? ` (${words})` : '';
  return new StorageFailure(`cannot ${doing} the ledger at ${location}: ${reason}${detail}`, reason, { cause: err });
}

/**
 * One transaction, committed or rolled back, whose error is the one that caused it to
 * fail. Kysely's own `transaction().execute()` throws the ROLLBACK's error when the
 * rollback fails, and SQLite ends a transaction by itself on SQLITE_FULL or an I/O
 * error, so the rollback then fails with "no transaction is active" and hides why.
 */
export async function inTransaction<DB, T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  const trx = await db.startTransaction().execute();
  let result: T;
  try {
    result = await fn(trx);
    await trx.commit().execute();
  } catch (err) {
    await trx.rollback().execute().catch(() => undefined);
    throw err;
  }
  return result;
}
