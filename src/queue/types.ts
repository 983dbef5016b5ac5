/**
 * What a job is. A job names one piece of input; the worker turns it into an article
 * in the ledger (or, for a feed, into one job per item).
 */

export const JOB_KINDS = ['url', 'file', 'raw', 'feed'] as const;
export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;

export type JobKind = (typeof JOB_KINDS)[number];
export type JobState = (typeof JOB_STATES)[number];

/** A page to fetch. */
export interface UrlPayload {
  url: string;
  /** The feed whose item this is, when it came through one. */
  feedUrl?: string | null;
}
/** A file on the worker's own disk (a shared volume when workers are on many machines). */
export interface FilePayload {
  path: string;
}
/** The page itself, carried in the job: nothing to fetch. */
export interface RawPayload {
  body: string;
  /** `base64` for bytes that may not be UTF-8 (a windows-1251 page); default `utf8`. */
  encoding?: 'utf8' | 'base64';
  contentType?: string | null;
  /** The page's address when known; used for the canonical URL. */
  url?: string | null;
  /** Where it came from, for messages and listings. */
  origin?: string;
}
/** An RSS or Atom feed: fetching it queues one url job per new item. */
export interface FeedPayload {
  url: string;
}

export interface PayloadOf {
  url: UrlPayload;
  file: FilePayload;
  raw: RawPayload;
  feed: FeedPayload;
}

/** One job to add. */
export type NewJob = {
  [K in JobKind]: {
    kind: K;
    payload: PayloadOf[K];
    /** Queue it once ever: a second job with the same key is silently dropped. */
    dedupeKey?: string | null;
    maxAttempts?: number;
    /** Not before this time (default: now). */
    runAfter?: Date;
  };
}[JobKind];

/** What a worker records on success. */
export interface JobResult {
  articleId?: string | number | null;
  claims?: number;
  /** The ledger's verdict: `added`, `replaced`, or `unchanged` (already stored). */
  outcome?: string;
  /** Feed jobs: items seen and items newly queued. */
  items?: number;
  queued?: number;
}

export interface Job {
  id: string;
  kind: JobKind;
  payload: PayloadOf[JobKind];
  dedupeKey: string | null;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAfter: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  result: JobResult | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** The fencing token of one claim: the job id and the attempt that holds it. */
export interface Lease {
  id: string;
  attempt: number;
}

export type QueueCounts = Record<JobState, number>;
