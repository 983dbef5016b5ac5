/**
 * Opening the queue's database. The queue lives only in PostgreSQL: SQLite has no
 * `FOR UPDATE SKIP LOCKED` and no second machine to share it with.
 */
import pg from 'pg';
import { InputError, StoreError } from '../errors.js';
import { migrateQueue } from './migrate.js';

/** Where `--db` falls back to, as for every other command. */
export const DB_ENV = 'TALLY_DB';

/** One connection per in-flight job, plus the heartbeat and the feed scheduler. */
const POOL_HEADROOM = 3;

export interface QueueDbOptions {
  /** Jobs processed at once by this process; sizes the pool. */
  concurrency?: number;
  /**
   * Put the queue tables in this schema (created if missing). Default: the URL's
   * `?schema=` parameter, as the ledger reads it, else `public`.
   */
  schema?: string;
}

const PG_URL = /^postgres(?:ql)?:\/\//i;
/** A schema name that can go into a search_path unquoted. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/i;

/** `--db` or TALLY_DB, checked to be a PostgreSQL URL. */
export function resolveQueueUrl(flag: string | undefined): string {
  const url = flag ?? process.env[DB_ENV];
  if (!url) {
    throw new InputError(
      `the queue needs a PostgreSQL database: pass --db postgres://user@host:5432/db or set ${DB_ENV}`,
    );
  }
  if (!PG_URL.test(url)) {
    throw new InputError(
      `the queue runs on PostgreSQL only, e.g. --db postgres://postgres@127.0.0.1:5432/tally; got ${JSON.stringify(redact(url))}`,
    );
  }
  return url;
}

/** A URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(?<scheme>^[a-z]+:\/\/[^:/@]+):[^@]*@/i, '$<scheme>:***@');
}

/** Opens a pool on `url` and brings the queue tables up to date. */
export async function openQueuePool(url: string, opts: QueueDbOptions = {}): Promise<pg.Pool> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw new InputError(`not a PostgreSQL URL: ${JSON.stringify(redact(url))} (expected postgres://user@host:5432/db)`, { cause: err });
  }
  const schema = opts.schema ?? parsed.searchParams.get('schema') ?? 'public';
  parsed.searchParams.delete('schema');
  if (!SCHEMA_NAME.test(schema)) {
    throw new InputError(`bad schema name ${JSON.stringify(schema)}: expected letters, digits and _, e.g. tally`);
  }
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: Math.max(2, (opts.concurrency ?? 1) + POOL_HEADROOM),
    options: `-c search_path=${schema}`,
  });
  // An idle client losing its server (restart, failover) must not crash the worker;
  // the next query reports the problem instead.
  pool.on('error', () => undefined);
  try {
    await migrateQueue(pool, schema);
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof StoreError) throw new StoreError(`${err.message} (database ${redact(url)})`, { cause: err });
    throw err;
  }
  return pool;
}
