/** `tally export --format csv|json|ndjson`: every matching claim, streamed (columns: README). */
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { claimFilterFrom, claimFilterOptions, DB_OPTION, withLedger, type ClaimFilterOpts } from '../../ledger/cli-support.js';
import { EXPORT_FORMATS, writeExport } from '../../ledger/export.js';
import type { ExportFormat } from '../../ledger/types.js';

interface Opts extends ClaimFilterOpts {
  db?: string;
  format: string;
  out?: string;
}

export function configure(cmd: Command): void {
  claimFilterOptions(cmd.option(...DB_OPTION))
    .option('--format <format>', 'csv, json or ndjson', 'csv')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action(async (opts: Opts) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new InputError(`unknown format ${JSON.stringify(opts.format)}; expected csv, json or ndjson`);
      const filter = claimFilterFrom(opts);
      await withLedger(opts.db, async (ledger) => {
        const out = opts.out ? createWriteStream(opts.out) : process.stdout;
        const n = await writeExport(ledger.exportRows(filter), opts.format as ExportFormat, out);
        if (opts.out) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((err?: Error | null) => (err ? reject(new InputError(`cannot write ${opts.out}: ${err.message}`)) : resolve())));
        process.stderr.write(`tally: exported ${n} claims\n`);
      });
    });
}
