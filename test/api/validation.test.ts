/**
 * Requests the schemas must refuse or read narrowly: cursors, impossible dates, text
 * filters that are empty or full of SQL wildcards, corrections and topic titles. A refused
 * request is a 400 problem naming the field, and nothing is stored.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeFixture, type Fixture } from './helpers.js';
import { seedArticles } from './seed.js';

/** The seed plus one claim no source is given for: a blank source filter must not drop it. */
async function fixture(db?: string): Promise<Fixture> {
  const fx = await makeFixture(db ? { db } : {});
  const input = seedArticles()[0];
  const article = { ...input.article, url: 'https://news.example.org/unattributed', title: 'Unattributed figure' };
  await fx.ledger.storeArticle({ ...input, article, origin: article.url, claims: [{ ...input.claims[1], source: null }] });
  return fx;
}

let f: Fixture;
beforeAll(async () => {
  f = await fixture();
});
afterAll(async () => {
  await f.close();
});

const get = (url: string, on = f) => on.app.inject({ method: 'GET', url });
const count = async (url: string, on = f) => {
  const res = await get(url, on);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: unknown[] }).items.length;
};

/** PostgreSQL when one is reachable (CI starts it), in a schema of its own, dropped after. */
const PG_URL = process.env.TALLY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}
const PG_SCHEMA = `tally_test_filters_${process.pid}_${Date.now().toString(36)}`;
async function dropPgSchema(): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`drop schema if exists ${PG_SCHEMA} cascade`);
  await c.end();
}
const backends: [string, string | undefined, () => Promise<void>][] = [['SQLite', undefined, async () => undefined]];
if (await pgReachable()) backends.push(['PostgreSQL', `${PG_URL}?schema=${PG_SCHEMA}`, dropPgSchema]);

function expectValidationProblem(res: Awaited<ReturnType<typeof get>>, path: string): void {
  expect(res.statusCode, res.body).toBe(400);
  const p = res.json() as { type: string; errors: { path: string; message: string }[] };
  expect(p.type).toBe('/problems/validation');
  expect(p.errors.map((e) => e.path)).toContain(path);
}

describe('cursor', () => {
  it.each([
    ['/claims?cursor=nonsense'],
    ['/claims?cursor=%25%25'],
    [`/claims?cursor=${Buffer.from('i12x').toString('base64url')}`],
    ['/articles?cursor=abc'],
    ['/sources?cursor=abc'],
    ['/sources/1/assertions?cursor=abc'],
    ['/changes?cursor=abc'],
  ])('GET %s is a 400 naming the cursor', async (url) => {
    expectValidationProblem(await get(url), 'query.cursor');
  });

  it('a cursor from a page still works', async () => {
    const first = (await get('/claims?limit=3')).json() as { next: string };
    expect(await count(`/claims?limit=3&cursor=${first.next}`)).toBe(3);
  });
});

describe('dates', () => {
  it.each([
    ['/claims?since=2025-02-30', 'query.since'],
    ['/claims?until=2025-13', 'query.until'],
    ['/claims?since=2025-06-99', 'query.since'],
    ['/claims?since=2023-02-29', 'query.since'],
    ['/export?until=2025-04-31', 'query.until'],
    ['/articles?since=2025-00', 'query.since'],
    ['/changes?since=2025-02-30T00:00:00Z', 'query.since'],
  ])('GET %s is refused', async (url, path) => {
    expectValidationProblem(await get(url), path);
  });

  it.each([['/claims?since=2024-02-29'], ['/claims?until=2024-12'], ['/articles?since=2024']])('GET %s is answered', async (url) => {
    expect((await get(url)).statusCode).toBe(200);
  });
});

describe.each(backends)('text filters on %s', (_name, db, cleanup) => {
  let on: Fixture;
  beforeAll(async () => {
    on = await fixture(db);
  });
  afterAll(async () => {
    await on?.close();
    await cleanup();
  });
  const ZWSP = encodeURIComponent('\u200b');
  it.each([
    // Wildcards and punctuation name no source: they must not match every attributed claim.
    ['/claims?source=%25', 0],
    ['/claims?source=M%25', 0],
    ['/claims?source=_', 0],
    ['/claims?source=.', 0],
    ['/claims?source=-', 0],
    ['/sources?q=%25', 0],
    ['/sources?q=_', 0],
    ['/sources?q=.', 0],
    ['/articles?q=%25', 0],
    ['/articles?q=_', 0],
    ['/articles?q=k_iv', 0],
    // Blank or invisible: no filter at all (9 claims, one of them unattributed; 7 articles).
    ['/claims', 9],
    ['/claims?source=%20', 9],
    [`/claims?source=${ZWSP}`, 9],
    [`/claims?party=${ZWSP}%20`, 9],
    [`/claims?q=${ZWSP}`, 9],
    [`/articles?q=${ZWSP}`, 7],
    // What the filters are for still works, also with invisible characters around it.
    ['/claims?source=Pentagon', 4],
    [`/claims?source=${ZWSP}Pentagon${ZWSP}`, 4],
    ['/articles?q=kyiv', 2],
  ])('GET %s gives %i', async (url, n) => {
    expect(await count(url, on)).toBe(n);
  });
});

describe('corrections', () => {
  const review = (id: number, payload: unknown) => f.app.inject({ method: 'POST', url: `/claims/${id}/review`, headers: bearer(f.tokens.alice), payload: payload as object });

  it.each([
    ['no bound', { value: { low: null, high: null, approximate: false } }, 'body.patch.value.low'],
    ['text for a number', { value: { low: 'about a thousand', high: 1200, approximate: false } }, 'body.patch.value.low'],
    ['a number as text', { value: { low: '1000', high: '1200', approximate: false } }, 'body.patch.value.low'],
    ['a negative count', { value: { low: -5, high: -5, approximate: false } }, 'body.patch.value.low'],
    ['a negative upper bound', { value: { low: null, high: -1, approximate: false } }, 'body.patch.value.high'],
    ['low above high', { value: { low: 1200, high: 1000, approximate: false } }, 'body.patch.value.high'],
    ['an impossible date', { statedOn: '2025-02-30' }, 'body.patch.statedOn'],
    ['a month that is not one', { statedOn: '2025-13' }, 'body.patch.statedOn'],
    ['an unknown field', { valeu: { low: 1, high: 1 } }, 'body.patch'],
  ])('%s is refused, naming the field, and nothing is stored', async (_name, patch, path) => {
    const before = (await get('/claims/3')).json() as { claim: unknown; audit: unknown[] };
    const res = await review(3, { action: 'correct', patch });
    expectValidationProblem(res, path);
    expect((await get('/claims/3')).json()).toEqual(before);
  });

  it('a sound correction is stored', async () => {
    const res = await review(3, { action: 'correct', patch: { value: { low: 0, high: 1200 }, statedOn: '2024-02-29' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().claim.claim.value).toEqual({ low: 0, high: 1200, approximate: false });
    expect(res.json().claim.claim.statedOn).toBe('2024-02-29');
  });
});

describe('topic board', () => {
  const post = (url: string, who: string, payload?: object) => f.app.inject({ method: 'POST', url, headers: bearer(f.tokens[who]), ...(payload ? { payload } : {}) });

  it.each([
    ['zero-width characters only', '\u200b\u200b\u200b\u200c\u200d\ufeff'],
    ['spaces and joiners around two letters', ' \u200bab\u2060 '],
    ['bidi controls only', '\u202e\u202d\u2066\u2069'],
  ])('a title of %s is refused', async (_name, title) => {
    const before = (await get('/topics')).json();
    expectValidationProblem(await post('/topics', 'alice', { title }), 'body.title');
    expect((await get('/topics')).json()).toEqual(before);
  });

  it('a right-to-left override cannot reverse the shown title', async () => {
    const res = await post('/topics', 'alice', { title: 'Drone strikes \u202eper week\u202c on Odesa' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().title).toBe('Drone strikes per week on Odesa');
  });

  it('a second card for the same topic is refused: vote for the first', async () => {
    const first = await post('/topics', 'alice', { title: 'Prisoner exchanges in 2025' });
    expect(first.statusCode).toBe(201);
    for (const title of ['Prisoner exchanges in 2025', '  prisoner   EXCHANGES in 2025 ', 'Prisoner\u200b exchanges in 2025']) {
      const res = await post('/topics', 'bob', { title });
      expect(res.statusCode, title).toBe(409);
      expect(res.json().detail).toContain(`topic ${first.json().id}`);
    }
  });

  it('the API document lists both problems', async () => {
    const doc = (await get('/openapi.json')).json() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(doc.paths['/topics'].post.responses)).toEqual(expect.arrayContaining(['400', '409']));
    expect(Object.keys(doc.paths['/me/votes'].get.responses)).toEqual(expect.arrayContaining(['200', '401']));
  });

  it('tells an account which topics it voted for', async () => {
    const a = (await post('/topics', 'alice', { title: 'Energy strikes by month' })).json() as { id: number };
    const b = (await post('/topics', 'alice', { title: 'Aid delivered by country' })).json() as { id: number };
    await post(`/topics/${b.id}/vote`, 'bob');
    await post(`/topics/${a.id}/vote`, 'alice');
    const votes = (who: string) => f.app.inject({ method: 'GET', url: '/me/votes', headers: bearer(f.tokens[who]) });
    expect((await votes('alice')).json()).toEqual({ topicIds: [a.id] });
    expect((await votes('bob')).json()).toEqual({ topicIds: [b.id] });
    expect((await get('/me/votes')).statusCode).toBe(401);
  });
});
