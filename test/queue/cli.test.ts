/**
 * `tally jobs` and `tally worker` as a user runs them (needs `npm run build`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { openQueuePool } from '../../src/queue/db.js';
import { claimJobs, countJobs, enqueue, failJob, leaseOf } from '../../src/queue/jobs.js';
import { articlePage } from './articles.mjs';
import { freshSchema, type TestSchema } from './pg.js';

const BIN = fileURLToPath(new URL('../../bin/tally.js', import.meta.url));

let schema: TestSchema;
let pool: pg.Pool;

beforeAll(async () => {
  schema = await freshSchema();
  pool = await openQueuePool(schema.url);
});
afterAll(async () => {
  await pool?.end();
  await schema?.drop();
});
beforeEach(async () => {
  await pool.query('TRUNCATE queue_jobs, queue_feeds, queue_feed_lease RESTART IDENTITY');
});

function tally(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, TALLY_DB: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bad arguments: one line, exit 2', () => {
  it.each([
    ['no database', ['jobs'], /needs a PostgreSQL database/],
    ['a SQLite path', ['jobs', '--db', './tally.db'], /runs on PostgreSQL only/],
    ['an unreachable server', ['jobs', '--db', 'postgres://nobody@127.0.0.1:1/x'], /cannot connect to PostgreSQL/],
    ['a bad schema name', ['jobs', '--db', 'postgres://postgres@127.0.0.1:5432/test', '--schema', 'a;drop'], /bad schema name/],
    ['a zero concurrency', ['worker', '--db', 'postgres://postgres@127.0.0.1:5432/test', '--concurrency', '0'], /expected a positive integer/],
    ['a bad job id to retry', ['jobs', '--db', 'SCHEMA_URL', '--retry', 'x1'], /--retry takes job ids/],
  ])('%s', (_name, args, message) => {
    const r = tally(args.map((a) => (a === 'SCHEMA_URL' ? schema.url : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('tally jobs', () => {
  it('counts, lists dead letters and sends them back', async () => {
    await enqueue(pool, [1, 2, 3].map((n) => ({ kind: 'url' as const, payload: { url: `https://news.example/${n}` } })));
    const [job] = await claimJobs(pool, 'w', 1, 30_000);
    await failJob(pool, leaseOf(job), 'FetchError: HTTP 404 for https://news.example/1', { retryable: false, delayMs: 0 });

    const counts = tally(['jobs', '--db', schema.url]);
    expect(counts.code).toBe(0);
    expect(counts.stdout).toMatch(/^queued\s+2$/m);
    expect(counts.stdout).toMatch(/^failed\s+1$/m);

    const failed = tally(['jobs', '--db', schema.url, '--failed', '--json']);
    expect(failed.code).toBe(0);
    expect(JSON.parse(failed.stdout)).toMatchObject([
      { id: '1', kind: 'url', state: 'failed', attempts: 1, payload: { url: 'https://news.example/1' }, lastError: 'FetchError: HTTP 404 for https://news.example/1' },
    ]);
    const table = tally(['jobs', '--failed'], { TALLY_DB: schema.url });
    expect(table.stdout).toMatch(/^1\s+url\s+failed\s+1\/5\s+\S+\s+https:\/\/news\.example\/1\s+FetchError: HTTP 404/m);

    const retry = tally(['jobs', '--db', schema.url, '--retry']);
    expect(retry.stdout).toBe('1 failed job(s) back in the queue\n');
    expect(await countJobs(pool)).toEqual({ queued: 3, running: 0, done: 0, failed: 0 });
  });
});

describe('tally ingest --queue', () => {
  it('queues a folder for the workers instead of ingesting it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tally-cli-queue-'));
    try {
      for (const i of [1, 2]) await writeFile(join(dir, `r${i}.html`), articlePage(2_000 + i).html);
      const r = tally(['ingest', '--queue', dir, '--db', schema.url]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^2 job\(s\) queued/);
      expect(await countJobs(pool)).toEqual({ queued: 2, running: 0, done: 0, failed: 0 });
      const none = tally(['ingest', '--queue', '--db', schema.url]);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/nothing to queue/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('tally worker', () => {
  it('stops on SIGTERM after finishing the jobs in hand', { timeout: 120_000 }, async () => {
    await enqueue(
      pool,
      Array.from({ length: 300 }, (_, i) => {
        const { url, html } = articlePage(1_000 + i);
        return { kind: 'raw' as const, payload: { body: html, contentType: 'text/html', url } };
      }),
    );
    const child = spawn(process.execPath, [BIN, 'worker', '--db', schema.url, '--poll', '50', '--no-feeds'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    while ((await countJobs(pool)).done < 5) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM: finishing the jobs in hand/);
    expect(stderr).toMatch(/stopped: \d+ done, 0 retried, 0 failed, 0 lost/);
    const counts = await countJobs(pool);
    expect(counts.running).toBe(0);
    expect(counts.done + counts.queued).toBe(300);
    expect(counts.queued).toBeGreaterThan(0); // it stopped early, as asked
  });
});
