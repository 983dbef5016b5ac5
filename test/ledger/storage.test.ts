/**
 * Which failures are the storage's (stop the ingest) and which are one article's (skip
 * it and go on), and that a failed ROLLBACK never hides why a transaction failed.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { asStorageFailure, inTransaction, storageCause } from '../../src/ledger/storage.js';

function coded(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('storageCause', () => {
  it.each([
    [coded('SQLITE_FULL', 'database or disk is full'), 'the disk is full'],
    [coded('SQLITE_READONLY_DBMOVED'), 'the database is read-only'],
    [coded('SQLITE_BUSY'), 'the database is locked by another process'],
    [coded('SQLITE_IOERR_WRITE'), 'an I/O error'],
    [coded('53100'), 'the database server’s disk is full'],
    [coded('08006'), 'the connection to the database server failed'],
    [coded('ECONNREFUSED'), 'the database server refused the connection'],
    [new Error('Connection terminated unexpectedly'), 'the connection to the database server was lost'],
    [new Error('ledger storeArticle failed', { cause: coded('SQLITE_FULL') }), 'the disk is full'],
  ])('%s → %s', (err, reason) => {
    expect(storageCause(err)).toBe(reason);
  });

  it.each([
    [coded('SQLITE_CONSTRAINT_UNIQUE')],
    [coded('SQLITE_TOOBIG')],
    [coded('23505')],
    [new Error('no article in this page')],
    ['a string'],
  ])('%s is not the storage', (err) => {
    expect(storageCause(err)).toBeNull();
  });

  it('names the ledger, the cause and the driver’s words', () => {
    const f = asStorageFailure(coded('SQLITE_FULL', 'database or disk is full'), '/data/tally.db', 'write');
    expect(f?.message).toBe('cannot write the ledger at /data/tally.db: the disk is full (database or disk is full)');
    expect(f?.code).toBe('store');
  });
});

describe('inTransaction', () => {
  it('throws the error that failed the transaction, not the failed ROLLBACK after it', async () => {
    const db = new Kysely<{ t: { x: number } }>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
    await sql`create table t (x integer)`.execute(db);
    const cause = coded('SQLITE_FULL', 'database or disk is full');
    const failing = inTransaction(db, async (trx) => {
      await trx.insertInto('t').values({ x: 1 }).execute();
      // What SQLite does on SQLITE_FULL: it ends the transaction by itself.
      await sql`rollback`.execute(trx);
      throw cause;
    });
    await expect(failing).rejects.toBe(cause);
    // The connection is free again and nothing was kept.
    await inTransaction(db, (trx) => trx.insertInto('t').values({ x: 2 }).execute());
    expect((await db.selectFrom('t').select('x').execute()).map((r) => r.x)).toEqual([2]);
    await db.destroy();
  });
});
