/** `tally articles [ID]`: stored articles, one article with its claims, or --errors. */
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { DB_OPTION, formatValue, moreHint, positiveInt, printJson, table, withLedger } from '../../ledger/cli-support.js';

interface Opts {
  db?: string;
  outlet?: string;
  since?: string;
  until?: string;
  q?: string;
  errors?: boolean;
  limit?: number;
  cursor?: string;
  json?: boolean;
}

export function configure(cmd: Command): void {
  cmd
    .argument('[id]', 'one article: metadata and its claims')
    .option(...DB_OPTION)
    .option('--outlet <name>', 'only this outlet')
    .option('--since <date>', 'published on or after')
    .option('--until <date>', 'published on or before')
    .option('--q <text>', 'title or URL contains')
    .option('--errors', 'list inputs that failed to ingest, with the reason')
    .option('--limit <n>', 'per page (default 50)', positiveInt('--limit'))
    .option('--cursor <cursor>', 'the next page')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, opts: Opts) => {
      if (id != null && !/^\d+$/.test(id)) throw new InputError(`article id must be a number from \`tally articles\`; got ${JSON.stringify(id)}`);
      await withLedger(opts.db, async (ledger) => {
        const page = { limit: opts.limit ?? 50, cursor: opts.cursor ?? null };
        if (opts.errors) {
          const errs = await ledger.listErrors(page);
          if (opts.json) return printJson(errs);
          process.stdout.write(table(['id', 'at', 'kind', 'input', 'reason'], errs.items.map((e) => [e.id, e.at.slice(0, 19), e.kind, e.origin, e.reason]), [6, 19, 8, 50, 80]));
          return moreHint(errs.next, errs.items.length);
        }
        if (id != null) {
          const a = await ledger.getArticle(Number(id));
          if (!a) throw new InputError(`no article with id ${id} (see \`tally articles\`)`);
          if (opts.json) return printJson(a);
          process.stdout.write(`${a.title}\n${[a.outlet, a.published, a.url ?? a.origin].filter(Boolean).join(' · ')}\nversion ${a.version}, raw sha256 ${a.rawSha256 ?? '(none)'}\n\n`);
          process.stdout.write(table(['id', 'value', 'measure', 'party', 'source', 'status', 'quote in sentence'], a.claims.map((c) => [c.id, formatValue(c.claim.value), c.claim.measure, c.claim.party, c.claim.source?.name ?? '', c.status, c.claim.sentence]), [8, 18, 18, 8, 28, 10, 80]));
          return;
        }
        const list = await ledger.listArticles({ outlet: opts.outlet, since: opts.since, until: opts.until, q: opts.q }, page);
        if (opts.json) return printJson(list);
        process.stdout.write(table(['id', 'published', 'outlet', 'claims', 'v', 'title'], list.items.map((a) => [a.id, a.published?.slice(0, 10) ?? '', a.outlet, a.claimCount, a.version, a.title]), [6, 10, 24, 6, 3, 80]));
        moreHint(list.next, list.items.length);
      });
    });
}
