/**
 * The same contract suite against PostgreSQL, whenever one is reachable (CI starts it):
 * TALLY_TEST_PG, else the local default. Each test gets a fresh schema, dropped after.
 */
import pg from 'pg';
import { describe, it } from 'vitest';
import { openLedger } from '../../src/ledger/index.js';
import { ledgerContract } from './contract.suite.js';

const URL_ = process.env.TALLY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: URL_, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const up = await reachable();
let current = '';
const run = `${process.pid}_${Date.now().toString(36)}`;
let n = 0;

async function drop(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: URL_ });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.end();
}

if (up) {
  ledgerContract(
    'postgres',
    () => {
      current = `tally_test_${run}_${n++}`;
      return openLedger({ db: URL_, schema: current });
    },
    () => drop(current),
  );
} else {
  describe('ledger contract: postgres', () => {
    it.skip(`PostgreSQL not reachable at ${URL_}`, () => undefined);
  });
}
