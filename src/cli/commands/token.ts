/**
 * `tally token create|list|revoke`: reviewer tokens for the API's write endpoints. The
 * token is printed once; the ledger keeps only its hash.
 */
import type { Command } from 'commander';
import { InputError } from '../../errors.js';

/** Names show in audit trails and on the topic board: keep them short and plain. */
const NAME_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;

async function withLedger<T>(db: string | undefined, fn: (ledger: import('../../ledger/types.js').Ledger) => Promise<T>): Promise<T> {
  const { openLedger } = await import('../../ledger/index.js');
  const ledger = await openLedger({ db });
  try {
    return await fn(ledger);
  } finally {
    await ledger.close();
  }
}

export function configure(cmd: Command): void {
  cmd
    .command('create')
    .description('create a token and print it (shown once; only its hash is stored)')
    .requiredOption('--name <name>', 'who uses it: shown in audit trails, e.g. --name alice')
    .option('--db <path-or-url>', 'ledger: SQLite file or postgres:// URL')
    .action(async (opts: { name: string; db?: string }) => {
      if (!NAME_SHAPE.test(opts.name)) throw new InputError(`--name must be 1–64 letters, digits, spaces or ._@-, e.g. --name alice; got ${JSON.stringify(opts.name)}`);
      const { generateToken, hashToken } = await import('../../api/auth.js');
      await withLedger(opts.db, async (ledger) => {
        const active = (await ledger.listTokens()).find((t) => t.name === opts.name && !t.revokedAt);
        if (active) throw new InputError(`a token named ${JSON.stringify(opts.name)} exists; revoke it first with \`tally token revoke ${opts.name}\``);
        const token = generateToken();
        await ledger.createToken(opts.name, hashToken(token));
        process.stdout.write(`${token}\n`);
        process.stderr.write(`tally: token for ${opts.name} created; it will not be shown again\n`);
      });
    });
  cmd
    .command('list')
    .description('list tokens (names and dates, never the tokens)')
    .option('--db <path-or-url>', 'ledger: SQLite file or postgres:// URL')
    .action(async (opts: { db?: string }) => {
      await withLedger(opts.db, async (ledger) => {
        for (const t of await ledger.listTokens()) {
          process.stdout.write(`${t.name}\tcreated ${t.createdAt}${t.revokedAt ? `\trevoked ${t.revokedAt}` : ''}\n`);
        }
      });
    });
  cmd
    .command('revoke')
    .description('revoke the token with this name')
    .argument('<name>')
    .option('--db <path-or-url>', 'ledger: SQLite file or postgres:// URL')
    .action(async (name: string, opts: { db?: string }) => {
      await withLedger(opts.db, async (ledger) => {
        if (!(await ledger.revokeToken(name))) throw new InputError(`no active token named ${JSON.stringify(name)} (see \`tally token list\`)`);
        process.stderr.write(`tally: token ${name} revoked\n`);
      });
    });
}
