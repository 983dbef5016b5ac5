/**
 * Everything that differs between SQLite and PostgreSQL, in one place: id columns, the
 * blob type, full-text search and the statements run once per connection. The rest of
 * the ledger is plain Kysely and runs unchanged on both.
 */
import { sql, type Kysely, type Expression, type SqlBool } from 'kysely';
import type { Engine } from './types.js';

export interface DialectSpecifics {
  engine: Engine;
  idType: 'integer' | 'serial';
  blobType: 'blob' | 'bytea';
  /** Creates the full-text index over claims.sentence and whatever keeps it in step. */
  createFullText(db: Kysely<unknown>): Promise<void>;
  /** A condition on `claims.id` matching claims whose sentence matches `text`. */
  fullTextCondition(text: string): Expression<SqlBool>;
  /**
   * Matching claim ids below `beforeId`, newest first, at most `limit`: lets a text search
   * page through matches lazily instead of collecting every match first. Null when the
   * engine's planner does this well by itself.
   */
  fullTextIds: ((db: Kysely<unknown>, text: string, beforeId: number | null, limit: number) => Promise<number[]>) | null;
}

/** Words only: FTS5 and tsquery each have their own operator syntax we must not expose. */
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export const sqliteSpecifics: DialectSpecifics = {
  engine: 'sqlite',
  idType: 'integer',
  blobType: 'blob',
  async createFullText(db) {
    // External-content FTS5: the index holds tokens only; triggers keep it in step.
    await sql`create virtual table claims_fts using fts5(sentence, content='claims', content_rowid='id', tokenize='porter unicode61')`.execute(db);
    await sql`create trigger claims_fts_ai after insert on claims begin insert into claims_fts(rowid, sentence) values (new.id, new.sentence); end`.execute(db);
    await sql`create trigger claims_fts_ad after delete on claims begin insert into claims_fts(claims_fts, rowid, sentence) values ('delete', old.id, old.sentence); end`.execute(db);
    await sql`create trigger claims_fts_au after update of sentence on claims begin insert into claims_fts(claims_fts, rowid, sentence) values ('delete', old.id, old.sentence); insert into claims_fts(rowid, sentence) values (new.id, new.sentence); end`.execute(db);
  },
  fullTextCondition(text) {
    const w = words(text);
    if (w.length === 0) return sql<SqlBool>`1 = 0`;
    const query = w.map((x) => `"${x}"`).join(' ');
    return sql<SqlBool>`claims.id in (select rowid from claims_fts where claims_fts match ${query})`;
  },
  async fullTextIds(db, text, beforeId, limit) {
    const w = words(text);
    if (w.length === 0) return [];
    const query = w.map((x) => `"${x}"`).join(' ');
    // FTS5 walks its matches in descending rowid order when asked: the LIMIT stops it early.
    const below = beforeId == null ? sql`` : sql`and rowid < ${beforeId}`;
    const r = await sql<{ rowid: number }>`select rowid from claims_fts where claims_fts match ${query} ${below} order by rowid desc limit ${limit}`.execute(db);
    return r.rows.map((x) => x.rowid);
  },
};

export const pgSpecifics: DialectSpecifics = {
  engine: 'postgres',
  idType: 'serial',
  blobType: 'bytea',
  async createFullText(db) {
    await sql`alter table claims add column tsv tsvector generated always as (to_tsvector('english', sentence)) stored`.execute(db);
    await sql`create index claims_tsv on claims using gin (tsv)`.execute(db);
  },
  fullTextCondition(text) {
    const w = words(text);
    if (w.length === 0) return sql<SqlBool>`1 = 0`;
    return sql<SqlBool>`claims.tsv @@ plainto_tsquery('english', ${w.join(' ')})`;
  },
  fullTextIds: null,
};
