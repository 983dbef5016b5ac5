/**
 * Writes: ingest through POST /articles (HTML body, JSON, URL on a loopback server),
 * the body size cap and the write rate limit, all as RFC 9457 problems.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadCache } from '../../src/api/cache.js';
import { PROBLEM_CONTENT_TYPE } from '../../src/api/problem.js';
import { openLedger } from '../../src/ledger/index.js';
import { SNAPSHOT_CSP } from '../../src/api/security.js';
import { bearer, makeFixture, type Fixture } from './helpers.js';

const PAGE = `<!doctype html><html><head><title>Shelling hits the river port</title>
<meta property="og:site_name" content="Test Gazette"><meta property="article:published_time" content="2025-02-03T10:00:00Z"></head>
<body><article><h1>Shelling hits the river port</h1>
<p>Officials said on Monday that 14 people were wounded when shells struck the river port overnight, the third attack this month.</p>
<p>Repair crews were working to restore power to the district, where several thousand residents remain.</p>
</article></body></html>`;

describe('POST /articles', () => {
  let f: Fixture;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    f = await makeFixture({ readOptions: { allowPrivate: true, timeoutMs: 5000 } });
    server = createServer((req, res) => {
      if (req.url === '/report') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE.replace('river port', 'grain terminal').replaceAll('river port', 'grain terminal'));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await f.close();
    await new Promise((r) => server.close(r));
  });

  it('ingests an HTML body, keeps the raw snapshot and serves it sandboxed', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/articles?url=https://gazette.example.org/port',
      headers: { ...bearer(f.tokens.alice), 'content-type': 'text/html' },
      payload: PAGE,
    });
    expect(res.statusCode).toBe(201);
    const { articleId, outcome } = res.json();
    expect(outcome).toBe('added');
    expect(res.headers.location).toBe(`/articles/${articleId}`);
    const a = (await f.app.inject({ url: `/articles/${articleId}` })).json();
    expect(a.title).toBe('Shelling hits the river port');
    expect(a.article.text).toContain('14 people were wounded');
    const raw = await f.app.inject({ url: `/articles/${articleId}/raw` });
    expect(raw.statusCode).toBe(200);
    expect(raw.body).toBe(PAGE);
    expect(raw.headers['content-security-policy']).toBe(SNAPSHOT_CSP);
    const again = await f.app.inject({ method: 'POST', url: '/articles?url=https://gazette.example.org/port', headers: { ...bearer(f.tokens.alice), 'content-type': 'text/html' }, payload: PAGE });
    expect(again.json().outcome).toBe('unchanged');
    expect(again.statusCode).toBe(200);
  });

  it('ingests a URL given as JSON', async () => {
    const res = await f.app.inject({ method: 'POST', url: '/articles', headers: bearer(f.tokens.alice), payload: { url: `${base}/report` } });
    expect(res.statusCode).toBe(201);
    const a = (await f.app.inject({ url: `/articles/${res.json().articleId}` })).json();
    expect(a.title).toContain('grain terminal');
  });

  it.each([
    [{ url: 'BASE/missing' }, 422, '/problems/fetch'],
    [{ url: 'ftp://example.org/x' }, 400, '/problems/validation'],
    [{}, 400, '/problems/validation'],
    [{ html: '' }, 422, '/problems/input'],
  ])('refuses %j with %i', async (payload, status, type) => {
    const body = 'url' in payload ? { url: String(payload.url).replace('BASE', base) } : payload;
    const res = await f.app.inject({ method: 'POST', url: '/articles', headers: bearer(f.tokens.alice), payload: body });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.json().type).toBe(type);
  });

  it('refuses private addresses by default', async () => {
    const strict = await makeFixture();
    try {
      const res = await strict.app.inject({ method: 'POST', url: '/articles', headers: bearer(strict.tokens.alice), payload: { url: `${base}/report` } });
      expect(res.statusCode).toBe(422);
      expect(res.json().type).toBe('/problems/fetch');
    } finally {
      await strict.close();
    }
  });
});

describe('limits', () => {
  it('caps request bodies (413 problem)', async () => {
    const f = await makeFixture({ bodyLimit: 1024 });
    try {
      const res = await f.app.inject({ method: 'POST', url: '/articles', headers: { ...bearer(f.tokens.alice), 'content-type': 'text/html' }, payload: 'x'.repeat(4096) });
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.json().type).toBe('/problems/too-large');
    } finally {
      await f.close();
    }
  });

  it('rate-limits writes per token (429 problem) but not reads', async () => {
    const f = await makeFixture({ writeRateLimit: { max: 3, timeWindow: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await f.app.inject({ method: 'POST', url: '/topics', headers: bearer(f.tokens.alice), payload: { title: `Topic number ${i}` } });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
          expect(res.json()).toMatchObject({ status: 429, type: '/problems/rate-limited' });
        }
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const other = await f.app.inject({ method: 'POST', url: '/topics', headers: bearer(f.tokens.bob), payload: { title: 'Another reviewer topic' } });
      expect(other.statusCode).toBe(201);
      for (let i = 0; i < 10; i++) expect((await f.app.inject({ url: '/claims?limit=1' })).statusCode).toBe(200);
    } finally {
      await f.close();
    }
  });
});

describe('read cache', () => {
  it('shares answers between identical reads and drops them on any API write', async () => {
    const f = await makeFixture({ readCacheMs: 60_000 });
    try {
      const count = async () => (await f.app.inject({ url: '/topics' })).json().length as number;
      expect(await count()).toBe(0);
      // A write behind the API's back is seen at once: SQLite tells the cache it changed…
      await f.ledger.proposeTopic({ title: 'Written directly', proposedBy: 'alice' });
      expect(await count()).toBe(1);
      // …and any write through the API clears every cached answer.
      const res = await f.app.inject({ method: 'POST', url: '/topics', headers: bearer(f.tokens.alice), payload: { title: 'Written through the API' } });
      expect(res.statusCode).toBe(201);
      expect(await count()).toBe(2);
      // Concurrent identical reads run the query once.
      let calls = 0;
      const list = f.ledger.listTopics.bind(f.ledger);
      f.ledger.listTopics = async () => {
        calls++;
        return list();
      };
      await f.app.inject({ method: 'POST', url: '/topics', headers: bearer(f.tokens.bob), payload: { title: 'A third topic' } });
      calls = 0;
      const answers = await Promise.all(Array.from({ length: 10 }, () => f.app.inject({ url: '/topics' })));
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(calls).toBe(1);
    } finally {
      await f.close();
    }
  });

  it('keeps answers until the ledger changes, whichever process changes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-cache-'));
    const db = join(dir, 'ledger.db');
    const f = await makeFixture({ db });
    const other = await openLedger({ db });
    try {
      let calls = 0;
      const list = f.ledger.listClaims.bind(f.ledger);
      f.ledger.listClaims = async (...args) => {
        calls++;
        return list(...args);
      };
      const page = async () => (await f.app.inject({ url: '/claims?limit=500' })).json() as { items: { articleId: number }[] };
      const first = await page();
      await new Promise((r) => setTimeout(r, 1100)); // longer than the time-based fallback
      expect(await page()).toEqual(first);
      expect(calls).toBe(1);
      // Another process (here another connection) adds an article: the next read sees it.
      const stored = await other.storeArticle({
        article: { title: 'Added elsewhere', subtitle: null, published: '2025-05-01', outlet: 'Elsewhere', url: 'https://elsewhere.example/1', text: 'At least 12 drones were shot down, the air force said.', related: [] },
        claims: [],
        raw: null,
        origin: 'test',
      });
      expect(stored.outcome).toBe('added');
      await other.reviewClaim({ claimId: (await other.listClaims({}, { limit: 1 })).items[0].id, action: 'reject', actor: 'alice' });
      // The server asks SQLite once per turn of its event loop; requests come in on later turns.
      await new Promise((r) => setImmediate(r));
      const after = await page();
      expect(calls).toBe(2);
      expect(after.items.length).toBe(first.items.length - 1);
    } finally {
      await other.close();
      await f.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a visit to the series list leaves every other cached answer in place', async () => {
    const f = await makeFixture({ readCacheMs: 60_000 });
    try {
      let calls = 0;
      const list = f.ledger.listClaims.bind(f.ledger);
      f.ledger.listClaims = async (...args) => {
        calls++;
        return list(...args);
      };
      const claims = async () => (await f.app.inject({ url: '/claims?party=KP' })).json() as unknown;
      const first = await claims();
      // The seed left every series' disagreement count to be worked out: the first list
      // of series does so, the second finds nothing to do. Neither is a change to readers.
      for (let i = 0; i < 2; i++) {
        expect((await f.app.inject({ url: '/series' })).statusCode).toBe(200);
        await new Promise((r) => setImmediate(r));
        expect(await claims()).toEqual(first);
      }
      expect(calls).toBe(1);
    } finally {
      await f.close();
    }
  });

  it('without a change token, answers are reused for the configured time only', async () => {
    let version: string | null = null;
    const cache = new ReadCache(50, () => version);
    let n = 0;
    const get = () => cache.get('/x', async () => ({ status: 200, body: String(++n) }));
    expect((await get()).body).toBe('1');
    expect((await get()).body).toBe('1');
    await new Promise((r) => setTimeout(r, 80));
    expect((await get()).body).toBe('2');
    version = 'a';
    expect((await get()).body).toBe('3');
    await new Promise((r) => setTimeout(r, 80));
    expect((await get()).body).toBe('3'); // a token outlives the time limit…
    version = 'b';
    expect((await get()).body).toBe('4'); // …until it changes
  });

  it('does not cache problems', async () => {
    const f = await makeFixture({ readCacheMs: 60_000 });
    try {
      expect((await f.app.inject({ url: '/claims/999' })).statusCode).toBe(404);
      expect((await f.app.inject({ url: '/claims/999' })).statusCode).toBe(404);
      expect((await f.app.inject({ url: '/claims?limit=x' })).json().type).toBe('/problems/validation');
    } finally {
      await f.close();
    }
  });
});
