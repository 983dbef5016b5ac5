/**
 * `tally sources`: source entities with the names they go by and their claim counts;
 * `tally sources merge|split|history`: a reviewer's corrections to who is who, audited.
 * `--db` and `--json` belong to `tally sources` and reach the subcommands from there.
 */
import type { Command } from 'commander';
import { SOURCE_KINDS, type SourceKind } from '../../contract.js';
import { InputError } from '../../errors.js';
import { DB_OPTION, moreHint, positiveInt, printJson, table, withLedger } from '../../ledger/cli-support.js';
import type { SourceRow } from '../../ledger/types.js';

interface Opts {
  db?: string;
  kind?: string;
  affiliation?: string;
  q?: string;
  limit?: number;
  cursor?: string;
  json?: boolean;
}

interface ReviewOpts {
  db?: string;
  actor: string;
  note?: string;
  name?: string[];
  json?: boolean;
}

function sourceId(v: string): number {
  if (!/^\d+$/.test(v)) throw new InputError(`source ids are numbers from \`tally sources\`, e.g. tally sources merge 12 40; got ${JSON.stringify(v)}`);
  return Number(v);
}

function printSource(s: SourceRow): void {
  process.stdout.write(`${s.id}  ${s.name} (${s.kind}${s.affiliation ? `, ${s.affiliation}` : ''}): ${s.claimCount} claims in ${s.articleCount} articles\n`);
  process.stdout.write(`names: ${s.aliases.join('; ')}\n`);
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

  cmd
    .command('merge')
    .description('merge sources into the first: their names, claims and assertions move (audited)')
    .argument('<into>', 'the source kept')
    .argument('<from...>', 'the sources merged into it')
    .requiredOption('--actor <name>', 'who decides, for the audit trail, e.g. --actor alice')
    .option('--note <text>', 'why, for the audit trail')
    .action(async (into: string, from: string[], _opts: ReviewOpts, command: Command) => {
      const opts = command.optsWithGlobals<ReviewOpts>();
      const target = sourceId(into);
      const others = from.map(sourceId);
      await withLedger(opts.db, async (ledger) => {
        const s = await ledger.mergeSources({ into: target, from: others, actor: opts.actor, note: opts.note ?? null });
        if (opts.json) return printJson(s);
        printSource(s);
      });
    });

  cmd
    .command('split')
    .description('split names off a source into a new one, with the claims that give them (audited)')
    .argument('<id>', 'the source to split')
    .requiredOption('--name <name...>', 'the names to move, as `tally sources` lists them')
    .requiredOption('--actor <name>', 'who decides, for the audit trail, e.g. --actor alice')
    .option('--note <text>', 'why, for the audit trail')
    .action(async (id: string, _opts: ReviewOpts, command: Command) => {
      const opts = command.optsWithGlobals<ReviewOpts>();
      const source = sourceId(id);
      await withLedger(opts.db, async (ledger) => {
        const s = await ledger.splitSource({ id: source, names: opts.name ?? [], actor: opts.actor, note: opts.note ?? null });
        if (opts.json) return printJson(s);
        printSource(s);
      });
    });

  cmd
    .command('history')
    .description('the merges and splits recorded for a source')
    .argument('<id>', 'the source')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ db?: string; json?: boolean }>();
      const source = sourceId(id);
      await withLedger(opts.db, async (ledger) => {
        const trail = await ledger.sourceAudit(source);
        if (opts.json) return printJson(trail);
        const names = (xs: { id: number; name: string; claims: number }[]) => xs.map((x) => `${x.id} ${x.name} (${x.claims})`).join(' + ');
        process.stdout.write(table(['at', 'action', 'actor', 'before', 'after', 'note'], trail.map((t) => [t.at, t.action, t.actor, names(t.before), names(t.after), t.note]), [24, 6, 16, 60, 60, 40]));
      });
    });
}
