/** `tally sources`: source entities with the names they go by and their claim counts. */
import type { Command } from 'commander';
import { SOURCE_KINDS, type SourceKind } from '../../contract.js';
import { InputError } from '../../errors.js';
import { DB_OPTION, moreHint, positiveInt, printJson, table, withLedger } from '../../ledger/cli-support.js';

interface Opts {
  db?: string;
  kind?: string;
  affiliation?: string;
  q?: string;
  limit?: number;
  cursor?: string;
  json?: boolean;
}

export function configure(cmd: Command): void {
  cmd
    .option(...DB_OPTION)
    .option('--kind <kind>', `only this kind (${SOURCE_KINDS.join(', ')})`)
    .option('--affiliation <aff>', 'only this affiliation, e.g. UA')
    .option('--q <text>', 'name or alias contains')
    .option('--limit <n>', 'sources per page (default 50)', positiveInt('--limit'))
    .option('--cursor <cursor>', 'the next page')
    .option('--json', 'print {items, next} as JSON')
    .action(async (opts: Opts) => {
      if (opts.kind && !(SOURCE_KINDS as readonly string[]).includes(opts.kind)) throw new InputError(`unknown kind ${JSON.stringify(opts.kind)}; expected one of ${SOURCE_KINDS.join(', ')}`);
      await withLedger(opts.db, async (ledger) => {
        const page = await ledger.listSources({ kind: opts.kind as SourceKind | undefined, affiliation: opts.affiliation, q: opts.q }, { limit: opts.limit ?? 50, cursor: opts.cursor ?? null });
        if (opts.json) return printJson(page);
        const rows = page.items.map((s) => [s.id, s.name, s.kind, s.affiliation, s.claimCount, s.articleCount, s.aliases.filter((a) => a !== s.name).join('; ')]);
        process.stdout.write(table(['id', 'source', 'kind', 'affiliation', 'claims', 'articles', 'also called'], rows, [6, 36, 13, 11, 6, 8, 60]));
        moreHint(page.next, page.items.length);
      });
    });
}
