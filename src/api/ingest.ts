/**
 * The default `POST /articles` pipeline, loaded lazily so the API starts without the
 * HTML reader and the extractor until the first ingest.
 */
import type { ReadOptions } from '../ingest/index.js';
import type { Ledger } from '../ledger/types.js';
import type { IngestFn } from './routes.js';

export function makeIngest(ledger: Ledger, opts: ReadOptions = {}): IngestFn {
  return async (req) => {
    const { ingestOne } = await import('./ingest-one.js');
    return ingestOne(ledger, req, opts);
  };
}
