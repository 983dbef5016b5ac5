/**
 * Revisions and disagreements, as a table of our own articles: each case stores its
 * articles through the real ledger and lists every flag the series raise. Run by the
 * contract suite against each backend.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, TimeSpan } from '../../src/contract.js';
import type { Ledger } from '../../src/ledger/index.js';
import { article, claim, source } from './fixtures.js';

interface Figure {
  /** The words of the figure, as they stand in the sentence. */
  quote: string;
  low: number;
  high?: number | null;
  period?: TimeSpan | null;
  over?: Partial<Claim>;
}

interface Statement {
  published: string;
  by: string;
  sentence: string;
  figures: Figure[];
  over?: Partial<Claim>;
}

interface Case {
  name: string;
  statements: Statement[];
  /** "source: old → new" */
  revisions: string[];
  /** "source a vs source b", names sorted within a pair */
  disagreements: string[];
}

const m = (month: string): TimeSpan => ({ start: month, end: month });

const CASES: Case[] = [
  {
    name: 'figures for different months from one source are no revisions',
    statements: [
      {
        published: '2024-12-02', by: 'General Staff',
        sentence: 'The General Staff said losses averaged 1,410 a day in October, 880 in October 2023 and 470 in October 2022.',
        figures: [
          { quote: '1,410', low: 1410, period: m('2024-10'), over: { per: 'day' } },
          { quote: '880', low: 880, period: m('2023-10'), over: { per: 'day' } },
          { quote: '470', low: 470, period: m('2022-10'), over: { per: 'day' } },
        ],
      },
      {
        published: '2024-03-03', by: 'General Staff',
        sentence: 'The General Staff counted 130 killed in February, down from 180 in January.',
        figures: [{ quote: '130', low: 130, period: m('2024-02') }, { quote: '180', low: 180, period: m('2024-01') }],
      },
      { published: '2024-04-02', by: 'General Staff', sentence: 'The General Staff counted 150 killed in March.', figures: [{ quote: '150', low: 150, period: m('2024-03') }] },
    ],
    revisions: [],
    disagreements: [],
  },
  {
    name: 'two sources for the same month that differ are a disagreement; another month is not',
    statements: [
      { published: '2024-04-02', by: 'Alpha Agency', sentence: 'Alpha Agency counted 1,200 killed in March.', figures: [{ quote: '1,200', low: 1200, period: m('2024-03') }] },
      { published: '2024-04-05', by: 'Beta Institute', sentence: 'Beta Institute counted 3,000 killed in March.', figures: [{ quote: '3,000', low: 3000, period: m('2024-03') }] },
      { published: '2024-03-04', by: 'Gamma Office', sentence: 'Gamma Office counted 3,100 killed in February.', figures: [{ quote: '3,100', low: 3100, period: m('2024-02') }] },
    ],
    revisions: [],
    disagreements: ['Alpha Agency vs Beta Institute'],
  },
  {
    name: "a region's figure inside a national figure is no disagreement, nor a breakdown by region a revision",
    statements: [
      { published: '2024-04-02', by: 'Alpha Agency', sentence: 'Alpha Agency counted 20,000 killed in March across the country.', figures: [{ quote: '20,000', low: 20000, period: m('2024-03') }] },
      {
        published: '2024-04-03', by: 'Beta Institute',
        sentence: 'Beta Institute counted 5,945 killed in Kursk Oblast in March and 5,605 in Belgorod Oblast.',
        figures: [
          { quote: '5,945', low: 5945, period: m('2024-03'), over: { location: 'Kursk Oblast' } },
          { quote: '5,605', low: 5605, period: m('2024-03'), over: { location: 'Belgorod Oblast' } },
        ],
      },
      {
        published: '2024-05-03', by: 'Beta Institute',
        sentence: 'Beta Institute said 4,439 of the dead came from one region and 1,755 from another.',
        figures: [{ quote: '4,439', low: 4439 }, { quote: '1,755', low: 1755 }],
      },
    ],
    revisions: [],
    disagreements: [],
  },
  {
    name: 'a later restatement of the same period with a new value is a revision; the same value again is not',
    statements: [
      { published: '2024-04-02', by: 'Alpha Agency', sentence: 'Alpha Agency counted 1,200 killed in March.', figures: [{ quote: '1,200', low: 1200, period: m('2024-03') }] },
      { published: '2024-05-10', by: 'Alpha Agency', sentence: "Alpha Agency now puts March's toll at 1,350.", figures: [{ quote: '1,350', low: 1350, period: m('2024-03') }] },
      { published: '2024-06-01', by: 'Alpha Agency', sentence: 'Alpha Agency repeated that 1,350 were killed in March.', figures: [{ quote: '1,350', low: 1350, period: m('2024-03') }] },
    ],
    revisions: ['Alpha Agency: 1200 → 1350'],
    disagreements: [],
  },
  {
    name: 'running totals: a new total is a revision of the last; two sources as of the same day disagree',
    statements: [
      { published: '2024-03-01', by: 'Alpha Agency', sentence: 'Alpha Agency said 400,000 had been killed since February 2022.', figures: [{ quote: '400,000', low: 400000, period: { start: '2022-02', end: null } }] },
      { published: '2024-03-20', by: 'Alpha Agency', sentence: 'Alpha Agency said 410,000 had been killed since February 2022.', figures: [{ quote: '410,000', low: 410000, period: { start: '2022-02', end: null } }] },
      { published: '2024-03-01', by: 'Beta Institute', sentence: 'Beta Institute put the toll since February 2022 at 150,000.', figures: [{ quote: '150,000', low: 150000, period: { start: '2022-02', end: null } }] },
    ],
    revisions: ['Alpha Agency: 400000 → 410000'],
    disagreements: ['Alpha Agency vs Beta Institute'],
  },
  {
    name: 'a yearly total and one month inside it are no disagreement',
    statements: [
      { published: '2024-01-10', by: 'Alpha Agency', sentence: 'Alpha Agency counted 50,000 killed in 2023.', figures: [{ quote: '50,000', low: 50000, period: m('2023') }] },
      { published: '2023-12-05', by: 'Beta Institute', sentence: 'Beta Institute counted 4,000 killed in November 2023.', figures: [{ quote: '4,000', low: 4000, period: m('2023-11') }] },
    ],
    revisions: [],
    disagreements: [],
  },
  {
    name: 'prisoners swapped and prisoners still held are no disagreement',
    statements: [
      { published: '2024-06-08', by: 'Kyiv', sentence: 'Kyiv said 84 prisoners were swapped on Saturday.', figures: [{ quote: '84', low: 84, over: { measure: 'captured', party: 'UA' } }] },
      { published: '2024-06-08', by: 'Human Rights Office', sentence: 'The Human Rights Office said more than 8,000 Ukrainians remain in captivity.', figures: [{ quote: 'more than 8,000', low: 8000, high: null, over: { measure: 'captured', party: 'UA' } }] },
    ],
    revisions: [],
    disagreements: [],
  },
  {
    name: 'figures without a period are compared at the day they were stated',
    statements: [
      { published: '2024-03-05', by: 'Alpha Agency', sentence: 'Alpha Agency said 1,000 soldiers were killed.', figures: [{ quote: '1,000', low: 1000 }] },
      { published: '2024-03-05', by: 'Beta Institute', sentence: 'Beta Institute said 3,000 soldiers were killed.', figures: [{ quote: '3,000', low: 3000 }] },
      { published: '2024-03-09', by: 'Gamma Office', sentence: 'Gamma Office said 9,000 soldiers were killed.', figures: [{ quote: '9,000', low: 9000 }] },
    ],
    revisions: [],
    disagreements: ['Alpha Agency vs Beta Institute'],
  },
];

function fmt(v: { low: number | null; high: number | null }): string {
  return v.low === v.high ? String(v.low) : `${v.low ?? ''}-${v.high ?? ''}`;
}

export function flagCases(get: () => Ledger): void {
  describe('revisions and disagreements by period (table)', () => {
    it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      for (const [i, st] of c.statements.entries()) {
        const a = article({ text: st.sentence, published: st.published, url: `https://flags.example/${i}`, outlet: `Outlet ${i}` });
        const claims = st.figures.map((f) =>
          claim(st.sentence, f.quote, {
            value: { low: f.low, high: f.high === undefined ? f.low : f.high, approximate: false },
            source: source(st.by),
            period: f.period ?? null,
            ...st.over,
            ...f.over,
          }),
        );
        await get().storeArticle({ article: a, claims, raw: null, origin: a.url as string });
      }
      const flags = await get().listFlags();
      const revisions = flags.flatMap((f) => (f.kind === 'revision' ? [`${f.source}: ${fmt(f.point.revises!)} → ${fmt(f.point.value)}`] : []));
      const disagreements = flags.flatMap((f) => (f.kind === 'disagreement' ? [[f.disagreement.a.source, f.disagreement.b.source].sort().join(' vs ')] : []));
      expect(revisions.sort()).toEqual(c.revisions);
      expect(disagreements.sort()).toEqual(c.disagreements);
      // The cached counts that `tally series` shows agree with the flags listed.
      const total = (await get().listSeries()).reduce((n, s) => n + s.disagreements, 0);
      expect(total).toBe(c.disagreements.length);
    });

    it('places a point at its period and lists claims with no date apart, counted in the header', async () => {
      const text = 'Alpha Agency said 470 had been killed as of 30 November. Alpha Agency said 90 were killed.';
      const a = article({ text, published: '2024-12-02', url: 'https://flags.example/dated' });
      await get().storeArticle({
        article: a,
        claims: [
          claim('Alpha Agency said 470 had been killed as of 30 November.', '470', { value: { low: 470, high: 470, approximate: false }, source: source('Alpha Agency'), period: { start: null, end: '2024-11-30' } }, text),
          claim('Alpha Agency said 90 were killed.', '90', { value: { low: 90, high: 90, approximate: false }, source: source('Alpha Agency') }, text),
        ],
        raw: null,
        origin: 'dated',
      });
      const u = article({ text: 'Alpha Agency said 75 were killed.', published: null, url: 'https://flags.example/undated' });
      await get().storeArticle({
        article: u,
        claims: [claim(u.text, '75', { value: { low: 75, high: 75, approximate: false }, source: source('Alpha Agency') })],
        raw: null,
        origin: 'undated',
      });
      const [s] = await get().listSeries();
      const d = (await get().getSeries(s.id))!;
      const points = d.lines.flatMap((l) => l.points);
      expect(points.map((p) => [p.date, p.period, p.statedOn])).toEqual([
        ['2024-11-30', { start: null, end: '2024-11-30' }, '2024-12-02'],
        ['2024-12-02', null, '2024-12-02'],
      ]);
      expect(d.undated).toMatchObject([{ source: 'Alpha Agency', value: { low: 75 } }]);
      expect(points.reduce((n, p) => n + p.claimIds.length, 0) + d.undated.reduce((n, x) => n + x.claimIds.length, 0)).toBe(d.claims);
      const row = (await get().listClaims({ indicatorId: s.id })).items.find((r) => r.claim.quote === '470');
      expect(row?.claim.period).toEqual({ start: null, end: '2024-11-30' });
      expect(row?.date).toBe('2024-11-30');
    });
  });
}
