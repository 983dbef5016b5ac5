/** `tally changes --since T`: the ledger's append-only change log, oldest first. */
import type { Command } from 'commander';
import { DB_OPTION, isoTime, moreHint, positiveInt, printJson, table, withLedger } from '../../ledger/cli-support.js';

interface Opts {
  db?: string;
  since?: string;
  limit?: number;
  cursor?: string;
  json?: boolean;
}

export function configure(cmd: Command): void {
  cmd
    .option(...DB_OPTION)
    .option('--since <time>', 'only changes after this ISO date or timestamp, e.g. 2026-11-01T00:00:00Z')
    .option('--limit <n>', 'per page (default 50, at most 1000)', positiveInt('--limit'))
    .option('--cursor <cursor>', 'the next page')
    .option('--json', 'print {items, next} as JSON')
    .action(async (opts: Opts) => {
      const since = opts.since === undefined ? null : isoTime('--since', opts.since);
      await withLedger(opts.db, async (ledger) => {
        const page = await ledger.listChanges(since, { limit: opts.limit ?? 50, cursor: opts.cursor ?? null });
        if (opts.json) return printJson(page);
        const rows = page.items.map((c) => [c.id, c.at.slice(0, 19), c.kind, c.articleId, c.claimKey, JSON.stringify(c.detail)]);
        process.stdout.write(table(['id', 'at', 'kind', 'article', 'claim', 'detail'], rows, [8, 19, 22, 7, 24, 90]));
        moreHint(page.next, page.items.length);
      });
    });
}
