/**
 * Identities the ledger relies on: article keys (idempotent ingest), content hashes
 * (wire copy), claim keys (reviews survive re-ingest), the date a figure refers to,
 * and the aggregation type when the extractor left it out.
 */
import { createHash } from 'node:crypto';
import type { Aggregation, Article, Claim } from '../contract.js';

function sha(s: string, hexChars = 64): string {
  return createHash('sha256').update(s).digest('hex').slice(0, hexChars);
}

/** Punctuation, quotes and case vary between outlets carrying the same wire copy. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NON_WORD, ' ').trim();
}

/** Hash of the normalised body: equal for the same story republished verbatim. */
export function contentHash(article: Article): string {
  return sha(normaliseText(article.text || article.title));
}

/** Tracking parameters that make one page look like many. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src)$/i;

export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    u.hostname = u.hostname.toLowerCase();
    for (const k of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(k)) u.searchParams.delete(k);
    let s = u.toString();
    if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
    return s;
  } catch {
    return url.trim();
  }
}

export function articleKey(article: Article): string {
  return article.url ? `url:${canonicalUrl(article.url)}` : `hash:${contentHash(article)}`;
}

export function claimKey(articleKey: string, claim: Pick<Claim, 'field' | 'span' | 'quote'>): string {
  return sha(`${articleKey}\u0000${claim.field}\u0000${claim.span[0]}:${claim.span[1]}\u0000${claim.quote}`, 24);
}

/** The date a figure refers to: what the source said, else the day the article came out. */
export function claimDate(claim: Claim, published: string | null): string | null {
  if (claim.statedOn) return claim.statedOn;
  const m = published?.match(/^\d{4}(-\d{2}(-\d{2})?)?/);
  return m ? m[0] : null;
}

/** Wording that marks a running total ("since February 2022", "in total", "so far"). */
const CUMULATIVE = /\b(since (the (start|beginning) of|(january|february|march|april|may|june|july|august|september|october|november|december|\d{4}))|in total|so far|to date|overall|altogether|total(led|ed)? |cumulative|all told|since the (full-scale )?invasion|since the war began)/i;
/** Wording that marks an increment ("in the past 24 hours", "over the day", "on Tuesday"). */
const INCREMENT = /\b(in the (past|last) (24|twenty-four) hours|over the (past )?day|in the past day|overnight|yesterday|per day|that day|(on|during) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in a single day|daily)/i;

export function deriveAggregation(claim: Claim): Aggregation {
  if (claim.aggregation) return claim.aggregation;
  if (claim.per != null) return 'rate';
  if (CUMULATIVE.test(claim.sentence)) return 'cumulative';
  if (INCREMENT.test(claim.sentence)) return 'increment';
  return 'point';
}

/** Exclusive upper bound for an inclusive partial-date `until` ("2024-03" → "2024-04"). */
export function untilExclusive(until: string): string {
  const m = until.match(/^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$/);
  if (!m?.groups) return until;
  const { y, m: mo, d } = m.groups;
  if (d) {
    const next = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d) + 1));
    return next.toISOString().slice(0, 10);
  }
  if (mo) {
    const n = Number(mo) === 12 ? `${Number(y) + 1}-01` : `${y}-${String(Number(mo) + 1).padStart(2, '0')}`;
    return n;
  }
  return String(Number(y) + 1);
}
