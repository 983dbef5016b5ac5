import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CONTENT_TYPE } from '../../src/api/problem.js';
import { CSP } from '../../src/api/security.js';
import { seedArticles } from './seed.js';
import { bearer, makeFixture, type Fixture } from './helpers.js';

let f: Fixture;
beforeAll(async () => {
  f = await makeFixture();
});
afterAll(async () => {
  await f.close();
});

async function get(url: string) {
  const res = await f.app.inject({ method: 'GET', url });
  return { res, json: () => res.json() as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('claims', () => {
  it.each([
    ['/claims', 8],
    ['/claims?measure=deployed', 1],
    ['/claims?measure=deployed,killed_or_wounded', 8],
    ['/claims?party=KP&since=2025', 2],
    ['/claims?until=2024-12-19', 5],
    ['/claims?source=Pentagon', 4],
    ['/claims?q=lawmakers', 1],
    ['/claims?affiliation=UA', 2],
  ])('GET %s gives %i claims', async (url, n) => {
    const { res, json } = await get(url);
    expect(res.statusCode).toBe(200);
    expect(json().items).toHaveLength(n);
  });

  it('pages through every claim with the cursor, without repeats', async () => {
    const seen: number[] = [];
    let next: string | null = null;
    do {
      const { json } = await get(`/claims?limit=3${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
      const page = json();
      seen.push(...page.items.map((c: { id: number }) => c.id));
      next = page.next;
    } while (next);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it.each([
    ['/claims?limit=0', 'query.limit'],
    ['/claims?limit=abc', 'query.limit'],
    ['/claims?measure=sunk', 'query.measure'],
    ['/claims?since=yesterday', 'query.since'],
    ['/claims/abc', 'params.id'],
  ])('GET %s is a 400 problem naming %s', async (url, path) => {
    const { res, json } = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    const p = json();
    expect(p).toMatchObject({ status: 400, type: '/problems/validation' });
    expect(p.errors.some((e: { path: string }) => e.path === path || e.path.startsWith(`${path}.`))).toBe(true);
  });

  it('returns one claim with its (empty) audit trail', async () => {
    const { res, json } = await get('/claims/2');
    expect(res.statusCode).toBe(200);
    expect(json().claim.claim.quote).toBe('about 1,100');
    expect(json().audit).toEqual([]);
  });
});

describe('errors are RFC 9457 problems', () => {
  it.each([
    ['GET', '/claims/99999', 404],
    ['GET', '/articles/99999', 404],
    ['GET', '/no/such/route', 404],
    ['DELETE', '/claims', 404],
  ])('%s %s → %i', async (method, url, status) => {
    const res = await f.app.inject({ method: method as 'GET', url });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.json()).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), type: expect.stringMatching(/^\/problems\//) });
  });

  it('malformed JSON is a 400 problem, not a stack trace', async () => {
    const res = await f.app.inject({ method: 'POST', url: '/topics', headers: { ...bearer(f.tokens.alice), 'content-type': 'application/json' }, payload: '{"title":' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('articles, sources, series, changes', () => {
  it('lists articles and shows one with text, related links and claims with spans', async () => {
    const list = (await get('/articles')).json();
    expect(list.items).toHaveLength(6);
    const id = list.items.find((a: { title: string }) => a.title.startsWith('Pentagon: about')).id;
    const a = (await get(`/articles/${id}`)).json();
    expect(a.article.related).toHaveLength(2);
    for (const c of a.claims) {
      const text = c.claim.field === 'title' ? a.article.title : a.article.text;
      expect(text.slice(c.claim.span[0], c.claim.span[1])).toBe(c.claim.quote);
    }
  });

  it('has no raw snapshot for structured input', async () => {
    expect((await get('/articles/1/raw')).res.statusCode).toBe(404);
  });

  it('lists sources and their assertions', async () => {
    const sources = (await get('/sources?q=Pentagon')).json();
    expect(sources.items[0]).toMatchObject({ name: 'Pentagon', affiliation: 'US' });
    const assertions = (await get(`/sources/${sources.items[0].id}/assertions`)).json();
    expect(assertions.items.length).toBeGreaterThanOrEqual(3);
  });

  it('gives a series with lines, a disagreement, a revision and hover data', async () => {
    const list = (await get('/series')).json() as Array<{ id: number; measure: string; disagreements: number }>;
    const kw = list.find((s) => s.measure === 'killed_or_wounded')!;
    expect(kw.disagreements).toBe(1);
    const s = (await get(`/series/${kw.id}`)).json();
    expect(s.lines.map((l: { source: string }) => l.source).sort()).toEqual(['National Intelligence Service', 'Pentagon', 'Ukrainian military intelligence']);
    expect(s.lines.flatMap((l: { points: { revises: unknown }[] }) => l.points).some((p: { revises: unknown }) => p.revises)).toBe(true);
    expect(s.sourceInfo.map((x: { affiliation: string }) => x.affiliation).sort()).toEqual(['KR', 'UA', 'US']);
    expect(s.claimInfo).toHaveLength(7);
  });

  it('feeds changes after a timestamp', async () => {
    const all = (await get('/changes')).json();
    expect(all.items.length).toBeGreaterThanOrEqual(6);
    expect(all.items[0].kind).toBe('article_added');
    const later = (await get(`/changes?since=${encodeURIComponent(all.items.at(-1).at)}`)).json();
    expect(later.items).toHaveLength(0);
    expect((await get('/changes?since=last-week')).res.statusCode).toBe(400);
  });
});

describe('export', () => {
  it('streams CSV with a header and one row per claim', async () => {
    const { res } = await get('/export?format=csv');
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0].split(',')).toContain('quote');
    expect(lines).toHaveLength(9);
  });
  it('streams NDJSON and JSON with the same rows, filters applied', async () => {
    const nd = (await get('/export?format=ndjson&measure=killed_or_wounded')).res.body.trim().split('\n').map((l) => JSON.parse(l));
    const js = JSON.parse((await get('/export?format=json&measure=killed_or_wounded')).res.body);
    expect(nd).toHaveLength(7);
    expect(js).toEqual(nd);
  });
  it('keeps spreadsheet formulas inert in CSV', async () => {
    const { formatExport } = await import('../../src/api/export.js');
    async function* rows() {
      yield { quote: '=HYPERLINK("http://x")', claim_id: 1 } as never;
    }
    let out = '';
    for await (const chunk of formatExport(rows(), 'csv')) out += chunk;
    expect(out).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('review', () => {
  it.each([
    [{}, 'needs a token'],
    [{ authorization: 'Bearer nope' }, 'must be'],
    [{ authorization: `Bearer tly_${'A'.repeat(43)}` }, 'unknown or revoked'],
  ])('refuses a write without a valid token (%j)', async (headers, message) => {
    const res = await f.app.inject({ method: 'POST', url: '/claims/2/review', headers, payload: { action: 'confirm' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.json().detail).toContain(message);
  });

  it('rejects a correction without a patch', async () => {
    const res = await f.app.inject({ method: 'POST', url: '/claims/2/review', headers: bearer(f.tokens.alice), payload: { action: 'correct' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.patch');
  });

  it('stores a correction with who, when, before and after, and keeps it across re-ingest', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/claims/2/review',
      headers: bearer(f.tokens.alice),
      payload: { action: 'correct', patch: { value: { low: 1000, high: 1200, approximate: false } }, note: 'briefing transcript gives a range' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.claim.status).toBe('corrected');
    expect(body.claim.claim.value).toEqual({ low: 1000, high: 1200, approximate: false });
    expect(body.audit).toHaveLength(1);
    expect(body.audit[0]).toMatchObject({ action: 'correct', actor: 'alice', note: 'briefing transcript gives a range' });
    expect(body.audit[0].before.value.low).toBe(1100);
    expect(body.audit[0].after.value.low).toBe(1000);
    const key = body.claim.claimKey;

    // Re-ingest the same article with an extra paragraph: its claims are rewritten.
    const input = seedArticles()[0];
    input.article = { ...input.article, text: `${input.article.text}\n\nThis story has been updated.` };
    const stored = await f.ledger.storeArticle(input);
    expect(stored.outcome).toBe('replaced');
    const after = (await get(`/claims?article=${stored.articleId}`)).json().items.find((c: { claimKey: string }) => c.claimKey === key);
    expect(after.status).toBe('corrected');
    expect(after.claim.value.low).toBe(1000);
    const audit = (await get(`/claims/${after.id}`)).json().audit;
    expect(audit[0]).toMatchObject({ actor: 'alice', action: 'correct' });
  });

  it('tells who the token belongs to', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/me', headers: bearer(f.tokens.bob) });
    expect(res.json()).toEqual({ name: 'bob' });
  });
});

describe('topics', () => {
  it('proposes, counts one vote per account, orders by votes and finds the matching series', async () => {
    const post = (url: string, who: string, payload?: object) => f.app.inject({ method: 'POST', url, headers: bearer(f.tokens[who]), payload });
    const t1 = (await post('/topics', 'alice', { title: 'Drone strikes on Kharkiv per week' })).json();
    const t2 = (await post('/topics', 'alice', { title: 'North Korean casualties in Kursk', body: 'Killed or wounded, by source.' })).json();
    expect(t2.series?.label).toContain('killed_or_wounded');
    expect(t1.series).toBeNull();
    expect((await post(`/topics/${t2.id}/vote`, 'alice')).json()).toEqual({ voted: true, votes: 1 });
    expect((await post(`/topics/${t2.id}/vote`, 'alice')).json()).toEqual({ voted: false, votes: 1 });
    expect((await post(`/topics/${t2.id}/vote`, 'bob')).json()).toEqual({ voted: true, votes: 2 });
    const board = (await get('/topics')).json() as Array<{ id: number; votes: number }>;
    expect(board.map((t) => t.id).slice(0, 2)).toEqual([t2.id, t1.id]);
    expect((await post('/topics/9999/vote', 'bob')).statusCode).toBe(404);
    expect((await post('/topics', 'bob', { title: 'x' })).statusCode).toBe(400);
  });
});

describe('documents and headers', () => {
  it('serves an OpenAPI 3.1 document whose references all resolve', async () => {
    const doc = (await get('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const p of ['/claims', '/claims/{id}', '/claims/{id}/review', '/articles', '/articles/{id}', '/sources', '/series/{id}', '/changes', '/export', '/topics'])
      expect(doc.paths[p], p).toBeDefined();
    expect(doc.paths['/claims'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['measure', 'q', 'cursor', 'limit']));
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      const name = r.split('/').pop()!.replace('"', '');
      expect(doc.components.schemas[name], r).toBeDefined();
    }
    expect(doc.components.schemas.ClaimRow.properties.claim.properties.quote).toBeDefined();
  });

  it('serves a docs page generated from it', async () => {
    const { res } = await get('/docs');
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('/claims/{id}/review');
  });

  it.each(['/claims', '/docs', '/openapi.json', '/nope'])('sends the strict CSP and no-sniff on %s', async (url) => {
    const { res } = await get(url);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
