/**
 * `tally worker`: one ingestion worker on the PostgreSQL queue. Start as many as you
 * like, on as many machines as you like; they share the work through the queue.
 * SIGTERM or Ctrl-C stops taking jobs and finishes the ones in hand; a second signal
 * quits at once (the unfinished jobs go back to the queue when their leases run out).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Ledger } from '../../ledger/types.js';
import type { WorkerEvent } from '../../queue/worker.js';

interface WorkerFlags {
  db?: string;
  schema?: string;
  concurrency: number;
  poll: number;
  lease: number;
  backoff: number;
  feedInterval: number;
  once?: boolean;
  untilEmpty?: boolean;
  feeds: boolean;
  allowPrivate?: boolean;
  timeout: number;
  verbose?: boolean;
}

/** Exit status after a second interrupt, as shells report a SIGINT death. */
const EXIT_INTERRUPTED = 130;

function positiveInt(what: string, example: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected ${what}, e.g. ${example}; got ${JSON.stringify(v)}`);
    return n;
  };
}

const ms = positiveInt('a positive number of milliseconds', '1000');

function line(s: string): void {
  process.stderr.write(`${s}\n`);
}

function describeJob(e: { job: { id: string; kind: string; payload: unknown } }): string {
  const p = e.job.payload as { url?: string; path?: string; origin?: string };
  return `job ${e.job.id} (${e.job.kind} ${p.url ?? p.path ?? p.origin ?? ''})`.replace(' )', ')');
}

function logger(verbose: boolean): (e: WorkerEvent) => void {
  return (e) => {
    switch (e.type) {
      case 'done':
        if (!verbose) return;
        if (e.result.queued !== undefined) line(`${describeJob(e)}: feed with ${e.result.items} items, ${e.result.queued} new`);
        else line(`${describeJob(e)}: ${e.result.outcome ?? 'stored'}, article ${e.result.articleId}, ${e.result.claims} claims, ${Math.round(e.ms)} ms`);
        return;
      case 'retry':
        return line(`${describeJob(e)}: attempt ${e.job.attempts} failed, retry in ${Math.round(e.delayMs / 1000)} s: ${e.error}`);
      case 'failed':
        return line(`${describeJob(e)}: failed for good after ${e.job.attempts} attempt(s): ${e.error}`);
      case 'lost':
        return line(`${describeJob(e)}: lease lost to another worker; its result stands`);
      case 'feeds':
        if (verbose) line(`scheduled ${e.scheduled.length} feed poll(s)`);
        return;
      case 'warn':
        return line(`warning: ${e.message}`);
    }
  };
}

export function configure(cmd: Command): void {
  cmd
    .option('--db <url>', 'PostgreSQL URL shared by the queue and the ledger (default: TALLY_DB)')
    .option('--schema <name>', 'PostgreSQL schema (default: the URL\'s ?schema=, else public)')
    .addOption(new Option('--concurrency <n>', 'jobs processed at once by this worker').argParser(positiveInt('a positive integer', '4')).default(2))
    .addOption(new Option('--poll <ms>', 'how long an idle worker waits before asking again').argParser(ms).default(1_000))
    .addOption(new Option('--lease <ms>', 'how long a job stays with a worker that stops answering').argParser(ms).default(30_000))
    .addOption(new Option('--backoff <ms>', 'delay before the first retry of a failed job; doubles each time').argParser(ms).default(5_000))
    .addOption(new Option('--feed-interval <ms>', 'how often feeds found by this worker are polled').argParser(ms).default(15 * 60_000))
    .addOption(new Option('--once', 'process the jobs ready now, then exit').conflicts('untilEmpty'))
    .addOption(new Option('--until-empty', 'exit when no job is queued or running anywhere'))
    .option('--no-feeds', 'never schedule feed polls from this worker')
    .option('--allow-private', 'allow URLs on private, loopback or link-local addresses')
    .addOption(new Option('--timeout <ms>', 'deadline for fetching one URL').argParser(ms).default(10_000))
    .option('-v, --verbose', 'log every job')
    .action(async (flags: WorkerFlags) => {
      const [{ resolveQueueUrl, openQueuePool }, { Worker }, { createIngestHandler }, { openLedger }, ingest, { extractClaims }] =
        await Promise.all([
          import('../../queue/db.js'),
          import('../../queue/worker.js'),
          import('../../queue/ingest-handler.js'),
          import('../../ledger/index.js'),
          import('../../ingest/index.js'),
          import('../../extract/index.js'),
        ]);
      const url = resolveQueueUrl(flags.db);
      const pool = await openQueuePool(url, { concurrency: flags.concurrency, schema: flags.schema });
      let ledger: Ledger;
      try {
        ledger = await openLedger({ db: url, schema: flags.schema });
      } catch (err) {
        await pool.end();
        throw err;
      }
      const worker = new Worker({
        pool,
        concurrency: flags.concurrency,
        pollMs: flags.poll,
        leaseMs: flags.lease,
        backoff: { baseMs: flags.backoff },
        stopWhen: flags.once ? 'idle' : flags.untilEmpty ? 'empty' : 'never',
        feeds: flags.feeds,
        log: logger(flags.verbose ?? false),
        handler: createIngestHandler({
          ledger,
          loadInput: ingest.loadInput,
          parseArticle: ingest.parseArticle,
          extractClaims,
          read: { allowPrivate: flags.allowPrivate ?? false, timeoutMs: flags.timeout },
          feedIntervalMs: flags.feedInterval,
        }),
      });
      let signals = 0;
      const onSignal = (sig: NodeJS.Signals): void => {
        signals++;
        if (signals > 1) process.exit(EXIT_INTERRUPTED);
        line(`${sig}: finishing the jobs in hand (signal again to quit now)`);
        worker.stop();
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
      line(`worker ${worker.id} on ${ledger.location}: concurrency ${flags.concurrency}, lease ${flags.lease} ms`);
      try {
        const s = await worker.run();
        line(`worker ${worker.id} stopped: ${s.done} done, ${s.retried} retried, ${s.failed} failed, ${s.lost} lost`);
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await ledger.close().catch(() => undefined);
        await pool.end().catch(() => undefined);
      }
    });
}
