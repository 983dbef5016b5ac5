import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { FetchError, InputError } from '../../src/errors.js';
import { backoffDelay } from '../../src/queue/backoff.js';
import { openQueuePool } from '../../src/queue/db.js';
import { isContention, isRetryable } from '../../src/queue/errors.js';
import {
  claimJobs,
  completeJob,
  countJobs,
  enqueue,
  extendLeases,
  failJob,
  leaseOf,
  listJobs,
  pendingJobs,
  releaseJob,
  pruneDone,
  reapExpired,
  retryFailed,
} from '../../src/queue/jobs.js';
import { migrateQueue } from '../../src/queue/migrate.js';
import type { NewJob } from '../../src/queue/types.js';
import { freshSchema, type TestSchema } from './pg.js';

let schema: TestSchema;
let pool: pg.Pool;

beforeAll(async () => {
  schema = await freshSchema();
  pool = await openQueuePool(schema.url, { concurrency: 8 });
});
afterAll(async () => {
  await pool?.end();
  await schema?.drop();
});
beforeEach(async () => {
  await pool.query('TRUNCATE queue_jobs, queue_feeds, queue_feed_lease RESTART IDENTITY');
});

const urlJob = (n: number, extra: Partial<NewJob> = {}): NewJob =>
  ({ kind: 'url', payload: { url: `https://example.org/a/${n}` }, ...extra }) as NewJob;

/** Moves a job's lease into the past, as if its worker had died long ago. */
async function expire(id: string): Promise<void> {
  await pool.query(`UPDATE queue_jobs SET locked_until = now() - interval '1 second' WHERE id = $1`, [id]);
}

describe('migrations', () => {
  it('apply once when many processes start together', async () => {
    await Promise.all(Array.from({ length: 6 }, () => migrateQueue(pool, schema.name)));
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM queue_migrations');
    expect(rows[0].n).toBe(1);
  });
});

describe('enqueue and claim', () => {
  it('hands out each job once, oldest first', async () => {
    const { ids } = await enqueue(pool, [urlJob(1), urlJob(2), urlJob(3)]);
    expect(ids).toHaveLength(3);
    const a = await claimJobs(pool, 'w1', 2, 30_000);
    const b = await claimJobs(pool, 'w2', 2, 30_000);
    expect(a.map((j) => j.id)).toEqual(ids.slice(0, 2));
    expect(b.map((j) => j.id)).toEqual(ids.slice(2));
    expect(a[0]).toMatchObject({ state: 'running', attempts: 1, lockedBy: 'w1', kind: 'url' });
    expect(a[0].payload).toEqual({ url: 'https://example.org/a/1' });
    expect(await claimJobs(pool, 'w3', 5, 30_000)).toEqual([]);
  });

  it('never gives one job to two concurrent claimers (SKIP LOCKED)', async () => {
    await enqueue(pool, Array.from({ length: 300 }, (_, i) => urlJob(i)));
    const claimers = Array.from({ length: 8 }, async (_, w) => {
      const got: string[] = [];
      for (;;) {
        const jobs = await claimJobs(pool, `w${w}`, 7, 30_000);
        if (jobs.length === 0) return got;
        got.push(...jobs.map((j) => j.id));
      }
    });
    const all = (await Promise.all(claimers)).flat();
    expect(all).toHaveLength(300);
    expect(new Set(all).size).toBe(300);
  });

  it('drops a job whose dedupe key is taken, even within one batch', async () => {
    const first = await enqueue(pool, [urlJob(1, { dedupeKey: 'item:1' }), urlJob(1, { dedupeKey: 'item:1' })]);
    const again = await enqueue(pool, [urlJob(1, { dedupeKey: 'item:1' }), urlJob(2, { dedupeKey: 'item:2' })]);
    expect(first).toMatchObject({ skipped: 1 });
    expect(again).toMatchObject({ skipped: 1 });
    expect((await countJobs(pool)).queued).toBe(2);
  });

  it('waits for run_after', async () => {
    await enqueue(pool, [urlJob(1, { runAfter: new Date(Date.now() + 3_600_000) })]);
    expect(await claimJobs(pool, 'w', 1, 30_000)).toEqual([]);
    expect(await pendingJobs(pool)).toBe(1);
  });

  it('enqueues in chunks past one statement', async () => {
    const { ids } = await enqueue(pool, Array.from({ length: 2_345 }, (_, i) => urlJob(i)));
    expect(new Set(ids).size).toBe(2_345);
  });
});

describe('leases', () => {
  it('lets another worker take a job whose lease ran out, and fences the old holder', async () => {
    await enqueue(pool, [urlJob(1)]);
    const [job] = await claimJobs(pool, 'dead', 1, 30_000);
    expect(await claimJobs(pool, 'other', 1, 30_000)).toEqual([]);
    await expire(job.id);
    const [again] = await claimJobs(pool, 'other', 1, 30_000);
    expect(again).toMatchObject({ id: job.id, attempts: 2, lockedBy: 'other' });
    // The first holder wakes up: it can neither complete, fail nor extend the job.
    expect(await completeJob(pool, leaseOf(job), {})).toBe(false);
    expect(await failJob(pool, leaseOf(job), 'x', { retryable: true, delayMs: 0 })).toBe('lost');
    expect(await extendLeases(pool, [leaseOf(job)], 30_000)).toBe(0);
    expect(await completeJob(pool, leaseOf(again), { claims: 3 })).toBe(true);
    const [done] = await listJobs(pool, { state: 'done' });
    expect(done).toMatchObject({ id: job.id, state: 'done', result: { claims: 3 }, lockedBy: null });
  });

  it('extends a held lease', async () => {
    await enqueue(pool, [urlJob(1)]);
    const [job] = await claimJobs(pool, 'w', 1, 1_000);
    expect(await extendLeases(pool, [leaseOf(job)], 3_600_000)).toBe(1);
    const { rows } = await pool.query(`SELECT locked_until > now() + interval '30 minutes' AS far FROM queue_jobs`);
    expect(rows[0].far).toBe(true);
  });

  it('dead-letters a job whose lease ran out on its last attempt', async () => {
    await enqueue(pool, [urlJob(1, { maxAttempts: 2 })]);
    for (let i = 0; i < 2; i++) {
      const [job] = await claimJobs(pool, `w${i}`, 1, 30_000);
      await expire(job.id);
    }
    expect(await claimJobs(pool, 'w', 1, 30_000)).toEqual([]);
    expect(await reapExpired(pool)).toBe(1);
    const [failed] = await listJobs(pool, { state: 'failed' });
    expect(failed.attempts).toBe(2);
    expect(failed.lastError).toMatch(/lease expired on attempt 2 of 2/);
  });

  it('gives the attempt back when a job is released unworked', async () => {
    await enqueue(pool, [urlJob(1)]);
    const [job] = await claimJobs(pool, 'w', 1, 30_000);
    expect(await releaseJob(pool, leaseOf(job))).toBe(true);
    const [back] = await claimJobs(pool, 'w', 1, 30_000);
    expect(back.attempts).toBe(1);
  });
});

describe('failures', () => {
  it('retries later with backoff, then dead-letters after max attempts', async () => {
    await enqueue(pool, [urlJob(1, { maxAttempts: 3 })]);
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      await pool.query('UPDATE queue_jobs SET run_after = now()'); // skip the wait
      const [job] = await claimJobs(pool, 'w', 1, 30_000);
      outcomes.push(await failJob(pool, leaseOf(job), `FetchError: 503 try ${i}`, { retryable: true, delayMs: 60_000 }));
      if (i < 2) {
        expect(await claimJobs(pool, 'w', 1, 30_000)).toEqual([]); // not before its time
      }
    }
    expect(outcomes).toEqual(['retry', 'retry', 'failed']);
    const [failed] = await listJobs(pool, { state: 'failed' });
    expect(failed).toMatchObject({ attempts: 3, lastError: 'FetchError: 503 try 2' });
    expect(failed.finishedAt).toBeInstanceOf(Date);
    expect(await pendingJobs(pool)).toBe(0);
  });

  it('dead-letters a permanent failure at once', async () => {
    await enqueue(pool, [urlJob(1)]);
    const [job] = await claimJobs(pool, 'w', 1, 30_000);
    expect(await failJob(pool, leaseOf(job), 'InputError: no article', { retryable: false, delayMs: 0 })).toBe('failed');
  });

  it('sends dead letters back to the queue on request', async () => {
    await enqueue(pool, [urlJob(1), urlJob(2)]);
    for (const job of await claimJobs(pool, 'w', 2, 30_000)) {
      await failJob(pool, leaseOf(job), 'boom', { retryable: false, delayMs: 0 });
    }
    const [one] = await listJobs(pool, { state: 'failed' });
    expect(await retryFailed(pool, [one.id])).toBe(1);
    expect(await countJobs(pool)).toEqual({ queued: 1, running: 0, done: 0, failed: 1 });
    expect(await retryFailed(pool)).toBe(1);
    const again = await claimJobs(pool, 'w', 5, 30_000);
    expect(again.map((j) => j.attempts)).toEqual([1, 1]);
  });

  it.each([
    ['no article in the page', new InputError('no article'), false],
    ['404', new FetchError('not found', { status: 404 }), false],
    ['410', new FetchError('gone', { status: 410 }), false],
    ['429', new FetchError('slow down', { status: 429 }), true],
    ['503', new FetchError('unavailable', { status: 503 }), true],
    ['timeout (no status)', new FetchError('timed out'), true],
    ['unknown error', new Error('ECONNRESET'), true],
  ])('retries %s: %s', (_name, err, retry) => {
    expect(isRetryable(err)).toBe(retry);
  });
});

describe('pruning', () => {
  it('deletes only done jobs older than asked', async () => {
    await enqueue(pool, [urlJob(1), urlJob(2), urlJob(3)]);
    const [a, b, c] = await claimJobs(pool, 'w', 3, 30_000);
    await completeJob(pool, leaseOf(a));
    await completeJob(pool, leaseOf(b));
    await failJob(pool, leaseOf(c), 'x', { retryable: false, delayMs: 0 });
    await pool.query(`UPDATE queue_jobs SET finished_at = now() - interval '10 days' WHERE id IN ($1, $2)`, [a.id, c.id]);
    expect(await pruneDone(pool, 7 * 86_400_000)).toBe(1);
    expect(await countJobs(pool)).toEqual({ queued: 0, running: 0, done: 1, failed: 1 });
  });
});

describe('contention', () => {
  const pgError = (code: string) => Object.assign(new Error('pg'), { code });
  it.each([
    ['deadlock', pgError('40P01'), true],
    ['serialization failure', pgError('40001'), true],
    ['unique violation under the ledger\'s StoreError', new Error('ledger storeArticle failed', { cause: pgError('23505') }), true],
    ['undefined table', pgError('42P01'), false],
    ['a Node error code', Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), false],
    ['not an error', 'boom', false],
  ])('%s', (_name, err, expected) => {
    expect(isContention(err)).toBe(expected);
  });
});

describe('backoff', () => {
  it.each([
    // attempts, random, expected ms (base 1000, cap 60000)
    [1, 0, 500],
    [1, 0.999, 1000],
    [2, 0, 1000],
    [3, 0.5, 3000],
    [7, 0, 30000],
    [30, 0.999, 59970],
  ])('after %i failures with random %f waits %i ms', (attempts, random, ms) => {
    expect(backoffDelay(attempts, { baseMs: 1_000, capMs: 60_000, random: () => random })).toBe(ms);
  });

  it('grows with each failure and never passes the cap', () => {
    const mid = (a: number) => backoffDelay(a, { random: () => 0.5 });
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 20].map(mid);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]);
    expect(Math.max(...delays)).toBeLessThanOrEqual(10 * 60_000);
  });
});
