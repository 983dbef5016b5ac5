/**
 * The claim contract (v1) as zod schemas: the single source of the types, the runtime
 * validation of `tally extract --json`, the JSON Schema printed by `tally schema` and the
 * API's OpenAPI document. Field meanings follow the contract document word for word.
 */
import { z } from 'zod';

export const UNITS = ['person', 'USD', 'EUR', 'GBP', 'UAH', 'RUB', 'percent', 'km2', 'km', 'item', 'other'] as const;
export const PERIODS = ['day', 'week', 'month', 'year'] as const;
export const MEASURES = [
  'killed',
  'wounded',
  'killed_or_wounded',
  'captured',
  'missing',
  'deployed',
  'equipment_lost',
  'strikes',
  'aid_committed',
  'aid_delivered',
  'aid_remaining',
  'territory',
  'displaced',
  'other',
] as const;
export const SOURCE_KINDS = [
  'official',
  'military',
  'intelligence',
  'media',
  'research',
  'international',
  'ngo',
  'person',
  'other',
] as const;
export const FIELDS = ['title', 'subtitle', 'body'] as const;
/**
 * Not in the contract: how a figure accumulates, so that series never mix a running
 * total with a daily increment or a rate.
 */
export const AGGREGATIONS = ['cumulative', 'increment', 'rate', 'point'] as const;

/** ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** The span of time a figure covers (contract v1.1); an open end is null ("since 7 October 2023"). */
export const TimeSpan = z
  .object({ start: IsoPartialDate.nullable(), end: IsoPartialDate.nullable() })
  .refine((p) => p.start == null || p.end == null || p.start.slice(0, Math.min(p.start.length, p.end.length)) <= p.end.slice(0, Math.min(p.start.length, p.end.length)), 'start must not come after end');

export const RelatedLink = z.object({
  title: z.string(),
  url: z.string().nullable().optional(),
});

/** A liveblog entry: a half-open range of `Article.text` and the entry's own time. */
export const ArticleEntry = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  published: z.string().nullable().describe('ISO date or datetime of the entry'),
});

export const Article = z.object({
  title: z.string(),
  subtitle: z.string().nullable(),
  published: z.string().nullable().describe('ISO date or datetime'),
  outlet: z.string().nullable(),
  url: z.string().nullable().describe('canonical URL'),
  text: z.string().describe('cleaned body: paragraphs joined by "\\n\\n"'),
  related: z.array(RelatedLink),
  /** Not in the contract: a liveblog's timestamped entries, as ranges of `text`. */
  entries: z.array(ArticleEntry).optional().describe('liveblog entries: [start, end) offsets into text, each with its time'),
});

export const Value = z
  .object({
    low: z.number().nullable(),
    high: z.number().nullable(),
    approximate: z.boolean(),
  })
  .refine((v) => v.low == null || v.high == null || v.low <= v.high, 'low must not exceed high');

/** Why a field has its value: the pass that set it and the words it relied on. */
export const Evidence = z.object({
  field: z.string(),
  pass: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]).nullable(),
  text: z.string().nullable(),
});

export const CitedSource = z.object({
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  affiliation: z.string().nullable(),
});

export const Source = z.object({
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  anonymous: z.boolean(),
  affiliation: z.string().nullable(),
  via: z.array(z.string()),
  /** Not in the contract: whom the source cited ("a lawmaker, citing the NIS" → NIS). */
  cited: CitedSource.nullable().optional(),
});

export const Claim = z.object({
  field: z.enum(FIELDS),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  quote: z.string().min(1),
  sentence: z.string(),
  value: Value,
  unit: z.enum(UNITS),
  per: z.enum(PERIODS).nullable(),
  measure: z.enum(MEASURES),
  item: z.string().nullable(),
  party: z.string().nullable(),
  counterparty: z.string().nullable(),
  location: z.string().nullable(),
  source: Source.nullable(),
  statedOn: IsoPartialDate.nullable(),
  /** Optional so that claims from before v1.1 still read; null means no span was stated. */
  period: TimeSpan.nullable().optional(),
  hedges: z.array(z.string()),
  /** Not in the contract: running total, increment, rate or a point figure. */
  aggregation: z.enum(AGGREGATIONS).optional(),
  /** Not in the contract: the trace of passes behind each field. */
  evidence: z.array(Evidence).optional(),
});

export type ClaimPeriod = z.infer<typeof TimeSpan>;

export const ExtractResult = z.object({
  article: Article,
  claims: z.array(Claim),
});

export type Unit = (typeof UNITS)[number];
export type Period = (typeof PERIODS)[number];
export type Measure = (typeof MEASURES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ClaimField = (typeof FIELDS)[number];
export type Aggregation = (typeof AGGREGATIONS)[number];
export type RelatedLink = z.infer<typeof RelatedLink>;
export type Article = z.infer<typeof Article>;
export type ArticleEntry = z.infer<typeof ArticleEntry>;
export type Value = z.infer<typeof Value>;
export type TimeSpan = z.infer<typeof TimeSpan>;
export type Evidence = z.infer<typeof Evidence>;
export type Source = z.infer<typeof Source>;
export type Claim = z.infer<typeof Claim>;
export type ExtractResult = z.infer<typeof ExtractResult>;

/** Checks a result against the contract and also the span rule (`text.slice(span) === quote`). */
export function validateResult(result: unknown): ExtractResult {
  const parsed = ExtractResult.parse(result);
  const texts: Record<ClaimField, string> = {
    title: parsed.article.title,
    subtitle: parsed.article.subtitle ?? '',
    body: parsed.article.text,
  };
  for (const c of parsed.claims) {
    const [s, e] = c.span;
    // slice() clamps, so the bounds are checked too: a span past the end is not a span.
    if (e > texts[c.field].length || e - s !== c.quote.length || texts[c.field].slice(s, e) !== c.quote) {
      throw new Error(`span [${s}, ${e}) of ${c.field} does not hold quote ${JSON.stringify(c.quote)}`);
    }
  }
  return parsed;
}

/** The JSON Schema of `tally extract --json` output. */
export function contractJsonSchema(): unknown {
  return z.toJSONSchema(ExtractResult, { target: 'draft-2020-12', unrepresentable: 'any' });
}
