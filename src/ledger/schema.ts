/**
 * Table shapes as Kysely sees them. Booleans are stored as 0/1 integers and JSON as text
 * on both engines, so the same rows come back from SQLite and PostgreSQL.
 */
import type { Generated } from 'kysely';

export interface ArticlesTable {
  id: Generated<number>;
  key: string;
  url: string | null;
  title: string;
  subtitle: string | null;
  outlet: string | null;
  published: string | null;
  origin: string;
  feed_url: string | null;
  text: string;
  related: string;
  content_hash: string;
  raw_sha256: string | null;
  raw_content_type: string | null;
  /** gzip of the raw page. */
  raw_gz: Buffer | null;
  version: number;
  claim_count: number;
  ingested_at: string;
  updated_at: string;
}

export interface ClaimsTable {
  id: Generated<number>;
  claim_key: string;
  article_id: number;
  ord: number;
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
  /** The source's affiliation as the claim gives it, lower-cased (migration 0002). */
  affiliation: string | null;
  stated_on: string | null;
  /** Contract v1.1's period (migration 0003); both null when the text stated no span. */
  period_start: string | null;
  period_end: string | null;
  /** Where the figure sits in time: the period's end, else the statement date (periods.ts). */
  date: string | null;
  hedges: string;
  aggregation: string;
  evidence: string | null;
  indicator_id: number;
  assertion_id: number | null;
  status: string;
  /** The claim exactly as extracted, before any reviewer correction. */
  extracted: string;
}

export interface SourcesTable {
  id: Generated<number>;
  norm: string;
  name: string;
  kind: string;
  affiliation: string | null;
  /** Lower-case surname for person-like names, so a bare "Kirby" can find "John Kirby". */
  surname: string | null;
  created_at: string;
}

export interface SourceAliasesTable {
  alias_norm: string;
  alias: string;
  source_id: number;
}

export interface IndicatorsTable {
  id: Generated<number>;
  key: string;
  measure: string;
  party: string | null;
  location: string | null;
  aggregation: string;
  unit: string;
  per: string | null;
  /** What is counted when the unit is items, lower-case (migration 0003). */
  item: string | null;
  /** Which part of the measure ("released" or "held" prisoners), "" for all (migration 0003). */
  subset: string;
  /** How long a span each figure covers: "month", "days:7"; "" for none (migration 0003). */
  granularity: string;
  label: string;
  /** Cached count of disagreements; recomputed when `stale` is 1. */
  disagreements: number;
  stale: number;
}

export interface AssertionsTable {
  id: Generated<number>;
  /** Source, measure, party, unit, per, aggregation and value: what must match exactly. */
  akey: string;
  source_id: number;
  indicator_id: number;
  measure: string;
  party: string | null;
  unit: string;
  per: string | null;
  aggregation: string;
  value_low: number | null;
  value_high: number | null;
  approximate: number;
  date: string | null;
}

export interface ChangesTable {
  id: Generated<number>;
  at: string;
  kind: string;
  article_id: number | null;
  claim_key: string | null;
  detail: string;
}

export interface IngestErrorsTable {
  id: Generated<number>;
  at: string;
  origin: string;
  kind: string;
  reason: string;
}

export interface ReviewsTable {
  claim_key: string;
  article_key: string;
  status: string;
  patch: string;
  actor: string;
  at: string;
}

export interface AuditTable {
  id: Generated<number>;
  claim_key: string;
  claim_id: number | null;
  action: string;
  actor: string;
  at: string;
  before: string;
  after: string;
  note: string | null;
}

export interface TokensTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface TopicsTable {
  id: Generated<number>;
  title: string;
  body: string | null;
  proposed_by: string;
  created_at: string;
}

export interface TopicVotesTable {
  topic_id: number;
  account: string;
  created_at: string;
}

export interface FeedsTable {
  url: string;
  title: string | null;
  added_at: string;
  last_fetched_at: string | null;
  last_status: string | null;
}

export interface DB {
  articles: ArticlesTable;
  claims: ClaimsTable;
  sources: SourcesTable;
  source_aliases: SourceAliasesTable;
  indicators: IndicatorsTable;
  assertions: AssertionsTable;
  changes: ChangesTable;
  ingest_errors: IngestErrorsTable;
  reviews: ReviewsTable;
  audit: AuditTable;
  tokens: TokensTable;
  topics: TopicsTable;
  topic_votes: TopicVotesTable;
  feeds: FeedsTable;
}
