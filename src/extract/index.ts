/**
 * Claim extraction: a pure function of an Article (no IO, no clock, no globals).
 */
import type { Article, Claim } from '../contract.js';

export interface ExtractOptions {
  /** Publication date to resolve relative dates against when the article has none. */
  published?: string | null;
}

export function extractClaims(article: Article, options: ExtractOptions = {}): Claim[] {
  void article;
  void options;
  return [];
}
