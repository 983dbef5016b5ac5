/**
 * A worker: takes jobs from the queue, runs them through a handler, records the
 * outcome. Many workers (processes, machines) share one queue; inside one process
 * `concurrency` jobs run at once, which pays off while jobs wait on the network.
 *
 * Lifecycle of a job in a worker:
 *   claim (lease) → handler.run → complete            on success
 *                               → fail: retry later   retryable error, attempts left
 *                               → fail: dead letter   otherwise
 * A heartbeat extends the leases of running jobs; a worker that dies simply stops
 * extending them, and the jobs are taken again once the leases run out.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { describeError, isRetryable } from './errors.js';
import { FEED_LEASE, acquireLease, releaseLease, scheduleDueFeeds } from './feeds.js';
import { claimJobs, completeJob, extendLeases, failJob, leaseOf, pendingJobs, reapExpired, type FailOutcome } from './jobs.js';
import type { Job, JobResult, Lease } from './types.js';

/** Long enough that a slow fetch plus extraction never outlives it between heartbeats. */
export const DEFAULT_LEASE_MS = 30_000;
/** How long an idle worker waits before asking the queue again. */
export const DEFAULT_POLL_MS = 1_000;
/** Leases are renewed this many times per lease period: two heartbeats may be missed. */
const HEARTBEATS_PER_LEASE = 3;
/** How often a worker tries for the feed lease and schedules due feeds. */
export const DEFAULT_FEED_TICK_MS = 10_000;

export interface JobContext {
  pool: pg.Pool;
  workerId: string;
}

/** What turns a job into stored data. */
export interface JobHandler {
  run(job: Job, ctx: JobContext): Promise<JobResult>;
  /** Called once when a job goes to the dead letter list (e.g. to record it in the ledger). */
  deadLettered?(job: Job, error: unknown): Promise<void>;
}

/**
 * When the worker stops on its own: `never` (until SIGTERM), `idle` (no job ready
 * now and none running here: `--once`) or `empty` (no job queued or running anywhere,
 * including jobs waiting for a retry or held by other workers: `--until-empty`).
 */
export type StopWhen = 'never' | 'idle' | 'empty';

export interface WorkerOptions {
  pool: pg.Pool;
  handler: JobHandler;
  id?: string;
  concurrency?: number;
  pollMs?: number;
  leaseMs?: number;
  backoff?: BackoffOptions;
  stopWhen?: StopWhen;
  /** Take part in feed scheduling (default true). */
  feeds?: boolean;
  feedTickMs?: number;
  log?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { type: 'done'; job: Job; result: JobResult; ms: number }
  | { type: 'retry'; job: Job; error: string; delayMs: number }
  | { type: 'failed'; job: Job; error: string }
  | { type: 'lost'; job: Job }
  | { type: 'feeds'; scheduled: string[] }
  | { type: 'warn'; message: string };

export interface WorkerSummary {
  done: number;
  retried: number;
  failed: number;
  /** Jobs whose lease was taken over before this worker finished them. */
  lost: number;
}

/** `host:pid:random`: readable in `tally jobs`, unique across restarts. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export class Worker {
  readonly id: string;
  private readonly opts: Required<Omit<WorkerOptions, 'id' | 'backoff' | 'log'>> & Pick<WorkerOptions, 'backoff' | 'log'>;
  private readonly active = new Map<string, Lease>();
  private readonly inflight = new Set<Promise<void>>();
  private stopping = false;
  private wake: (() => void) | null = null;
  private readonly summary: WorkerSummary = { done: 0, retried: 0, failed: 0, lost: 0 };

  constructor(options: WorkerOptions) {
    this.id = options.id ?? newWorkerId();
    this.opts = {
      pool: options.pool,
      handler: options.handler,
      concurrency: Math.max(1, options.concurrency ?? 1),
      pollMs: Math.max(10, options.pollMs ?? DEFAULT_POLL_MS),
      leaseMs: Math.max(100, options.leaseMs ?? DEFAULT_LEASE_MS),
      stopWhen: options.stopWhen ?? 'never',
      feeds: options.feeds ?? true,
      feedTickMs: Math.max(100, options.feedTickMs ?? DEFAULT_FEED_TICK_MS),
      backoff: options.backoff,
      log: options.log,
    };
  }

  /** Asks the worker to stop: no new jobs are taken; running ones are finished. */
  stop(): void {
    this.stopping = true;
    this.nudge();
  }

  /** Runs until stopped (or until `stopWhen` says so); resolves with what was done. */
  async run(): Promise<WorkerSummary> {
    const heartbeat = setInterval(() => void this.heartbeat(), Math.floor(this.opts.leaseMs / HEARTBEATS_PER_LEASE));
    const feedTimer = this.opts.feeds ? setInterval(() => void this.feedTick(), this.opts.feedTickMs) : null;
    if (this.opts.feeds) void this.feedTick();
    try {
      await this.loop();
      await Promise.all(this.inflight);
    } finally {
      clearInterval(heartbeat);
      if (feedTimer) clearInterval(feedTimer);
      if (this.opts.feeds) await releaseLease(this.opts.pool, FEED_LEASE, this.id).catch(() => undefined);
    }
    return { ...this.summary };
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const free = this.opts.concurrency - this.active.size;
      let claimed: Job[] = [];
      if (free > 0) {
        try {
          claimed = await claimJobs(this.opts.pool, this.id, free, this.opts.leaseMs);
        } catch (err) {
          this.emit({ type: 'warn', message: `cannot take jobs: ${describeError(err)}` });
        }
        // stop() may have come while the claim was on its way: the jobs are ours now
        // and are run to the end like any other.
        for (const job of claimed) this.start(job);
        if (claimed.length === free) continue;
      }
      if (this.active.size === 0 && claimed.length === 0 && (await this.shouldStop())) return;
      // Woken early when a running job finishes, a feed is scheduled or stop() is called.
      await this.sleep(this.opts.pollMs);
    }
  }

  private async shouldStop(): Promise<boolean> {
    if (this.opts.stopWhen === 'idle') return true;
    if (this.opts.stopWhen === 'empty') {
      try {
        return (await pendingJobs(this.opts.pool)) === 0;
      } catch (err) {
        this.emit({ type: 'warn', message: `cannot count jobs: ${describeError(err)}` });
      }
    }
    return false;
  }

  private start(job: Job): void {
    const lease = leaseOf(job);
    this.active.set(job.id, lease);
    const p = this.process(job, lease).finally(() => {
      this.active.delete(job.id);
      this.inflight.delete(p);
      this.nudge();
    });
    this.inflight.add(p);
  }

  private async process(job: Job, lease: Lease): Promise<void> {
    const { pool, handler } = this.opts;
    const started = performance.now();
    let result: JobResult;
    try {
      result = await handler.run(job, { pool, workerId: this.id });
    } catch (err) {
      await this.recordFailure(job, lease, err);
      return;
    }
    try {
      if (await completeJob(pool, lease, result)) {
        this.summary.done++;
        this.emit({ type: 'done', job, result, ms: performance.now() - started });
      } else {
        // Another worker holds the job now; the article write is idempotent, so the
        // work done here is harmless and theirs will find it already stored.
        this.summary.lost++;
        this.emit({ type: 'lost', job });
      }
    } catch (err) {
      // The work is stored but not marked; the lease will run out and the job be
      // taken again, which the idempotent write makes a no-op.
      this.emit({ type: 'warn', message: `job ${job.id}: cannot mark done: ${describeError(err)}` });
    }
  }

  private async recordFailure(job: Job, lease: Lease, err: unknown): Promise<void> {
    const error = describeError(err);
    const retryable = isRetryable(err);
    const delayMs = backoffDelay(job.attempts, this.opts.backoff);
    let outcome: FailOutcome;
    try {
      outcome = await failJob(this.opts.pool, lease, error, { retryable, delayMs });
    } catch (dbErr) {
      this.emit({ type: 'warn', message: `job ${job.id}: cannot record failure (${error}): ${describeError(dbErr)}` });
      return;
    }
    if (outcome === 'retry') {
      this.summary.retried++;
      this.emit({ type: 'retry', job, error, delayMs });
    } else if (outcome === 'failed') {
      this.summary.failed++;
      this.emit({ type: 'failed', job, error });
      await this.opts.handler.deadLettered?.(job, err).catch((hookErr: unknown) => {
        this.emit({ type: 'warn', message: `job ${job.id}: dead-letter hook failed: ${describeError(hookErr)}` });
      });
    } else {
      this.summary.lost++;
      this.emit({ type: 'lost', job });
    }
  }

  private async heartbeat(): Promise<void> {
    try {
      if (this.active.size > 0) await extendLeases(this.opts.pool, [...this.active.values()], this.opts.leaseMs);
      // Jobs that died with their workers on their last attempt go to the dead letter list.
      if ((await reapExpired(this.opts.pool)) > 0) this.nudge();
    } catch (err) {
      this.emit({ type: 'warn', message: `cannot extend leases: ${describeError(err)}` });
    }
  }

  private async feedTick(): Promise<void> {
    if (this.stopping) return;
    try {
      const held = await acquireLease(this.opts.pool, FEED_LEASE, this.id, this.opts.feedTickMs * HEARTBEATS_PER_LEASE);
      if (!held) return;
      const scheduled = await scheduleDueFeeds(this.opts.pool);
      if (scheduled.length > 0) {
        this.emit({ type: 'feeds', scheduled });
        this.nudge();
      }
    } catch (err) {
      this.emit({ type: 'warn', message: `feed scheduling: ${describeError(err)}` });
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private nudge(): void {
    this.wake?.();
  }

  private emit(event: WorkerEvent): void {
    this.opts.log?.(event);
  }
}
