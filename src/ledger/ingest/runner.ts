/**
 * `tally ingest`: inputs (files, folders, URLs, feeds) → worker threads (read, parse,
 * extract) → one writer (one transaction per article). A bad input is recorded as an
 * error and the run goes on; running the same command again stores only what is new.
 */
import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ReadOptions } from '../../ingest/index.js';
import { InputError } from '../../errors.js';
import type { Ledger } from '../types.js';
import { asStorageFailure, storageCause, StorageFailure } from '../storage.js';
import { Pool } from './pool.js';
import type { Outcome, Task } from './process.js';
import { Progress, type Counts, type ProgressSink } from './progress.js';

/** Files a folder walk picks up: articles (HTML, text) and feeds (XML). */
export const INGEST_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.txt', '.text', '.md', '.xml', '.rss', '.atom']);
/** Tasks handed to the pool ahead of the writer, per worker: keeps workers busy, memory flat. */
const IN_FLIGHT_PER_WORKER = 4;

const URL_INPUT = /^https?:\/\//i;

export interface IngestOptions {
  /** Worker threads; default one per core; 0 runs everything on the main thread. */
  jobs?: number;
  /** Also re-read every feed remembered in the ledger. */
  feeds?: boolean;
  read?: ReadOptions;
  /** Where progress and skipped inputs go (stderr in the CLI); null for silence. */
  progress?: ProgressSink | null;
  /** Only skipped inputs and, when there were any, the summary: no bar, no log lines. */
  quiet?: boolean;
}

export interface IngestSummary extends Counts {
  seconds: number;
  articlesPerSecond: number;
  /** Peak resident memory of the whole process (worker threads included), MB. */
  peakRssMB: number;
  summary: string;
}

/** Expands folders (recursively, sorted, hidden entries skipped) into files; URLs pass through. */
export async function* expandInputs(inputs: string[]): AsyncGenerator<string> {
  for (const input of inputs) {
    if (URL_INPUT.test(input) || input === '-') {
      yield input;
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      yield input; // the reader reports the missing file as this input's error
      continue;
    }
    if (!info.isDirectory()) {
      yield input;
      continue;
    }
    yield* walk(input);
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (!INGEST_EXTENSIONS.has(extname(e.name).toLowerCase())) continue;
    else if (e.isFile()) yield p;
    // A link to an article is read like the article; a broken one is handed on too, so the
    // reader reports it as a failed input instead of the walk passing over it unseen.
    else if (e.isSymbolicLink() && !(await stat(p).then((t) => t.isDirectory(), () => false))) yield p;
  }
}

export async function runIngest(ledger: Ledger, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const read = options.read ?? {};
  const queue: { input: string; feedUrl: string | null }[] = [];
  for await (const f of expandInputs(inputs)) queue.push({ input: f, feedUrl: null });
  if (options.feeds) for (const feed of await ledger.listFeeds()) queue.push({ input: feed.url, feedUrl: null });
  if (queue.length === 0) throw new InputError('nothing to ingest: give files, folders, URLs or feeds (or --feeds for remembered ones)');

  const counts: Counts = { total: queue.length, done: 0, added: 0, replaced: 0, unchanged: 0, errors: 0, claims: 0, feeds: 0 };
  const progress = new Progress(options.progress === undefined ? null : options.progress, counts, options.quiet ?? false);
  const started = Date.now();
  const pool = new Pool(options.jobs ?? availableParallelism());
  const limit = Math.max(1, pool.size) * IN_FLIGHT_PER_WORKER;
  let nextId = 0;
  const running = new Map<number, Promise<Outcome>>();

  const handle = async (out: Outcome) => {
    if (out.kind === 'feed') {
      counts.feeds++;
      await ledger.addFeed(out.feedUrl);
      await ledger.markFeed(out.feedUrl, `ok: ${out.links.length} items`);
      for (const link of out.links) queue.push({ input: link, feedUrl: out.feedUrl });
      counts.total += out.links.length;
    } else if (out.kind === 'error') {
      counts.errors++;
      await ledger.recordError({ origin: out.input, kind: out.errorKind, reason: out.reason });
      if (out.feedUrl == null && URL_INPUT.test(out.input)) {
        // A remembered feed that failed keeps its status for `tally ingest --feeds`.
        const known = options.feeds ? (await ledger.listFeeds()).some((f) => f.url === out.input) : false;
        if (known) await ledger.markFeed(out.input, `error: ${out.reason}`);
      }
      progress.error(out.input, out.reason);
    } else {
      try {
        const r = await ledger.storeArticle({
          article: out.article,
          claims: out.claims,
          raw: { gzipped: Buffer.from(out.raw.gzipped.buffer, out.raw.gzipped.byteOffset, out.raw.gzipped.byteLength), contentType: out.raw.contentType, sha256: out.raw.sha256 },
          origin: out.input,
          feedUrl: out.feedUrl,
        });
        counts[r.outcome]++;
        counts.claims += r.claims;
      } catch (err) {
        // The storage failing is no fault of this article: handled by the loop, which stops.
        if (storageCause(err)) throw err;
        counts.errors++;
        const reason = (err as Error).message;
        await ledger.recordError({ origin: out.input, kind: 'store', reason }).catch(() => undefined);
        progress.error(out.input, reason);
      }
    }
    counts.done++;
    progress.tick();
  };

  try {
    while (queue.length > 0 || running.size > 0) {
      while (queue.length > 0 && running.size < limit) {
        const { input, feedUrl } = queue.shift() as { input: string; feedUrl: string | null };
        const id = nextId++;
        const task: Task = { id, input, feedUrl, read };
        running.set(id, pool.run(task));
      }
      // The writer takes whichever result is ready first.
      const out = await Promise.race(running.values());
      running.delete(out.id);
      await handle(out);
    }
  } catch (err) {
    // Every later write would fail the same way: stop now, with one line saying why and
    // where the run got to. Committed articles are whole; the same command finishes the rest.
    const failure = storageCause(err) ? asStorageFailure(err, ledger.location, 'write') : null;
    if (!failure) throw err;
    progress.abort();
    const stored = counts.added + counts.replaced;
    throw new StorageFailure(
      `${failure.message}; stopped after ${counts.done} of ${counts.total} inputs (${stored} ${stored === 1 ? 'article' : 'articles'} stored by this run; nothing stored is lost): once that is fixed, the same command finishes the rest`,
      failure.reason,
      { cause: err },
    );
  } finally {
    await pool.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const summary = progress.finish();
  const articles = counts.added + counts.replaced + counts.unchanged;
  return { ...counts, seconds, articlesPerSecond: seconds > 0 ? articles / seconds : 0, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), summary };
}
