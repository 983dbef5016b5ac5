import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { FetchError, InputError } from '../../src/errors.js';
import { openQueuePool } from '../../src/queue/db.js';
import {
  FEED_LEASE,
  acquireLease,
  leaseHolder,
  listFeeds,
  releaseLease,
  scheduleDueFeeds,
  subscribeFeed,
} from '../../src/queue/feeds.js';
import { claimJobs, countJobs, enqueue, listJobs } from '../../src/queue/jobs.js';
import type { Job } from '../../src/queue/types.js';
import { Worker, type JobHandler } from '../../src/queue/worker.js';
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

const urls = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'url' as const, payload: { url: `https://example.org/${i}` } }));

/** A handler that records what it ran and answers from a table of per-URL behaviours. */
function recorder(behave: (job: Job) => 'ok' | Error = () => 'ok') {
  const runs: Array<{ id: string; attempt: number }> = [];
  const dead: string[] = [];
  const handler: JobHandler = {
    async run(job) {
      runs.push({ id: job.id, attempt: job.attempts });
      await new Promise((r) => setImmediate(r));
      const b = behave(job);
      if (b instanceof Error) throw b;
      return { claims: 1 };
    },
    async deadLettered(job) {
      dead.push(job.id);
    },
  };
  return { handler, runs, dead };
}

describe('Worker', () => {
  it('runs every job once and stops when the queue is empty', async () => {
    await enqueue(pool, urls(60));
    const { handler, runs } = recorder();
    const summary = await new Worker({ pool, handler, concurrency: 4, pollMs: 20, stopWhen: 'empty', feeds: false }).run();
    expect(summary).toEqual({ done: 60, retried: 0, failed: 0, lost: 0 });
    expect(new Set(runs.map((r) => r.id)).size).toBe(60);
    expect(await countJobs(pool)).toEqual({ queued: 0, running: 0, done: 60, failed: 0 });
  });

  it('shares the queue between workers without running a job twice', async () => {
    await enqueue(pool, urls(200));
    const { handler, runs } = recorder();
    const workers = Array.from(
      { length: 3 },
      (_, i) => new Worker({ pool, handler, id: `w${i}`, concurrency: 3, pollMs: 20, stopWhen: 'empty', feeds: false }),
    );
    const summaries = await Promise.all(workers.map((w) => w.run()));
    expect(summaries.reduce((n, s) => n + s.done, 0)).toBe(200);
    expect(runs).toHaveLength(200);
    expect(new Set(runs.map((r) => r.id)).size).toBe(200);
  });

  it('retries a failing fetch with backoff and dead-letters what cannot succeed', async () => {
    await enqueue(pool, [
      { kind: 'url', payload: { url: 'https://flaky.example/' }, maxAttempts: 4 },
      { kind: 'url', payload: { url: 'https://down.example/' }, maxAttempts: 3 },
      { kind: 'url', payload: { url: 'https://empty.example/' } },
    ]);
    const { handler, runs, dead } = recorder((job) => {
      const url = (job.payload as { url: string }).url;
      if (url.includes('flaky') && job.attempts < 3) return new FetchError('HTTP 503', { status: 503 });
      if (url.includes('down')) return new FetchError('connection refused');
      if (url.includes('empty')) return new InputError('no article found in the page');
      return 'ok';
    });
    const summary = await new Worker({
      pool,
      handler,
      concurrency: 2,
      pollMs: 10,
      stopWhen: 'empty',
      feeds: false,
      backoff: { baseMs: 20, capMs: 80 },
    }).run();
    expect(summary).toEqual({ done: 1, retried: 4, failed: 2, lost: 0 });
    expect(runs.filter((r) => r.id === '1').map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(runs.filter((r) => r.id === '2').map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(runs.filter((r) => r.id === '3').map((r) => r.attempt)).toEqual([1]);
    expect(dead.sort()).toEqual(['2', '3']);
    const failed = await listJobs(pool, { state: 'failed' });
    expect(Object.fromEntries(failed.map((j) => [j.id, j.lastError]))).toEqual({
      '2': 'FetchError: connection refused',
      '3': 'InputError: no article found in the page',
    });
  });

  it('finishes the jobs it holds when asked to stop, and takes no more', async () => {
    await enqueue(pool, urls(10));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    let worker!: Worker;
    const handler: JobHandler = {
      async run() {
        started++;
        if (started === 2) worker.stop();
        await gate;
        return {};
      },
    };
    worker = new Worker({ pool, handler, concurrency: 2, pollMs: 10, feeds: false });
    const running = worker.run();
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await running).toMatchObject({ done: 2 });
    expect(await countJobs(pool)).toEqual({ queued: 8, running: 0, done: 2, failed: 0 });
  });

  it('dead-letters, on its heartbeat, a job whose worker died on the last attempt', async () => {
    await enqueue(pool, [{ kind: 'url', payload: { url: 'https://poison.example/' }, maxAttempts: 1 }]);
    const [job] = await claimJobs(pool, 'died', 1, 30_000);
    await pool.query(`UPDATE queue_jobs SET locked_until = now() - interval '1 second' WHERE id = $1`, [job.id]);
    const { handler, runs } = recorder();
    await new Worker({ pool, handler, leaseMs: 300, pollMs: 20, stopWhen: 'empty', feeds: false }).run();
    expect(runs).toEqual([]);
    const [failed] = await listJobs(pool, { state: 'failed' });
    expect(failed).toMatchObject({ id: job.id, attempts: 1 });
    expect(failed.lastError).toMatch(/lease expired on attempt 1 of 1/);
  });

  it('with stopWhen idle, leaves jobs that are not due yet', async () => {
    await enqueue(pool, [...urls(3), { kind: 'url', payload: { url: 'https://later.example/' }, runAfter: new Date(Date.now() + 3_600_000) }]);
    const { handler } = recorder();
    expect(await new Worker({ pool, handler, pollMs: 10, stopWhen: 'idle', feeds: false }).run()).toMatchObject({ done: 3 });
    expect((await countJobs(pool)).queued).toBe(1);
  });
});

describe('feed lease and schedule', () => {
  it('is held by one worker at a time and passes on when it runs out or is released', async () => {
    expect(await acquireLease(pool, FEED_LEASE, 'a', 60_000)).toBe(true);
    expect(await acquireLease(pool, FEED_LEASE, 'b', 60_000)).toBe(false);
    expect(await acquireLease(pool, FEED_LEASE, 'a', 60_000)).toBe(true); // renewal
    expect(await leaseHolder(pool, FEED_LEASE)).toBe('a');
    await pool.query(`UPDATE queue_feed_lease SET expires_at = now() - interval '1 second'`);
    expect(await acquireLease(pool, FEED_LEASE, 'b', 60_000)).toBe(true);
    await releaseLease(pool, FEED_LEASE, 'a'); // not a's any more: no effect
    expect(await leaseHolder(pool, FEED_LEASE)).toBe('b');
    await releaseLease(pool, FEED_LEASE, 'b');
    expect(await acquireLease(pool, FEED_LEASE, 'c', 60_000)).toBe(true);
  });

  it('elects exactly one holder among many concurrent contenders', async () => {
    const won = await Promise.all(Array.from({ length: 10 }, (_, i) => acquireLease(pool, FEED_LEASE, `w${i}`, 60_000)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('queues each due feed once per interval, even when schedulers race', async () => {
    await subscribeFeed(pool, 'https://news.example/rss', 3_600_000);
    await subscribeFeed(pool, 'https://other.example/atom', 3_600_000);
    const rounds = await Promise.all([scheduleDueFeeds(pool), scheduleDueFeeds(pool), scheduleDueFeeds(pool)]);
    expect(rounds.flat().sort()).toEqual(['https://news.example/rss', 'https://other.example/atom']);
    const jobs = await listJobs(pool);
    expect(jobs.map((j) => `${j.kind} ${(j.payload as { url: string }).url}`).sort()).toEqual([
      'feed https://news.example/rss',
      'feed https://other.example/atom',
    ]);
    expect(await scheduleDueFeeds(pool)).toEqual([]); // next poll is an hour away
    const feeds = await listFeeds(pool);
    expect(feeds.every((f) => f.nextPollAt.getTime() > Date.now() + 3_000_000)).toBe(true);
  });

  it('a worker schedules due feeds and runs the feed jobs', async () => {
    await subscribeFeed(pool, 'https://news.example/rss', 3_600_000);
    const { handler, runs } = recorder();
    const worker = new Worker({ pool, handler, pollMs: 10, feedTickMs: 100, stopWhen: 'never' });
    const running = worker.run();
    while (runs.length === 0) await new Promise((r) => setTimeout(r, 20));
    worker.stop();
    await running;
    const [job] = await listJobs(pool, { state: 'done' });
    expect(job).toMatchObject({ kind: 'feed', payload: { url: 'https://news.example/rss' } });
    expect(await leaseHolder(pool, FEED_LEASE)).toBeNull(); // given up on stop
  });
});
