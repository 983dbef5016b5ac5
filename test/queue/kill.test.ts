/**
 * Four real `tally worker` processes on 1,000 queued articles; one is killed with
 * SIGKILL while it holds jobs. Every article must end up stored exactly once with all
 * its claims, and the queue empty. Needs `npm run build` (CI builds before testing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { extractClaims } from '../../src/extract/index.js';
import { parseArticle } from '../../src/ingest/index.js';
import { openLedger } from '../../src/ledger/index.js';
import type { Ledger } from '../../src/ledger/types.js';
import { openQueuePool } from '../../src/queue/db.js';
import { rawInputOf } from '../../src/queue/ingest-handler.js';
import { countJobs, enqueue } from '../../src/queue/jobs.js';
import type { Job, NewJob } from '../../src/queue/types.js';
import { articlePage } from './articles.mjs';
import { freshSchema, type TestSchema } from './pg.js';

const ARTICLES = 1_000;
const WORKERS = 4;
/** Kill once this many articles are done: well into the run, well before its end. */
const KILL_AFTER = 250;
/** Short, so the killed worker's jobs come back soon; still many heartbeats long. */
const LEASE_MS = 3_000;
const BIN = fileURLToPath(new URL('../../bin/tally.js', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/cli/commands/worker.js', import.meta.url));

let schema: TestSchema;
let pool: pg.Pool;
let ledger: Ledger;
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before this test');
  schema = await freshSchema();
  pool = await openQueuePool(schema.url);
  ledger = await openLedger({ db: schema.url });
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await ledger?.close();
  await pool?.end();
  await schema?.drop();
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function startWorker(): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(
    process.execPath,
    [BIN, 'worker', '--db', schema.url, '--until-empty', '--concurrency', '2', '--poll', '100', '--lease', String(LEASE_MS), '--no-feeds'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exit };
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

describe('four workers, one killed with SIGKILL', () => {
  it('stores every article exactly once with all its claims and empties the queue', { timeout: 600_000 }, async () => {
    const jobs: NewJob[] = [];
    const expectedClaims = new Map<string, number>();
    for (let i = 0; i < ARTICLES; i++) {
      const { url, html } = articlePage(i);
      const job: NewJob = { kind: 'raw', payload: { body: html, contentType: 'text/html; charset=utf-8', url, origin: url } };
      jobs.push(job);
      // What the extractor finds in this page is what the ledger must hold for it.
      const article = parseArticle(rawInputOf({ id: String(i) } as Job, job.payload as never));
      expectedClaims.set(url, extractClaims(article, { published: article.published }).length);
    }
    await enqueue(pool, jobs);

    const workers = Array.from({ length: WORKERS }, startWorker);
    const victim = workers[0];
    const victimPid = victim.child.pid!;

    // Wait until the run is well under way and the victim holds jobs, then kill it.
    let orphans: string[] = [];
    for (;;) {
      const { rows } = await pool.query<{ done: string; mine: string[] | null }>(
        `SELECT count(*) FILTER (WHERE state = 'done') AS done,
                array_agg(id::text) FILTER (WHERE state = 'running' AND locked_by LIKE $1) AS mine
           FROM queue_jobs`,
        [`%:${victimPid}:%`],
      );
      if (Number(rows[0].done) >= KILL_AFTER && rows[0].mine?.length) {
        victim.child.kill('SIGKILL');
        break;
      }
      if (victim.child.exitCode !== null) throw new Error(`worker exited early: ${(await victim.exit).stderr}`);
      await sleep(20);
    }
    const killed = await victim.exit;
    expect(killed.signal).toBe('SIGKILL');
    {
      // The jobs it held at death: still marked running under its name until their leases run out.
      const { rows } = await pool.query<{ id: string }>(
        `SELECT id::text FROM queue_jobs WHERE state = 'running' AND locked_by LIKE $1`,
        [`%:${victimPid}:%`],
      );
      orphans = rows.map((r) => r.id);
    }

    const survivors = await Promise.all(workers.slice(1).map((w) => w.exit));
    for (const s of survivors) expect(s, s.stderr).toMatchObject({ code: 0, signal: null });

    // Nothing left in the queue, nothing failed.
    expect(await countJobs(pool)).toEqual({ queued: 0, running: 0, done: ARTICLES, failed: 0 });

    // The victim's unfinished jobs were taken over and finished by the others.
    expect(orphans.length).toBeGreaterThan(0);
    const { rows: taken } = await pool.query<{ id: string; attempts: number; locked_by: string | null; state: string }>(
      `SELECT id::text, attempts, state FROM queue_jobs WHERE id = ANY($1::bigint[])`,
      [orphans],
    );
    for (const j of taken) expect(j).toMatchObject({ state: 'done' }), expect(j.attempts).toBeGreaterThanOrEqual(2);

    // Every article once, with every claim the extractor finds in it.
    const stored = new Map<string, number>();
    let cursor: string | null = null;
    do {
      const page = await ledger.listArticles({}, { limit: 1000, cursor });
      for (const a of page.items) {
        expect(stored.has(a.url!), `stored twice: ${a.url}`).toBe(false);
        stored.set(a.url!, a.claimCount);
      }
      cursor = page.next;
    } while (cursor);
    expect(stored.size).toBe(ARTICLES);
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(expectedClaims));
    const totalExpected = [...expectedClaims.values()].reduce((a, b) => a + b, 0);
    expect(await ledger.countClaims({})).toBe(totalExpected);
  });
});
