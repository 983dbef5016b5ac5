/**
 * The job handler that feeds the ledger: input → RawInput → Article → claims → one
 * `storeArticle` transaction. A URL that turns out to be a feed is expanded instead:
 * one `url` job per item (queued once ever, keyed by link) and the feed subscribed for
 * polling.
 *
 * Exactly-once storage: the ledger's article write is idempotent (keyed by canonical
 * URL, else by content hash) and atomic, and the job is marked done after it commits.
 * A worker killed between the two leaves a stored article and a running job; the job's
 * lease runs out, another worker runs it again, and the second write is a no-op
 * (`unchanged`). So an article is stored once however many times its job runs.
 *
 * The reader, the extractor and the ledger are passed in, so the queue depends on their
 * interfaces only (and tests can stand in for the network).
 */
import { createHash } from 'node:crypto';
import type { Article, Claim } from '../contract.js';
import type { Ledger } from '../ledger/types.js';
import { TallyError } from '../errors.js';
import { DEFAULT_FEED_INTERVAL_MS, subscribeFeed } from './feeds.js';
import { feedLinks, isFeed } from './feed-items.js';
import { describeError, isContention } from './errors.js';
import { enqueue } from './jobs.js';
import type { JobContext, JobHandler } from './worker.js';
import type { FeedPayload, FilePayload, Job, JobResult, RawPayload, UrlPayload } from './types.js';

/** The reader's RawInput (src/ingest), restated so the queue compiles on its own. */
/** Immediate re-runs of an article write that lost a race with another worker. */
const CONTENTION_RETRIES = 6;
/** Up to this many ms between them, random, so the racers fall out of step. */
const CONTENTION_JITTER_MS = 50;

export interface RawInput {
  bytes: Buffer;
  contentType: string | null;
  url: string | null;
  origin: string;
  sha256: string;
}

/** The reader's options that a worker sets. */
export interface ReadOptions {
  published?: string | null;
  allowPrivate?: boolean;
  timeoutMs?: number;
}

export interface IngestDeps {
  ledger: Ledger;
  loadInput(input: string, opts?: ReadOptions): Promise<RawInput>;
  parseArticle(raw: RawInput, opts?: ReadOptions): Article;
  extractClaims(article: Article, opts?: { published?: string | null }): Claim[];
  read?: ReadOptions;
  /** How often feeds found through url jobs are polled. */
  feedIntervalMs?: number;
}

/** A `raw` job's body as the reader's input. */
export function rawInputOf(job: Job, p: RawPayload): RawInput {
  const bytes = Buffer.from(p.body, p.encoding ?? 'utf8');
  return {
    bytes,
    contentType: p.contentType ?? null,
    url: p.url ?? null,
    origin: p.origin ?? p.url ?? `job:${job.id}`,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

export function createIngestHandler(deps: IngestDeps): JobHandler {
  const read = deps.read ?? {};

  async function store(raw: RawInput, feedUrl: string | null): Promise<JobResult> {
    const article = deps.parseArticle(raw, read);
    const claims = deps.extractClaims(article, { published: article.published ?? read.published ?? null });
    const input = {
      article,
      claims,
      raw: { bytes: raw.bytes, contentType: raw.contentType, sha256: raw.sha256 },
      origin: raw.origin,
      feedUrl,
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await deps.ledger.storeArticle(input);
        return { articleId: res.articleId, claims: res.claims, outcome: res.outcome };
      } catch (err) {
        // A lost race is not the article's fault: run the write again at once rather
        // than spend one of the job's attempts and a backoff on it.
        if (attempt >= CONTENTION_RETRIES || !isContention(err)) throw err;
        await new Promise((r) => setTimeout(r, Math.random() * CONTENTION_JITTER_MS * (attempt + 1)));
      }
    }
  }

  async function expandFeed(raw: RawInput, feedUrl: string, ctx: JobContext): Promise<JobResult> {
    const links = feedLinks(raw, feedUrl);
    const { ids } = await enqueue(
      ctx.pool,
      links.map((url) => ({ kind: 'url' as const, payload: { url, feedUrl }, dedupeKey: `item:${url}` })),
    );
    await subscribeFeed(ctx.pool, feedUrl, deps.feedIntervalMs ?? DEFAULT_FEED_INTERVAL_MS);
    // Also in the ledger's own feed list, so `tally ingest --feeds` and the API know it.
    await deps.ledger.addFeed(feedUrl);
    await deps.ledger.markFeed(feedUrl, `ok: ${links.length} items, ${ids.length} new`);
    return { items: links.length, queued: ids.length };
  }

  return {
    async run(job, ctx) {
      switch (job.kind) {
        case 'raw':
          return store(rawInputOf(job, job.payload as RawPayload), null);
        case 'file': {
          const raw = await deps.loadInput((job.payload as FilePayload).path, read);
          return store(raw, null);
        }
        case 'url': {
          const p = job.payload as UrlPayload;
          const raw = await deps.loadInput(p.url, read);
          if (isFeed(raw)) return expandFeed(raw, raw.url ?? p.url, ctx);
          return store(raw, p.feedUrl ?? null);
        }
        case 'feed': {
          const p = job.payload as FeedPayload;
          const raw = await deps.loadInput(p.url, read);
          return expandFeed(raw, raw.url ?? p.url, ctx);
        }
      }
    },
    async deadLettered(job, error) {
      const p = job.payload as Partial<UrlPayload & FilePayload & RawPayload>;
      await deps.ledger.recordError({
        origin: p.url ?? p.path ?? p.origin ?? `job:${job.id}`,
        kind: error instanceof TallyError ? error.code : 'internal',
        reason: `${describeError(error)} (after ${job.attempts} attempt${job.attempts === 1 ? '' : 's'})`,
      });
    },
  };
}
