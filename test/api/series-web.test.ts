/**
 * What the timeline page reads from the API: periods and statement dates on points, the
 * undated figures, the series as CSV (documented in the OpenAPI document), and review
 * corrections of a claim's period, refused with the field named when impossible.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERIES_CSV_COLUMNS } from '../../src/cli/commands/series.js';
import { seedPeriods } from '../web/period-seed.js';
import { bearer, makeFixture, type Fixture } from './helpers.js';

let f: Fixture;
beforeAll(async () => {
  f = await makeFixture();
  await seedPeriods(f.ledger);
});
afterAll(async () => {
  await f?.close();
});

const get = (url: string) => f.app.inject({ url });
async function seriesId(label: RegExp): Promise<number> {
  const list = (await get('/series')).json() as { id: number; label: string }[];
  const s = list.find((x) => label.test(x.label));
  if (!s) throw new Error(`no series ${label} in ${list.map((x) => x.label).join(', ')}`);
  return s.id;
}

describe('series for the timeline', () => {
  it('gives each point its period and statement date', async () => {
    const s = (await get(`/series/${await seriesId(/RU killed_or_wounded .*month/)}`)).json();
    const staff = s.lines.find((l: { source: string }) => l.source.includes('General Staff'));
    expect(staff.points.map((p: { period: unknown; statedOn: string }) => [p.period, p.statedOn])).toEqual([
      [{ start: '2024-10', end: '2024-10' }, '2024-12-02'],
      [{ start: '2024-11', end: '2024-11' }, '2024-12-02'],
    ]);
    expect(s.disagreementList[0].a.period).toEqual({ start: '2024-11', end: '2024-11' });
  });

  it('lists undated figures apart and counts them in the header', async () => {
    const s = (await get(`/series/${await seriesId(/Kursk/)}`)).json();
    expect(s.claims).toBe(8);
    expect(s.undated).toEqual([{ sourceId: expect.any(Number), source: 'Conflict monitors', value: { low: 1500, high: 1500, approximate: true }, claimIds: [expect.any(Number)] }]);
    const plotted = s.lines.flatMap((l: { points: { claimIds: number[] }[] }) => l.points.flatMap((p) => p.claimIds)).length;
    expect(plotted + s.undated[0].claimIds.length).toBe(s.claims);
  });

  it('exports a series as CSV with the columns of `tally series ID --csv`', async () => {
    const id = await seriesId(/Kursk/);
    const res = await get(`/series/${id}/csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="tally-series-${id}.csv"`);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe(SERIES_CSV_COLUMNS.join(','));
    // Six points and the undated figure, last, with no date.
    expect(lines).toHaveLength(8);
    expect(lines.at(-1)).toContain('Conflict monitors,,,,');
    expect((await get('/series/9999/csv')).statusCode).toBe(404);
    expect((await get('/series/x/csv')).statusCode).toBe(400);
  });

  it('documents the CSV route in the OpenAPI document', async () => {
    const doc = (await get('/openapi.json')).json();
    expect(doc.paths['/series/{id}/csv'].get.responses['200'].content['text/csv']).toBeDefined();
    const point = JSON.stringify(doc.paths['/series/{id}'].get.responses['200']);
    expect(point).toContain('undated');
    expect(point).toContain('period');
  });
});

describe('correcting a period', () => {
  const review = (id: number, patch: unknown) =>
    f.app.inject({ method: 'POST', url: `/claims/${id}/review`, headers: bearer(f.tokens.alice), payload: { action: 'correct', patch } });

  it.each([
    [{ period: { start: '2024-12', end: '2024-11' } }, 'body.patch.period.end'],
    [{ period: { start: '2024-02-30', end: null } }, 'body.patch.period.start'],
    [{ period: { start: null, end: null } }, 'body.patch.period.start'],
    [{ period: { start: '2024-11' } }, 'body.patch.period.end'],
  ])('refuses %j naming %s, storing nothing', async (patch, path) => {
    const claim = (await f.ledger.listClaims({ text: 'General Staff' })).items[0];
    const res = await review(claim.id, patch);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await f.ledger.claimAudit(claim.id)).toEqual([]);
  });

  it('stores a valid period, or none', async () => {
    const claim = (await f.ledger.listClaims({ text: '41,980' })).items[0];
    const res = await review(claim.id, { period: { start: '2024-10-01', end: '2024-10-31' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().claim.claim.period).toEqual({ start: '2024-10-01', end: '2024-10-31' });
    const none = await review(claim.id, { period: null });
    expect(none.json().claim.claim.period).toBeNull();
  });
});
