/**
 * The ledger over Kysely: the same code for SQLite and PostgreSQL. Writes go through one
 * promise chain (one writer per process) and one transaction per article, so a crash
 * leaves every stored article whole.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type CompiledQuery, type Kysely, type SelectQueryBuilder, type SqlBool, type Transaction } from 'kysely';
import { Claim as ClaimSchema, type Aggregation, type Article, type Claim, type Measure, type Period, type SourceKind, type Unit, type ClaimField } from '../contract.js';
import { InputError, InternalError } from '../errors.js';
import type { DialectSpecifics } from './dialect.js';
import { inTransaction } from './storage.js';
import { CURSOR, isPartialDate } from './formats.js';
import { articleKey, claimDate, claimKey, contentHash, deriveAggregation, deriveSubset, indicatorKey, statedDate, untilExclusive } from './keys.js';
import { granularity, spanOf } from './periods.js';
import type { DB } from './schema.js';
import { computeSeries, indicatorLabel, type SeriesClaim } from './series.js';
import { mergeSources, sourceAudit, splitSource } from './source-review.js';
import { normaliseName, sourceIdentity } from './sources.js';
import type {
  ArticleDetail,
  ArticleFilter,
  ArticleRow,
  AssertionRow,
  AuditEntry,
  ChangeKind,
  ChangeRow,
  ClaimFilter,
  ClaimPatch,
  ClaimRow,
  Engine,
  ExportRow,
  FeedRow,
  IngestErrorInput,
  IngestErrorRow,
  Ledger,
  LedgerStats,
  Page,
  PageRequest,
  RawSnapshot,
  ReviewInput,
  ReviewStatus,
  SeriesDetail,
  SeriesFilter,
  SeriesFlag,
  SeriesSummary,
  SourceAuditEntry,
  SourceFilter,
  SourceRow,
  StoreArticleInput,
  StoreArticleResult,
  TokenRow,
  TopicRow,
} from './types.js';

/** Page size when none is asked for, and the most one page may hold. */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;
/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 100;
/** The same source's same figure within this many days is one assertion ("around the same date"). */
export const ASSERTION_WINDOW_DAYS = 3;
/** Newest claim ids a date-window query looks through, in id order, before it uses the date index. */
const RECENT_IDS = 2500;
/** Full-text matches examined per round trip when other filters narrow a text search. */
const TEXT_BATCH = 500;
/** Rows fetched per round trip while streaming an export. */
const EXPORT_CHUNK = 1000;

type Q = Kysely<DB> | Transaction<DB>;

const CLAIM_COLUMNS = [
  'claims.id', 'claims.claim_key', 'claims.article_id', 'claims.field', 'claims.span_start', 'claims.span_end', 'claims.quote',
  'claims.sentence', 'claims.value_low', 'claims.value_high', 'claims.approximate', 'claims.unit', 'claims.per', 'claims.measure',
  'claims.item', 'claims.party', 'claims.counterparty', 'claims.location', 'claims.source_json', 'claims.source_id', 'claims.stated_on',
  'claims.date', 'claims.period_start', 'claims.period_end', 'claims.hedges', 'claims.aggregation', 'claims.evidence', 'claims.indicator_id', 'claims.assertion_id', 'claims.status',
  'articles.title as a_title', 'articles.outlet as a_outlet', 'articles.url as a_url', 'articles.published as a_published',
  'articles.raw_sha256 as a_raw_sha256',
] as const;

interface ClaimJoinRow {
  id: number;
  claim_key: string;
  article_id: number;
  field: string;
  span_start: number;
  span_end: number;
  quote: string;
  sentence: string;
  value_low: number | null;
  value_high: number | null;
  approximate: number;
  unit: string;
  per: string | null;
  measure: string;
  item: string | null;
  party: string | null;
  counterparty: string | null;
  location: string | null;
  source_json: string | null;
  source_id: number | null;
  stated_on: string | null;
  date: string | null;
  period_start: string | null;
  period_end: string | null;
  hedges: string;
  aggregation: string;
  evidence: string | null;
  indicator_id: number;
  assertion_id: number | null;
  status: string;
  a_title: string;
  a_outlet: string | null;
  a_url: string | null;
  a_published: string | null;
  a_raw_sha256: string | null;
}

function now(): string {
  return new Date().toISOString();
}

/**
 * `column LIKE %text%` with `text` taken literally: "%" and "_" in a search are
 * characters, not wildcards. The escape is spelled out (SQLite has none by default).
 */
function contains(column: string, text: string) {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${text.replace(/[\\%_]/g, '\\$&')}%`} escape '\\'`;
}

/**
 * A name search as stored names are normalised, or null when it can name no source:
 * "." or "-" leave nothing to match, and "%" or "_" never occur in a stored name (so
 * "M%" must not widen to every name with an "m" in it).
 */
function searchableName(search: string): string | null {
  const norm = normaliseName(search);
  return norm === '' || /[%_]/.test(search) ? null : norm;
}

function encodeCursor(id: number): string {
  return Buffer.from(`i${id}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const s = Buffer.from(cursor, 'base64url').toString();
  const m = s.match(CURSOR);
  if (!m?.groups) throw new InputError(`bad cursor: expected the "next" value of an earlier page, got ${JSON.stringify(cursor)}`);
  return Number(m.groups.id);
}

function limitOf(page?: PageRequest): number {
  const l = page?.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(l) || l < 1) throw new InputError(`bad limit: expected a whole number from 1 to ${MAX_LIMIT}, got ${l}`);
  return Math.min(l, MAX_LIMIT);
}

function pageOf<T extends { id: number }, U>(rows: T[], limit: number, map: (r: T) => U): Page<U> {
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(map);
  return { items, next: more ? encodeCursor(rows[limit - 1].id) : null };
}

function toClaim(r: ClaimJoinRow): Claim {
  const claim: Claim = {
    field: r.field as ClaimField,
    span: [r.span_start, r.span_end],
    quote: r.quote,
    sentence: r.sentence,
    value: { low: r.value_low, high: r.value_high, approximate: r.approximate === 1 },
    unit: r.unit as Unit,
    per: r.per as Period | null,
    measure: r.measure as Measure,
    item: r.item,
    party: r.party,
    counterparty: r.counterparty,
    location: r.location,
    source: r.source_json ? (JSON.parse(r.source_json) as Claim['source']) : null,
    statedOn: r.stated_on,
    period: r.period_start != null || r.period_end != null ? { start: r.period_start, end: r.period_end } : null,
    hedges: JSON.parse(r.hedges) as string[],
    aggregation: r.aggregation as Aggregation,
  };
  if (r.evidence) claim.evidence = JSON.parse(r.evidence) as Claim['evidence'];
  return claim;
}

function toClaimRow(r: ClaimJoinRow): ClaimRow {
  return {
    id: r.id,
    claimKey: r.claim_key,
    articleId: r.article_id,
    claim: toClaim(r),
    aggregation: r.aggregation as Aggregation,
    date: r.date,
    sourceId: r.source_id,
    assertionId: r.assertion_id,
    indicatorId: r.indicator_id,
    status: r.status as ReviewStatus,
    article: { title: r.a_title, outlet: r.a_outlet, url: r.a_url, published: r.a_published },
  };
}

function applyPatch(claim: Claim, patch: ClaimPatch): Claim {
  return { ...claim, ...patch };
}

/** Day number of a partial date, or null; coarse dates are only "near" an equal or finer date. */
function dayNumber(d: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return null;
  return Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
}

function datesNear(a: string | null, b: string | null): boolean {
  if (a == null || b == null) return a === b;
  const da = dayNumber(a);
  const db = dayNumber(b);
  if (da == null || db == null) return a === b;
  return Math.abs(da - db) <= ASSERTION_WINDOW_DAYS;
}

type ArticleTableRow = {
  id: number; key: string; url: string | null; title: string; subtitle: string | null; outlet: string | null; published: string | null;
  origin: string; content_hash: string; raw_sha256: string | null; version: number; claim_count: number; ingested_at: string; updated_at: string;
};

function toArticleRow(r: ArticleTableRow): ArticleRow {
  return {
    id: r.id, key: r.key, url: r.url, title: r.title, subtitle: r.subtitle, outlet: r.outlet, published: r.published, origin: r.origin,
    contentHash: r.content_hash, rawSha256: r.raw_sha256, version: r.version, claimCount: r.claim_count, ingestedAt: r.ingested_at, updatedAt: r.updated_at,
  };
}

const ARTICLE_COLUMNS = ['id', 'key', 'url', 'title', 'subtitle', 'outlet', 'published', 'origin', 'content_hash', 'raw_sha256', 'version', 'claim_count', 'ingested_at', 'updated_at'] as const;

interface Caches {
  indicators: Map<string, number>;
  sources: Map<string, number>;
  /** Assertions by exact key, with their dates: the lookup every sourced claim makes. */
  assertions: Map<string, { id: number; date: string | null }[]>;
}

/** Empty caches for one write; merged into the ledger's after the transaction commits. */
function newCaches(): Caches {
  return { indicators: new Map(), sources: new Map(), assertions: new Map() };
}

export class KyselyLedger implements Ledger {
  readonly engine: Engine;
  private writeChain: Promise<unknown> = Promise.resolve();
  private readonly cache: Caches = newCaches();
  /** Compiled INSERTs of the article write, by table, row count and columns (see insertRows). */
  private readonly inserts = new Map<string, CompiledQuery>();
  /** Writes through this object: the engine's own counter does not see its own connection's commits. */
  private writes = 0;
  private seenVersion: number | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: DialectSpecifics,
    readonly location: string,
    /** Changes when another connection commits (SQLite's data_version); null when the engine has none. */
    private readonly dataVersion: (() => number) | null = null,
  ) {
    this.engine = dialect.engine;
  }

  changeToken(): string | null {
    if (!this.dataVersion) return null;
    // Asking SQLite costs a lock check: ask once per turn of the event loop, which a burst
    // of requests read in one go then shares. This process's own writes count at once.
    if (this.seenVersion === null) {
      this.seenVersion = this.dataVersion();
      setImmediate(() => (this.seenVersion = null));
    }
    return `${this.seenVersion}.${this.writes}`;
  }

  async close(): Promise<void> {
    await this.writeChain.catch(() => undefined);
    await this.db.destroy();
  }

  /**
   * One writer: each write waits for the one before it. `visible` false: the write changes
   * nothing a reader can see, so the change token (and every reader's cache) stays.
   */
  private serial<T>(fn: () => Promise<T>, visible = true): Promise<T> {
    const write = () => (visible ? fn().finally(() => this.writes++) : fn());
    const p = this.writeChain.then(write, write);
    this.writeChain = p.catch(() => undefined);
    return p;
  }

  // -------------------------------------------------------------------------------------
  // Writing

  storeArticle(input: StoreArticleInput): Promise<StoreArticleResult> {
    const { article } = input;
    const key = articleKey(article);
    const hash = contentHash(article);
    return this.serial(async () => {
      const pending = newCaches();
      const result = await inTransaction(this.db, async (trx) => {
        const existing = await trx.selectFrom('articles').select(['id', 'content_hash', 'version', 'claim_count']).where('key', '=', key).executeTakeFirst();
        if (existing && existing.content_hash === hash) {
          return { articleId: existing.id, outcome: 'unchanged' as const, claims: existing.claim_count };
        }
        const at = now();
        const articleCols = {
          url: article.url, title: article.title, subtitle: article.subtitle, outlet: article.outlet, published: article.published,
          origin: input.origin, feed_url: input.feedUrl ?? null, text: article.text, related: JSON.stringify(article.related ?? []),
          content_hash: hash, raw_sha256: input.raw?.sha256 ?? null, raw_content_type: input.raw?.contentType ?? null,
          raw_gz: input.raw ? ('gzipped' in input.raw ? input.raw.gzipped : gzipSync(input.raw.bytes)) : null, claim_count: input.claims.length, updated_at: at,
        };
        let articleId: number;
        if (existing) {
          await trx.updateTable('indicators').set({ stale: 1 })
            .where('id', 'in', trx.selectFrom('claims').select('indicator_id').where('article_id', '=', existing.id))
            .execute();
          await trx.deleteFrom('claims').where('article_id', '=', existing.id).execute();
          await trx.updateTable('articles').set({ ...articleCols, version: existing.version + 1 }).where('id', '=', existing.id).execute();
          articleId = existing.id;
        } else {
          articleId = (await this.insertRows(trx, 'articles', [{ ...articleCols, key, version: 1, ingested_at: at }], true)) as number;
        }

        const overrides = await trx.selectFrom('reviews').select(['claim_key', 'status', 'patch']).where('article_key', '=', key).execute();
        const byKey = new Map(overrides.map((o) => [o.claim_key, o]));
        const rows: Record<string, unknown>[] = [];
        const touched = new Set<number>();
        let reapplied = 0;
        for (const [ord, extracted] of input.claims.entries()) {
          const ck = claimKey(key, extracted);
          const o = byKey.get(ck);
          const claim = o ? applyPatch(extracted, JSON.parse(o.patch) as ClaimPatch) : extracted;
          if (o) reapplied++;
          const derived = await this.derive(trx, claim, article.published, pending);
          touched.add(derived.indicator_id);
          rows.push({ ...this.claimColumns(claim, derived), claim_key: ck, article_id: articleId, ord, status: o?.status ?? 'extracted', extracted: JSON.stringify(extracted) });
        }
        for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
          await this.insertRows(trx, 'claims', rows.slice(i, i + INSERT_CHUNK), false);
        }
        if (touched.size) await trx.updateTable('indicators').set({ stale: 1 }).where('id', 'in', [...touched]).where('stale', '=', 0).execute();
        const outcome = existing ? ('replaced' as const) : ('added' as const);
        await this.logChange(trx, existing ? 'article_replaced' : 'article_added', articleId, null, {
          key, origin: input.origin, claims: rows.length, ...(existing ? { previousClaims: existing.claim_count, version: existing.version + 1, previousHash: existing.content_hash } : {}),
        });
        if (reapplied) await this.logChange(trx, 'claim_review_reapplied', articleId, null, { reviews: reapplied });
        return { articleId, outcome, claims: rows.length };
      });
      this.commitCaches(pending);
      return result;
    });
  }

  /**
   * INSERT of plain rows, compiled once per table, row count and columns and run again with
   * new values: building and compiling the query through Kysely costs more than SQLite takes
   * to run it, and an article write makes several. Values are bound row by row in column
   * order, as Kysely binds them; the first compile of each shape checks that it agrees.
   */
  private async insertRows<T extends 'articles' | 'claims' | 'assertions' | 'changes'>(trx: Q, table: T, rows: Record<string, unknown>[], returnId: boolean): Promise<number | null> {
    const columns = Object.keys(rows[0]);
    // Kysely leaves out undefined values, which would shift every later parameter.
    const values = rows.map((r) => columns.map((c) => (r[c] === undefined ? null : r[c])));
    const shape = `${table}|${rows.length}|${returnId ? 'id|' : ''}${columns.join(',')}`;
    let compiled = this.inserts.get(shape);
    if (!compiled) {
      const clean = values.map((v) => Object.fromEntries(columns.map((c, i) => [c, v[i]])));
      const q = trx.insertInto(table).values(clean as never);
      compiled = (returnId ? q.returning('id' as never) : q).compile();
      const flat = values.flat();
      if (compiled.parameters.length !== flat.length || compiled.parameters.some((p, i) => p !== flat[i])) {
        throw new InternalError(`insert into ${table}: compiled parameters do not follow the rows' column order`);
      }
      this.inserts.set(shape, compiled);
    }
    const r = await trx.executeQuery<{ id: number }>({ ...compiled, parameters: values.flat() });
    return returnId ? r.rows[0].id : null;
  }

  private commitCaches(pending: Caches): void {
    for (const [k, v] of pending.indicators) this.cache.indicators.set(k, v);
    for (const [k, v] of pending.sources) this.cache.sources.set(k, v);
    for (const [k, v] of pending.assertions) this.cache.assertions.set(k, v);
  }

  private claimColumns(claim: Claim, d: { indicator_id: number; source_id: number | null; assertion_id: number | null; aggregation: Aggregation; date: string | null }) {
    return {
      field: claim.field, span_start: claim.span[0], span_end: claim.span[1], quote: claim.quote, sentence: claim.sentence,
      value_low: claim.value.low, value_high: claim.value.high, approximate: claim.value.approximate ? 1 : 0,
      unit: claim.unit, per: claim.per, measure: claim.measure, item: claim.item, party: claim.party, counterparty: claim.counterparty,
      location: claim.location, source_json: claim.source ? JSON.stringify(claim.source) : null, source_id: d.source_id,
      affiliation: claim.source?.affiliation?.toLowerCase() ?? null,
      stated_on: claim.statedOn, period_start: claim.period?.start ?? null, period_end: claim.period?.end ?? null, date: d.date, hedges: JSON.stringify(claim.hedges), aggregation: d.aggregation,
      evidence: claim.evidence ? JSON.stringify(claim.evidence) : null, indicator_id: d.indicator_id, assertion_id: d.assertion_id,
    };
  }

  /** Typing, indicator, source entity and assertion of one claim. */
  private async derive(trx: Q, claim: Claim, published: string | null, pending: Caches) {
    const aggregation = deriveAggregation(claim);
    const date = claimDate(claim, published);
    const indicator_id = await this.indicatorId(trx, claim, aggregation, pending);
    const source_id = claim.source ? await this.sourceId(trx, claim.source, pending) : null;
    const assertion_id = source_id != null ? await this.assertionId(trx, source_id, indicator_id, claim, aggregation, date, pending) : null;
    return { aggregation, date, indicator_id, source_id, assertion_id };
  }

  private async indicatorId(trx: Q, claim: Claim, aggregation: Aggregation, pending: Caches): Promise<number> {
    const k = {
      measure: claim.measure, party: claim.party, location: claim.location, item: claim.item?.toLowerCase() ?? null, subset: deriveSubset(claim),
      aggregation, unit: claim.unit, per: claim.per, granularity: granularity(spanOf(claim.period)),
    };
    const key = indicatorKey(k);
    const cached = this.cache.indicators.get(key) ?? pending.indicators.get(key);
    if (cached != null) return cached;
    await trx.insertInto('indicators').values({ ...k, key, label: indicatorLabel(k), disagreements: 0, stale: 1 }).onConflict((oc) => oc.column('key').doNothing()).execute();
    const row = await trx.selectFrom('indicators').select('id').where('key', '=', key).executeTakeFirstOrThrow();
    pending.indicators.set(key, row.id);
    return row.id;
  }

  private async sourceId(trx: Q, source: NonNullable<Claim['source']>, pending: Caches): Promise<number> {
    const ident = sourceIdentity(source);
    const cached = this.cache.sources.get(ident.aliasNorm) ?? pending.sources.get(ident.aliasNorm);
    if (cached != null) return cached;
    const alias = async (aliasNorm: string) =>
      (await trx.selectFrom('source_aliases').select('source_id').where('alias_norm', '=', aliasNorm).executeTakeFirst())?.source_id ?? null;

    let id = (await alias(ident.aliasNorm)) ?? (await alias(ident.norm));
    // Initials meet only initials written out: "White House official" never meets "World Health Organization" on "who".
    const [mine, theirs] = ident.acronym ? ['acr:', 'init:'] : ['init:', 'acr:'];
    const byName = id != null;
    for (const k of ident.declared) id ??= (await alias(`init:${k}`)) ?? (await alias(`acr:${k}`));
    for (const k of ident.keys) {
      id ??= await alias(theirs + k);
      if (id == null && ident.countryless) {
        // "ISW" with no country: the one country's ISW, if only one.
        const any = await trx.selectFrom('source_aliases').select('source_id').distinct().where('alias_norm', 'like', `${theirs}@% ${k}`).limit(2).execute();
        if (any.length === 1) id = any[0].source_id;
      }
    }
    if (id != null && !ident.acronym && ident.surname == null) {
      // "ISW" seen first, "Institute for the Study of War" now: the long form names it
      // better; so does a name that the one kept holds with words around it.
      const found = await trx.selectFrom('sources').select(['name']).where('id', '=', id).executeTakeFirst();
      const better = found && (sourceIdentity({ name: found.name }).acronym || (!byName && found.name.length > ident.display.length && found.name.includes(ident.display)));
      if (better) await trx.updateTable('sources').set({ name: ident.display }).where('id', '=', id).execute();
    }
    if (id == null && ident.surname == null && !ident.norm.startsWith('@') && ident.norm.includes(' ')) {
      // "health ministry" with no country: the one country's health ministry, if only one.
      const any = await trx.selectFrom('sources').select('id').where('norm', 'like', `@% ${ident.norm}`).limit(2).execute();
      if (any.length === 1) id = any[0].id;
    }
    if (id == null && ident.generic) {
      // "the British ministry": the one British ministry known, if only one.
      const { country, head } = ident.generic;
      const bodies = await trx.selectFrom('sources').select('id')
        .where('norm', 'like', `${country} %`).where(sql<string>`' ' || norm || ' '`, 'like', `% ${head} %`).limit(2).execute();
      if (bodies.length === 1) id = bodies[0].id;
    }
    if (id == null && ident.bareSurname) {
      // "Kirby": the one person whose surname it is, if only one.
      const people = await trx.selectFrom('sources').select('id').where('surname', '=', ident.norm).where('norm', '<>', ident.norm).limit(2).execute();
      if (people.length === 1) id = people[0].id;
    }
    if (id == null && ident.surname && !ident.bareSurname) {
      // "John Kirby" after a bare "Kirby": the bare one grows into the full name.
      const bare = await trx.selectFrom('sources').select('id').where('norm', '=', ident.surname).where('surname', '=', ident.surname).executeTakeFirst();
      if (bare) {
        await trx.updateTable('sources').set({ norm: ident.norm, name: ident.display }).where('id', '=', bare.id).execute();
        id = bare.id;
      }
    }
    if (id == null) {
      // Another writer (a queue worker) may create the same source at the same moment.
      await trx
        .insertInto('sources')
        .values({ norm: ident.norm, name: ident.display, kind: source.kind, affiliation: source.affiliation, surname: ident.surname, created_at: now() })
        .onConflict((oc) => oc.column('norm').doNothing())
        .execute();
      id = (await trx.selectFrom('sources').select('id').where('norm', '=', ident.norm).executeTakeFirstOrThrow()).id;
    } else if (source.affiliation) {
      await trx.updateTable('sources').set({ affiliation: source.affiliation }).where('id', '=', id).where('affiliation', 'is', null).execute();
    }
    // Keys no one wrote (initials, folded word sets) have no text until someone writes them.
    const aliases = [...new Map([
      ...ident.keys.map((k): [string, string] => [mine + k, '']),
      ...ident.declared.flatMap((k): [string, string][] => [[`init:${k}`, ''], [`acr:${k}`, '']]),
      [ident.norm, ident.display],
      [ident.aliasNorm, source.name],
    ]).entries()];
    await trx
      .insertInto('source_aliases')
      .values(aliases.map(([alias_norm, a]) => ({ alias_norm, alias: a, source_id: id as number })))
      .onConflict((oc) => oc.column('alias_norm').doUpdateSet((eb) => ({ alias: eb.ref('excluded.alias') })).where('source_aliases.alias', '=', '').where('source_aliases.source_id', '=', id as number))
      .execute();
    pending.sources.set(ident.aliasNorm, id);
    return id;
  }

  private async assertionId(trx: Q, sourceId: number, indicatorId: number, claim: Claim, aggregation: Aggregation, date: string | null, pending: Caches): Promise<number> {
    // The period joins the key once a claim has one: the same figure for two months is two assertions.
    const period = spanOf(claim.period);
    const akey = JSON.stringify([sourceId, claim.measure, claim.party, claim.unit, claim.per, aggregation, claim.value.low, claim.value.high, ...(claim.item ? [claim.item.toLowerCase()] : []), ...(period ? [period.start, period.end] : [])]);
    // Another process (a queue worker) may have added assertions: only a cached hit is trusted, a miss asks the database.
    const cached = pending.assertions.get(akey) ?? this.cache.assertions.get(akey);
    const hit = cached?.find((c) => datesNear(c.date, date));
    if (hit) return hit.id;
    const candidates = await trx.selectFrom('assertions').select(['id', 'date']).where('akey', '=', akey).execute();
    pending.assertions.set(akey, candidates);
    const near = candidates.find((c) => datesNear(c.date, date));
    if (near) return near.id;
    const id = (await this.insertRows(trx, 'assertions', [{
      akey, source_id: sourceId, indicator_id: indicatorId, measure: claim.measure, party: claim.party, unit: claim.unit, per: claim.per,
      aggregation, value_low: claim.value.low, value_high: claim.value.high, approximate: claim.value.approximate ? 1 : 0, date,
    }], true)) as number;
    pending.assertions.set(akey, [...candidates, { id, date }]);
    return id;
  }

  private async logChange(trx: Q, kind: ChangeKind, articleId: number | null, claimKeyValue: string | null, detail: Record<string, unknown>): Promise<void> {
    await this.insertRows(trx, 'changes', [{ at: now(), kind, article_id: articleId, claim_key: claimKeyValue, detail: JSON.stringify(detail) }], false);
  }

  recordError(error: IngestErrorInput): Promise<void> {
    return this.serial(async () => {
      await this.db.insertInto('ingest_errors').values({ at: now(), origin: error.origin, kind: error.kind, reason: error.reason }).execute();
    });
  }

  async hasArticle(key: string, hash?: string): Promise<boolean> {
    let q = this.db.selectFrom('articles').select('id').where('key', '=', key);
    if (hash) q = q.where('content_hash', '=', hash);
    return (await q.executeTakeFirst()) != null;
  }

  // -------------------------------------------------------------------------------------
  // Claims

  /** Source ids a name stands for: an exact name or alias if there is one, else every name containing it. */
  private async sourceIdsFor(name: string): Promise<number[]> {
    const norm = searchableName(name);
    if (norm === null) return [];
    const exact = await this.db.selectFrom('source_aliases').select('source_id').where('alias_norm', '=', norm).execute();
    const rows = exact.length ? exact : await this.db.selectFrom('source_aliases').select('source_id').where(contains('alias_norm', norm)).execute();
    return [...new Set(rows.map((r) => r.source_id))];
  }

  /** Resolves the parts of a filter that need a lookup first (source names → ids). */
  private async resolveFilter(f: ClaimFilter): Promise<ClaimFilter & { sourceIds?: number[] }> {
    return typeof f.source === 'string' ? { ...f, sourceIds: await this.sourceIdsFor(f.source) } : f;
  }

  /** Applies a filter to a query over claims alone: the id page is chosen from indexes, rows are fetched after. */
  private filterClaims<O>(q: SelectQueryBuilder<DB, 'claims', O>, f: ClaimFilter & { sourceIds?: number[] }, dateByScan = false): SelectQueryBuilder<DB, 'claims', O> {
    // SQLite's unary plus: the same comparison, but no index may serve it.
    const date = dateByScan ? sql<string>`+claims.date` : sql.ref<string>('claims.date');
    const ids = f.sourceIds ?? [];
    if (f.measure) {
      const m = Array.isArray(f.measure) ? f.measure : [f.measure];
      q = m.length === 1 ? q.where('claims.measure', '=', m[0]) : q.where('claims.measure', 'in', m);
    }
    if (f.party) q = q.where('claims.party', '=', f.party);
    if (f.source != null) {
      if (typeof f.source === 'number') q = q.where('claims.source_id', '=', f.source);
      else if (ids.length === 1) q = q.where('claims.source_id', '=', ids[0]);
      else q = q.where('claims.source_id', 'in', ids.length ? ids : [-1]);
    }
    if (f.affiliation) q = q.where('claims.affiliation', '=', f.affiliation.toLowerCase());
    if (f.since) {
      if (!isPartialDate(f.since)) throw new InputError(`bad --since: expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(f.since)}`);
      q = q.where(date, '>=', f.since);
    }
    if (f.until) {
      if (!isPartialDate(f.until)) throw new InputError(`bad --until: expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(f.until)}`);
      q = q.where(date, '<', untilExclusive(f.until));
    }
    if (f.text) q = q.where(this.dialect.fullTextCondition(f.text));
    if (f.articleId != null) q = q.where('claims.article_id', '=', f.articleId);
    if (f.indicatorId != null) q = q.where('claims.indicator_id', '=', f.indicatorId);
    if (f.aggregation) q = q.where('claims.aggregation', '=', f.aggregation);
    if (f.status) {
      const s = Array.isArray(f.status) ? f.status : [f.status];
      q = q.where('claims.status', 'in', s);
    } else if (!f.includeRejected) {
      // A literal, not a bound value: only then can SQLite prove the partial indexes
      // (`where status <> 'rejected'`) cover the query and read ids from the index alone.
      q = q.where(sql<SqlBool>`claims.status <> 'rejected'`);
    }
    return q;
  }

  private claimQuery() {
    return this.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id').select([...CLAIM_COLUMNS]);
  }

  /** The rows of these claim ids, in the order given. */
  private async claimRows(ids: number[]): Promise<ClaimJoinRow[]> {
    if (ids.length === 0) return [];
    const rows = (await this.claimQuery().where('claims.id', 'in', ids).execute()) as ClaimJoinRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ClaimJoinRow => r != null);
  }

  async listClaims(filter: ClaimFilter = {}, page?: PageRequest): Promise<Page<ClaimRow>> {
    const limit = limitOf(page);
    const resolved = await this.resolveFilter(filter);
    const before = page?.cursor ? decodeCursor(page.cursor) : null;
    const ids = resolved.text && this.dialect.fullTextIds ? await this.textPageIds(resolved, before, limit + 1) : await this.pageIds(resolved, before, limit + 1);
    return pageOf(await this.claimRows(ids), limit, toClaimRow);
  }

  private async pageIds(f: ClaimFilter & { sourceIds?: number[] }, before: number | null, n: number, within?: number[]): Promise<number[]> {
    if ((f.since || f.until) && !within && this.dialect.engine === 'sqlite') {
      // The date index is ordered by date, so SQLite reads a whole window and sorts it by id
      // (a month of a million claims is ~80,000 entries). The claims of a window are mostly
      // recent ones: look through the newest ids first, in id order, and ask the index only
      // for what they leave unfilled.
      const top = before ?? Number((await this.db.selectFrom('claims').select((eb) => eb.fn.max('claims.id').as('m')).executeTakeFirst())?.m ?? 0) + 1;
      const floor = top - RECENT_IDS;
      const recent = await this.idsBetween(f, floor, top, n, true);
      if (recent.length >= n || floor <= 0) return recent;
      return [...recent, ...(await this.idsBetween(f, null, floor + 1, n - recent.length, false))];
    }
    return this.idsBetween(f, null, before, n, false, within);
  }

  /** Ids in (above, below), newest first; `scan` keeps the date terms off the date index. */
  private async idsBetween(f: ClaimFilter & { sourceIds?: number[] }, above: number | null, below: number | null, n: number, scan: boolean, within?: number[]): Promise<number[]> {
    let q = this.filterClaims(this.db.selectFrom('claims').select('claims.id'), f, scan);
    if (above != null) q = q.where('claims.id', '>', above);
    if (below != null) q = q.where('claims.id', '<', below);
    if (within) q = q.where('claims.id', 'in', within);
    return (await q.orderBy('claims.id', 'desc').limit(n).execute()).map((r) => r.id);
  }

  /** Text search page: take matches newest first in batches, keep those the other filters pass. */
  private async textPageIds(f: ClaimFilter & { sourceIds?: number[] }, before: number | null, n: number): Promise<number[]> {
    const search = this.dialect.fullTextIds as NonNullable<DialectSpecifics['fullTextIds']>;
    const rest = { ...f, text: undefined };
    const out: number[] = [];
    let cursor = before;
    for (;;) {
      const batch = await search(this.db as unknown as Kysely<unknown>, f.text as string, cursor, TEXT_BATCH);
      if (batch.length === 0) return out;
      out.push(...(await this.pageIds(rest, null, n - out.length, batch)));
      if (out.length >= n || batch.length < TEXT_BATCH) return out;
      cursor = batch[batch.length - 1];
    }
  }

  async getClaim(id: number): Promise<ClaimRow | null> {
    const r = (await this.claimQuery().where('claims.id', '=', id).executeTakeFirst()) as ClaimJoinRow | undefined;
    return r ? toClaimRow(r) : null;
  }

  async countClaims(filter: ClaimFilter = {}): Promise<number> {
    const q = this.filterClaims(this.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')), await this.resolveFilter(filter));
    const r = await q.executeTakeFirstOrThrow();
    return Number(r.n);
  }

  // -------------------------------------------------------------------------------------
  // Articles

  async listArticles(filter: ArticleFilter = {}, page?: PageRequest): Promise<Page<ArticleRow>> {
    const limit = limitOf(page);
    let q = this.db.selectFrom('articles').select([...ARTICLE_COLUMNS]);
    if (filter.outlet) q = q.where('outlet', '=', filter.outlet);
    if (filter.since) q = q.where('published', '>=', filter.since);
    if (filter.until) q = q.where('published', '<', untilExclusive(filter.until));
    if (filter.q) {
      const text = filter.q.toLowerCase();
      const like = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
      q = q.where(sql<SqlBool>`(lower(title) like ${like} escape '\\' or lower(url) like ${like} escape '\\')`);
    }
    if (page?.cursor) q = q.where('id', '<', decodeCursor(page.cursor));
    const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
    return pageOf(rows, limit, toArticleRow);
  }

  async getArticle(id: number): Promise<ArticleDetail | null> {
    const r = await this.db.selectFrom('articles').select([...ARTICLE_COLUMNS, 'text', 'related']).where('id', '=', id).executeTakeFirst();
    if (!r) return null;
    const claims = (await this.claimQuery().where('claims.article_id', '=', id).orderBy('claims.ord').execute()) as ClaimJoinRow[];
    const article: Article = {
      title: r.title, subtitle: r.subtitle, published: r.published, outlet: r.outlet, url: r.url, text: r.text,
      related: JSON.parse(r.related) as Article['related'],
    };
    return { ...toArticleRow(r), article, claims: claims.map(toClaimRow) };
  }

  async getRawSnapshot(articleId: number): Promise<RawSnapshot | null> {
    const r = await this.db.selectFrom('articles').select(['raw_gz', 'raw_sha256', 'raw_content_type']).where('id', '=', articleId).executeTakeFirst();
    if (!r?.raw_gz || !r.raw_sha256) return null;
    return { bytes: gunzipSync(r.raw_gz), sha256: r.raw_sha256, contentType: r.raw_content_type };
  }

  async listErrors(page?: PageRequest): Promise<Page<IngestErrorRow>> {
    const limit = limitOf(page);
    let q = this.db.selectFrom('ingest_errors').selectAll();
    if (page?.cursor) q = q.where('id', '<', decodeCursor(page.cursor));
    const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
    return pageOf(rows, limit, (r) => r);
  }

  // -------------------------------------------------------------------------------------
  // Sources and assertions

  async listSources(filter: SourceFilter = {}, page?: PageRequest): Promise<Page<SourceRow>> {
    const limit = limitOf(page);
    let q = this.db.selectFrom('sources').select(['id', 'name', 'kind', 'affiliation']);
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.affiliation) {
      const aff = filter.affiliation;
      q = q.where(sql<boolean>`lower(affiliation) = lower(${aff})`);
    }
    if (filter.q) {
      const norm = searchableName(filter.q);
      q = norm === null ? q.where(sql<SqlBool>`1 = 0`) : q.where('id', 'in', this.db.selectFrom('source_aliases').select('source_id').where(contains('alias_norm', norm)));
    }
    if (page?.cursor) q = q.where('id', '<', decodeCursor(page.cursor));
    const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
    const p = pageOf(rows, limit, (r) => r);
    return { items: await this.decorateSources(p.items), next: p.next };
  }

  private async decorateSources(rows: { id: number; name: string; kind: string; affiliation: string | null }[]): Promise<SourceRow[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const aliases = await this.db.selectFrom('source_aliases').select(['source_id', 'alias']).where('source_id', 'in', ids).orderBy('alias').execute();
    const counts = await this.db
      .selectFrom('claims')
      .select((eb) => ['source_id', eb.fn.countAll().as('claims'), eb.fn.count('article_id').distinct().as('articles')])
      .where('source_id', 'in', ids)
      .where('status', '<>', 'rejected')
      .groupBy('source_id')
      .execute();
    return rows.map((r) => {
      const c = counts.find((x) => x.source_id === r.id);
      return {
        id: r.id, name: r.name, kind: r.kind as SourceKind, affiliation: r.affiliation,
        aliases: [...new Set(aliases.filter((a) => a.source_id === r.id && a.alias !== '').map((a) => a.alias))],
        claimCount: Number(c?.claims ?? 0), articleCount: Number(c?.articles ?? 0),
      };
    });
  }

  async getSource(id: number): Promise<SourceRow | null> {
    const r = await this.db.selectFrom('sources').select(['id', 'name', 'kind', 'affiliation']).where('id', '=', id).executeTakeFirst();
    return r ? (await this.decorateSources([r]))[0] : null;
  }

  mergeSources(input: { into: number; from: number[]; actor: string; note?: string | null }): Promise<SourceRow> {
    return this.serial(async () => {
      await inTransaction(this.db, (trx) => mergeSources(trx, input.into, input.from, input.actor, input.note ?? null, now()));
      this.forgetSources();
      return (await this.getSource(input.into)) as SourceRow;
    });
  }

  splitSource(input: { id: number; names: string[]; actor: string; note?: string | null }): Promise<SourceRow> {
    return this.serial(async () => {
      const created = await inTransaction(this.db, (trx) => splitSource(trx, input.id, input.names, input.actor, input.note ?? null, now()));
      this.forgetSources();
      return (await this.getSource(created)) as SourceRow;
    });
  }

  sourceAudit(id: number): Promise<SourceAuditEntry[]> {
    return sourceAudit(this.db, id);
  }

  /** Source and assertion ids cached by name and key may have moved. */
  private forgetSources(): void {
    this.cache.sources.clear();
    this.cache.assertions.clear();
  }

  async listAssertions(filter: { sourceId?: number; indicatorId?: number } = {}, page?: PageRequest): Promise<Page<AssertionRow>> {
    const limit = limitOf(page);
    let q = this.db.selectFrom('assertions').selectAll().where('id', 'in', this.db.selectFrom('claims').select('assertion_id').where('status', '<>', 'rejected'));
    if (filter.sourceId != null) q = q.where('source_id', '=', filter.sourceId);
    if (filter.indicatorId != null) q = q.where('indicator_id', '=', filter.indicatorId);
    if (page?.cursor) q = q.where('id', '<', decodeCursor(page.cursor));
    const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
    const p = pageOf(rows, limit, (r) => r);
    const ids = p.items.map((a) => a.id);
    const claims = ids.length
      ? await this.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id')
          .select(['claims.id', 'claims.assertion_id', 'articles.content_hash', 'articles.outlet'])
          .where('claims.assertion_id', 'in', ids).where('claims.status', '<>', 'rejected').orderBy('claims.id').execute()
      : [];
    const items = p.items.map((a): AssertionRow => {
      const mine = claims.filter((c) => c.assertion_id === a.id);
      return {
        id: a.id, sourceId: a.source_id, measure: a.measure as Measure, party: a.party,
        value: { low: a.value_low, high: a.value_high, approximate: a.approximate === 1 },
        unit: a.unit as Unit, per: a.per as Period | null, aggregation: a.aggregation as Aggregation, date: a.date,
        reports: new Set(mine.map((c) => c.content_hash)).size,
        outlets: [...new Set(mine.map((c) => c.outlet).filter((o): o is string => o != null))],
        claimIds: mine.map((c) => c.id),
      };
    });
    return { items, next: p.next };
  }

  // -------------------------------------------------------------------------------------
  // Series

  private async seriesClaims(indicatorId: number): Promise<SeriesClaim[]> {
    const rows = await this.db
      .selectFrom('claims')
      .innerJoin('articles', 'articles.id', 'claims.article_id')
      .leftJoin('sources', 'sources.id', 'claims.source_id')
      .select([
        'claims.id', 'claims.source_id', 'sources.name', 'articles.outlet', 'articles.published', 'claims.date', 'claims.stated_on', 'claims.period_start',
        'claims.period_end', 'claims.aggregation', 'claims.value_low', 'claims.value_high', 'claims.approximate', 'articles.content_hash', 'claims.assertion_id',
      ])
      .where('claims.indicator_id', '=', indicatorId)
      .where('claims.status', '<>', 'rejected')
      .execute();
    return rows.map((r) => ({
      claimId: r.id, sourceId: r.source_id, sourceName: r.name, outlet: r.outlet, date: r.date,
      period: spanOf({ start: r.period_start, end: r.period_end }), stated: statedDate({ statedOn: r.stated_on }, r.published),
      runningTotal: r.aggregation === 'cumulative', low: r.value_low, high: r.value_high,
      approximate: r.approximate === 1, contentHash: r.content_hash, assertionId: r.assertion_id,
    }));
  }

  /** Recomputes the cached disagreement counts of indicators changed since last asked. */
  private async refreshStale(): Promise<void> {
    // Most visits find nothing to do: look before queueing behind the writers.
    if (!(await this.db.selectFrom('indicators').select('id').where('stale', '=', 1).limit(1).executeTakeFirst())) return;
    // Not a visible write: the counts follow from claims already stored, and every list
    // of series refreshes them before it reads them.
    return this.serial(async () => {
      const stale = await this.db.selectFrom('indicators').select('id').where('stale', '=', 1).execute();
      for (const { id } of stale) {
        const { disagreements } = computeSeries(await this.seriesClaims(id));
        await this.db.updateTable('indicators').set({ disagreements: disagreements.length, stale: 0 }).where('id', '=', id).execute();
      }
    }, false);
  }

  async listSeries(filter: SeriesFilter = {}): Promise<SeriesSummary[]> {
    await this.refreshStale();
    let iq = this.db.selectFrom('indicators').selectAll();
    if (filter.measure) iq = iq.where('measure', '=', filter.measure);
    if (filter.party) iq = iq.where('party', '=', filter.party);
    if (filter.location) iq = iq.where('location', '=', filter.location);
    if (filter.aggregation) iq = iq.where('aggregation', '=', filter.aggregation);
    const indicators = await iq.orderBy('id').execute();
    if (indicators.length === 0) return [];
    const agg = await this.db
      .selectFrom('claims')
      .select((eb) => ['indicator_id', eb.fn.countAll().as('n'), eb.fn.count('source_id').distinct().as('sources'), eb.fn.min('date').as('first'), eb.fn.max('date').as('last')])
      .where('status', '<>', 'rejected')
      .groupBy('indicator_id')
      .execute();
    const latest = await sql<{ indicator_id: number; value_low: number | null; value_high: number | null; approximate: number; date: string | null; name: string | null }>`
      select indicator_id, value_low, value_high, approximate, date, name from (
        select c.indicator_id, c.value_low, c.value_high, c.approximate, c.date, s.name,
               row_number() over (partition by c.indicator_id order by (c.date is null), c.date desc, c.id desc) as rn
        from claims c left join sources s on s.id = c.source_id where c.status <> 'rejected') t
      where rn = 1`.execute(this.db);
    const aggBy = new Map(agg.map((a) => [a.indicator_id, a]));
    const latestBy = new Map(latest.rows.map((l) => [l.indicator_id, l]));
    const min = filter.minClaims ?? 1;
    return indicators
      .map((ind): SeriesSummary => {
        const a = aggBy.get(ind.id);
        const l = latestBy.get(ind.id);
        return {
          id: ind.id, measure: ind.measure as Measure, party: ind.party, location: ind.location, aggregation: ind.aggregation as Aggregation,
          unit: ind.unit as Unit, per: ind.per as Period | null, label: ind.label, claims: Number(a?.n ?? 0), sources: Number(a?.sources ?? 0),
          firstDate: (a?.first as string | null) ?? null, lastDate: (a?.last as string | null) ?? null,
          latest: l ? { value: { low: l.value_low, high: l.value_high, approximate: Number(l.approximate) === 1 }, date: l.date, source: l.name } : null,
          disagreements: ind.disagreements,
        };
      })
      .filter((s) => s.claims >= min)
      .sort((x, y) => y.claims - x.claims || x.id - y.id);
  }

  async getSeries(id: number): Promise<SeriesDetail | null> {
    const ind = await this.db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
    if (!ind) return null;
    const claims = await this.seriesClaims(id);
    const { lines, undated, disagreements } = computeSeries(claims);
    const dated = claims.filter((c) => c.date != null).sort((a, b) => (a.date as string).localeCompare(b.date as string) || a.claimId - b.claimId);
    const last = dated[dated.length - 1] ?? claims[claims.length - 1];
    return {
      id, measure: ind.measure as Measure, party: ind.party, location: ind.location, aggregation: ind.aggregation as Aggregation,
      unit: ind.unit as Unit, per: ind.per as Period | null, label: ind.label, claims: claims.length,
      sources: new Set(claims.map((c) => c.sourceId).filter((s) => s != null)).size,
      firstDate: dated[0]?.date ?? null, lastDate: dated[dated.length - 1]?.date ?? null,
      latest: last ? { value: { low: last.low, high: last.high, approximate: last.approximate }, date: last.date, source: last.sourceName } : null,
      disagreements: disagreements.length, undated: undatedEntries(undated), lines, disagreementList: disagreements,
    };
  }

  async listFlags(filter: SeriesFilter = {}): Promise<SeriesFlag[]> {
    const flags: SeriesFlag[] = [];
    // A flag needs two figures: one-claim series cannot hold one.
    for (const s of await this.listSeries({ ...filter, minClaims: Math.max(2, filter.minClaims ?? 2) })) {
      const { revisions, disagreements } = computeSeries(await this.seriesClaims(s.id));
      for (const r of revisions) flags.push({ kind: 'revision', seriesId: s.id, label: s.label, sourceId: r.sourceId, source: r.source, point: r.point });
      for (const d of disagreements) flags.push({ kind: 'disagreement', seriesId: s.id, label: s.label, disagreement: d });
    }
    return flags;
  }

  // -------------------------------------------------------------------------------------
  // Changes

  async listChanges(since?: string | null, page?: PageRequest): Promise<Page<ChangeRow>> {
    const limit = limitOf(page);
    let q = this.db.selectFrom('changes').selectAll();
    if (since) {
      if (Number.isNaN(Date.parse(since))) throw new InputError(`bad --since: expected an ISO date or timestamp such as 2026-01-31T12:00:00Z, got ${JSON.stringify(since)}`);
      q = q.where('at', '>', new Date(since).toISOString());
    }
    if (page?.cursor) q = q.where('id', '>', decodeCursor(page.cursor));
    const rows = await q.orderBy('id', 'asc').limit(limit + 1).execute();
    return pageOf(rows, limit, (r) => ({
      id: r.id, at: r.at, kind: r.kind as ChangeKind, articleId: r.article_id, claimKey: r.claim_key, detail: JSON.parse(r.detail) as Record<string, unknown>,
    }));
  }

  // -------------------------------------------------------------------------------------
  // Export

  async *exportRows(filter: ClaimFilter = {}): AsyncIterable<ExportRow> {
    let after = 0;
    const resolved = await this.resolveFilter(filter);
    const srcCache = new Map<number, { name: string; kind: string; affiliation: string | null }>();
    for (;;) {
      const ids = (await this.filterClaims(this.db.selectFrom('claims').select('claims.id'), resolved).where('claims.id', '>', after).orderBy('claims.id', 'asc').limit(EXPORT_CHUNK).execute()).map((r) => r.id);
      const rows = await this.claimRows(ids);
      if (rows.length === 0) return;
      const missing = [...new Set(rows.map((r) => r.source_id).filter((s): s is number => s != null && !srcCache.has(s)))];
      if (missing.length) {
        for (const s of await this.db.selectFrom('sources').select(['id', 'name', 'kind', 'affiliation']).where('id', 'in', missing).execute()) srcCache.set(s.id, s);
      }
      for (const r of rows) yield toExportRow(r, r.source_id != null ? srcCache.get(r.source_id) ?? null : null);
      after = rows[rows.length - 1].id;
      if (rows.length < EXPORT_CHUNK) return;
    }
  }

  // -------------------------------------------------------------------------------------
  // Review

  reviewClaim(input: ReviewInput): Promise<ClaimRow> {
    return this.serial(async () => {
      const current = await this.getClaim(input.claimId);
      if (!current) throw new InputError(`no claim with id ${input.claimId}`);
      if (!input.actor) throw new InputError('a review needs an actor (token name or account)');
      if (input.action === 'correct' && (!input.patch || Object.keys(input.patch).length === 0)) {
        throw new InputError('a correction needs a patch, e.g. {"value":{"low":1200,"high":1200,"approximate":false}}');
      }
      const before = current.claim;
      const after = input.action === 'correct' ? applyPatch(before, input.patch as ClaimPatch) : before;
      const check = ClaimSchema.safeParse(after);
      if (!check.success) throw new InputError(`correction does not give a valid claim: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const status: ReviewStatus = input.action === 'confirm' ? 'confirmed' : input.action === 'correct' ? 'corrected' : 'rejected';
      const art = await this.db.selectFrom('articles').select(['key', 'published']).where('id', '=', current.articleId).executeTakeFirstOrThrow();
      const pending = newCaches();
      await inTransaction(this.db, async (trx) => {
        const prior = await trx.selectFrom('reviews').select('patch').where('claim_key', '=', current.claimKey).executeTakeFirst();
        const patch = { ...(prior ? (JSON.parse(prior.patch) as ClaimPatch) : {}), ...(input.action === 'correct' ? input.patch : {}) };
        const at = now();
        await trx
          .insertInto('reviews')
          .values({ claim_key: current.claimKey, article_key: art.key, status, patch: JSON.stringify(patch), actor: input.actor, at })
          .onConflict((oc) => oc.column('claim_key').doUpdateSet({ status, patch: JSON.stringify(patch), actor: input.actor, at }))
          .execute();
        const derived = await this.derive(trx, after, art.published, pending);
        await trx.updateTable('claims').set({ ...this.claimColumns(after, derived), status }).where('id', '=', current.id).execute();
        await trx.updateTable('indicators').set({ stale: 1 }).where('id', 'in', [current.indicatorId, derived.indicator_id]).execute();
        await trx
          .insertInto('audit')
          .values({ claim_key: current.claimKey, claim_id: current.id, action: input.action, actor: input.actor, at, before: JSON.stringify(before), after: JSON.stringify(after), note: input.note ?? null })
          .execute();
        const kind: ChangeKind = input.action === 'confirm' ? 'claim_confirmed' : input.action === 'correct' ? 'claim_corrected' : 'claim_rejected';
        await this.logChange(trx, kind, current.articleId, current.claimKey, { claimId: current.id, actor: input.actor, ...(input.action === 'correct' ? { patch: input.patch } : {}) });
      });
      this.commitCaches(pending);
      return (await this.getClaim(current.id)) as ClaimRow;
    });
  }

  async claimAudit(claimId: number): Promise<AuditEntry[]> {
    const c = await this.db.selectFrom('claims').select('claim_key').where('id', '=', claimId).executeTakeFirst();
    if (!c) return [];
    const rows = await this.db.selectFrom('audit').selectAll().where('claim_key', '=', c.claim_key).orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id, claimKey: r.claim_key, claimId: r.claim_id, action: r.action as AuditEntry['action'], actor: r.actor, at: r.at,
      before: JSON.parse(r.before) as Claim, after: JSON.parse(r.after) as Claim, note: r.note,
    }));
  }

  // -------------------------------------------------------------------------------------
  // Tokens, topics, feeds

  createToken(name: string, tokenHash: string): Promise<TokenRow> {
    return this.serial(async () => {
      if (!name.trim()) throw new InputError('a token needs a name, e.g. "alice"');
      const clash = await this.db.selectFrom('tokens').select('id').where((eb) => eb.or([eb('name', '=', name), eb('token_hash', '=', tokenHash)])).executeTakeFirst();
      if (clash) throw new InputError(`a token named ${JSON.stringify(name)} (or with this hash) already exists`);
      const r = await this.db.insertInto('tokens').values({ name, token_hash: tokenHash, created_at: now(), revoked_at: null }).returning(['id', 'name', 'created_at', 'revoked_at']).executeTakeFirstOrThrow();
      return { id: r.id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at };
    });
  }

  async findToken(tokenHash: string): Promise<TokenRow | null> {
    const r = await this.db.selectFrom('tokens').select(['id', 'name', 'created_at', 'revoked_at']).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
    return r ? { id: r.id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at } : null;
  }

  async listTokens(): Promise<TokenRow[]> {
    const rows = await this.db.selectFrom('tokens').select(['id', 'name', 'created_at', 'revoked_at']).orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at }));
  }

  revokeToken(name: string): Promise<boolean> {
    return this.serial(async () => {
      const r = await this.db.updateTable('tokens').set({ revoked_at: now() }).where('name', '=', name).where('revoked_at', 'is', null).returning('id').execute();
      return r.length > 0;
    });
  }

  proposeTopic(input: { title: string; body?: string | null; proposedBy: string }): Promise<TopicRow> {
    return this.serial(async () => {
      if (!input.title.trim()) throw new InputError('a topic needs a title');
      const r = await this.db.insertInto('topics').values({ title: input.title.trim(), body: input.body ?? null, proposed_by: input.proposedBy, created_at: now() }).returning('id').executeTakeFirstOrThrow();
      return { id: r.id, title: input.title.trim(), body: input.body ?? null, proposedBy: input.proposedBy, createdAt: now(), votes: 0 };
    });
  }

  async listTopics(): Promise<TopicRow[]> {
    const rows = await this.db
      .selectFrom('topics')
      .leftJoin('topic_votes', 'topic_votes.topic_id', 'topics.id')
      .select((eb) => ['topics.id', 'topics.title', 'topics.body', 'topics.proposed_by', 'topics.created_at', eb.fn.count('topic_votes.account').as('votes')])
      .groupBy(['topics.id', 'topics.title', 'topics.body', 'topics.proposed_by', 'topics.created_at'])
      .execute();
    return rows
      .map((r) => ({ id: r.id, title: r.title, body: r.body, proposedBy: r.proposed_by, createdAt: r.created_at, votes: Number(r.votes) }))
      .sort((a, b) => b.votes - a.votes || a.id - b.id);
  }

  voteTopic(topicId: number, account: string): Promise<boolean> {
    return this.serial(async () => {
      const t = await this.db.selectFrom('topics').select('id').where('id', '=', topicId).executeTakeFirst();
      if (!t) throw new InputError(`no topic with id ${topicId}`);
      const r = await this.db.insertInto('topic_votes').values({ topic_id: topicId, account, created_at: now() }).onConflict((oc) => oc.columns(['topic_id', 'account']).doNothing()).returning('topic_id').execute();
      return r.length > 0;
    });
  }

  async topicsVotedBy(account: string): Promise<number[]> {
    const rows = await this.db.selectFrom('topic_votes').select('topic_id').where('account', '=', account).orderBy('topic_id').execute();
    return rows.map((r) => r.topic_id);
  }

  addFeed(url: string, title: string | null = null): Promise<void> {
    return this.serial(async () => {
      await this.db.insertInto('feeds').values({ url, title, added_at: now(), last_fetched_at: null, last_status: null })
        .onConflict((oc) => (title ? oc.column('url').doUpdateSet({ title }) : oc.column('url').doNothing())).execute();
    });
  }

  async listFeeds(): Promise<FeedRow[]> {
    const rows = await this.db.selectFrom('feeds').selectAll().orderBy('added_at').execute();
    return rows.map((r) => ({ url: r.url, title: r.title, addedAt: r.added_at, lastFetchedAt: r.last_fetched_at, lastStatus: r.last_status }));
  }

  markFeed(url: string, status: string): Promise<void> {
    return this.serial(async () => {
      await this.db.updateTable('feeds').set({ last_fetched_at: now(), last_status: status }).where('url', '=', url).execute();
    });
  }

  async stats(): Promise<LedgerStats> {
    const count = async (t: 'articles' | 'sources' | 'indicators' | 'assertions' | 'ingest_errors') =>
      Number((await this.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const claims = Number((await this.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return {
      articles: await count('articles'), claims, sources: await count('sources'), indicators: await count('indicators'),
      assertions: await count('assertions'), errors: await count('ingest_errors'),
    };
  }
}

/** Undated claims of one source with one figure are one entry, as on a line. */
function undatedEntries(claims: SeriesClaim[]): SeriesDetail['undated'] {
  const out = new Map<string, SeriesDetail['undated'][number]>();
  for (const c of claims) {
    const k = `${c.sourceId ?? `u${c.outlet ?? ''}`}|${c.low}|${c.high}`;
    const e = out.get(k);
    if (e) e.claimIds.push(c.claimId);
    else out.set(k, { sourceId: c.sourceId, source: c.sourceName ?? `unattributed (${c.outlet ?? 'unknown outlet'})`, value: { low: c.low, high: c.high, approximate: c.approximate }, claimIds: [c.claimId] });
  }
  return [...out.values()];
}

function toExportRow(r: ClaimJoinRow, s: { name: string; kind: string; affiliation: string | null } | null): ExportRow {
  const c = toClaim(r);
  return {
    claim_id: r.id, claim_key: r.claim_key, article_id: r.article_id, article_url: r.a_url, article_title: r.a_title, outlet: r.a_outlet,
    published: r.a_published, field: c.field, span_start: r.span_start, span_end: r.span_end, quote: r.quote, sentence: r.sentence,
    value_low: r.value_low, value_high: r.value_high, approximate: r.approximate === 1, unit: c.unit, per: c.per, measure: c.measure,
    item: r.item, party: r.party, counterparty: r.counterparty, location: r.location, source_id: r.source_id,
    source_name: s?.name ?? c.source?.name ?? null, source_kind: (s?.kind as SourceKind | undefined) ?? c.source?.kind ?? null,
    source_affiliation: s?.affiliation ?? c.source?.affiliation ?? null, source_anonymous: c.source ? c.source.anonymous : null,
    source_via: (c.source?.via ?? []).join('; '), stated_on: r.stated_on, date: r.date, hedges: c.hedges.join('; '),
    aggregation: r.aggregation as Aggregation, indicator_id: r.indicator_id, assertion_id: r.assertion_id, status: r.status as ReviewStatus,
    raw_sha256: r.a_raw_sha256, period_start: r.period_start, period_end: r.period_end,
  };
}
