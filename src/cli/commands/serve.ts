/**
 * `tally serve`: the JSON API and the web app over one ledger.
 */
import type { Command } from 'commander';
import { InputError } from '../../errors.js';

interface ServeOptions {
  host: string;
  port: string;
  db?: string;
}

/** Loopback by default: exposing the ledger to a network is a deliberate choice. */
const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 8080;

export function configure(cmd: Command): void {
  cmd
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .option('--port <port>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--db <path-or-url>', 'ledger: SQLite file or postgres:// URL (default $TALLY_DB or ./tally.db)')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) throw new InputError(`--port must be a number from 0 to 65535, e.g. --port 8080; got ${JSON.stringify(opts.port)}`);
      const { openLedger } = await import('../../ledger/index.js');
      const { buildApp } = await import('../../api/app.js');
      const ledger = await openLedger({ db: opts.db });
      const app = await buildApp({ ledger });
      let address: string;
      try {
        address = await app.listen({ host: opts.host, port });
      } catch (err) {
        await ledger.close();
        throw new InputError(`cannot listen on ${opts.host}:${port}: ${(err as Error).message}`, { cause: err });
      }
      process.stderr.write(`tally: serving ${ledger.location} at ${address} (API docs at ${address}/docs)\n`);
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void app
            .close()
            .then(() => ledger.close())
            .finally(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
