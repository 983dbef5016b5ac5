/** Shared setup for API tests: a seeded in-memory ledger, an app and a reviewer token. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../src/api/app.js';
import { generateToken, hashToken } from '../../src/api/auth.js';
import { openLedger } from '../../src/ledger/index.js';
import type { Ledger } from '../../src/ledger/types.js';
import { seed } from './seed.js';

export interface Fixture {
  app: FastifyInstance;
  ledger: Ledger;
  /** Tokens by account name. */
  tokens: Record<string, string>;
  close: () => Promise<void>;
}

export async function makeFixture(opts: Partial<BuildAppOptions> & { db?: string; accounts?: string[] } = {}): Promise<Fixture> {
  const ledger = await openLedger({ db: opts.db ?? ':memory:' });
  await seed(ledger);
  const tokens: Record<string, string> = {};
  for (const name of opts.accounts ?? ['alice', 'bob']) {
    tokens[name] = generateToken();
    await ledger.createToken(name, hashToken(tokens[name]));
  }
  const app = await buildApp({ webRoot: null, ...opts, ledger });
  await app.ready();
  return {
    app,
    ledger,
    tokens,
    close: async () => {
      await app.close();
      await ledger.close();
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
