/**
 * Keyset pages over a ledger larger than the window a date query looks through by id
 * first: walking every page of a filter gives exactly the matching claims, newest first,
 * each once, whichever way the ledger found them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/contract.js';
import { openLedger } from '../../src/ledger/index.js';
import type { ClaimFilter, ClaimRow, Ledger } from '../../src/ledger/types.js';
import { article, claim } from './fixtures.js';

/** Far more claims than the ledger's recent-id window (2,500), so both paths of a date query run. */
const ARTICLES = 140;
const PER_ARTICLE = 50;
const MEASURES: Measure[] = ['killed', 'wounded', 'strikes'];

const dir = mkdtempSync(join(tmpdir(), 'tally-paging-'));
let ledger: Ledger;
let all: ClaimRow[];

beforeAll(async () => {
  ledger = await openLedger({ db: join(dir, 'paging.db') });
  for (let a = 0; a < ARTICLES; a++) {
    const sentences = Array.from({ length: PER_ARTICLE }, (_, k) => `Report ${a}-${k}: ${100 + k} people counted.`);
    const text = sentences.join(' ');
    let at = 0;
    const claims = sentences.map((s, k) => {
      const start = text.indexOf(s, at);
      at = start + s.length;
      // Early articles cover 2023, later ones 2024, with every month in between: old windows
      // are reached only through the date index, recent ones by id.
      const month = String(1 + ((a * 7 + k) % 12)).padStart(2, '0');
      const c = claim(s, `${100 + k}`, { measure: MEASURES[k % 3], statedOn: `${a < 70 ? 2023 : 2024}-${month}-${String(1 + (k % 28)).padStart(2, '0')}` }, s);
      return { ...c, span: [c.span[0] + start, c.span[1] + start] as [number, number] };
    });
    await ledger.storeArticle({ article: article({ url: `https://paging.example/${a}`, text, published: '2024-01-01' }), claims, raw: null, origin: `a${a}` });
  }
  all = [];
  let cursor: string | null = null;
  do {
    const p = await ledger.listClaims({}, { limit: 1000, cursor });
    all.push(...p.items);
    cursor = p.next;
  } while (cursor);
}, 120_000);

afterAll(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

async function walk(filter: ClaimFilter, limit: number): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  do {
    const p = await ledger.listClaims(filter, { limit, cursor });
    expect(p.items.length).toBeLessThanOrEqual(limit);
    ids.push(...p.items.map((c) => c.id));
    cursor = p.next;
  } while (cursor);
  return ids;
}

describe('keyset pages of date windows', () => {
  it.each<[string, ClaimFilter, (c: ClaimRow) => boolean]>([
    ['a recent month', { since: '2024-03', until: '2024-03' }, (c) => c.date!.startsWith('2024-03')],
    ['an old month (date index only)', { since: '2023-05', until: '2023-05' }, (c) => c.date!.startsWith('2023-05')],
    ['a month and a measure', { since: '2024-07', until: '2024-07', measure: 'strikes' }, (c) => c.date!.startsWith('2024-07') && c.claim.measure === 'strikes'],
    ['since only', { since: '2024-11' }, (c) => c.date! >= '2024-11'],
    ['until only', { until: '2023-02' }, (c) => c.date! < '2023-03'],
    ['one day', { since: '2023-06-03', until: '2023-06-03' }, (c) => c.date === '2023-06-03'],
    ['a window with nothing in it', { since: '2022-01', until: '2022-12' }, () => false],
  ])('%s: every match once, newest first', async (_name, filter, match) => {
    expect(all.length).toBe(ARTICLES * PER_ARTICLE);
    const expected = all.filter(match).map((c) => c.id);
    for (const limit of [37, 500]) expect(await walk(filter, limit)).toEqual(expected);
  });
});
