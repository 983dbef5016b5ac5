/**
 * A fresh PostgreSQL schema per test file, dropped afterwards. The server comes from
 * TALLY_TEST_PG, else the local one CI starts.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.TALLY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  name: string;
  /** PG_URL naming the schema (`?schema=`), as the queue and the ledger both read it. */
  url: string;
  drop(): Promise<void>;
}

export async function freshSchema(): Promise<TestSchema> {
  const name = `tally_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`PostgreSQL is not reachable at ${PG_URL} (set TALLY_TEST_PG): ${(err as Error).message}`);
  }
  await admin.query(`CREATE SCHEMA ${name}`);
  await admin.end();
  const sep = PG_URL.includes('?') ? '&' : '?';
  return {
    name,
    url: `${PG_URL}${sep}schema=${name}`,
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await c.end();
    },
  };
}
