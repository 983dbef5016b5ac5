/**
 * The web app's only door to the server: typed fetches against the JSON API. Types come
 * from the API's zod schemas (type-only imports: no zod in the bundle).
 */
import type { z } from 'zod';
import type * as S from '../api/schemas';

export type ClaimRow = z.output<typeof S.ClaimRow>;
export type ClaimPage = z.output<typeof S.ClaimPage>;
export type AuditEntry = z.output<typeof S.AuditEntry>;
export type ClaimWithAudit = z.output<typeof S.ClaimWithAudit>;
export type ArticleDetail = z.output<typeof S.ArticleDetail>;
export type ArticlePage = z.output<typeof S.ArticlePage>;
export type SourceRow = z.output<typeof S.SourceRow>;
export type AssertionPage = z.output<typeof S.AssertionPage>;
export type SeriesSummary = z.output<typeof S.SeriesSummary>;
export type SeriesDetail = z.output<typeof S.SeriesDetail>;
export type TopicRow = z.output<typeof S.TopicRow>;
export type VoteResult = z.output<typeof S.VoteResult>;
export type Stats = z.output<typeof S.Stats>;
export type ClaimPatch = z.input<typeof S.ClaimPatch>;
export type Claim = ClaimRow['claim'];

const TOKEN_KEY = 'tally.token';

export const auth = {
  get token(): string | null {
    try {
      return localStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set(token: string | null): void {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  },
};

/**
 * Whether a token can be sent at all: a pasted token with a line break or a curly quote
 * makes fetch() throw before any request ("Invalid value" for a header), which would
 * otherwise reach the user as a message about header syntax.
 */
export function tokenSendable(token: string): boolean {
  try {
    new Headers({ authorization: `Bearer ${token}` });
    return true;
  } catch {
    return false;
  }
}

/** One invalid field of a validation problem, as the API names it ("patch.value.low"). */
export interface FieldError {
  path: string;
  message: string;
}

/** An API error, carrying the problem document's `detail` and, for validation, its fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = auth.token;
  if (token && method !== 'GET') headers.authorization = `Bearer ${token}`;
  if (token && path.startsWith('/me')) headers.authorization = `Bearer ${token}`;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' });
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    let errors: FieldError[] = [];
    try {
      const p = (await res.json()) as { detail?: string; errors?: FieldError[] };
      if (p.detail) detail = p.detail;
      if (Array.isArray(p.errors)) errors = p.errors;
    } catch {
      /* not a problem document: keep the status line */
    }
    throw new ApiError(res.status, detail, errors);
  }
  return (await res.json()) as T;
}

/** Builds a query string, skipping empty values. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export const api = {
  stats: () => request<Stats>('GET', '/stats'),
  series: () => request<SeriesSummary[]>('GET', '/series'),
  seriesDetail: (id: number) => request<SeriesDetail>('GET', `/series/${id}`),
  claims: (params: Record<string, string | number | undefined>) => request<ClaimPage>('GET', `/claims${qs(params)}`),
  claim: (id: number) => request<ClaimWithAudit>('GET', `/claims/${id}`),
  review: (id: number, body: { action: 'confirm' | 'correct' | 'reject'; patch?: ClaimPatch; note?: string | null }) =>
    request<ClaimWithAudit>('POST', `/claims/${id}/review`, body),
  article: (id: number) => request<ArticleDetail>('GET', `/articles/${id}`),
  articles: (params: Record<string, string | number | undefined>) => request<ArticlePage>('GET', `/articles${qs(params)}`),
  source: (id: number) => request<SourceRow>('GET', `/sources/${id}`),
  assertions: (id: number) => request<AssertionPage>('GET', `/sources/${id}/assertions?limit=500`),
  topics: () => request<TopicRow[]>('GET', '/topics'),
  propose: (title: string, body: string | null) => request<TopicRow>('POST', '/topics', { title, body }),
  vote: (id: number) => request<VoteResult>('POST', `/topics/${id}/vote`),
  myVotes: () => request<{ topicIds: number[] }>('GET', '/me/votes'),
  me: () => request<{ name: string }>('GET', '/me'),
};
