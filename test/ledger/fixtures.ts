/** Hand-made articles and claims for the ledger tests (our own text, not from any corpus). */
import type { Article, Claim, Source } from '../../src/contract.js';

export function article(over: Partial<Article> = {}): Article {
  return {
    title: 'Front line update',
    subtitle: null,
    published: '2024-03-05',
    outlet: 'Example Gazette',
    url: 'https://gazette.example/front-line-update',
    text: 'Nothing happened today.',
    related: [],
    ...over,
  };
}

export function source(name: string, over: Partial<Source> = {}): Source {
  return { name, kind: 'official', anonymous: false, affiliation: null, via: [], ...over };
}

/** A claim whose quote is found in `sentence` (which must appear in the article text). */
export function claim(sentence: string, quote: string, over: Partial<Claim> = {}, text = sentence): Claim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: ${quote} not in ${text}`);
  return {
    field: 'body',
    span: [start, start + quote.length],
    quote,
    sentence,
    value: { low: 1200, high: 1200, approximate: false },
    unit: 'person',
    per: null,
    measure: 'killed',
    item: null,
    party: 'RU',
    counterparty: null,
    location: null,
    source: null,
    statedOn: null,
    hedges: [],
    ...over,
  };
}

/** An article holding one sentence and the claim in it. */
export function oneClaim(sentence: string, quote: string, claimOver: Partial<Claim> = {}, articleOver: Partial<Article> = {}) {
  const a = article({ text: sentence, ...articleOver });
  return { article: a, claims: [claim(sentence, quote, claimOver, a.text)], raw: null, origin: articleOver.url ?? 'test' };
}
