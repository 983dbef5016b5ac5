/**
 * Schema migrations, oldest first. Names sort in order and never change once released;
 * a new column or table is a new migration. Each runs in a transaction (Kysely's
 * Migrator also takes a lock, so two processes opening the same ledger do not race).
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectSpecifics } from './dialect.js';
import { deriveSubset, indicatorKey, SUBSET_MEASURES } from './keys.js';
import { indicatorLabel } from './series.js';

function initial(d: DialectSpecifics): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const id = (t: string) => db.schema.createTable(t).addColumn('id', d.idType, (c) => (d.engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()));

      await id('articles')
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('subtitle', 'text')
        .addColumn('outlet', 'text')
        .addColumn('published', 'text')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('feed_url', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('related', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('raw_sha256', 'text')
        .addColumn('raw_content_type', 'text')
        .addColumn('raw_gz', d.blobType)
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_content_hash').on('articles').column('content_hash').execute();
      await db.schema.createIndex('articles_published').on('articles').column('published').execute();

      await id('sources')
        .addColumn('norm', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('affiliation', 'text')
        .addColumn('surname', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sources_surname').on('sources').column('surname').execute();
      await db.schema
        .createTable('source_aliases')
        .addColumn('alias_norm', 'text', (c) => c.primaryKey())
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
        .execute();
      await db.schema.createIndex('source_aliases_source').on('source_aliases').column('source_id').execute();

      await id('indicators')
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('party', 'text')
        .addColumn('location', 'text')
        .addColumn('aggregation', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('per', 'text')
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('disagreements', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();

      await id('assertions')
        .addColumn('akey', 'text', (c) => c.notNull())
        .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
        .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('party', 'text')
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('per', 'text')
        .addColumn('aggregation', 'text', (c) => c.notNull())
        .addColumn('value_low', 'double precision')
        .addColumn('value_high', 'double precision')
        .addColumn('approximate', 'integer', (c) => c.notNull())
        .addColumn('date', 'text')
        .execute();
      await db.schema.createIndex('assertions_akey').on('assertions').column('akey').execute();

      await id('claims')
        .addColumn('claim_key', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('sentence', 'text', (c) => c.notNull())
        .addColumn('value_low', 'double precision')
        .addColumn('value_high', 'double precision')
        .addColumn('approximate', 'integer', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('per', 'text')
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('item', 'text')
        .addColumn('party', 'text')
        .addColumn('counterparty', 'text')
        .addColumn('location', 'text')
        .addColumn('source_json', 'text')
        .addColumn('source_id', 'integer', (c) => c.references('sources.id'))
        .addColumn('stated_on', 'text')
        .addColumn('date', 'text')
        .addColumn('hedges', 'text', (c) => c.notNull())
        .addColumn('aggregation', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text')
        .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
        .addColumn('assertion_id', 'integer', (c) => c.references('assertions.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('extracted', 'text', (c) => c.notNull())
        .execute();
      // Each filter of `tally claims` pages by id desc: (filter column, id) serves both.
      for (const col of ['article_id', 'measure', 'party', 'source_id', 'indicator_id', 'assertion_id', 'date']) {
        await db.schema.createIndex(`claims_${col}`).on('claims').columns([col, 'id']).execute();
      }
      await d.createFullText(db);

      await id('changes')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer')
        .addColumn('claim_key', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('changes_at').on('changes').columns(['at', 'id']).execute();

      await id('ingest_errors')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('reviews')
        .addColumn('claim_key', 'text', (c) => c.primaryKey())
        .addColumn('article_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('patch', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reviews_article_key').on('reviews').column('article_key').execute();

      await id('audit')
        .addColumn('claim_key', 'text', (c) => c.notNull())
        .addColumn('claim_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('before', 'text', (c) => c.notNull())
        .addColumn('after', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .execute();
      await db.schema.createIndex('audit_claim_key').on('audit').column('claim_key').execute();

      await id('tokens')
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();

      await id('topics')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text')
        .addColumn('proposed_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('topic_votes')
        .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id'))
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('topic_votes_pk', ['topic_id', 'account'])
        .execute();

      await db.schema
        .createTable('feeds')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('last_fetched_at', 'text')
        .addColumn('last_status', 'text')
        .execute();
    },
  };
}

/** Columns `tally claims` filters on with equality or a range; each pages by id desc. */
const FILTERED_COLUMNS = ['measure', 'party', 'source_id', 'indicator_id', 'date', 'affiliation'] as const;

/**
 * Claim queries at a million rows: the source's affiliation on the claim row (one indexed
 * equality instead of a subquery over sources), and the filter indexes made partial on
 * `status <> 'rejected'` — the condition every listing carries — so the id page is read
 * from the index alone, without a visit to each row.
 */
function claimIndexes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('claims').addColumn('affiliation', 'text').execute();
      for (const col of FILTERED_COLUMNS) {
        if (col !== 'affiliation') await db.schema.dropIndex(`claims_${col}`).execute();
        await db.schema
          .createIndex(`claims_live_${col}`)
          .on('claims')
          .columns([col, 'id'])
          .where(sql.ref('status'), '<>', 'rejected')
          .execute();
      }
    },
  };
}

/**
 * Contract v1.1's `period` on each claim, and an indicator key that keeps apart what must
 * never be compared: what is counted (`item`) and how long a span a figure covers
 * (`granularity`). Existing indicators get the new key (no stored claim has a period yet);
 * claims counting different items are moved to an indicator of their own.
 */
function claimPeriods(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('claims').addColumn('period_start', 'text').execute();
      await db.schema.alterTable('claims').addColumn('period_end', 'text').execute();
      await db.schema.alterTable('indicators').addColumn('item', 'text').execute();
      await db.schema.alterTable('indicators').addColumn('granularity', 'text', (c) => c.notNull().defaultTo('')).execute();
      await db.schema.alterTable('indicators').addColumn('subset', 'text', (c) => c.notNull().defaultTo('')).execute();
      type Ind = { id: number; measure: string; party: string | null; location: string | null; aggregation: string; unit: string; per: string | null };
      const indicators = (await sql<Ind>`select id, measure, party, location, aggregation, unit, per from indicators`.execute(db)).rows;
      const byId = new Map(indicators.map((i) => [i.id, i]));
      for (const i of indicators) {
        await sql`update indicators set key = ${indicatorKey({ ...i, item: null, subset: '', granularity: '' })}, stale = 1 where id = ${i.id}`.execute(db);
      }
      // Only claims that count items, or whose measure has subsets, can move.
      type Row = { id: number; indicator_id: number; item: string | null; measure: string; sentence: string; quote: string };
      const movable = (
        await sql<Row>`select id, indicator_id, item, measure, sentence, quote from claims
          where item is not null or measure in (${sql.join(SUBSET_MEASURES.length ? SUBSET_MEASURES : [''])})`.execute(db)
      ).rows;
      const target = new Map<string, number>();
      for (const c of movable) {
        const i = byId.get(c.indicator_id);
        if (!i) continue;
        const parts = { ...i, item: c.item?.toLowerCase() ?? null, subset: deriveSubset(c), granularity: '' };
        if (parts.item == null && parts.subset === '') continue;
        const key = indicatorKey(parts);
        let id = target.get(key);
        if (id == null) {
          await sql`insert into indicators (key, measure, party, location, aggregation, unit, per, item, subset, granularity, label, disagreements, stale)
            values (${key}, ${i.measure}, ${i.party}, ${i.location}, ${i.aggregation}, ${i.unit}, ${i.per}, ${parts.item}, ${parts.subset}, '', ${indicatorLabel(parts)}, 0, 1)
            on conflict (key) do nothing`.execute(db);
          id = (await sql<{ id: number }>`select id from indicators where key = ${key}`.execute(db)).rows[0].id;
          target.set(key, id);
        }
        await sql`update claims set indicator_id = ${id} where id = ${c.id}`.execute(db);
      }
      await sql`update assertions set indicator_id = coalesce((select min(c.indicator_id) from claims c where c.assertion_id = assertions.id), indicator_id)`.execute(db);
    },
  };
}

export function migrationProvider(d: DialectSpecifics): MigrationProvider {
  return {
    async getMigrations() {
      return { '0001_initial': initial(d), '0002_claim_indexes': claimIndexes(), '0003_claim_periods': claimPeriods() };
    },
  };
}
