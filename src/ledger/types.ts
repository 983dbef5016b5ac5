/**
 * The ledger interface: the one surface the CLI, the HTTP API, the job queue and the
 * benchmarks talk to. Two backends implement it through the same Kysely code — SQLite
 * (better-sqlite3, the default, a file such as `./tally.db`) and PostgreSQL
 * (`postgres://…`) — and differ only in the few places listed in `dialect.ts`
 * (full-text search, id columns, blob type).
 *
 * Conventions:
 * - Ids are integers, stable for the life of the ledger. A claim id changes when its
 *   article is replaced (the claims are rewritten); `claimKey` does not, and is what
 *   reviews are keyed by.
 * - Timestamps are ISO-8601 strings in UTC (`2026-11-27T14:30:00.000Z`); dates of claims
 *   are the contract's partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 * - Lists are paginated by an opaque `cursor`: pass `next` from one page to get the
 *   following one; `next` is null on the last page. Order is newest first (id desc)
 *   unless a method says otherwise.
 * - Every method throws `StoreError` for storage failures and `InputError` for bad
 *   arguments (unknown id in a write, malformed cursor); reads of a missing id return null.
 */
import type { Aggregation, Article, Claim, ClaimField, Measure, Period, SourceKind, TimeSpan, Unit } from '../contract.js';

export type Engine = 'sqlite' | 'postgres';

/** Where the ledger lives: a file path (SQLite), `:memory:`, or a `postgres://` URL. */
export interface OpenOptions {
  /** Defaults to `TALLY_DB`, else `./tally.db`. */
  db?: string;
  /** PostgreSQL only: the schema to use (created if missing); default `public`. */
  schema?: string;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
}

// ---------------------------------------------------------------------------------------
// Writing articles

/** The raw bytes an article came from, kept compressed so every claim traces back to them. */
export interface RawSnapshot {
  bytes: Buffer;
  contentType: string | null;
  /** sha256 hex of `bytes` (uncompressed). */
  sha256: string;
}

/**
 * The raw page as `storeArticle` takes it: the bytes, or the same bytes already
 * gzip-compressed by the thread that read them, which keeps the single writer's work small.
 */
export type RawInput = RawSnapshot | { gzipped: Buffer; contentType: string | null; sha256: string };

export interface StoreArticleInput {
  article: Article;
  claims: Claim[];
  /** The page as fetched or read; null when the article was given as structured input. */
  raw: RawInput | null;
  /** Where it was read from: a path, URL or `-`. */
  origin: string;
  /** The feed it came through, if any. */
  feedUrl?: string | null;
}

export type StoreOutcome = 'added' | 'replaced' | 'unchanged';

export interface StoreArticleResult {
  articleId: number;
  outcome: StoreOutcome;
  /** Claims stored for the article after the write. */
  claims: number;
}

/** A failed article: recorded, never fatal to a run. */
export interface IngestErrorInput {
  origin: string;
  /** `fetch`, `input`, `extract`, `store` or `internal`. */
  kind: string;
  reason: string;
}

export interface IngestErrorRow extends IngestErrorInput {
  id: number;
  at: string;
}

// ---------------------------------------------------------------------------------------
// Reading claims

export type ReviewStatus = 'extracted' | 'confirmed' | 'corrected' | 'rejected';

/** A stored claim: every contract field plus where it sits in the ledger. */
export interface ClaimRow {
  id: number;
  /** Stable across re-ingest: hash of article key + field + span + quote. */
  claimKey: string;
  articleId: number;
  /** The claim as stored (reviewer corrections applied), in contract shape. */
  claim: Claim;
  /** Typing that keeps series apart: always set (derived when the extractor did not). */
  aggregation: Aggregation;
  /** The date the figure refers to: `statedOn`, else the article's publication date. */
  date: string | null;
  sourceId: number | null;
  assertionId: number | null;
  indicatorId: number;
  status: ReviewStatus;
  /** Denormalised for listings. */
  article: { title: string; outlet: string | null; url: string | null; published: string | null };
}

export interface ClaimFilter {
  measure?: Measure | Measure[];
  party?: string;
  /** Source id, or a name matched against the source's name and aliases. */
  source?: number | string;
  affiliation?: string;
  /** Inclusive bounds on `date` (partial dates compare as prefixes: `2024` ≤ `2024-03`). */
  since?: string;
  until?: string;
  /** Full-text search over the claim's sentence (FTS5 / tsvector). */
  text?: string;
  articleId?: number;
  indicatorId?: number;
  aggregation?: Aggregation;
  status?: ReviewStatus | ReviewStatus[];
  /** Rejected claims are hidden unless asked for. */
  includeRejected?: boolean;
}

export interface PageRequest {
  /** Default 50, at most 1000. */
  limit?: number;
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

// ---------------------------------------------------------------------------------------
// Articles

export interface ArticleRow {
  id: number;
  /** `url:<canonical url>` or `hash:<normalised content hash>`: what makes ingest idempotent. */
  key: string;
  url: string | null;
  title: string;
  subtitle: string | null;
  outlet: string | null;
  published: string | null;
  origin: string;
  /** Hash of the normalised text: wire copy republished by many outlets shares it. */
  contentHash: string;
  rawSha256: string | null;
  /** 1 when first stored, +1 at each replacement. */
  version: number;
  claimCount: number;
  ingestedAt: string;
  updatedAt: string;
}

export interface ArticleDetail extends ArticleRow {
  article: Article;
  claims: ClaimRow[];
}

export interface ArticleFilter {
  outlet?: string;
  since?: string;
  until?: string;
  /** Substring of title or URL. */
  q?: string;
}

// ---------------------------------------------------------------------------------------
// Sources as entities

export interface SourceRow {
  id: number;
  /** The fullest name seen ("John Kirby"). */
  name: string;
  kind: SourceKind;
  affiliation: string | null;
  /** Every surface form merged into this entity ("NSC spokesperson John Kirby", "Kirby"). */
  aliases: string[];
  claimCount: number;
  articleCount: number;
}

/** A source as it stood before or after a reviewer's merge or split. */
export interface SourceSnapshot {
  id: number;
  name: string;
  aliases: string[];
  claims: number;
}

export interface SourceAuditEntry {
  id: number;
  /** The source kept (merge) or split. */
  sourceId: number;
  action: 'merge' | 'split';
  actor: string;
  at: string;
  before: SourceSnapshot[];
  after: SourceSnapshot[];
  note: string | null;
}

export interface SourceFilter {
  kind?: SourceKind;
  affiliation?: string;
  /** Substring of name or alias. */
  q?: string;
}

// ---------------------------------------------------------------------------------------
// Assertions: one source, one figure, relayed by N reports

export interface AssertionRow {
  id: number;
  sourceId: number;
  measure: Measure;
  party: string | null;
  value: { low: number | null; high: number | null; approximate: boolean };
  unit: Unit;
  per: Period | null;
  aggregation: Aggregation;
  date: string | null;
  /** Distinct reports: articles sharing a content hash (wire copy) count once. */
  reports: number;
  /** Distinct outlets carrying it. */
  outlets: string[];
  claimIds: number[];
}

// ---------------------------------------------------------------------------------------
// Series and disagreements

/** An indicator: measure + party + place, and the typing that keeps series comparable. */
export interface IndicatorKey {
  measure: Measure;
  party: string | null;
  location: string | null;
  aggregation: Aggregation;
  unit: Unit;
  per: Period | null;
}

export interface SeriesSummary extends IndicatorKey {
  id: number;
  /** "KP killed_or_wounded · Kursk (cumulative)". */
  label: string;
  claims: number;
  sources: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The latest dated estimate (ties: the one stored last). */
  latest: { value: { low: number | null; high: number | null; approximate: boolean }; date: string | null; source: string | null } | null;
  disagreements: number;
}

export interface SeriesFilter {
  measure?: Measure;
  party?: string;
  location?: string;
  aggregation?: Aggregation;
  /** Only indicators with at least this many claims (default 1). */
  minClaims?: number;
}

export interface SeriesPoint {
  /** Where the point sits: the end of its period, else the day it was stated (see `period`). */
  date: string | null;
  /** The span the figure covers, drawn as a span; null when the text stated none. */
  period: TimeSpan | null;
  /** When the source first gave this figure (statement date, else publication date). */
  statedOn: string | null;
  value: { low: number | null; high: number | null; approximate: boolean };
  claimIds: number[];
  assertionId: number | null;
  /** Distinct reports behind this point (wire copy counted once). */
  reports: number;
  /**
   * The same source's earlier figure for the same period (or its earlier running total),
   * which this one, stated later, replaces with a different value.
   */
  revises: { date: string | null; period: TimeSpan | null; statedOn: string | null; low: number | null; high: number | null; claimIds: number[] } | null;
  /** Ids of other sources whose range for an overlapping period does not overlap this one. */
  disagreesWith: number[];
}

export interface SeriesSourceLine {
  sourceId: number | null;
  /** Source name, or `unattributed (<outlet>)` for claims without a source. */
  source: string;
  points: SeriesPoint[];
}

export interface DisagreementSide {
  sourceId: number | null;
  source: string;
  low: number | null;
  high: number | null;
  claimIds: number[];
  date: string | null;
  period: TimeSpan | null;
  statedOn: string | null;
}

export interface Disagreement {
  /** Where the compared figures sit (the first side's point date). */
  date: string;
  a: DisagreementSide;
  b: DisagreementSide;
}

/** One revision or disagreement, with the series it belongs to: what `tally series --flags` lists. */
export type SeriesFlag =
  | { kind: 'revision'; seriesId: number; label: string; sourceId: number | null; source: string; point: SeriesPoint }
  | { kind: 'disagreement'; seriesId: number; label: string; disagreement: Disagreement };

export interface SeriesDetail extends SeriesSummary {
  /** Claims with neither a period nor a date: counted in `claims`, listed here, on no line. */
  undated: { sourceId: number | null; source: string; value: { low: number | null; high: number | null; approximate: boolean }; claimIds: number[] }[];
  lines: SeriesSourceLine[];
  disagreementList: Disagreement[];
}

// ---------------------------------------------------------------------------------------
// Changes (append-only revisions log)

export type ChangeKind =
  | 'article_added'
  | 'article_replaced'
  | 'claim_confirmed'
  | 'claim_corrected'
  | 'claim_rejected'
  | 'claim_review_reapplied';

export interface ChangeRow {
  id: number;
  at: string;
  kind: ChangeKind;
  articleId: number | null;
  claimKey: string | null;
  /** Free-form facts about the change (old/new claim counts, reviewer, …). */
  detail: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------
// Review: corrections that survive re-ingest

export type ReviewAction = 'confirm' | 'correct' | 'reject';

/** Fields a reviewer may correct (the rest identify the claim and stay as extracted). */
export type ClaimPatch = Partial<
  Pick<Claim, 'value' | 'unit' | 'per' | 'measure' | 'item' | 'party' | 'counterparty' | 'location' | 'source' | 'statedOn' | 'period' | 'hedges' | 'aggregation'>
>;

export interface ReviewInput {
  claimId: number;
  action: ReviewAction;
  /** Required for `correct`. */
  patch?: ClaimPatch;
  /** Who: a token name or account. */
  actor: string;
  note?: string | null;
}

export interface AuditEntry {
  id: number;
  claimKey: string;
  claimId: number | null;
  action: ReviewAction;
  actor: string;
  at: string;
  before: Claim;
  after: Claim;
  note: string | null;
}

// ---------------------------------------------------------------------------------------
// Accounts, tokens, topics

export interface TokenRow {
  id: number;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface TopicRow {
  id: number;
  title: string;
  body: string | null;
  proposedBy: string;
  createdAt: string;
  votes: number;
}

export interface FeedRow {
  url: string;
  title: string | null;
  addedAt: string;
  lastFetchedAt: string | null;
  lastStatus: string | null;
}

export interface LedgerStats {
  articles: number;
  claims: number;
  sources: number;
  indicators: number;
  assertions: number;
  errors: number;
}

// ---------------------------------------------------------------------------------------
// Export

export type ExportFormat = 'csv' | 'json' | 'ndjson';

/** One flat row per claim; the CSV columns, in this order (see README "Export columns"). */
export interface ExportRow {
  claim_id: number;
  claim_key: string;
  article_id: number;
  article_url: string | null;
  article_title: string;
  outlet: string | null;
  published: string | null;
  field: ClaimField;
  span_start: number;
  span_end: number;
  quote: string;
  sentence: string;
  value_low: number | null;
  value_high: number | null;
  approximate: boolean;
  unit: Unit;
  per: Period | null;
  measure: Measure;
  item: string | null;
  party: string | null;
  counterparty: string | null;
  location: string | null;
  source_id: number | null;
  source_name: string | null;
  source_kind: SourceKind | null;
  source_affiliation: string | null;
  source_anonymous: boolean | null;
  source_via: string;
  stated_on: string | null;
  date: string | null;
  hedges: string;
  aggregation: Aggregation;
  indicator_id: number;
  assertion_id: number | null;
  status: ReviewStatus;
  raw_sha256: string | null;
  /** Contract v1.1's period, appended after the v1 columns. */
  period_start: string | null;
  period_end: string | null;
}

// ---------------------------------------------------------------------------------------
// The interface

export interface Ledger {
  readonly engine: Engine;
  /** Where it lives, with any password removed. */
  readonly location: string;
  close(): Promise<void>;
  /**
   * A value that changes whenever the ledger's data may have changed, by this process or
   * any other; null when the engine cannot tell cheaply (PostgreSQL). Synchronous and
   * cheap: read caches ask it on every request.
   */
  changeToken(): string | null;

  // Writing (one transaction per call; safe to call concurrently — writes are serialised).
  storeArticle(input: StoreArticleInput): Promise<StoreArticleResult>;
  recordError(error: IngestErrorInput): Promise<void>;
  /** True when an article with this key (see ArticleRow.key) and content hash is stored. */
  hasArticle(key: string, contentHash?: string): Promise<boolean>;

  // Claims
  listClaims(filter?: ClaimFilter, page?: PageRequest): Promise<Page<ClaimRow>>;
  getClaim(id: number): Promise<ClaimRow | null>;
  countClaims(filter?: ClaimFilter): Promise<number>;

  // Articles
  listArticles(filter?: ArticleFilter, page?: PageRequest): Promise<Page<ArticleRow>>;
  getArticle(id: number): Promise<ArticleDetail | null>;
  /** The exact bytes the article was read from (decompressed), or null when none were kept. */
  getRawSnapshot(articleId: number): Promise<RawSnapshot | null>;
  listErrors(page?: PageRequest): Promise<Page<IngestErrorRow>>;

  // Sources and assertions
  listSources(filter?: SourceFilter, page?: PageRequest): Promise<Page<SourceRow>>;
  getSource(id: number): Promise<SourceRow | null>;
  /** A reviewer merges sources into one (their names, claims and assertions move); audited. */
  mergeSources(input: { into: number; from: number[]; actor: string; note?: string | null }): Promise<SourceRow>;
  /** A reviewer splits names off a source into a new one (with the claims giving them); audited. Returns the new source. */
  splitSource(input: { id: number; names: string[]; actor: string; note?: string | null }): Promise<SourceRow>;
  /** Merges and splits recorded for a source, oldest first. */
  sourceAudit(id: number): Promise<SourceAuditEntry[]>;
  listAssertions(filter?: { sourceId?: number; indicatorId?: number }, page?: PageRequest): Promise<Page<AssertionRow>>;

  // Series
  listSeries(filter?: SeriesFilter): Promise<SeriesSummary[]>;
  getSeries(id: number): Promise<SeriesDetail | null>;
  /** Every revision and disagreement in every series with at least two claims (filters as listSeries). */
  listFlags(filter?: SeriesFilter): Promise<SeriesFlag[]>;

  // Changes
  /** Oldest first from `since` (exclusive, ISO timestamp); the revisions feed. */
  listChanges(since?: string | null, page?: PageRequest): Promise<Page<ChangeRow>>;

  // Export: streams every matching claim, oldest first, in bounded memory.
  exportRows(filter?: ClaimFilter): AsyncIterable<ExportRow>;

  // Review
  reviewClaim(input: ReviewInput): Promise<ClaimRow>;
  claimAudit(claimId: number): Promise<AuditEntry[]>;

  // Tokens (the API hashes; the ledger stores only the hash)
  createToken(name: string, tokenHash: string): Promise<TokenRow>;
  findToken(tokenHash: string): Promise<TokenRow | null>;
  listTokens(): Promise<TokenRow[]>;
  revokeToken(name: string): Promise<boolean>;

  // Topic board: propose, vote once per account
  proposeTopic(input: { title: string; body?: string | null; proposedBy: string }): Promise<TopicRow>;
  listTopics(): Promise<TopicRow[]>;
  /** False when this account has already voted for the topic. */
  voteTopic(topicId: number, account: string): Promise<boolean>;
  /** Ids of the topics this account voted for, ascending. */
  topicsVotedBy(account: string): Promise<number[]>;

  // Feeds remembered for `tally ingest --feeds`
  addFeed(url: string, title?: string | null): Promise<void>;
  listFeeds(): Promise<FeedRow[]>;
  markFeed(url: string, status: string): Promise<void>;

  stats(): Promise<LedgerStats>;
}

