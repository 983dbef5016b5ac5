/**
 * Tally's library surface: read an article, extract its claims, open a ledger.
 */
export { readArticle, parseArticle, loadInput } from './ingest/index.js';
export type { ReadOptions, RawInput } from './ingest/index.js';
export { extractClaims } from './extract/index.js';
export type { ExtractOptions } from './extract/index.js';
export { openLedger } from './ledger/index.js';
export type * from './ledger/types.js';
export * from './contract.js';
export { TallyError, InputError, FetchError, StoreError, InternalError } from './errors.js';
