/**
 * The queue itself: plain SQL over one table, `queue_jobs`. Workers take jobs with
 * `FOR UPDATE SKIP LOCKED`, so any number of them on any number of machines never
 * take the same job twice at the same time, and never wait on each other.
 *
 * A taken job carries a lease (`locked_until`) that its worker keeps extending. When a
 * worker dies (SIGKILL, power cut) its lease runs out and the job is taken again. The
 * attempt number is the fencing token: a worker that lost its lease cannot mark the
 * job done or failed over the top of the worker that took it next.
 */
import type pg from 'pg';
import type { Job, JobKind, JobResult, JobState, Lease, NewJob, PayloadOf, QueueCounts } from './types.js';
import { JOB_STATES } from './types.js';

/** A pool or one checked-out client (to run inside the caller's transaction). */
export type Db = pg.Pool | pg.PoolClient;

/** Retries after the first try; enough to ride out a site's bad hour with backoff. */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** Rows per INSERT: keeps one statement's parameter arrays to a few hundred KB. */
const ENQUEUE_CHUNK = 1_000;
/** Longest error text kept per job: the reason, not a whole HTML error page. */
const MAX_ERROR_CHARS = 2_000;

interface JobRow {
  id: string;
  kind: JobKind;
  payload: PayloadOf[JobKind];
  dedupe_key: string | null;
  state: JobState;
  attempts: number;
  max_attempts: number;
  run_after: Date;
  locked_by: string | null;
  locked_until: Date | null;
  last_error: string | null;
  result: JobResult | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

function toJob(r: JobRow): Job {
  return {
    id: String(r.id),
    kind: r.kind,
    payload: r.payload,
    dedupeKey: r.dedupe_key,
    state: r.state,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAfter: r.run_after,
    lockedBy: r.locked_by,
    lockedUntil: r.locked_until,
    lastError: r.last_error,
    result: r.result,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  };
}

export interface EnqueueResult {
  /** Ids of the jobs added, in input order (dropped duplicates left out). */
  ids: string[];
  /** Jobs dropped because a job with the same dedupe key exists. */
  skipped: number;
}

/** Adds jobs; a job whose dedupe key is already taken is dropped, not an error. */
export async function enqueue(db: Db, jobs: readonly NewJob[]): Promise<EnqueueResult> {
  const ids: string[] = [];
  for (let i = 0; i < jobs.length; i += ENQUEUE_CHUNK) {
    const chunk = jobs.slice(i, i + ENQUEUE_CHUNK);
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO queue_jobs (kind, payload, dedupe_key, max_attempts, run_after)
       SELECT kind, payload, dedupe_key, max_attempts, coalesce(run_after, now())
       FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::int[], $5::timestamptz[])
            WITH ORDINALITY AS t(kind, payload, dedupe_key, max_attempts, run_after, n)
       ORDER BY n
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        chunk.map((j) => j.kind),
        chunk.map((j) => JSON.stringify(j.payload)),
        chunk.map((j) => j.dedupeKey ?? null),
        chunk.map((j) => j.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
        chunk.map((j) => j.runAfter ?? null),
      ],
    );
    for (const r of rows) ids.push(String(r.id));
  }
  return { ids, skipped: jobs.length - ids.length };
}

/**
 * Marks as failed the running jobs whose lease ran out on their last attempt: a job
 * that keeps killing its worker must end in the dead letter list, not loop forever.
 */
export async function reapExpired(db: Db): Promise<number> {
  const res = await db.query(
    `UPDATE queue_jobs
        SET state = 'failed', finished_at = now(), updated_at = now(), locked_by = NULL, locked_until = NULL,
            last_error = format('lease expired on attempt %s of %s: the worker stopped while processing (crash or kill)', attempts, max_attempts)
      WHERE state = 'running' AND locked_until < now() AND attempts >= max_attempts`,
  );
  return res.rowCount ?? 0;
}

/**
 * Takes up to `limit` jobs for `workerId`: ready queued jobs and running jobs whose
 * lease expired (their worker died), oldest first. Each taken job's attempt count
 * goes up by one; that count is the returned lease's fencing token. Expired jobs on
 * their last attempt are left for `reapExpired`, which workers run on their heartbeat.
 */
export async function claimJobs(db: Db, workerId: string, limit: number, leaseMs: number): Promise<Job[]> {
  if (limit <= 0) return [];
  const { rows } = await db.query<JobRow>(
    `WITH picked AS (
       SELECT id FROM queue_jobs
        WHERE (state = 'queued' AND run_after <= now())
           OR (state = 'running' AND locked_until < now() AND attempts < max_attempts)
        ORDER BY run_after, id
        LIMIT $2
        FOR UPDATE SKIP LOCKED
     )
     UPDATE queue_jobs j
        SET state = 'running', attempts = j.attempts + 1, locked_by = $1,
            locked_until = now() + make_interval(secs => $3::double precision / 1000), updated_at = now()
       FROM picked
      WHERE j.id = picked.id
     RETURNING j.*`,
    [workerId, limit, leaseMs],
  );
  return rows.map(toJob).sort((a, b) => Number(a.id) - Number(b.id));
}

/** The lease of a job just claimed. */
export function leaseOf(job: Job): Lease {
  return { id: job.id, attempt: job.attempts };
}

/** Pushes the leases of jobs still being worked on; returns how many were still held. */
export async function extendLeases(db: Db, leases: readonly Lease[], leaseMs: number): Promise<number> {
  if (leases.length === 0) return 0;
  const res = await db.query(
    `UPDATE queue_jobs j
        SET locked_until = now() + make_interval(secs => $3::double precision / 1000), updated_at = now()
       FROM unnest($1::bigint[], $2::int[]) AS l(id, attempt)
      WHERE j.id = l.id AND j.attempts = l.attempt AND j.state = 'running'`,
    [leases.map((l) => l.id), leases.map((l) => l.attempt), leaseMs],
  );
  return res.rowCount ?? 0;
}

/**
 * The statement that marks a job done, for callers that run it inside their own
 * transaction (the ledger's article write): `$1` id, `$2` attempt, `$3` result JSON.
 * It updates no row when the lease was lost to another worker.
 */
export const COMPLETE_SQL = `UPDATE queue_jobs
    SET state = 'done', result = $3::jsonb, finished_at = now(), updated_at = now(),
        locked_by = NULL, locked_until = NULL, last_error = NULL
  WHERE id = $1 AND attempts = $2 AND state = 'running'`;

/** Marks a job done; false when this lease no longer holds it. */
export async function completeJob(db: Db, lease: Lease, result: JobResult = {}): Promise<boolean> {
  const res = await db.query(COMPLETE_SQL, [lease.id, lease.attempt, JSON.stringify(result)]);
  return (res.rowCount ?? 0) === 1;
}

export type FailOutcome = 'retry' | 'failed' | 'lost';

/**
 * Records a failure. A retryable failure with attempts left goes back to the queue
 * after `delayMs`; anything else goes to the dead letter list (state `failed`).
 * 'lost' when this lease no longer holds the job.
 */
export async function failJob(
  db: Db,
  lease: Lease,
  error: string,
  opts: { retryable: boolean; delayMs: number },
): Promise<FailOutcome> {
  const { rows } = await db.query<{ state: JobState }>(
    `UPDATE queue_jobs
        SET state = CASE WHEN $3 AND attempts < max_attempts THEN 'queued' ELSE 'failed' END,
            run_after = CASE WHEN $3 AND attempts < max_attempts
                             THEN now() + make_interval(secs => $4::double precision / 1000) ELSE run_after END,
            finished_at = CASE WHEN $3 AND attempts < max_attempts THEN NULL ELSE now() END,
            last_error = $5, locked_by = NULL, locked_until = NULL, updated_at = now()
      WHERE id = $1 AND attempts = $2 AND state = 'running'
     RETURNING state`,
    [lease.id, lease.attempt, opts.retryable, opts.delayMs, error.slice(0, MAX_ERROR_CHARS)],
  );
  const state = rows[0]?.state;
  if (!state) return 'lost';
  return state === 'queued' ? 'retry' : 'failed';
}

/**
 * Puts a job back untouched, as if never taken (a worker shutting down before it
 * started the work): the attempt it used is given back.
 */
export async function releaseJob(db: Db, lease: Lease): Promise<boolean> {
  const res = await db.query(
    `UPDATE queue_jobs
        SET state = 'queued', attempts = attempts - 1, locked_by = NULL, locked_until = NULL, updated_at = now()
      WHERE id = $1 AND attempts = $2 AND state = 'running'`,
    [lease.id, lease.attempt],
  );
  return (res.rowCount ?? 0) === 1;
}

/** Jobs per state (every state present, zero when none). */
export async function countJobs(db: Db): Promise<QueueCounts> {
  const { rows } = await db.query<{ state: JobState; n: string }>(
    'SELECT state, count(*) AS n FROM queue_jobs GROUP BY state',
  );
  const counts = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as QueueCounts;
  for (const r of rows) counts[r.state] = Number(r.n);
  return counts;
}

/** Jobs not finished yet: queued (ready or waiting for a retry) or running. */
export async function pendingJobs(db: Db): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM queue_jobs WHERE state IN ('queued', 'running')`,
  );
  return Number(rows[0]?.n ?? 0);
}

export interface ListOptions {
  state?: JobState;
  limit?: number;
}

/** Newest first; failed jobs by when they failed. */
export async function listJobs(db: Db, opts: ListOptions = {}): Promise<Job[]> {
  const limit = opts.limit ?? 100;
  const { rows } = opts.state
    ? await db.query<JobRow>(
        `SELECT * FROM queue_jobs WHERE state = $1 ORDER BY coalesce(finished_at, updated_at) DESC, id DESC LIMIT $2`,
        [opts.state, limit],
      )
    : await db.query<JobRow>(`SELECT * FROM queue_jobs ORDER BY id DESC LIMIT $1`, [limit]);
  return rows.map(toJob);
}

/** Sends dead-lettered jobs (all, or the given ids) back to the queue with fresh attempts. */
export async function retryFailed(db: Db, ids?: readonly string[]): Promise<number> {
  const res = ids
    ? await db.query(
        `UPDATE queue_jobs SET state = 'queued', attempts = 0, run_after = now(), finished_at = NULL, updated_at = now()
          WHERE state = 'failed' AND id = ANY($1::bigint[])`,
        [ids],
      )
    : await db.query(
        `UPDATE queue_jobs SET state = 'queued', attempts = 0, run_after = now(), finished_at = NULL, updated_at = now()
          WHERE state = 'failed'`,
      );
  return res.rowCount ?? 0;
}

/** Deletes finished (done) jobs older than `olderThanMs`; returns how many. */
export async function pruneDone(db: Db, olderThanMs: number): Promise<number> {
  const res = await db.query(
    `DELETE FROM queue_jobs WHERE state = 'done' AND finished_at < now() - make_interval(secs => $1::double precision / 1000)`,
    [olderThanMs],
  );
  return res.rowCount ?? 0;
}
