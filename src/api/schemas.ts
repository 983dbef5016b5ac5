/**
 * The API's request and response schemas, built on the contract's zod schemas so that
 * the OpenAPI document, the runtime validation and the TypeScript types agree.
 */
import { z } from 'zod';
import { AGGREGATIONS, Article, Claim, MEASURES, PERIODS, SOURCE_KINDS, UNITS, IsoPartialDate } from '../contract.js';
import { isCursor, isPartialDate } from '../ledger/formats.js';

export const REVIEW_STATUSES = ['extracted', 'confirmed', 'corrected', 'rejected'] as const;
export const REVIEW_ACTIONS = ['confirm', 'correct', 'reject'] as const;
export const CHANGE_KINDS = [
  'article_added',
  'article_replaced',
  'claim_confirmed',
  'claim_corrected',
  'claim_rejected',
  'claim_review_reapplied',
] as const;
export const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;

/** Query strings arrive as text: these coerce and bound them. */
const Limit = z.coerce.number().int().min(1).max(1000).optional().describe('page size (default 50, at most 1000)');
const Cursor = z
  .string()
  .max(200)
  .refine(isCursor, 'not a cursor: expected the `next` value of an earlier page')
  .optional()
  .describe('the `next` value of the previous page');
/** YYYY, YYYY-MM or YYYY-MM-DD, and on the calendar: "2025-02-30" is refused, not matched as text. */
const RealDate = IsoPartialDate.refine(isPartialDate, 'not a real date: expected YYYY, YYYY-MM or YYYY-MM-DD on the calendar, e.g. 2024-02-29');
/** Spaces and invisible characters (zero-width, bidi marks, BOM) at either end of a text filter. */
const INVISIBLE_EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;
/** A text filter; one of nothing but spaces and invisible characters is no filter at all. */
const TextFilter = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.replace(INVISIBLE_EDGES, '') || undefined)
    .optional();
const Id = z.coerce.number().int().positive();
const Bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();
/** A comma-separated list in a query string, as the CLI's repeated flags. */
const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1))
    .optional();

export const IdParams = z.object({ id: Id });
export const RawQuery = z.object({ claim: Id.optional().describe('a claim of this article: its sentence is marked') });

const ValueOut = z.object({ low: z.number().nullable(), high: z.number().nullable(), approximate: z.boolean() });

export const ClaimFilterQuery = z.object({
  measure: csvOf(MEASURES).describe('one measure or several, comma-separated'),
  party: TextFilter(20),
  source: TextFilter(200).describe('source id, or a name matched against names and aliases'),
  affiliation: TextFilter(20),
  since: RealDate.optional(),
  until: RealDate.optional(),
  q: TextFilter(500).describe('full-text search over the claim sentence'),
  article: Id.optional().describe('article id'),
  indicator: Id.optional().describe('indicator (series) id'),
  aggregation: z.enum(AGGREGATIONS).optional(),
  status: csvOf(REVIEW_STATUSES),
  includeRejected: Bool,
});
export const ClaimListQuery = ClaimFilterQuery.extend({ limit: Limit, cursor: Cursor });
export type ClaimFilterQuery = z.infer<typeof ClaimFilterQuery>;

export const ArticleRef = z.object({
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
});

export const ClaimRow = z
  .object({
    id: z.number().int(),
    claimKey: z.string(),
    articleId: z.number().int(),
    claim: Claim,
    aggregation: z.enum(AGGREGATIONS),
    date: z.string().nullable(),
    sourceId: z.number().int().nullable(),
    assertionId: z.number().int().nullable(),
    indicatorId: z.number().int(),
    status: z.enum(REVIEW_STATUSES),
    article: ArticleRef,
  })
  .meta({ id: 'ClaimRow' });

const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), next: z.string().nullable() });

export const ClaimPage = pageOf(ClaimRow);

export const AuditEntry = z
  .object({
    id: z.number().int(),
    claimKey: z.string(),
    claimId: z.number().int().nullable(),
    action: z.enum(REVIEW_ACTIONS),
    actor: z.string(),
    at: z.string(),
    before: Claim,
    after: Claim,
    note: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const ClaimWithAudit = z.object({ claim: ClaimRow, audit: z.array(AuditEntry) });

/** A figure is a count or an amount: never negative. */
const Figure = z.number().min(0, 'must not be negative: a figure counts or measures something').nullable();
/** A corrected value: at least one bound, low ≤ high; `approximate` defaults to false. */
const ValuePatch = z
  .object({ low: Figure, high: Figure, approximate: z.boolean().default(false) })
  .strict()
  .refine((v) => v.low != null || v.high != null, { message: 'a value needs low, high or both, e.g. {"low":1200,"high":1200}', path: ['low'] })
  .refine((v) => v.low == null || v.high == null || v.low <= v.high, { message: 'low must not exceed high', path: ['high'] });

/** A corrected period: real dates, an open end as null, start not after end. */
const PeriodPatch = z
  .object({ start: RealDate.nullable(), end: RealDate.nullable() })
  .strict()
  .refine((p) => p.start != null || p.end != null, { message: 'a period needs a start, an end or both; send null for no period', path: ['start'] })
  .refine((p) => p.start == null || p.end == null || p.start.slice(0, Math.min(p.start.length, p.end.length)) <= p.end.slice(0, Math.min(p.start.length, p.end.length)), {
    message: 'start must not come after end',
    path: ['end'],
  });

export const ClaimPatch = z
  .object({
    value: ValuePatch,
    unit: z.enum(UNITS),
    per: z.enum(PERIODS).nullable(),
    measure: z.enum(MEASURES),
    item: z.string().max(200).nullable(),
    party: z.string().max(20).nullable(),
    counterparty: z.string().max(20).nullable(),
    location: z.string().max(200).nullable(),
    source: Claim.shape.source,
    statedOn: RealDate.nullable(),
    period: PeriodPatch.nullable(),
    hedges: z.array(z.string().max(100)).max(20),
    aggregation: z.enum(AGGREGATIONS),
  })
  .partial()
  .strict();

export const ReviewBody = z
  .object({
    action: z.enum(REVIEW_ACTIONS),
    patch: ClaimPatch.optional().describe('the corrected fields (required for `correct`)'),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .refine((b) => b.action !== 'correct' || (b.patch && Object.keys(b.patch).length > 0), {
    message: 'a correction needs a non-empty `patch`, e.g. {"action":"correct","patch":{"party":"RU"}}',
    path: ['patch'],
  });

export const ArticleListQuery = z.object({
  outlet: TextFilter(200),
  since: RealDate.optional(),
  until: RealDate.optional(),
  q: TextFilter(500).describe('substring of title or URL'),
  limit: Limit,
  cursor: Cursor,
});

export const ArticleRow = z
  .object({
    id: z.number().int(),
    key: z.string(),
    url: z.string().nullable(),
    title: z.string(),
    subtitle: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    origin: z.string(),
    contentHash: z.string(),
    rawSha256: z.string().nullable(),
    version: z.number().int(),
    claimCount: z.number().int(),
    ingestedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ArticleRow' });
export const ArticlePage = pageOf(ArticleRow);
export const ArticleDetail = ArticleRow.extend({ article: Article, claims: z.array(ClaimRow) });

export const IngestBody = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2048).optional().describe('fetch and ingest this page'),
    html: z.string().optional().describe('ingest this HTML (with `url` as its canonical address, if given)'),
  })
  .strict()
  .refine((b) => b.url !== undefined || b.html !== undefined, { message: 'give `url` or `html`, e.g. {"url":"https://example.org/report"}' });

export const IngestResult = z.object({
  articleId: z.number().int(),
  outcome: z.enum(['added', 'replaced', 'unchanged']),
  claims: z.number().int(),
});

export const SourceListQuery = z.object({
  kind: z.enum(SOURCE_KINDS).optional(),
  affiliation: TextFilter(20),
  q: TextFilter(200),
  limit: Limit,
  cursor: Cursor,
});
export const SourceRow = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(SOURCE_KINDS),
    affiliation: z.string().nullable(),
    aliases: z.array(z.string()),
    claimCount: z.number().int(),
    articleCount: z.number().int(),
  })
  .meta({ id: 'SourceRow' });
export const SourcePage = pageOf(SourceRow);

export const AssertionRow = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  measure: z.enum(MEASURES),
  party: z.string().nullable(),
  value: ValueOut,
  unit: z.enum(UNITS),
  per: z.enum(PERIODS).nullable(),
  aggregation: z.enum(AGGREGATIONS),
  date: z.string().nullable(),
  reports: z.number().int(),
  outlets: z.array(z.string()),
  claimIds: z.array(z.number().int()),
});
export const AssertionPage = pageOf(AssertionRow);
export const PageQuery = z.object({ limit: Limit, cursor: Cursor });

export const SeriesListQuery = z.object({
  measure: z.enum(MEASURES).optional(),
  party: TextFilter(20),
  location: TextFilter(200),
  aggregation: z.enum(AGGREGATIONS).optional(),
  minClaims: z.coerce.number().int().min(1).optional(),
});
const SeriesSummaryShape = {
  id: z.number().int(),
  measure: z.enum(MEASURES),
  party: z.string().nullable(),
  location: z.string().nullable(),
  aggregation: z.enum(AGGREGATIONS),
  unit: z.enum(UNITS),
  per: z.enum(PERIODS).nullable(),
  label: z.string(),
  claims: z.number().int(),
  sources: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  latest: z.object({ value: ValueOut, date: z.string().nullable(), source: z.string().nullable() }).nullable(),
  disagreements: z.number().int(),
};
export const SeriesSummary = z.object(SeriesSummaryShape).meta({ id: 'SeriesSummary' });
export const SeriesList = z.array(SeriesSummary);
/** The span a figure covers; an open end is null ("since 7 October 2023"). */
const SpanOut = z.object({ start: z.string().nullable(), end: z.string().nullable() });
const SeriesPoint = z.object({
  date: z.string().nullable().describe('where the point sits: the end of its period, else the day it was stated'),
  period: SpanOut.nullable().describe('the span the figure covers, when the text stated one'),
  statedOn: z.string().nullable(),
  value: ValueOut,
  claimIds: z.array(z.number().int()),
  assertionId: z.number().int().nullable(),
  reports: z.number().int(),
  revises: z
    .object({ date: z.string().nullable(), period: SpanOut.nullable(), statedOn: z.string().nullable(), low: z.number().nullable(), high: z.number().nullable() })
    .nullable(),
  disagreesWith: z.array(z.number().int()),
});
const DisagreementSide = z.object({
  sourceId: z.number().int().nullable(),
  source: z.string(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  claimIds: z.array(z.number().int()),
  period: SpanOut.nullable(),
  statedOn: z.string().nullable(),
});
export const SeriesDetail = z.object({
  ...SeriesSummaryShape,
  lines: z.array(z.object({ sourceId: z.number().int().nullable(), source: z.string(), points: z.array(SeriesPoint) })),
  undated: z
    .array(z.object({ sourceId: z.number().int().nullable(), source: z.string(), value: ValueOut, claimIds: z.array(z.number().int()) }))
    .describe('figures with neither a period nor a date: counted in `claims`, on no line'),
  disagreementList: z.array(z.object({ date: z.string(), a: DisagreementSide, b: DisagreementSide })),
  /** Added by the API: what the timeline needs to colour and describe each line. */
  sourceInfo: z.array(
    z.object({ sourceId: z.number().int(), name: z.string(), kind: z.enum(SOURCE_KINDS), affiliation: z.string().nullable() }),
  ),
  /** Added by the API: the claims behind the points, for hover cards. */
  claimInfo: z.array(
    z.object({
      id: z.number().int(),
      articleId: z.number().int(),
      quote: z.string(),
      sentence: z.string(),
      outlet: z.string().nullable(),
      title: z.string(),
      date: z.string().nullable(),
      status: z.enum(REVIEW_STATUSES),
    }),
  ),
});

export const ChangesQuery = z.object({
  since: z.iso.datetime({ offset: true }).optional().describe('ISO timestamp; changes strictly after it'),
  limit: Limit,
  cursor: Cursor,
});
export const ChangeRow = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.enum(CHANGE_KINDS),
  articleId: z.number().int().nullable(),
  claimKey: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export const ChangePage = pageOf(ChangeRow);

export const ExportQuery = ClaimFilterQuery.extend({
  format: z.enum(EXPORT_FORMATS).default('csv'),
});

export const TopicRow = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string().nullable(),
  proposedBy: z.string(),
  createdAt: z.string(),
  votes: z.number().int(),
  /** Added by the API: the indicator this topic asks for, when the ledger has it. */
  series: z.object({ id: z.number().int(), label: z.string() }).nullable(),
});
export const TopicList = z.array(TopicRow);
/**
 * Zero-width characters, the BOM and bidirectional controls: invisible in a title, and a
 * right-to-left override would show the rest of the board's text reversed.
 */
const INVISIBLE = /[\p{Cf}]/gu;
/** Title and body are kept as shown: invisible characters out, whitespace collapsed. */
const shown = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
export const TopicBody = z
  .object({
    title: z.string().max(200).transform(shown).pipe(z.string().min(3, 'a title needs at least 3 visible characters')),
    body: z
      .string()
      .max(4000)
      .transform((s) => s.replace(INVISIBLE, '').trim())
      .nullable()
      .optional(),
  })
  .strict();
export const VotedTopics = z.object({ topicIds: z.array(z.number().int()) });
export const VoteResult = z.object({ voted: z.boolean(), votes: z.number().int() });

export const Me = z.object({ name: z.string() });
export const Stats = z.object({
  articles: z.number().int(),
  claims: z.number().int(),
  sources: z.number().int(),
  indicators: z.number().int(),
  assertions: z.number().int(),
  errors: z.number().int(),
});
