/**
 * One input → one outcome: read the bytes, recognise a feed, else parse the article and
 * extract its claims. Runs inside the worker threads (and inline when asked for no
 * workers); never throws — a failure is an outcome with its reason.
 */
import { gzipSync } from 'node:zlib';
import { extractClaims } from '../../extract/index.js';
import { loadInput, parseArticle, type ReadOptions } from '../../ingest/index.js';
import { feedLinks, isFeed } from '../../queue/feed-items.js';
import type { Article, Claim } from '../../contract.js';
import { TallyError } from '../../errors.js';

export interface Task {
  id: number;
  input: string;
  /** The feed this input was listed in. */
  feedUrl: string | null;
  read: ReadOptions;
}

export type Outcome =
  | { id: number; kind: 'article'; input: string; feedUrl: string | null; article: Article; claims: Claim[]; raw: { gzipped: Uint8Array; contentType: string | null; sha256: string } }
  | { id: number; kind: 'feed'; input: string; feedUrl: string; links: string[] }
  | { id: number; kind: 'error'; input: string; feedUrl: string | null; errorKind: string; reason: string };

export async function processTask(task: Task): Promise<Outcome> {
  const { id, input, feedUrl } = task;
  try {
    const raw = await loadInput(input, task.read);
    if (isFeed(raw)) {
      const url = raw.url ?? input;
      return { id, kind: 'feed', input, feedUrl: url, links: feedLinks(raw, raw.url ?? 'file:///') };
    }
    const article = parseArticle(raw, task.read);
    let claims: Claim[];
    try {
      claims = extractClaims(article, { published: article.published ?? task.read.published ?? null });
    } catch (err) {
      return { id, kind: 'error', input, feedUrl, errorKind: 'extract', reason: `extraction failed: ${oneLine(err)}` };
    }
    // Compressed here, on the reading thread: the writer only stores it.
    return { id, kind: 'article', input, feedUrl, article, claims, raw: { gzipped: gzipSync(raw.bytes), contentType: raw.contentType, sha256: raw.sha256 } };
  } catch (err) {
    return { id, kind: 'error', input, feedUrl, errorKind: err instanceof TallyError ? err.code : 'internal', reason: oneLine(err) };
  }
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
}
