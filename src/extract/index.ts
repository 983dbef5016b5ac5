/**
 * Claim extraction: a pure function of an Article (no IO, no clock, no globals). The
 * passes and their order are in default.ts; the runner in pipeline.ts.
 */
import type { Article, Claim } from '../contract.js';
import { extract } from './pipeline.js';

export interface ExtractOptions {
  /** Publication date to resolve relative dates against when the article has none. */
  published?: string | null;
}

/** Every quantitative claim in the article, in reading order: title, subtitle, body. */
export function extractClaims(article: Article, options: ExtractOptions = {}): Claim[] {
  return extract(article, options.published ?? null);
}
