/**
 * Identities the ledger relies on: article keys (idempotent ingest), content hashes
 * (wire copy), claim keys (reviews survive re-ingest), the date a figure refers to,
 * and the aggregation type when the extractor left it out.
 */
import { createHash } from 'node:crypto';
import type { Aggregation, Article, Claim } from '../contract.js';
import { anchorDate, spanOf } from './periods.js';

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

/** When the figure was said: the source's own date, else the day the article came out. */
export function statedDate(claim: Pick<Claim, 'statedOn'>, published: string | null): string | null {
  if (claim.statedOn) return claim.statedOn;
  const m = published?.match(/^\d{4}(-\d{2}(-\d{2})?)?/);
  return m ? m[0] : null;
}

/** The date a figure refers to: the end of its period, else when it was said (see periods.ts). */
export function claimDate(claim: Pick<Claim, 'statedOn' | 'period'>, published: string | null): string | null {
  return anchorDate(spanOf(claim.period), statedDate(claim, published));
}

/**
 * What must match for two figures to sit in one series: the measure, whose figure, where,
 * what is counted (tanks are not drones), how it accumulates, the unit and rate, and how
 * long a span each figure covers (a year is not a month). Stored in the indicators table,
 * so the shape never changes for existing rows without a migration that rewrites them.
 */
export interface IndicatorParts {
  measure: string;
  party: string | null;
  location: string | null;
  item: string | null;
  subset: string;
  aggregation: string;
  unit: string;
  per: string | null;
  granularity: string;
}

/**
 * Parts of one measure that are never one count: prisoners freed in a swap ("84 were
 * swapped") are not the prisoners still held ("more than 8,000 remain in captivity").
 * Read in the number's own clause; the first that matches names the subset.
 */
const SUBSETS: { measure: string; name: string; pattern: RegExp }[] = [
  { measure: 'captured', name: 'released', pattern: /\b(swap(ped|s)?|exchang(e|ed|es)|freed|releas(e|ed)|returned|came home|brought home|handed over|repatriated)\b/i },
  { measure: 'captured', name: 'held', pattern: /\b(still held|remain(s|ed|ing)?\b.*\b(captivity|held|imprisoned|detained)|in (\p{L}+ )?captivity|being held|prisoners? held)\b/iu },
];
export const SUBSET_MEASURES = [...new Set(SUBSETS.map((x) => x.measure))];

/** Where a clause ends, so a number reads only its own words ("84 were swapped, and 8,000 remain held"). */
const CLAUSE_BREAK = /[,;:—–()]|\b(and|but|while|whereas)\b/giu;

export function deriveSubset(claim: { measure: string; sentence: string; quote: string }): string {
  const rules = SUBSETS.filter((x) => x.measure === claim.measure);
  if (rules.length === 0) return '';
  const at = claim.sentence.indexOf(claim.quote);
  let start = 0;
  let end = claim.sentence.length;
  if (at >= 0) {
    for (const m of claim.sentence.matchAll(CLAUSE_BREAK)) {
      if (m.index < at) start = m.index + m[0].length;
      else if (m.index >= at + claim.quote.length) {
        end = m.index;
        break;
      }
    }
  }
  const clause = claim.sentence.slice(start, end);
  return rules.find((x) => x.pattern.test(clause))?.name ?? '';
}

export function indicatorKey(k: IndicatorParts): string {
  return JSON.stringify([k.measure, k.party, k.location, k.aggregation, k.unit, k.per, k.item?.toLowerCase() ?? null, k.subset, k.granularity]);
}

/** Wording that marks a running total ("since February 2022", "in total", "so far"). */
const CUMULATIVE = /\b(since (the (start|beginning) of|(january|february|march|april|may|june|july|august|september|october|november|december|\d{4}))|in total|so far|to date|overall|altogether|total(led|ed)? |cumulative|all told|since the (full-scale )?invasion|since the war began)/i;
/** Wording that marks an increment ("in the past 24 hours", "over the day", "on Tuesday"). */
const INCREMENT = /\b(in the (past|last) (24|twenty-four) hours|over the (past )?day|in the past day|overnight|yesterday|per day|that day|(on|during) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in a single day|daily)/i;

export function deriveAggregation(claim: Claim): Aggregation {
  if (claim.aggregation) return claim.aggregation;
  if (claim.per != null) return 'rate';
  // "since 7 October 2023": a span open at its end is a total to date.
  if (claim.period?.start != null && claim.period.end == null) return 'cumulative';
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
