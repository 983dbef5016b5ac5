/**
 * Ledgers of several users or runs on one PostgreSQL server, each in its own schema: opening
 * one (which runs its migrations) must not depend on the other schemas, which their owners
 * may drop at any moment. Skipped when no server is reachable (CI starts one).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger/index.js';

const URL_ = process.env.TALLY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const run = `${process.pid}_${Date.now().toString(36)}`;

async function client(): Promise<pg.Client | null> {
  const c = new pg.Client({ connectionString: URL_, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return c;
  } catch {
    await c.end().catch(() => undefined);
    return null;
  }
}

const admin = await client();

describe.skipIf(!admin)('ledgers in schemas of one server', () => {
  it('opens ledgers while other schemas, full of tables with sequences, come and go', async () => {
    const c = admin!;
    // Another owner's schemas, made and dropped over and over while ours are opened.
    const churner = (await client())!;
    let stop = false;
    const churn = (async () => {
      for (let i = 0; !stop; i++) {
        const other = `tally_test_other_${run}_${i}`;
        const tables = Array.from({ length: 30 }, (_, k) => `create table ${other}.t${k} (id serial primary key, v text)`).join('; ');
        await churner.query(`create schema ${other}; ${tables}`);
        await churner.query(`drop schema ${other} cascade`);
      }
    })();
    const mine: string[] = [];
    try {
      for (let i = 0; i < 15; i++) {
        const schema = `tally_test_open_${run}_${i}`;
        mine.push(schema);
        const ledger = await openLedger({ db: URL_, schema });
        expect(await ledger.stats()).toMatchObject({ claims: 0 });
        await ledger.close();
      }
    } finally {
      stop = true;
      await churn.catch(() => undefined);
      await churner.end();
      for (const s of mine) await c.query(`drop schema if exists ${s} cascade`);
      await c.end();
    }
  }, 120_000);
});
