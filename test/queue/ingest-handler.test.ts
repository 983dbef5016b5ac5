/**
 * The ingest handler end to end on real parts: the reader fetching from a loopback
 * server, the extractor, the ledger and the queue in a fresh PostgreSQL schema.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { extractClaims } from '../../src/extract/index.js';
import { loadInput, parseArticle } from '../../src/ingest/index.js';
import { openLedger } from '../../src/ledger/index.js';
import type { Ledger } from '../../src/ledger/types.js';
import { openQueuePool } from '../../src/queue/db.js';
import { listFeeds } from '../../src/queue/feeds.js';
import { createIngestHandler } from '../../src/queue/ingest-handler.js';
import { countJobs, enqueue, listJobs } from '../../src/queue/jobs.js';
import { Worker } from '../../src/queue/worker.js';
import { articlePage } from './articles.mjs';
import { freshSchema, type TestSchema } from './pg.js';

let schema: TestSchema;
let pool: pg.Pool;
let ledger: Ledger;
let server: Server;
let base: string;
let dir: string;
let flakyHits = 0;

beforeAll(async () => {
  schema = await freshSchema();
  pool = await openQueuePool(schema.url, { concurrency: 4 });
  ledger = await openLedger({ db: schema.url });
  dir = await mkdtemp(join(tmpdir(), 'tally-queue-'));
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const page = /^\/reports\/(?<n>\d+)$/.exec(path);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(articlePage(Number(page.groups!.n), base).html);
    }
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'text/xml' }); // generic type: recognised by sniffing
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><link>${base}/reports/1</link></item>
        <item><link>/reports/2</link></item>
        <item><link>${base}/reports/3</link></item></channel></rss>`);
    }
    if (path === '/flaky') {
      flakyHits++;
      if (flakyHits < 3) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('busy');
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(articlePage(40, base).html);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await ledger?.close();
  await pool?.end();
  await schema?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await pool.query('TRUNCATE queue_jobs, queue_feeds, queue_feed_lease RESTART IDENTITY');
});

function worker(): Worker {
  return new Worker({
    pool,
    concurrency: 3,
    pollMs: 20,
    stopWhen: 'empty',
    feeds: false,
    backoff: { baseMs: 20, capMs: 50 },
    handler: createIngestHandler({ ledger, loadInput, parseArticle, extractClaims, read: { allowPrivate: true, timeoutMs: 5_000 } }),
  });
}

async function storedByUrl(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const page = await ledger.listArticles({}, { limit: 1000 });
  for (const a of page.items) out.set(a.url ?? a.key, a.claimCount);
  return out;
}

async function expectedClaims(url: string): Promise<number> {
  const a = parseArticle(await loadInput(url, { allowPrivate: true }));
  return extractClaims(a, { published: a.published }).length;
}

describe('ingest handler', () => {
  it('expands a feed into item jobs, stores each item once, and subscribes the feed', async () => {
    await enqueue(pool, [{ kind: 'url', payload: { url: `${base}/feed.xml` } }]);
    expect(await worker().run()).toMatchObject({ done: 4, failed: 0 });
    const stored = await storedByUrl();
    for (const n of [1, 2, 3]) {
      expect(stored.get(`${base}/reports/${n}`)).toBe(await expectedClaims(`${base}/reports/${n}`));
    }
    const feeds = await listFeeds(pool);
    expect(feeds.map((f) => f.url)).toEqual([`${base}/feed.xml`]);
    expect((await ledger.listFeeds()).map((f) => f.url)).toContain(`${base}/feed.xml`);
    const items = await listJobs(pool, { state: 'done' });
    expect(items.filter((j) => j.dedupeKey?.startsWith('item:'))).toHaveLength(3);

    // Polled again: the items are known, nothing new is queued or stored.
    await enqueue(pool, [{ kind: 'feed', payload: { url: `${base}/feed.xml` } }]);
    expect(await worker().run()).toMatchObject({ done: 1 });
    const [poll] = await listJobs(pool, { state: 'done', limit: 1 });
    expect(poll.result).toEqual({ items: 3, queued: 0 });
    expect((await storedByUrl()).size).toBe(stored.size);
  });

  it('retries a failing fetch, dead-letters a 404 and records it in the ledger', async () => {
    flakyHits = 0;
    await enqueue(pool, [
      { kind: 'url', payload: { url: `${base}/flaky` } },
      { kind: 'url', payload: { url: `${base}/gone` } },
    ]);
    expect(await worker().run()).toMatchObject({ done: 1, retried: 2, failed: 1 });
    expect(flakyHits).toBe(3);
    const [dead] = await listJobs(pool, { state: 'failed' });
    expect(dead.payload).toEqual({ url: `${base}/gone` });
    expect(dead.attempts).toBe(1);
    expect(dead.lastError).toMatch(/^FetchError: .*404/);
    const errors = await ledger.listErrors({ limit: 10 });
    expect(errors.items.some((e) => e.origin === `${base}/gone` && e.kind === 'fetch')).toBe(true);
  });

  it('stores raw and file jobs, and a job run twice stores its article once', async () => {
    const page = articlePage(77, 'https://elsewhere.example');
    const file = join(dir, 'report.html');
    const filePage = articlePage(78, 'https://elsewhere.example');
    await writeFile(file, filePage.html);
    const rawJob = { kind: 'raw' as const, payload: { body: page.html, contentType: 'text/html', url: page.url } };
    await enqueue(pool, [rawJob, { kind: 'file', payload: { path: file } }]);
    expect(await worker().run()).toMatchObject({ done: 2 });
    const before = await storedByUrl();
    expect(before.has(page.url)).toBe(true);
    expect(before.has(filePage.url)).toBe(true);

    await enqueue(pool, [rawJob]);
    expect(await worker().run()).toMatchObject({ done: 1 });
    const [again] = await listJobs(pool, { state: 'done', limit: 1 });
    expect(again.result).toMatchObject({ outcome: 'unchanged' });
    expect(await storedByUrl()).toEqual(before);
    expect(await countJobs(pool)).toMatchObject({ queued: 0, running: 0, failed: 0 });
  });

  it('dead-letters a page with no article at once', async () => {
    await enqueue(pool, [{ kind: 'raw', payload: { body: '', contentType: 'text/html', origin: 'empty.html' } }]);
    expect(await worker().run()).toMatchObject({ failed: 1, retried: 0 });
    const [dead] = await listJobs(pool, { state: 'failed' });
    expect(dead.lastError).toMatch(/^InputError: /);
  });
});
