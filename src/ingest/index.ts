/**
 * The article reader: a path, `-` (stdin) or an http(s) URL → bytes (`loadInput`, the only
 * IO), then bytes → Article (`parseArticle`, pure and synchronous so the ledger can run it
 * in worker threads on stored bytes).
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Article } from '../contract.js';
import { InputError } from '../errors.js';
import { assertNotBinary, decode } from './decode.js';
import { parseHtml } from './html.js';
import { isBlank } from './normalize.js';
import { parseText } from './text.js';

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) to use when the page does not give one. */
  published?: string | null;
  /** Allow URLs that resolve to private, loopback or link-local addresses. */
  allowPrivate?: boolean;
  /** Deadline for a whole URL fetch, redirects included (default 10 000 ms). */
  timeoutMs?: number;
  /** Largest input accepted, on the wire and decompressed (default 10 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
}

export interface RawInput {
  bytes: Buffer;
  contentType: string | null;
  url: string | null;
  /** path or URL as given */
  origin: string;
  sha256: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

/** File extensions that say "HTML" and "plain text". */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
/** What an HTML document starts with, after a BOM, whitespace and comments. */
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|article)\b/i;
/** Enough block tags in the first kilobytes means HTML even without a doctype. */
const HTML_TAGS = /<\/?(?:p|div|h1|h2|span|a|br)\b[^>]*>/gi;
const MIN_SNIFFED_TAGS = 3;

function mb(n: number): string {
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buf.length;
    if (total > maxBytes) throw new InputError(`stdin is over the ${mb(maxBytes)} limit for one article`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}; expected a path to an .html or .txt article, - for stdin, or an http(s) URL`);
    if (code === 'EACCES') throw new InputError(`cannot read ${path}: permission denied`);
    throw new InputError(`cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (info.isDirectory()) throw new InputError(`${path} is a directory; expected one article file (tally ingest reads folders)`);
  if (info.size > maxBytes) throw new InputError(`${path} is ${mb(info.size)}, over the ${mb(maxBytes)} limit for one article`);
  // Read through a handle with a cap: a FIFO or a growing file may not match stat's size.
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1 || 64 * 1024));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes) throw new InputError(`${path} is over the ${mb(maxBytes)} limit for one article`);
        return Buffer.concat([buf, await readRest(handle, maxBytes - length, path, maxBytes)]);
      }
      const { bytesRead } = await handle.read(buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buf.subarray(0, length);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${path}: ${(err as Error).message}`, { cause: err });
  } finally {
    await handle.close();
  }
}

/** The part of a file beyond what stat reported (a FIFO, a growing file), within the cap. */
async function readRest(handle: import('node:fs/promises').FileHandle, room: number, path: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks);
    total += bytesRead;
    if (total > room) throw new InputError(`${path} is over the ${mb(maxBytes)} limit for one article`);
    chunks.push(chunk.subarray(0, bytesRead));
  }
}

/** Reads the input's bytes: a file path, `-` for stdin, or an http(s) URL. */
export async function loadInput(input: string, opts: ReadOptions = {}): Promise<RawInput> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!input) throw new InputError('no input given; expected a file path, - for stdin, or an http(s) URL');
  if (isUrl(input)) {
    const { fetchUrl } = await import('./fetch.js');
    const res = await fetchUrl(input, {
      allowPrivate: opts.allowPrivate ?? false,
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes,
      maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    });
    return { bytes: res.bytes, contentType: res.contentType, url: res.url, origin: input, sha256: sha256(res.bytes) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    throw new InputError(`unsupported URL scheme in ${input}; expected http:// or https://`);
  }
  const bytes = input === '-' ? await readStdin(maxBytes) : await readFileCapped(input, maxBytes);
  return { bytes, contentType: null, url: null, origin: input === '-' ? 'stdin' : input, sha256: sha256(bytes) };
}

/** Decides HTML or plain text: content type, then file extension, then the bytes themselves. */
function isHtml(raw: RawInput, text: string): boolean {
  const type = raw.contentType?.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (type === 'text/plain') return HTML_START.test(text.slice(0, 4096));
  const path = raw.url ? new URL(raw.url).pathname : raw.origin;
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return HTML_START.test(text.slice(0, 4096));
  return HTML_START.test(text.slice(0, 4096)) || (text.slice(0, 8192).match(HTML_TAGS)?.length ?? 0) >= MIN_SNIFFED_TAGS;
}

/** Sniffs HTML from the raw bytes before decoding (decides whether `<meta charset>` applies). */
function mayBeHtml(raw: RawInput): boolean {
  const type = raw.contentType?.split(';')[0].trim().toLowerCase();
  if (type === 'text/plain') return false;
  if (type) return true;
  return !TEXT_EXTENSIONS.has(extname(raw.origin).toLowerCase());
}

/** Bytes → Article. Pure and synchronous; throws InputError for input that is not an article. */
export function parseArticle(raw: RawInput, opts: ReadOptions = {}): Article {
  const origin = raw.origin;
  if (raw.bytes.length === 0) throw new InputError(`${origin} is empty; expected an HTML page or a text article`);
  assertNotBinary(raw.bytes, origin, raw.contentType);
  const { text } = decode(raw.bytes, { contentType: raw.contentType, sniffMeta: mayBeHtml(raw), origin });
  if (isBlank(text)) throw new InputError(`${origin} holds only whitespace; expected an HTML page or a text article`);
  const published = opts.published ?? null;
  if (isHtml(raw, text)) return parseHtml(text, { url: raw.url, published, origin });
  const article = parseText(text, { published, url: raw.url });
  if (!article.title && !article.text) throw new InputError(`${origin} has no text in it`);
  return article;
}

/** Reads and parses one article: `loadInput` then `parseArticle`. */
export async function readArticle(input: string, opts: ReadOptions = {}): Promise<Article> {
  return parseArticle(await loadInput(input, opts), opts);
}
