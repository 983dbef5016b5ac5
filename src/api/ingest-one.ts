/**
 * Read → extract → store for one article given to the API: a URL (fetched through the
 * ingest module's guarded fetch: timeouts, size cap, no private addresses) or HTML.
 */
import { createHash } from 'node:crypto';
import { extractClaims } from '../extract/index.js';
import { loadInput, parseArticle, type RawInput, type ReadOptions } from '../ingest/index.js';
import type { Ledger, StoreArticleResult } from '../ledger/types.js';
import type { IngestRequest } from './routes.js';

/** Origin recorded for HTML posted without a URL. */
const POSTED_ORIGIN = 'api:POST /articles';

export async function ingestOne(ledger: Ledger, req: IngestRequest, opts: ReadOptions = {}): Promise<StoreArticleResult> {
  let raw: RawInput;
  if (req.html !== undefined) {
    const bytes = Buffer.from(req.html, 'utf8');
    raw = {
      bytes,
      contentType: 'text/html; charset=utf-8',
      url: req.url ?? null,
      origin: req.url ?? POSTED_ORIGIN,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  } else {
    raw = await loadInput(req.url, opts);
  }
  const article = parseArticle(raw, opts);
  const claims = extractClaims(article, { published: article.published });
  return ledger.storeArticle({
    article,
    claims,
    raw: { bytes: raw.bytes, contentType: raw.contentType, sha256: raw.sha256 },
    origin: raw.origin,
  });
}
