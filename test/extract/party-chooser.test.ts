/**
 * Whose figure it is, as a scored choice: the sentence's readings (partyReadings, in
 * their order of trust), the candidates and features PartyChooser builds from them and
 * from the article around the figure, the tie rule, and the party that wins through the
 * whole pipeline on sentences of our own. Rows name the reading or feature that carried
 * the answer, so a refit that wins by another route shows up.
 */
import { describe, expect, it } from 'vitest';
import { partyReadings, NO_SIDES } from '../../src/extract/attachers/PartyAttacher.js';
import { chooseParty, measureGroup, partyCandidates, type PartyContext } from '../../src/extract/attachers/PartyChooser.js';
import { findEntities } from '../../src/extract/attachers/entities.js';
import { extract } from '../../src/extract/pipeline.js';
import type { Measure } from '../../src/contract.js';
import type { PartyCandidate } from '../../src/extract/attachers/PartyChooser.js';

/** The readings of the sentence's party rules for the bracketed figure, as "how=party". */
function readings(marked: string, measure: Measure, cls = 'person'): string[] {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace(/[[\]]/g, '');
  // The counted noun runs up to "of" ("square kilometres of …"), else to the end of the next word.
  const of = /^(?:\s+[\p{L}-]+){0,2}?(?=\s+of\s)/u.exec(text.slice(end));
  const nounEnd = end + (of ? of[0].length : /^\s+[\p{L}-]+/u.exec(text.slice(end))?.[0].length ?? 0);
  const out: string[] = [];
  for (const r of partyReadings(text, start, end, nounEnd, measure, cls, null, findEntities(text), [0, text.length], NO_SIDES)) out.push(`${r.how}=${r.party}`);
  return out;
}

type ReadingRow = [sentence: string, measure: Measure, first: string, also?: string[]];
const readingRows: ReadingRow[] = [
  ['The monitor counted [210] square kilometres of Russian gains in April.', 'territory', 'of-tally=RU'],
  ['Analysts put the figure at [a third] of Ukraine\'s losses that month.', 'killed', 'of-tally=UA'],
  ['Officials said [12] Ukrainian soldiers were wounded in the attack.', 'wounded', 'noun-phrase=UA'],
  ['Lithuania gave €40 million, Latvia [€25 million] and Estonia €10 million.', 'aid_committed', 'label-before=LV'],
  ['Both sides swapped [150] prisoners each on Friday.', 'captured', 'shared=null'],
  ['Its forces lost [40] tanks in the push, the ministry said.', 'equipment_lost', 'own-forces=null'],
  ['The strikes hit [nine] towns and the ministry gave no toll.', 'other', 'none=null'],
  // Later readings stay as candidates for the chooser.
  ['Polish officials said [300] Belarusian troops had moved to the border.', 'deployed', 'noun-phrase=BY', ['clause-subject=PL']],
];

describe('partyReadings: the sentence rules, every one that applies', () => {
  for (const [sentence, measure, first, also] of readingRows) {
    it(sentence, () => {
      const r = readings(sentence, measure);
      expect(r[0]).toBe(first);
      for (const a of also ?? []) expect(r).toContain(a);
    });
  }
});

const ctx = (over: Partial<PartyContext>): PartyContext => ({
  measure: 'killed',
  readings: [],
  carried: [],
  chain: null,
  speaker: null,
  main: null,
  second: null,
  headline: null,
  ...over,
});
const features = (cands: PartyCandidate[], party: string | null) => cands.find((c) => c.party === party)?.features ?? [];

type FeatureRow = [what: string, context: Partial<PartyContext>, party: string | null, has: string[], lacks?: string[]];
const featureRows: FeatureRow[] = [
  ['a reading names its rule and the kind of count', { readings: [{ party: 'UA', how: 'noun-phrase' }] }, 'UA', ['s:noun-phrase', 's:noun-phrase|victims', 's-first']],
  ['only the first reading is s-first', { readings: [{ party: 'UA', how: 'noun-phrase' }, { party: 'RU', how: 'clause-subject' }] }, 'RU', ['s:clause-subject|victims'], ['s-first']],
  ['a proposal from the article is a c: feature', { carried: [{ party: 'SD', how: 'speaker-side' }] }, 'SD', ['c:speaker-side', 'c:speaker-side|victims']],
  ['the rules\' answer is marked', { chain: 'IL', carried: [{ party: 'IL', how: 'paragraph' }] }, 'IL', ['chain', 'chain|victims']],
  ['none is always a candidate', {}, null, ['none', 'none|victims']],
  ['a value that is the speaker\'s side says so', { speaker: 'KR', carried: [{ party: 'KR', how: 'speaker-side' }] }, 'KR', ['is-speaker|victims']],
  ['the article\'s sides by rank', { main: 'UA', second: 'RU', carried: [{ party: 'UA', how: 'article-side' }], readings: [{ party: 'RU', how: 'clause-subject' }] }, 'RU', ['is-second|victims'], ['is-main']],
  ['aid is its own kind of count', { measure: 'aid_committed', readings: [{ party: 'DE', how: 'aid/subject' }] }, 'DE', ['s:aid/subject|aid']],
  ['readings from the figure\'s own words share s-local', { readings: [{ party: 'BE', how: 'label-before' }] }, 'BE', ['s:label-before|victims', 's-local', 's-local|victims']],
  ['a clause subject is no local reading', { readings: [{ party: 'NL', how: 'clause-subject' }] }, 'NL', ['s:clause-subject'], ['s-local']],
  ['a feature is counted once for a value', { readings: [{ party: 'UA', how: 'clause-subject' }, { party: 'UA', how: 'clause-subject' }] }, 'UA', ['s:clause-subject']],
];

describe('partyCandidates: values and their features', () => {
  for (const [what, over, party, has, lacks] of featureRows) {
    it(what, () => {
      const cands = partyCandidates(ctx(over), {});
      const f = features(cands, party);
      for (const h of has) expect(f).toContain(h);
      for (const l of lacks ?? []) expect(f).not.toContain(l);
      expect(new Set(f).size).toBe(f.length);
    });
  }
  it('scores are the sum of the weights of a value\'s features', () => {
    const cands = partyCandidates(ctx({ readings: [{ party: 'UA', how: 'noun-phrase' }] }), { 's:noun-phrase': 2, 's:noun-phrase|victims': 0.5, none: 1 });
    expect(cands.find((c) => c.party === 'UA')!.score).toBe(2.5);
    expect(cands.find((c) => c.party === null)!.score).toBe(1);
  });
});

describe('chooseParty', () => {
  it('takes the best score and reports the margin', () => {
    const r = chooseParty([{ party: 'UA', features: [], score: 3 }, { party: 'RU', features: [], score: 1 }, { party: null, features: [], score: 0 }], null);
    expect(r.party).toBe('UA');
    expect(r.margin).toBe(2);
  });
  it('gives a tie to the rules\' answer', () => {
    const r = chooseParty([{ party: 'UA', features: [], score: 1 }, { party: 'RU', features: [], score: 1 }], 'RU');
    expect(r.party).toBe('RU');
    expect(r.margin).toBe(0);
  });
  it('with only the rules\' weight, the rules decide', () => {
    const cands = partyCandidates(ctx({ chain: 'RU', readings: [{ party: 'UA', how: 'noun-phrase' }] }), { chain: 1 });
    expect(chooseParty(cands, 'RU').party).toBe('RU');
  });
});

describe('measureGroup', () => {
  const rows: Array<[Measure, string]> = [
    ['killed', 'victims'],
    ['killed_or_wounded', 'victims'],
    ['displaced', 'displaced'],
    ['strikes', 'strikes'],
    ['aid_delivered', 'aid'],
    ['territory', 'territory'],
    ['other', 'other'],
  ];
  for (const [m, g] of rows) it(`${m} → ${g}`, () => expect(measureGroup(m)).toBe(g));
});

/** The party the whole pipeline gives the bracketed figure, and how it was decided. */
function partyOf(marked: string): { party: string | null; how: string } {
  const text = marked.replace(/[[\]]/g, '');
  const quote = /\[([^\]]+)\]/.exec(marked)![1];
  const claims = extract({ title: 'A report', subtitle: null, text, published: '2025-05-10', outlet: null, url: null } as never, null);
  const c = claims.find((x) => x.quote === quote);
  if (!c) throw new Error(`no claim for ${quote}`);
  return { party: c.party, how: c.evidence.find((e) => e.field === 'party')!.pass };
}

type PipelineRow = [sentence: string, party: string | null];
const pipelineRows: PipelineRow[] = [
  ['Ukraine\'s air force said it shot down [40] of 52 Russian drones overnight.', 'RU'],
  ['Israel\'s military said its strikes killed [30] Hezbollah fighters in southern Lebanon.', 'LB'],
  ['Germany pledged [€500 million] in air defence for Ukraine.', 'DE'],
  ['The think tank counted [300 square kilometres] of Russian gains in June.', 'RU'],
  ['The health ministry in Gaza said [52] people were killed in Israeli strikes on Tuesday.', 'PS'],
  ['Kyiv said [90] Ukrainian prisoners came home in the exchange.', 'UA'],
  ['The two armies exchanged [200] prisoners each, the mediators said.', null],
  ['Pakistan\'s army said [12] Indian drones were shot down over Lahore.', 'IN'],
  ['Among the passengers who died, most were Norwegian (88), then Danes ([21]) and Finns (9).', 'DK'],
];

describe('the party through the pipeline', () => {
  for (const [sentence, party] of pipelineRows) {
    it(sentence, () => {
      const r = partyOf(sentence);
      expect(r.party).toBe(party);
      expect(r.how).toMatch(/^PartyAttacher\//);
    });
  }
});
