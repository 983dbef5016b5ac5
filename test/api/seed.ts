/**
 * A small ledger of our own making for the API and browser tests: four reports on one
 * indicator from three sources (a revision and a disagreement among them), plus a
 * deployment figure. Claims are written by hand so tests do not depend on the extractor.
 */
import type { Article, Claim } from '../../src/contract.js';
import type { Ledger, StoreArticleInput } from '../../src/ledger/types.js';

type ClaimSpec = Partial<Claim> & { quote: string; source?: Claim['source']; sourceWords?: string; dateWords?: string; field?: Claim['field'] };

/** Builds a claim whose span, sentence and evidence are found in the article itself. */
export function claimIn(article: Article, spec: ClaimSpec): Claim {
  const field = spec.field ?? 'body';
  const text = field === 'title' ? article.title : field === 'subtitle' ? (article.subtitle ?? '') : article.text;
  const start = text.indexOf(spec.quote);
  if (start < 0) throw new Error(`quote ${JSON.stringify(spec.quote)} is not in the ${field}`);
  const end = start + spec.quote.length;
  const dot = text.lastIndexOf('. ', start);
  const sStart = Math.max(dot < 0 ? 0 : dot + 2, text.lastIndexOf('\n', start) + 1);
  const stop = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  const sEnd = stop.length ? Math.min(...stop) + 1 : text.length;
  const evidence: NonNullable<Claim['evidence']> = [];
  const find = (words: string | undefined, name: string) => {
    if (!words) return;
    const i = text.indexOf(words, sStart);
    if (i >= 0) evidence.push({ field: name, pass: `test/${name}`, span: [i, i + words.length], text: words });
  };
  find(spec.sourceWords, 'source');
  find(spec.dateWords, 'statedOn');
  const { sourceWords: _s, dateWords: _d, ...rest } = spec;
  return {
    field,
    span: [start, end],
    quote: spec.quote,
    sentence: text.slice(sStart, sEnd).trim(),
    value: { low: null, high: null, approximate: false },
    unit: 'person',
    per: null,
    measure: 'killed_or_wounded',
    item: null,
    party: 'KP',
    counterparty: 'UA',
    location: 'Kursk',
    source: null,
    statedOn: article.published?.slice(0, 10) ?? null,
    hedges: [],
    aggregation: 'cumulative',
    ...rest,
    evidence,
  };
}

const PENTAGON = { name: 'Pentagon', kind: 'military', anonymous: false, affiliation: 'US', via: [] } as const;
const HUR = { name: 'Ukrainian military intelligence', kind: 'intelligence', anonymous: false, affiliation: 'UA', via: [] } as const;
const NIS = { name: 'National Intelligence Service', kind: 'intelligence', anonymous: false, affiliation: 'KR', via: [] } as const;

function article(a: Partial<Article> & Pick<Article, 'title' | 'text' | 'url' | 'published' | 'outlet'>): Article {
  return { subtitle: null, related: [], ...a };
}

export function seedArticles(): StoreArticleInput[] {
  const a1 = article({
    title: 'Pentagon: about 1,100 North Korean troops killed or wounded near Kursk',
    subtitle: 'The estimate is the first public US figure for the deployment.',
    outlet: 'The Example Courier',
    url: 'https://news.example.org/world/pentagon-kursk-estimate',
    published: '2024-12-17',
    text: [
      'The Pentagon said on Tuesday that about 1,100 North Korean soldiers had been killed or wounded in fighting in the Kursk region.',
      'North Korea sent roughly 11,000 troops to Russia this autumn, officials say. Most of them are now fighting near the border.',
      'The figure could not be independently verified.',
    ].join('\n\n'),
    related: [
      { title: 'How the deployment began', url: 'https://news.example.org/world/deployment' },
      { title: 'A link that must never run', url: 'javascript:alert(1)' },
    ],
  });
  const a2 = article({
    title: 'Kyiv puts North Korean losses at 3,000',
    outlet: 'Daily Ledger Report',
    url: 'https://daily.example.net/kyiv-losses',
    published: '2024-12-23',
    text: [
      'Ukrainian military intelligence said on Monday that at least 3,000 North Korean soldiers had been killed or wounded in Kursk.',
      'The agency did not say how it reached the figure.',
    ].join('\n\n'),
  });
  const a3 = article({
    title: 'Seoul lawmakers briefed on casualties',
    outlet: 'Peninsula Wire',
    url: 'https://wire.example.com/seoul-briefing',
    published: '2024-12-19',
    text: [
      'The National Intelligence Service told lawmakers on Thursday that between 1,000 and 1,500 North Korean soldiers had been killed or wounded in Kursk.',
      'It said the troops were unfamiliar with drone warfare.',
    ].join('\n\n'),
  });
  const a4 = article({
    title: 'US raises its estimate of North Korean casualties',
    outlet: 'The Example Courier',
    url: 'https://news.example.org/world/pentagon-revision',
    published: '2025-01-06',
    text: ['The Pentagon said on Monday that about 1,200 North Korean soldiers had now been killed or wounded in the Kursk region.', 'Earlier it had put the number lower.'].join(
      '\n\n',
    ),
  });
  const a5 = article({
    title: 'Kyiv gives a lower early count',
    outlet: 'Daily Ledger Report',
    url: 'https://daily.example.net/kyiv-early-count',
    published: '2024-12-19',
    text: 'Ukrainian military intelligence said on Thursday that some 500 North Korean soldiers had been killed or wounded in Kursk so far.',
  });
  const a6 = article({
    title: 'Pentagon updates its figure again',
    outlet: 'Evening Dispatch',
    url: 'https://dispatch.example.org/pentagon-update',
    published: '2025-01-06',
    text: 'Later on Monday the Pentagon said that about 1,300 North Korean soldiers had been killed or wounded in Kursk, correcting its earlier figure.',
  });
  return [
    {
      article: a1,
      origin: a1.url!,
      raw: null,
      claims: [
        claimIn(a1, { field: 'title', quote: 'about 1,100', value: { low: 1100, high: 1100, approximate: true }, source: PENTAGON, hedges: ['about'] }),
        claimIn(a1, {
          quote: 'about 1,100',
          value: { low: 1100, high: 1100, approximate: true },
          source: PENTAGON,
          hedges: ['about'],
          sourceWords: 'The Pentagon',
          dateWords: 'on Tuesday',
        }),
        claimIn(a1, {
          quote: 'roughly 11,000',
          value: { low: 11000, high: 11000, approximate: true },
          measure: 'deployed',
          counterparty: 'RU',
          location: null,
          source: { name: 'officials', kind: 'official', anonymous: true, affiliation: null, via: [] },
          hedges: ['roughly'],
          sourceWords: 'officials',
        }),
      ],
    },
    {
      article: a2,
      origin: a2.url!,
      raw: null,
      claims: [
        claimIn(a2, {
          quote: 'at least 3,000',
          value: { low: 3000, high: null, approximate: false },
          source: HUR,
          statedOn: '2024-12-23',
          sourceWords: 'Ukrainian military intelligence',
          dateWords: 'on Monday',
        }),
      ],
    },
    {
      article: a3,
      origin: a3.url!,
      raw: null,
      claims: [
        claimIn(a3, {
          quote: 'between 1,000 and 1,500',
          value: { low: 1000, high: 1500, approximate: false },
          source: NIS,
          statedOn: '2024-12-19',
          sourceWords: 'The National Intelligence Service',
          dateWords: 'on Thursday',
        }),
      ],
    },
    {
      article: a4,
      origin: a4.url!,
      raw: null,
      claims: [
        claimIn(a4, {
          quote: 'about 1,200',
          value: { low: 1200, high: 1200, approximate: true },
          source: PENTAGON,
          statedOn: '2025-01-06',
          hedges: ['about'],
          sourceWords: 'The Pentagon',
          dateWords: 'on Monday',
        }),
      ],
    },
    {
      article: a5,
      origin: a5.url!,
      raw: null,
      claims: [
        claimIn(a5, {
          quote: 'some 500',
          value: { low: 500, high: 500, approximate: true },
          source: HUR,
          statedOn: '2024-12-19',
          hedges: ['some'],
          sourceWords: 'Ukrainian military intelligence',
          dateWords: 'on Thursday',
        }),
      ],
    },
    {
      article: a6,
      origin: a6.url!,
      raw: null,
      claims: [
        claimIn(a6, {
          quote: 'about 1,300',
          value: { low: 1300, high: 1300, approximate: true },
          source: PENTAGON,
          statedOn: '2025-01-06',
          hedges: ['about'],
          sourceWords: 'the Pentagon',
          dateWords: 'on Monday',
        }),
      ],
    },
  ];
}

export async function seed(ledger: Ledger): Promise<void> {
  for (const input of seedArticles()) await ledger.storeArticle(input);
}
