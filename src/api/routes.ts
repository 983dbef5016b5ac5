/**
 * Every API route, declared with its schemas. Handlers translate between query strings
 * and the ledger's filters and add the few joins the web app needs; no business logic.
 */
import { Readable } from 'node:stream';
import type { z } from 'zod';
import type { ClaimFilter, Ledger, SeriesSummary, StoreArticleResult, TopicRow } from '../ledger/types.js';
import { seriesCsv } from '../cli/commands/series.js';
import { EXPORT_TYPES, formatExport } from './export.js';
import { HttpProblem, notFound } from './problem.js';
import { defineRoute, type AnyRoute } from './route.js';
import * as S from './schemas.js';
import { snapshotBody } from './snapshot.js';
import { SNAPSHOT_CSP } from './security.js';
import { matchTopicSeries, topicTitleKey } from './topics.js';

/** What `POST /articles` receives once the body is parsed. */
export type IngestRequest = { url: string; html?: undefined } | { html: string; url?: string | undefined };
export type IngestFn = (req: IngestRequest) => Promise<StoreArticleResult>;

export interface RouteDeps {
  ledger: Ledger;
  ingest: IngestFn;
}

/** Upper bound on claims joined into one timeline response (hover cards). */
const MAX_TIMELINE_CLAIMS = 5000;

export function toClaimFilter(q: S.ClaimFilterQuery): ClaimFilter {
  const f: ClaimFilter = {};
  if (q.measure) f.measure = q.measure.length === 1 ? q.measure[0] : q.measure;
  if (q.party) f.party = q.party;
  if (q.source) f.source = /^\d+$/.test(q.source) ? Number(q.source) : q.source;
  if (q.affiliation) f.affiliation = q.affiliation;
  if (q.since) f.since = q.since;
  if (q.until) f.until = q.until;
  if (q.q) f.text = q.q;
  if (q.article) f.articleId = q.article;
  if (q.indicator) f.indicatorId = q.indicator;
  if (q.aggregation) f.aggregation = q.aggregation;
  if (q.status) f.status = q.status.length === 1 ? q.status[0] : q.status;
  if (q.includeRejected) f.includeRejected = true;
  return f;
}

function withSeries(topics: TopicRow[], series: SeriesSummary[]): z.input<typeof S.TopicList> {
  return topics.map((t) => {
    const s = matchTopicSeries(`${t.title} ${t.body ?? ''}`, series);
    return { ...t, series: s ? { id: s.id, label: s.label } : null };
  });
}

export function apiRoutes({ ledger, ingest }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/claims',
      tag: 'claims',
      summary: 'Query claims: the CLI filters, full-text search (`q`), cursor pagination, newest first',
      query: S.ClaimListQuery,
      response: S.ClaimPage,
      handler: async ({ query }) => ledger.listClaims(toClaimFilter(query), { limit: query.limit, cursor: query.cursor ?? null }),
    }),
    defineRoute({
      method: 'GET',
      url: '/claims/:id',
      tag: 'claims',
      summary: 'One claim with its review audit trail',
      params: S.IdParams,
      response: S.ClaimWithAudit,
      handler: async ({ params }) => {
        const claim = await ledger.getClaim(params.id);
        if (!claim) throw notFound(`claim ${params.id}`);
        return { claim, audit: await ledger.claimAudit(params.id) };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/claims/:id/review',
      tag: 'review',
      summary: 'Confirm, correct or reject a claim (kept across re-ingest, with an audit entry)',
      params: S.IdParams,
      body: S.ReviewBody,
      response: S.ClaimWithAudit,
      auth: true,
      handler: async ({ params, body, actor }) => {
        if (!(await ledger.getClaim(params.id))) throw notFound(`claim ${params.id}`);
        const claim = await ledger.reviewClaim({ claimId: params.id, action: body.action, patch: body.patch, actor: actor ?? '', note: body.note ?? null });
        return { claim, audit: await ledger.claimAudit(claim.id) };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/articles',
      tag: 'articles',
      summary: 'List articles, newest first',
      query: S.ArticleListQuery,
      response: S.ArticlePage,
      handler: async ({ query }) => {
        const { limit, cursor, ...filter } = query;
        return ledger.listArticles(filter, { limit, cursor: cursor ?? null });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/articles/:id',
      tag: 'articles',
      summary: 'One article: clean text, metadata, related links and its claims with spans',
      params: S.IdParams,
      response: S.ArticleDetail,
      handler: async ({ params }) => {
        const a = await ledger.getArticle(params.id);
        if (!a) throw notFound(`article ${params.id}`);
        return a;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/articles/:id/raw',
      tag: 'articles',
      summary:
        'The raw page snapshot the article was read from (served sandboxed: no scripts, no subresources); with `claim`, a copy with that claim\'s sentence marked (`#claim`)',
      params: S.IdParams,
      query: S.RawQuery,
      produces: ['text/html', 'application/octet-stream'],
      handler: async ({ params, query, reply }) => {
        const raw = await ledger.getRawSnapshot(params.id);
        const article = raw ? await ledger.getArticle(params.id) : null;
        if (!raw || !article) throw notFound(`a raw snapshot of article ${params.id}`);
        let sentence: string | null = null;
        if (query.claim !== undefined) {
          const claim = article.claims.find((c) => c.id === query.claim);
          if (!claim) throw notFound(`claim ${query.claim} in article ${params.id}`);
          sentence = claim.claim.sentence;
        }
        const out = snapshotBody(raw, article.origin, sentence);
        reply.header('content-security-policy', SNAPSHOT_CSP).header('cache-control', 'private, max-age=3600').type(out.type);
        // The hash names the stored bytes: a marked copy is not them.
        if (out.exact) reply.header('x-tally-sha256', raw.sha256);
        await reply.send(out.body);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/articles',
      tag: 'articles',
      summary: 'Ingest one article: `{"url": …}` to fetch it, or `{"html": …, "url"?: …}` / a text/html body',
      body: S.IngestBody,
      bodyTypes: ['text/html'],
      response: S.IngestResult,
      status: 201,
      auth: true,
      handler: async ({ body, reply }) => {
        const result = await ingest(body.html !== undefined ? { html: body.html, url: body.url } : { url: body.url! });
        if (result.outcome === 'unchanged') reply.code(200);
        reply.header('location', `/articles/${result.articleId}`);
        return result;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/sources',
      tag: 'sources',
      summary: 'List sources (people and bodies that make claims)',
      query: S.SourceListQuery,
      response: S.SourcePage,
      handler: async ({ query }) => {
        const { limit, cursor, ...filter } = query;
        return ledger.listSources(filter, { limit, cursor: cursor ?? null });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/sources/:id',
      tag: 'sources',
      summary: 'One source',
      params: S.IdParams,
      response: S.SourceRow,
      handler: async ({ params }) => {
        const s = await ledger.getSource(params.id);
        if (!s) throw notFound(`source ${params.id}`);
        return s;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/sources/:id/assertions',
      tag: 'sources',
      summary: "A source's distinct figures (each relayed by one or more reports), newest first",
      params: S.IdParams,
      query: S.PageQuery,
      response: S.AssertionPage,
      handler: async ({ params, query }) => ledger.listAssertions({ sourceId: params.id }, { limit: query.limit, cursor: query.cursor ?? null }),
    }),
    defineRoute({
      method: 'GET',
      url: '/series',
      tag: 'series',
      summary: 'List indicators with their latest estimate and disagreement count',
      query: S.SeriesListQuery,
      response: S.SeriesList,
      handler: async ({ query }) => ledger.listSeries(query),
    }),
    defineRoute({
      method: 'GET',
      url: '/series/:id',
      tag: 'series',
      summary: "One indicator: each source's estimates over time, revisions and disagreements",
      params: S.IdParams,
      response: S.SeriesDetail,
      handler: async ({ params }) => {
        const s = await ledger.getSeries(params.id);
        if (!s) throw notFound(`series ${params.id}`);
        const sourceIds = [...new Set(s.lines.map((l) => l.sourceId).filter((x): x is number => x !== null))];
        const sources = (await Promise.all(sourceIds.map((id) => ledger.getSource(id)))).filter((x) => x !== null);
        const claimInfo: z.input<typeof S.SeriesDetail>['claimInfo'] = [];
        let cursor: string | null = null;
        do {
          const page = await ledger.listClaims({ indicatorId: s.id }, { limit: 1000, cursor });
          for (const c of page.items) {
            claimInfo.push({
              id: c.id,
              articleId: c.articleId,
              quote: c.claim.quote,
              sentence: c.claim.sentence,
              outlet: c.article.outlet,
              title: c.article.title,
              date: c.date,
              status: c.status,
            });
          }
          cursor = page.next;
        } while (cursor && claimInfo.length < MAX_TIMELINE_CLAIMS);
        return {
          ...s,
          sourceInfo: sources.map((x) => ({ sourceId: x.id, name: x.name, kind: x.kind, affiliation: x.affiliation })),
          claimInfo,
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/series/:id/csv',
      tag: 'series',
      summary: 'One indicator as CSV, the columns of `tally series ID --csv`: a row per point (period, statement date, flags), then a row per undated figure',
      params: S.IdParams,
      produces: ['text/csv'],
      handler: async ({ params, reply }) => {
        const s = await ledger.getSeries(params.id);
        if (!s) throw notFound(`series ${params.id}`);
        reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="tally-series-${s.id}.csv"`);
        await reply.send(seriesCsv(s));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/changes',
      tag: 'changes',
      summary: 'The revisions feed: changes after `since`, oldest first',
      query: S.ChangesQuery,
      response: S.ChangePage,
      handler: async ({ query }) => ledger.listChanges(query.since ?? null, { limit: query.limit, cursor: query.cursor ?? null }),
    }),
    defineRoute({
      method: 'GET',
      url: '/export',
      tag: 'export',
      summary: 'Every matching claim as CSV, JSON or NDJSON, streamed, oldest first',
      query: S.ExportQuery,
      produces: Object.values(EXPORT_TYPES),
      handler: async ({ query, reply }) => {
        const { format, ...filter } = query;
        const stream = Readable.from(formatExport(ledger.exportRows(toClaimFilter(filter)), format));
        reply
          .type(EXPORT_TYPES[format])
          .header('content-disposition', `attachment; filename="tally-claims.${format}"`)
          .header('cache-control', 'no-store');
        await reply.send(stream);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/topics',
      tag: 'topics',
      summary: 'The topic board: proposed indicators and stories, most votes first, with the matching series',
      response: S.TopicList,
      handler: async () => {
        const [topics, series] = await Promise.all([ledger.listTopics(), ledger.listSeries()]);
        return withSeries([...topics].sort((a, b) => b.votes - a.votes || a.id - b.id), series);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/topics',
      tag: 'topics',
      summary: 'Propose a topic to track',
      body: S.TopicBody,
      response: S.TopicRow,
      status: 201,
      auth: true,
      problems: { 409: 'a topic with the same title is already on the board' },
      handler: async ({ body, actor }) => {
        const key = topicTitleKey(body.title);
        const same = (await ledger.listTopics()).find((t) => topicTitleKey(t.title) === key);
        if (same) throw new HttpProblem(409, 'conflict', `topic ${same.id} already asks for ${JSON.stringify(same.title)}: vote for it instead`);
        const t = await ledger.proposeTopic({ title: body.title, body: body.body ?? null, proposedBy: actor ?? '' });
        return withSeries([t], await ledger.listSeries())[0];
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/topics/:id/vote',
      tag: 'topics',
      summary: 'Vote for a topic (one vote per account; a second vote is ignored)',
      params: S.IdParams,
      response: S.VoteResult,
      auth: true,
      handler: async ({ params, actor }) => {
        const before = (await ledger.listTopics()).find((t) => t.id === params.id);
        if (!before) throw notFound(`topic ${params.id}`);
        const voted = await ledger.voteTopic(params.id, actor ?? '');
        const after = (await ledger.listTopics()).find((t) => t.id === params.id);
        return { voted, votes: after?.votes ?? before.votes };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/me/votes',
      tag: 'topics',
      summary: "The topics the token's account voted for, so that the board can show them",
      response: S.VotedTopics,
      auth: true,
      handler: async ({ actor }) => ({ topicIds: await ledger.topicsVotedBy(actor ?? '') }),
    }),
    defineRoute({
      method: 'GET',
      url: '/me',
      tag: 'review',
      summary: "The token's account name (checks a token)",
      response: S.Me,
      auth: true,
      handler: async ({ actor }) => ({ name: actor ?? '' }),
    }),
    defineRoute({
      method: 'GET',
      url: '/stats',
      tag: 'ledger',
      summary: 'Counts of articles, claims, sources, indicators, assertions and ingest errors',
      response: S.Stats,
      handler: async () => ledger.stats(),
    }),
  ];
}
