/**
 * URL fetching against real HTTP servers on loopback. Loopback is a private address, so
 * every test that expects a page passes allowPrivate; the SSRF tests prove it is refused
 * without it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, InputError } from '../../src/errors.js';
import { loadInput, readArticle, type ReadOptions } from '../../src/ingest/index.js';
import { page } from './helpers.js';

const ARTICLE = page({ head: '<meta property="og:site_name" content="Loopback Courier">' });
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const routes: Record<string, Handler> = {
  '/article': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
  '/gzip': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(ARTICLE)),
  '/br': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(zlib.brotliCompressSync(ARTICLE)),
  '/deflate': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(zlib.deflateSync(ARTICLE)),
  '/text': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('A headline\nA standfirst, short and plain.\nBody paragraph one with 12 drones.'),
  '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
  '/error': (_req, res) => res.writeHead(503).end(),
  '/pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  '/json': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
  '/big-declared': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) }).end(),
  '/big-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    for (let i = 0; i < 40; i++) res.write('x'.repeat(64 * 1024));
    res.end();
  },
  // 20 MB of zeros gzip to about 20 KB: only counting decompressed bytes catches it.
  '/bomb': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024))),
  '/corrupt-gzip': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('not gzip at all'),
  '/hang': () => undefined, // never answers
  '/trickle': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('<p>slow</p>'), 50);
    res.on('close', () => clearInterval(timer));
  },
  '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
};

let server: http.Server;
let base: string;
let closedPortUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hops = /^\/redirect\/(?<n>\d+)$/.exec(url.pathname);
    if (hops?.groups) {
      const n = Number(hops.groups.n);
      res.writeHead(302, { location: n > 1 ? `/redirect/${n - 1}` : '/article' }).end();
      return;
    }
    (routes[url.pathname] ?? routes['/missing'])(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was open a moment ago and is now closed: connection refused.
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPortUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/`;
  await new Promise<void>((r) => probe.close(() => r()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const allow: ReadOptions = { allowPrivate: true };

describe('fetching pages', () => {
  it('reads an HTML page and records where it came from', async () => {
    const raw = await loadInput(`${base}/article`, allow);
    expect(raw.contentType).toBe('text/html; charset=utf-8');
    expect(raw.url).toBe(`${base}/article`);
    expect(raw.origin).toBe(`${base}/article`);
    expect(raw.sha256).toMatch(/^[0-9a-f]{64}$/);
    const a = await readArticle(`${base}/article`, allow);
    expect(a.outlet).toBe('Loopback Courier');
    expect(a.url).toBe(`${base}/article`);
  });

  it.each(['/gzip', '/br', '/deflate'])('decompresses %s', async (path) => {
    expect((await loadInput(`${base}${path}`, allow)).bytes.toString()).toBe(ARTICLE);
  });

  it('reads text/plain as a text article', async () => {
    const a = await readArticle(`${base}/text`, allow);
    expect(a.title).toBe('A headline');
  });

  it('follows up to 5 redirects and reports the final URL', async () => {
    const raw = await loadInput(`${base}/redirect/5`, allow);
    expect(raw.url).toBe(`${base}/article`);
  });

  it('refuses a sixth redirect', async () => {
    await expect(loadInput(`${base}/redirect/6`, allow)).rejects.toThrow(/too many redirects .* \(more than 5\)/);
  });

  it('checks every redirect hop (no redirect to file:)', async () => {
    await expect(loadInput(`${base}/to-file`, allow)).rejects.toThrow(/only http and https URLs are fetched/);
  });
});

describe('fetch failures are one clear FetchError', () => {
  it.each([
    ['/missing', /^HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/missing$/],
    ['/error', /^HTTP 503 Service Unavailable from /],
    ['/pdf', /content type application\/pdf is not an HTML page or plain text/],
    ['/json', /content type application\/json is not an HTML page or plain text/],
    ['/big-declared', /it is 4\.8 MB, over the 1 MB limit/],
    ['/big-chunked', /the response is over the 1 MB limit/],
    ['/bomb', /decompresses to over 1 MB/],
    ['/corrupt-gzip', /corrupt compressed body/],
  ])('%s', async (path, message) => {
    const err = await loadInput(`${base}${path}`, { ...allow, maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as Error).message).toMatch(message);
  });

  it.each(['/hang', '/trickle'])('times out on %s', async (path) => {
    await expect(loadInput(`${base}${path}`, { ...allow, timeoutMs: 300 })).rejects.toThrow(/^timed out after 0\.3 s fetching /);
  });

  it('reports an unreachable server', async () => {
    await expect(loadInput(closedPortUrl, allow)).rejects.toThrow(/could not connect to 127\.0\.0\.1:\d+: connection refused/);
  });

  it('refuses schemes other than http(s)', async () => {
    await expect(loadInput('ftp://example.com/a.html')).rejects.toThrow(InputError);
  });
});

describe('a refused URL leaves nothing running', () => {
  // The kinds of resource a fetch can leave behind: a deadline timer, a socket, a DNS request.
  const held = (): string[] => process.getActiveResourcesInfo().filter((r) => /Timeout|TCP|GetAddrInfo/.test(r));
  /** The kinds held more often now than before: what the fetch left (others may close meanwhile). */
  const left = (before: string[]): string[] => {
    const now = held();
    return [...new Set(now)].filter((k) => now.filter((x) => x === k).length > before.filter((x) => x === k).length);
  };

  it.each([
    ['a non-public IP literal', 'http://[::1]/x'],
    ['a malformed URL', 'http://exa mple.com:99999/'],
    ['a scheme other than http(s)', 'ftp://example.com/a.html'],
  ])('%s', async (_kind, url) => {
    const { fetchUrl } = await import('../../src/ingest/fetch.js');
    const before = held();
    const err = await fetchUrl(url, { allowPrivate: false, timeoutMs: 60_000, maxBytes: 1024, maxRedirects: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect(left(before)).toEqual([]);
  });

  it('through loadInput, as a library caller meets it', async () => {
    const before = held();
    await expect(loadInput('http://[::1]/x', { timeoutMs: 60_000 })).rejects.toThrow(/non-public address/);
    expect(left(before)).toEqual([]);
  });
});

describe('SSRF guard', () => {
  it.each([
    ['a loopback IP', () => `${base}/article`],
    ['localhost by name (checked after DNS)', () => `${base.replace('127.0.0.1', 'localhost')}/article`],
    ['IPv6 loopback', () => 'http://[::1]:9/'],
    ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private network', () => 'http://10.0.0.1/'],
    ['IPv4-mapped IPv6 loopback', () => 'http://[::ffff:127.0.0.1]:9/'],
  ])('refuses %s without allowPrivate', async (_kind, url) => {
    const err = await loadInput(url()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as Error).message).toMatch(/non-public address .*--allow-private/);
  });
});
