/**
 * `tally ingest --queue`: turns what the user names into jobs instead of processing it.
 * URLs become `url` jobs (a feed is recognised when a worker fetches it); files and
 * the files of directories are read here and carried in the job (`raw`, base64), so a
 * worker on another machine needs no shared disk; `-` carries standard input.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { openQueuePool, resolveQueueUrl } from './db.js';
import { enqueue } from './jobs.js';
import type { NewJob } from './types.js';

/** Files a directory walk picks up: the formats the reader takes. */
const ARTICLE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt', '.text']);
/** The reader refuses more than this; failing here saves a worker the round trip. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const URL_INPUT = /^https?:\/\//i;

export interface EnqueueOptions {
  /** Attempts per job before it goes to the dead letter list. */
  maxAttempts?: number;
  /** PostgreSQL schema of the queue tables. */
  schema?: string;
  /** Reads standard input for `-` (injectable for tests). */
  stdin?: () => Promise<Buffer>;
}

export interface EnqueueSummary {
  queued: number;
  skipped: number;
  ids: string[];
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
}

function rawJob(bytes: Buffer, origin: string, maxAttempts: number | undefined): NewJob {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InputError(`${origin} is ${bytes.length} bytes; articles are read up to ${MAX_FILE_BYTES} bytes`);
  }
  return { kind: 'raw', payload: { body: bytes.toString('base64'), encoding: 'base64', origin }, maxAttempts };
}

/** The jobs for the given inputs, in order (directories sorted by name). */
export async function jobsFor(inputs: readonly string[], opts: EnqueueOptions = {}): Promise<NewJob[]> {
  const jobs: NewJob[] = [];
  const maxAttempts = opts.maxAttempts;
  for (const input of inputs) {
    if (URL_INPUT.test(input)) {
      jobs.push({ kind: 'url', payload: { url: input }, maxAttempts });
      continue;
    }
    if (input === '-') {
      jobs.push(rawJob(await (opts.stdin ?? readStdin)(), '-', maxAttempts));
      continue;
    }
    const path = resolve(input);
    const st = await stat(path).catch(() => null);
    if (!st) throw new InputError(`no such file, directory or URL: ${input} (URLs start with http:// or https://)`);
    const files: string[] = [];
    if (st.isDirectory()) await walk(path, files);
    else files.push(path);
    for (const f of files) jobs.push(rawJob(await readFile(f), f, maxAttempts));
  }
  return jobs;
}

/** Queues the inputs on the PostgreSQL at `url` (migrating the queue tables first). */
export async function enqueueInputs(url: string, inputs: readonly string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const jobs = await jobsFor(inputs, opts);
  const pool = await openQueuePool(url, { schema: opts.schema });
  try {
    const { ids, skipped } = await enqueue(pool, jobs);
    return { queued: ids.length, skipped, ids };
  } finally {
    await pool.end();
  }
}

export interface QueueIngestFlags {
  db?: string;
  schema?: string;
  json?: boolean;
}

/**
 * The whole of `tally ingest --queue`: queue the inputs on the PostgreSQL of `--db` /
 * TALLY_DB and say how many jobs were added. The ingest command calls this and returns.
 */
export async function queueIngest(inputs: readonly string[], flags: QueueIngestFlags = {}): Promise<EnqueueSummary> {
  if (inputs.length === 0) {
    throw new InputError('nothing to queue: give files, folders or URLs, e.g. tally ingest --queue https://news.example/feed.xml');
  }
  const summary = await enqueueInputs(resolveQueueUrl(flags.db), inputs, { schema: flags.schema });
  const out = flags.json
    ? `${JSON.stringify({ queued: summary.queued, skipped: summary.skipped })}\n`
    : `${summary.queued} job(s) queued${summary.skipped ? `, ${summary.skipped} already queued` : ''}; run \`tally worker\` to process them\n`;
  await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
  return summary;
}
