/**
 * Feed polling on a schedule. Feeds are rows in `queue_feeds` with a next poll time.
 * Of all running workers, only the one holding the `feeds` lease schedules polls: it
 * turns each due feed into a `feed` job (which any worker then fetches) and moves the
 * feed's next poll time on, in one transaction. If the holder dies, its lease runs out
 * and another worker takes the lease over on its next tick.
 */
import type pg from 'pg';
import type { Db } from './jobs.js';
import { enqueue } from './jobs.js';

/** The single lease row that elects the feed scheduler. */
export const FEED_LEASE = 'feeds';
/** A news feed changes every few minutes; polling more often only loads the sites. */
export const DEFAULT_FEED_INTERVAL_MS = 15 * 60_000;
/** Feeds the scheduler turns into jobs per tick: bounds one transaction. */
const SCHEDULE_BATCH = 500;

/** Remembers a feed to poll every `intervalMs`; an existing feed gets the new interval. */
export async function subscribeFeed(db: Db, url: string, intervalMs = DEFAULT_FEED_INTERVAL_MS): Promise<void> {
  await db.query(
    `INSERT INTO queue_feeds (url, interval_ms) VALUES ($1, $2)
     ON CONFLICT (url) DO UPDATE SET interval_ms = EXCLUDED.interval_ms`,
    [url, Math.max(1, Math.round(intervalMs))],
  );
}

/** Stops polling a feed; true when it was subscribed. */
export async function unsubscribeFeed(db: Db, url: string): Promise<boolean> {
  const res = await db.query('DELETE FROM queue_feeds WHERE url = $1', [url]);
  return (res.rowCount ?? 0) === 1;
}

export interface FeedRow {
  url: string;
  intervalMs: number;
  nextPollAt: Date;
  lastPolledAt: Date | null;
}

export async function listFeeds(db: Db): Promise<FeedRow[]> {
  const { rows } = await db.query<{ url: string; interval_ms: number; next_poll_at: Date; last_polled_at: Date | null }>(
    'SELECT url, interval_ms, next_poll_at, last_polled_at FROM queue_feeds ORDER BY url',
  );
  return rows.map((r) => ({ url: r.url, intervalMs: r.interval_ms, nextPollAt: r.next_poll_at, lastPolledAt: r.last_polled_at }));
}

/**
 * Takes or renews the lease `name` for `holder`; true when `holder` holds it for the
 * next `ttlMs`. A lease held by someone else and not yet expired is left alone.
 */
export async function acquireLease(db: Db, name: string, holder: string, ttlMs: number): Promise<boolean> {
  const { rows } = await db.query<{ holder: string }>(
    `INSERT INTO queue_feed_lease (name, holder, expires_at)
     VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000))
     ON CONFLICT (name) DO UPDATE
        SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
      WHERE queue_feed_lease.holder = EXCLUDED.holder OR queue_feed_lease.expires_at < now()
     RETURNING holder`,
    [name, holder, ttlMs],
  );
  return rows[0]?.holder === holder;
}

/** Gives the lease up at once (graceful stop) so another worker need not wait it out. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.query('DELETE FROM queue_feed_lease WHERE name = $1 AND holder = $2', [name, holder]);
}

/** Who holds the lease now, if anyone. */
export async function leaseHolder(db: Db, name: string): Promise<string | null> {
  const { rows } = await db.query<{ holder: string }>(
    'SELECT holder FROM queue_feed_lease WHERE name = $1 AND expires_at >= now()',
    [name],
  );
  return rows[0]?.holder ?? null;
}

/**
 * Queues a `feed` job for every due feed and moves each one's next poll on by its
 * interval, atomically: a feed is never scheduled twice for the same turn, even if two
 * processes briefly both believe they hold the lease. Returns the feeds scheduled.
 */
export async function scheduleDueFeeds(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ url: string }>(
      `WITH due AS (
         SELECT url FROM queue_feeds WHERE next_poll_at <= now()
          ORDER BY next_poll_at LIMIT $1 FOR UPDATE SKIP LOCKED
       )
       UPDATE queue_feeds f
          SET next_poll_at = now() + make_interval(secs => f.interval_ms::double precision / 1000),
              last_polled_at = now()
         FROM due WHERE f.url = due.url
       RETURNING f.url`,
      [SCHEDULE_BATCH],
    );
    await enqueue(
      client,
      rows.map((r) => ({ kind: 'feed' as const, payload: { url: r.url } })),
    );
    await client.query('COMMIT');
    return rows.map((r) => r.url);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
