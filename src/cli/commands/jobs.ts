/**
 * `tally jobs`: what the ingestion queue holds. Counts per state by default; the
 * dead letter list with `--failed`; any state with `--state`; `--retry` sends dead
 * letters back to the queue.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Job, JobState } from '../../queue/types.js';

interface JobsFlags {
  db?: string;
  schema?: string;
  failed?: boolean;
  state?: JobState;
  limit: number;
  json?: boolean;
  retry?: string[] | boolean;
  prune?: number;
}

/** Widest error text in the table; `--json` has it whole. */
const MAX_ERROR_WIDTH = 80;
const STATES = ['queued', 'running', 'done', 'failed'] as const;
const DAY_MS = 86_400_000;

function limitArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive integer, e.g. 50; got ${JSON.stringify(v)}`);
  return n;
}

function target(job: Job): string {
  const p = job.payload as { url?: string; path?: string; origin?: string };
  return p.url ?? p.path ?? p.origin ?? `job:${job.id}`;
}

function clip(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

function table(rows: string[][]): string {
  // A loop, not a spread: a long queue listing would overflow a call's arguments.
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

function jobRows(jobs: Job[]): string {
  const when = (d: Date | null) => (d ? d.toISOString().replace(/\.\d+Z$/, 'Z') : '');
  return table([
    ['id', 'kind', 'state', 'attempts', 'updated', 'target', 'error'],
    ...jobs.map((j) => [
      j.id,
      j.kind,
      j.state,
      `${j.attempts}/${j.maxAttempts}`,
      when(j.finishedAt ?? j.updatedAt),
      clip(target(j), 60),
      clip(j.lastError ?? '', MAX_ERROR_WIDTH),
    ]),
  ]);
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(s, (err) => (err ? reject(err) : resolve())));
}

export function configure(cmd: Command): void {
  cmd
    .option('--db <url>', 'PostgreSQL URL of the queue (default: TALLY_DB)')
    .option('--schema <name>', 'PostgreSQL schema (default: the URL\'s ?schema=, else public)')
    .addOption(new Option('--failed', 'list the dead letter list: jobs that failed for good').conflicts('state'))
    .addOption(new Option('--state <state>', 'list jobs in this state').choices(STATES))
    .addOption(new Option('--limit <n>', 'most jobs listed').argParser(limitArg).default(50))
    .option('--retry [ids...]', 'send failed jobs (all, or these ids) back to the queue')
    .addOption(new Option('--prune <days>', 'delete done jobs finished more than this many days ago').argParser(limitArg))
    .option('--json', 'print JSON')
    .action(async (flags: JobsFlags) => {
      const [{ resolveQueueUrl, openQueuePool }, jobs, feeds, { InputError }] = await Promise.all([
        import('../../queue/db.js'),
        import('../../queue/jobs.js'),
        import('../../queue/feeds.js'),
        import('../../errors.js'),
      ]);
      const pool = await openQueuePool(resolveQueueUrl(flags.db), { schema: flags.schema });
      try {
        if (flags.retry) {
          const ids = Array.isArray(flags.retry) ? flags.retry : undefined;
          for (const id of ids ?? []) {
            if (!/^\d+$/.test(id)) throw new InputError(`--retry takes job ids such as 12 34, got ${JSON.stringify(id)}`);
          }
          const n = await jobs.retryFailed(pool, ids);
          await write(flags.json ? `${JSON.stringify({ requeued: n })}\n` : `${n} failed job(s) back in the queue\n`);
          return;
        }
        if (flags.prune !== undefined) {
          const n = await jobs.pruneDone(pool, flags.prune * DAY_MS);
          await write(flags.json ? `${JSON.stringify({ deleted: n })}\n` : `${n} done job(s) deleted\n`);
          return;
        }
        const state: JobState | undefined = flags.failed ? 'failed' : flags.state;
        if (state) {
          const list = await jobs.listJobs(pool, { state, limit: flags.limit });
          if (flags.json) await write(`${JSON.stringify(list, null, 2)}\n`);
          else await write(list.length ? jobRows(list) : `no ${state} jobs\n`);
          return;
        }
        const [counts, holder, feedList] = await Promise.all([
          jobs.countJobs(pool),
          feeds.leaseHolder(pool, feeds.FEED_LEASE),
          feeds.listFeeds(pool),
        ]);
        if (flags.json) {
          await write(`${JSON.stringify({ counts, feedScheduler: holder, feeds: feedList }, null, 2)}\n`);
          return;
        }
        const lines = STATES.map((s) => `${s.padEnd(8)} ${counts[s]}`);
        lines.push(`feeds    ${feedList.length} (scheduler: ${holder ?? 'none'})`);
        await write(`${lines.join('\n')}\n`);
      } finally {
        await pool.end().catch(() => undefined);
      }
    });
}
