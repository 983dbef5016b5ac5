// Ingest throughput on the PostgreSQL queue with 1, 2 and 4 `tally worker` processes.
// Each run: a fresh schema, N generated articles queued as raw jobs, the workers
// started with --until-empty; we time from spawn to the last exit ("wall", includes
// process start and migrations check) and from the first to the last finished job
// ("steady"). Bounded: each run is stopped after RUN_BUDGET_MS.
//   TALLY_BENCH_PG=postgres://…  (default: TALLY_TEST_PG, else the local server)
//   node bench/queue.bench.mjs [--articles=300] [--workers=1,2,4]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg, availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openLedger } from '../dist/ledger/index.js';
import { openQueuePool } from '../dist/queue/db.js';
import { enqueue } from '../dist/queue/jobs.js';
import { articlePage } from '../test/queue/articles.mjs';

const PG_URL = process.env.TALLY_BENCH_PG ?? process.env.TALLY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const ARTICLES = Number(arg('articles', '300'));
const WORKER_COUNTS = arg('workers', '1,2,4').split(',').map(Number);
/** Jobs in flight per worker process: covers the database round trips of the other. */
const CONCURRENCY = 2;
const RUN_BUDGET_MS = 120_000;
const BIN = fileURLToPath(new URL('../bin/tally.js', import.meta.url));

async function admin(sql) {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function run(workers) {
  const schema = `tally_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE SCHEMA ${schema}`);
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  try {
    // Migrate both parts first so the timed run measures ingestion only.
    const ledger = await openLedger({ db: url });
    const pool = await openQueuePool(url);
    await enqueue(
      pool,
      Array.from({ length: ARTICLES }, (_, i) => {
        const { url: u, html } = articlePage(i);
        return { kind: 'raw', payload: { body: html, contentType: 'text/html; charset=utf-8', url: u, origin: u } };
      }),
    );
    const t0 = performance.now();
    const procs = Array.from({ length: workers }, () =>
      spawn(process.execPath, [BIN, 'worker', '--db', url, '--until-empty', '--concurrency', String(CONCURRENCY), '--poll', '50', '--no-feeds'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    );
    const stderr = procs.map(() => '');
    procs.forEach((p, i) => p.stderr.on('data', (d) => (stderr[i] = (stderr[i] + d).slice(-2_000))));
    const timer = setTimeout(() => procs.forEach((p) => p.kill('SIGKILL')), RUN_BUDGET_MS);
    const codes = await Promise.all(procs.map((p) => new Promise((r) => p.on('exit', (code) => r(code)))));
    clearTimeout(timer);
    codes.forEach((c, i) => {
      if (c !== 0) console.error(`worker ${i + 1} of ${workers} exited with ${c ?? 'a signal'}: ${stderr[i].trim().split('\n').slice(-3).join(' | ')}`);
    });
    const wallS = (performance.now() - t0) / 1000;
    const { rows } = await pool.query(
      `SELECT count(*) FILTER (WHERE state = 'done')::int AS done,
              extract(epoch FROM max(finished_at) - min(finished_at))::float AS span
         FROM queue_jobs`,
    );
    const { done, span } = rows[0];
    const claims = await ledger.countClaims({});
    await pool.end();
    await ledger.close();
    return {
      workers,
      done,
      wallS,
      wallRate: done / wallS,
      steadyRate: span > 0 ? (done - 1) / span : NaN,
      claims,
      ok: codes.every((c) => c === 0) && done === ARTICLES,
    };
  } finally {
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

const results = [];
for (const w of WORKER_COUNTS) results.push(await run(w));

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
console.log(`queue ingest on PostgreSQL: ${ARTICLES} generated articles, ${CONCURRENCY} jobs in flight per worker`);
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end (other work slows every figure)`);
console.log('workers  done  claims  wall s  articles/s (wall)  articles/s (steady)');
for (const r of results) {
  console.log(
    `${String(r.workers).padStart(7)}  ${String(r.done).padStart(4)}  ${String(r.claims).padStart(6)}  ${f1(r.wallS).padStart(6)}  ${f1(r.wallRate).padStart(17)}  ${f1(r.steadyRate).padStart(19)}${r.ok ? '' : '  (incomplete)'}`,
  );
}
if (results.some((r) => !r.ok)) process.exitCode = 1;
