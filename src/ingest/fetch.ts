/**
 * Fetching one article URL safely: http(s) only, every hop's address checked against the
 * private ranges (the checked address is the one connected to, so DNS rebinding cannot
 * swap it), at most N redirects, one deadline for the whole exchange, a byte cap on what
 * comes over the wire and on what it decompresses to, HTML or text content types only.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { Writable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from '../errors.js';
import { isPrivateAddress } from './address.js';

export interface FetchOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface Fetched {
  bytes: Buffer;
  contentType: string | null;
  /** The URL the bytes finally came from, after redirects. */
  url: string;
}

/** Content types we read (pages, text, and RSS/Atom feeds for ingest); anything else is refused before its body is downloaded. */
const ACCEPTED_TYPES = /^\s*(text\/html|application\/xhtml\+xml|text\/plain|application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)\s*(;|$)/i;
const ACCEPT_HEADER = 'text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.8,application/atom+xml;q=0.8,text/plain;q=0.8,application/xml;q=0.7,text/xml;q=0.7';
const USER_AGENT = 'tally/0.1 (+article reader)';

/** Thrown from inside the lookup hook so the request fails before connecting. */
class RefusedAddress extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`refused ${host}: it resolves to the non-public address ${address} (pass --allow-private to allow it)`);
  }
}

/** A DNS lookup for node:http that refuses non-public addresses unless allowed. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { all: true, family: options?.family ?? 0 }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err);
      if (!addresses.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
      if (!allowPrivate) {
        const bad = addresses.find((a) => isPrivateAddress(a.address));
        if (bad) return callback(new RefusedAddress(hostname, bad.address));
      }
      if (options?.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  }) as unknown as LookupFunction;
}

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function decompressor(encoding: string | undefined, url: string): Transform | null {
  const e = (encoding ?? '').trim().toLowerCase();
  if (!e || e === 'identity') return null;
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return zlib.createInflate();
  if (e === 'br') return zlib.createBrotliDecompress();
  throw new FetchError(`${url} uses an unsupported content encoding "${encoding}"; expected gzip, deflate or br`);
}

function describeNetworkError(err: NodeJS.ErrnoException, url: URL): string {
  const where = url.host;
  switch (err.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `could not resolve ${url.hostname} (fetching ${url.href})`;
    case 'ECONNREFUSED':
      return `could not connect to ${where}: connection refused (fetching ${url.href})`;
    case 'ECONNRESET':
      return `${where} closed the connection (fetching ${url.href})`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${where} is unreachable (fetching ${url.href})`;
    default:
      if (/certificate|SSL|TLS/i.test(err.message)) return `TLS error from ${where}: ${err.message}`;
      return `could not fetch ${url.href}: ${err.message}`;
  }
}

/** Parses and vets one hop's URL: http(s) only, no private IP literals. */
function checkUrl(raw: string, base: string | undefined, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError(`not a valid URL: ${JSON.stringify(raw)}; expected e.g. https://example.com/news/article`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`refused ${url.href}: only http and https URLs are fetched`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // node:http skips the lookup hook for IP literals, so they are checked here.
  if (isIP(host) && !allowPrivate && isPrivateAddress(host)) {
    throw new FetchError(`refused ${url.href}: ${host} is a non-public address (pass --allow-private to allow it)`);
  }
  return url;
}

interface Hop {
  status: number;
  location: string | null;
  contentType: string | null;
  bytes: Buffer | null;
}

function requestOnce(url: URL, opts: FetchOptions, signal: AbortSignal): Promise<Hop> {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'GET',
        headers: { 'user-agent': USER_AGENT, accept: ACCEPT_HEADER, 'accept-encoding': 'gzip, deflate, br' },
        lookup: guardedLookup(opts.allowPrivate),
        signal,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = res.headers['content-type'] ?? null;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return resolve({ status, location: res.headers.location, contentType, bytes: null });
        }
        if (status >= 400 || status < 200) {
          res.resume();
          return reject(new FetchError(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''} from ${url.href}`, { status }));
        }
        if (contentType && !ACCEPTED_TYPES.test(contentType)) {
          res.destroy();
          return reject(new FetchError(`refused ${url.href}: content type ${contentType.split(';')[0].trim()} is not an HTML page or plain text`));
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > opts.maxBytes) {
          res.destroy();
          return reject(new FetchError(`refused ${url.href}: it is ${mb(declared)}, over the ${mb(opts.maxBytes)} limit`));
        }
        let inflate: Transform | null;
        try {
          inflate = decompressor(res.headers['content-encoding'], url.href);
        } catch (err) {
          res.destroy();
          return reject(err);
        }
        let wire = 0;
        let total = 0;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          wire += chunk.length;
          if (wire > opts.maxBytes) res.destroy(new FetchError(`refused ${url.href}: the response is over the ${mb(opts.maxBytes)} limit`));
        });
        const sink = new Writable({
          write(chunk: Buffer, _enc, done) {
            total += chunk.length;
            // Counting decompressed bytes is what stops a small gzip bomb from filling memory.
            if (total > opts.maxBytes) return done(new FetchError(`refused ${url.href}: the response decompresses to over ${mb(opts.maxBytes)}`));
            chunks.push(chunk);
            done();
          },
        });
        const done = inflate ? pipeline(res, inflate, sink) : pipeline(res, sink);
        done.then(
          () => resolve({ status, location: null, contentType, bytes: Buffer.concat(chunks) }),
          (err: unknown) => reject(err),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Fetches a URL under the caps in `opts`; every failure is a FetchError with one clear line. */
export async function fetchUrl(input: string, opts: FetchOptions): Promise<Fetched> {
  // Checked before the deadline's timer starts: a refusal thrown here, outside the try
  // below, would leave the timer running and keep a library caller's process alive.
  let url = checkUrl(input, undefined, opts.allowPrivate);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      let res: Hop;
      try {
        res = await requestOnce(url, opts, controller.signal);
      } catch (err) {
        if (controller.signal.aborted) throw new FetchError(`timed out after ${opts.timeoutMs / 1000} s fetching ${url.href}`, { cause: err });
        if (err instanceof FetchError) throw err;
        if (err instanceof RefusedAddress) throw new FetchError(err.message);
        const cause = (err as NodeJS.ErrnoException)?.cause;
        if (cause instanceof RefusedAddress) throw new FetchError(cause.message);
        if (cause instanceof FetchError) throw cause;
        if (err instanceof Error && /decompress|incorrect header|invalid|unexpected end/i.test(err.message) && (err as NodeJS.ErrnoException).code?.startsWith('Z_')) {
          throw new FetchError(`${url.href} sent a corrupt compressed body: ${err.message}`, { cause: err });
        }
        throw new FetchError(describeNetworkError(err as NodeJS.ErrnoException, url), { cause: err });
      }
      if (res.location !== null) {
        if (hop >= opts.maxRedirects) throw new FetchError(`too many redirects fetching ${input} (more than ${opts.maxRedirects})`);
        url = checkUrl(res.location, url.href, opts.allowPrivate);
        continue;
      }
      return { bytes: res.bytes ?? Buffer.alloc(0), contentType: res.contentType, url: url.href };
    }
  } finally {
    clearTimeout(timer);
  }
}
