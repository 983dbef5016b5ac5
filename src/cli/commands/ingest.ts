/**
 * `tally ingest PATH|URL|FEED…`: adds articles to the ledger (folders recursively, feeds
 * item by item), extracting on every core, one transaction per article.
 */
import type { Command } from 'commander';
import { DB_OPTION, fullDate, positiveInt, printJson, withLedger } from '../../ledger/cli-support.js';

/** Exit code when any input failed (the others are stored): the code of every bad input. */
const EXIT_INPUTS_FAILED = 2;

interface Opts {
  db?: string;
  feeds?: boolean;
  jobs?: number;
  allowPrivate?: boolean;
  published?: string;
  json?: boolean;
  quiet?: boolean;
  queue?: boolean;
}

export function configure(cmd: Command): void {
  cmd
    .argument('[inputs...]', 'files, folders (recursive), http(s) URLs or RSS/Atom feeds')
    .option(...DB_OPTION)
    .option('--feeds', 'also re-read every feed ingested before')
    .option('--jobs <n>', 'extraction threads (default: one per core; 0 = none, all on the main thread)', positiveInt('--jobs'))
    .option('--allow-private', 'allow URLs on private or loopback addresses')
    .option('--published <date>', 'publication date for articles that give none (YYYY-MM-DD)')
    .option('--json', 'print the summary as JSON on stdout')
    .option('-q, --quiet', 'no progress output (skipped inputs and their reasons are still reported)')
    .option('--queue', 'queue the inputs on the PostgreSQL job queue for `tally worker` instead of ingesting here')
    .action(async (inputs: string[], opts: Opts) => {
      const published = opts.published === undefined ? null : fullDate('--published', opts.published);
      if (opts.queue) {
        const { queueIngest } = await import('../../queue/enqueue.js');
        await queueIngest(inputs, { db: opts.db, json: opts.json });
        return;
      }
      const { runIngest } = await import('../../ledger/ingest/runner.js');
      await withLedger(opts.db, async (ledger) => {
        const summary = await runIngest(ledger, inputs, {
          jobs: opts.jobs,
          feeds: opts.feeds,
          read: { allowPrivate: opts.allowPrivate ?? false, published },
          progress: process.stderr,
          quiet: opts.quiet ?? false,
        });
        if (opts.json) printJson(summary);
        // A script running `tally ingest … && next` must not go on as if every input was read.
        if (summary.errors > 0) process.exitCode = EXIT_INPUTS_FAILED;
      });
    });
}
