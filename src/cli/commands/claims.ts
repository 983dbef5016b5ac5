/** `tally claims`: query the ledger's claims with filters; a table, or --json. */
import type { Command } from 'commander';
import { claimFilterFrom, claimFilterOptions, DB_OPTION, formatValue, moreHint, positiveInt, printJson, table, withLedger, type ClaimFilterOpts } from '../../ledger/cli-support.js';

interface Opts extends ClaimFilterOpts {
  db?: string;
  limit?: number;
  cursor?: string;
  json?: boolean;
}

export function configure(cmd: Command): void {
  claimFilterOptions(cmd.option(...DB_OPTION))
    .option('--limit <n>', 'claims per page (default 50, at most 1000)', positiveInt('--limit'))
    .option('--cursor <cursor>', 'the next page, as printed after the previous one')
    .option('--json', 'print {items, next} as JSON')
    .action(async (opts: Opts) => {
      const filter = claimFilterFrom(opts);
      await withLedger(opts.db, async (ledger) => {
        const page = await ledger.listClaims(filter, { limit: opts.limit ?? 50, cursor: opts.cursor ?? null });
        if (opts.json) return printJson(page);
        if (page.items.length === 0) {
          process.stderr.write('tally: no claims match\n');
          return;
        }
        const rows = page.items.map((c) => [
          c.id, c.date, formatValue(c.claim.value), c.claim.unit === 'person' ? '' : c.claim.unit, c.claim.measure, c.claim.party, c.claim.location,
          c.claim.source?.name ?? `(${c.article.outlet ?? 'outlet'})`, c.aggregation, c.claim.sentence,
        ]);
        process.stdout.write(table(['id', 'date', 'value', 'unit', 'measure', 'party', 'where', 'source', 'type', 'sentence'], rows, [8, 10, 18, 8, 18, 8, 16, 28, 10, 70]));
        moreHint(page.next, page.items.length);
      });
    });
}
