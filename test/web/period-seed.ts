/**
 * Reports for the timeline's period and undated views, added to the API seed: monthly
 * figures from two sources (a span each, one month in disagreement) and, on the Kursk
 * series, a figure that no date places (no period, no statement or publication date).
 */
import type { Article, Claim } from '../../src/contract.js';
import type { Ledger, StoreArticleInput } from '../../src/ledger/types.js';
import { claimIn } from '../api/seed.js';

const GENERAL_STAFF: NonNullable<Claim['source']> = { name: 'Ukraine’s General Staff', kind: 'military', anonymous: false, affiliation: 'UA', via: [] };
const MOD: NonNullable<Claim['source']> = { name: 'British Ministry of Defence', kind: 'military', anonymous: false, affiliation: 'GB', via: [] };
const ANALYSTS: NonNullable<Claim['source']> = { name: 'Conflict monitors', kind: 'research', anonymous: false, affiliation: null, via: [] };

function article(a: Pick<Article, 'title' | 'text' | 'url' | 'published' | 'outlet'>): Article {
  return { subtitle: null, related: [], ...a };
}

const MONTHLY = { measure: 'killed_or_wounded', party: 'RU', counterparty: 'UA', location: null, aggregation: 'increment' } as const;

export function periodArticles(): StoreArticleInput[] {
  const b1 = article({
    title: 'Kyiv counts Russian losses by month',
    outlet: 'Front Line Digest',
    url: 'https://digest.example.org/monthly-losses',
    published: '2024-12-02',
    text: 'Ukraine’s General Staff said on Monday that Russia lost 45,720 soldiers killed or wounded in November, after 41,980 in October.',
  });
  const b2 = article({
    title: 'London gives its own November figure',
    outlet: 'Island Gazette',
    url: 'https://gazette.example.com/mod-november',
    published: '2024-12-04',
    text: 'The British Ministry of Defence said on Wednesday that about 35,000 Russian soldiers were killed or wounded in November.',
  });
  const b3 = article({
    title: 'Monitors describe a month of losses',
    outlet: 'Open Desk',
    url: 'https://desk.example.net/monitors',
    published: null,
    text: 'Conflict monitors say some 1,500 North Korean soldiers have been killed or wounded in Kursk.',
  });
  return [
    {
      article: b1,
      origin: b1.url!,
      raw: null,
      claims: [
        claimIn(b1, { quote: '45,720', value: { low: 45720, high: 45720, approximate: false }, source: GENERAL_STAFF, ...MONTHLY, statedOn: '2024-12-02', period: { start: '2024-11', end: '2024-11' }, sourceWords: 'Ukraine’s General Staff' }),
        claimIn(b1, { quote: '41,980', value: { low: 41980, high: 41980, approximate: false }, source: GENERAL_STAFF, ...MONTHLY, statedOn: '2024-12-02', period: { start: '2024-10', end: '2024-10' }, sourceWords: 'Ukraine’s General Staff' }),
      ],
    },
    {
      article: b2,
      origin: b2.url!,
      raw: null,
      claims: [
        claimIn(b2, { quote: 'about 35,000', value: { low: 35000, high: 35000, approximate: true }, hedges: ['about'], source: MOD, ...MONTHLY, statedOn: '2024-12-04', period: { start: '2024-11', end: '2024-11' }, sourceWords: 'The British Ministry of Defence' }),
      ],
    },
    {
      article: b3,
      origin: b3.url!,
      raw: null,
      claims: [claimIn(b3, { quote: 'some 1,500', value: { low: 1500, high: 1500, approximate: true }, hedges: ['some'], source: ANALYSTS, statedOn: null, period: null, sourceWords: 'Conflict monitors' })],
    },
  ];
}

export async function seedPeriods(ledger: Ledger): Promise<void> {
  for (const input of periodArticles()) await ledger.storeArticle(input);
}
