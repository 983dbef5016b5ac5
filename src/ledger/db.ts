/**
 * Opens a ledger by location: a `postgres://` URL selects PostgreSQL, anything else is a
 * SQLite file (default `./tally.db`, or `TALLY_DB`). Migrations run on open.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type DatabaseIntrospector, type DatabaseMetadata, type PostgresDialectConfig, type SchemaMetadata, type SqliteDatabase, type SqliteStatement, type TableMetadata } from 'kysely';
import { StoreError, TallyError } from '../errors.js';
import { pgSpecifics, sqliteSpecifics, type DialectSpecifics } from './dialect.js';
import { KyselyLedger } from './ledger.js';
import { migrationProvider } from './migrations.js';
import { asStorageFailure } from './storage.js';
import type { DB } from './schema.js';
import type { Ledger, OpenOptions } from './types.js';

/**
 * PostgreSQL whose introspection reads the ledger's own schema only. The migrator asks
 * whether its tables exist; Kysely's own answer reads every schema's tables and their
 * sequences, and fails when another process drops its schema at that moment ("schema … does
 * not exist"), as ledgers of other users or test runs on one server may.
 */
class SchemaPostgresDialect extends PostgresDialect {
  readonly #schema: string;
  constructor(config: PostgresDialectConfig, schema: string) {
    super(config);
    this.#schema = schema;
  }
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    const schema = this.#schema;
    const getTables = async (): Promise<TableMetadata[]> => {
      const { rows } = await sql<{ name: string; kind: string }>`select c.relname as name, c.relkind as kind from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace where n.nspname = ${schema} and c.relkind in ('r', 'v', 'p')`.execute(db);
      return rows.map((r) => ({ name: r.name, schema, isView: r.kind === 'v', columns: [] }));
    };
    return {
      getSchemas: async (): Promise<SchemaMetadata[]> => {
        const { rows } = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace where nspname = ${schema}`.execute(db);
        return rows;
      },
      getTables,
      getMetadata: async (): Promise<DatabaseMetadata> => ({ tables: await getTables() }),
    };
  }
}

export const DEFAULT_DB = './tally.db';
const PG_URL = /^postgres(ql)?:\/\//i;
/** A schema name we can put in a search_path unquoted. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/i;
/** SQLite waits this long for a lock held by another process before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;
/** WAL pages between automatic checkpoints (4 KiB each: about 40 MB). */
const SQLITE_CHECKPOINT_PAGES = 10_000;
/** Page cache per connection (KiB, as SQLite's negative cache_size): holds a busy ledger's indexes. */
const SQLITE_CACHE_KIB = 65_536;
/** Bytes of the file read through mmap: page reads without a copy on large ledgers. */
const SQLITE_MMAP_BYTES = 256 * 1024 * 1024;
/** Prepared statements kept per SQLite connection: the ledger issues a few dozen distinct ones. */
const STATEMENT_CACHE_SIZE = 256;
/** Connections per process: one writer plus a few concurrent readers (API). */
const PG_POOL_SIZE = 5;

export function resolveDbLocation(db?: string): string {
  return db ?? process.env.TALLY_DB ?? DEFAULT_DB;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

export async function openLedger(options: OpenOptions = {}): Promise<Ledger> {
  const target = resolveDbLocation(options.db);
  let db: Kysely<DB>;
  let specifics: DialectSpecifics;
  let location: string;
  let dataVersion: (() => number) | null = null;
  // Kysely looks for its migration tables in every schema unless told which one.
  let migrationTableSchema: string | undefined;
  if (PG_URL.test(target)) {
    const { default: pg } = await import('pg');
    const url = new URL(target);
    const schema = options.schema ?? url.searchParams.get('schema') ?? 'public';
    url.searchParams.delete('schema');
    if (!SCHEMA_NAME.test(schema)) throw new StoreError(`bad schema name ${JSON.stringify(schema)}: expected letters, digits and _`);
    const client = new pg.Client({ connectionString: url.toString() });
    try {
      await client.connect();
      await client.query(`create schema if not exists ${schema}`);
    } catch (err) {
      throw new StoreError(`cannot open ledger at ${redact(target)}: ${(err as Error).message}`, { cause: err });
    } finally {
      await client.end().catch(() => undefined);
    }
    const pool = new pg.Pool({ connectionString: url.toString(), max: PG_POOL_SIZE, options: `-c search_path=${schema}` });
    pool.on('error', () => undefined); // idle-client errors surface on the next query instead
    db = new Kysely<DB>({ dialect: new SchemaPostgresDialect({ pool }, schema) });
    specifics = pgSpecifics;
    migrationTableSchema = schema;
    location = redact(target) + (schema !== 'public' ? ` (schema ${schema})` : '');
  } else {
    const { default: Database } = await import('better-sqlite3');
    const file = target === ':memory:' ? target : resolve(target);
    if (file !== ':memory:') {
      const dir = dirname(file);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new StoreError(`cannot open ledger at ${target}: folder ${dir} does not exist`);
    }
    let sqlite: InstanceType<typeof Database>;
    try {
      sqlite = new Database(file);
      sqlite.pragma('journal_mode = WAL');
      // WAL + NORMAL: a committed transaction survives a killed process; only power loss may lose the last one.
      sqlite.pragma('synchronous = NORMAL');
      // Fewer, larger checkpoints: each one syncs the file, the dominant cost of small commits.
      sqlite.pragma(`wal_autocheckpoint = ${SQLITE_CHECKPOINT_PAGES}`);
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
      sqlite.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
      sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    } catch (err) {
      throw new StoreError(`cannot open ledger at ${target}: ${(err as Error).message}`, { cause: err });
    }
    db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
    const version = sqlite.prepare('pragma data_version').pluck();
    dataVersion = () => version.get() as number;
    specifics = sqliteSpecifics;
    location = file;
  }

  if (options.migrate !== false) {
    try {
      const migrator = new Migrator({ db, provider: migrationProvider(specifics), migrationTableSchema });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
    } catch (err) {
      await db.destroy().catch(() => undefined);
      throw new StoreError(`cannot open ledger at ${location}: ${(err as Error).message}`, { cause: err });
    }
  }
  return guard(new KyselyLedger(db, specifics, location, dataVersion), location);
}

/** Ledger methods that only read: their storage failures say "cannot read". */
const READS = /^(get|list|find|has|count|claimAudit|stats|export)/;

/**
 * Storage failures come out as StoreError, whatever the driver threw; a failure of the
 * storage itself (disk full, read-only, locked, I/O) as a StorageFailure naming the cause.
 */
function guard(ledger: Ledger, location: string): Ledger {
  return new Proxy(ledger, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'exportRows') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        const out = (value as (...a: unknown[]) => unknown).apply(target, args);
        return out instanceof Promise
          ? out.catch((err: unknown) => {
              if (err instanceof TallyError && !(err instanceof StoreError)) throw err;
              const failure = asStorageFailure(err, location, READS.test(String(prop)) ? 'read' : 'write');
              if (failure) throw failure;
              throw err instanceof TallyError ? err : new StoreError(`ledger ${String(prop)} failed: ${(err as Error)?.message ?? String(err)}`, { cause: err });
            })
          : out;
      };
    },
  });
}

/**
 * Kysely prepares every query afresh; preparing costs more than running the small
 * statements of an article write, so keep the recent ones (keyed by their SQL).
 */
function cachedStatements(db: SqliteDatabase): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let st = cache.get(sql);
      if (st) {
        cache.delete(sql);
      } else {
        st = db.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, st);
      return st;
    },
  };
}
