/**
 * The queue's own schema, kept apart from the ledger's: every table is prefixed `queue_`
 * so the two migration histories never collide in one database. Workers and `enqueue`
 * run `migrateQueue` on start; a transaction-scoped advisory lock makes concurrent
 * starts (four workers launched at once) apply each step exactly once.
 */
import type { PoolClient } from 'pg';
import type { Pool } from 'pg';
import { StoreError } from '../errors.js';

/** Any constant shared by every Tally process; only serialises queue migrations. */
const MIGRATION_LOCK_KEY = 72_407;

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: a released step is never edited, a change is a new step. */
const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'jobs, feeds and the feed lease',
    sql: `
      CREATE TABLE queue_jobs (
        id            bigserial PRIMARY KEY,
        kind          text NOT NULL CHECK (kind IN ('url', 'file', 'raw', 'feed')),
        payload       jsonb NOT NULL,
        -- Set for work that must be queued once ever (a feed item's link); NULL otherwise.
        dedupe_key    text UNIQUE,
        state         text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts      integer NOT NULL DEFAULT 0,
        max_attempts  integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
        run_after     timestamptz NOT NULL DEFAULT now(),
        locked_by     text,
        locked_until  timestamptz,
        last_error    text,
        result        jsonb,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        finished_at   timestamptz
      );
      -- The claim query reads only these two slices; partial indexes keep them small
      -- however many finished jobs pile up.
      CREATE INDEX queue_jobs_ready ON queue_jobs (run_after, id) WHERE state = 'queued';
      CREATE INDEX queue_jobs_leased ON queue_jobs (locked_until) WHERE state = 'running';
      CREATE INDEX queue_jobs_failed ON queue_jobs (finished_at) WHERE state = 'failed';

      CREATE TABLE queue_feeds (
        url             text PRIMARY KEY,
        interval_ms     integer NOT NULL CHECK (interval_ms > 0),
        next_poll_at    timestamptz NOT NULL DEFAULT now(),
        last_polled_at  timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now()
      );

      -- One row per lease name; whoever holds an unexpired row schedules feed polls.
      CREATE TABLE queue_feed_lease (
        name        text PRIMARY KEY,
        holder      text NOT NULL,
        expires_at  timestamptz NOT NULL
      );
    `,
  },
];

/** Another process created the schema between our check and our create. */
const SCHEMA_RACE_SQLSTATES = new Set(['42P06', '23505']);

/**
 * Applies pending queue migrations in `schema` (created if missing; it must be the
 * pool's search_path); safe to call from many processes at once.
 */
export async function migrateQueue(pool: Pool, schema = 'public'): Promise<void> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw new StoreError(`cannot connect to PostgreSQL: ${(err as Error).message}`, { cause: err });
  }
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query('SAVEPOINT schema');
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (err) {
      // The ledger, opened beside us, may create the same schema at the same moment.
      if (!SCHEMA_RACE_SQLSTATES.has((err as { code?: string }).code ?? '')) throw err;
      await client.query('ROLLBACK TO SAVEPOINT schema');
    }
    await client.query(
      `CREATE TABLE IF NOT EXISTS queue_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM queue_migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO queue_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new StoreError(`queue migration failed: ${(err as Error).message}`, { cause: err });
  } finally {
    client.release();
  }
}
