/**
 * The sentence model's parts of speech and noun phrases, on invented sentences about
 * wars and bodies no lexicon lists: the attachers read speakers, counted nouns and
 * clause breaks from these, so a wrong tag here is a wrong source or measure later.
 *
 * Tag rows call `tag(tokenize(s), [], figures)`: no entity names, as a caller with no
 * gazetteer would, and figures only where the row marks them in brackets. A tag given
 * as "ADJ|NOUN" accepts either: the tagger is coarse by design and both read the same
 * downstream; what such a row rules out is the third reading (a verb).
 */
import { describe, expect, it } from 'vitest';
import { tag, tokenize, type Tag } from '../../src/extract/sentence/tokens.js';
import { phraseEndingAt, phraseStartingAt, slice, type SentenceModel } from '../../src/extract/sentence/model.js';
import { indexOf, read, unmarkFigures } from './model-helpers.js';

type TagRow = [sentence: string, word: string, tag: string, fails?: true];

const run = (fails?: true): typeof it | typeof it.fails => (fails ? it.fails : it);

function tagOf(s: string, word: string): Tag {
  const { text, figures } = unmarkFigures(s);
  const tokens = tag(tokenize(text), [], figures);
  const m = { text, tokens } as unknown as SentenceModel;
  return tokens[indexOf(m, word)].tag;
}

const nounOrVerb: TagRow[] = [
  ['The reports from Dunmore were never verified.', 'reports', 'NOUN'],
  ['Minister Halvorsen reports that the convoy reached Tesk.', 'reports', 'VERB'],
  ['Its claims of a breakthrough were dismissed in Vel.', 'claims', 'NOUN'],
  ['Colonel Ostrava claims [40] drones fell near the dam.', 'claims', 'VERB'],
  ['The estimates vary widely between monitors.', 'estimates', 'NOUN'],
  ['She estimates that [200] fighters were lost.', 'estimates', 'VERB'],
  ['Local media reports in Kessel said [20] people died.', 'reports', 'NOUN'],
  // A common noun that opens the sentence is capitalised like a name.
  ['Media reports in Kessel said [20] people died.', 'reports', 'NOUN'],
  ['Reports said [30] people died in the raid.', 'Reports', 'NOUN'],
  ['Colonel Varga leads the Third Mountain Brigade.', 'leads', 'VERB'],
  ['The leads that investigators followed were thin.', 'leads', 'NOUN'],
  ['Militias carried out [401] strikes overnight.', 'strikes', 'NOUN'],
  ['The count rose again on Thursday.', 'count', 'NOUN'],
  ['The monitor updated its figures after the raid.', 'figures', 'NOUN'],
  ['At a briefing in Lomar, the envoy spoke for an hour.', 'briefing', 'NOUN'],
  // "-ly" reads as an adverb, but not in a noun that merely ends so.
  ['Their tally of the dead was disputed.', 'tally', 'NOUN'],
  ['The family of a missing sailor spoke to reporters.', 'family', 'NOUN'],
  ['Troops advanced slowly along the river.', 'slowly', 'ADV'],
  ['Halvorsen said the convoy had turned back.', 'said', 'VERB'],
  ['The said report was never published.', 'said', 'ADJ|NOUN'],
  ['The committee records every strike it can verify.', 'records', 'VERB'],
  ['Rescuers found [nine] bodies in the cellar.', 'found', 'VERB'],
  // Short past forms the suffix rule skips.
  ['Four soldiers had died by dawn.', 'died', 'VERB'],
  ['The ministry issued a lower count on Friday.', 'count', 'NOUN'],
];

const participles: TagRow[] = [
  ['The killed soldiers were buried in Tervala.', 'killed', 'ADJ'],
  ['Rebels killed [14] villagers near Osk.', 'killed', 'VERB'],
  ['The wounded were taken to a clinic in Marren.', 'wounded', 'NOUN'],
  ['Shelling continued throughout the night.', 'Shelling', 'NOUN'],
  ['Troops were retreating from the ridge.', 'retreating', 'VERB'],
  ['The retreating column was hit twice.', 'retreating', 'ADJ|NOUN'],
  ['Gunmen kept firing at the convoy.', 'firing', 'VERB'],
  ['An officer, speaking on condition of anonymity, said the line held.', 'speaking', 'VERB'],
  ['Heavily armed units crossed at dawn.', 'Heavily', 'ADV'],
  ['Heavily armed units crossed at dawn.', 'armed', 'ADJ', true],
  ['The displaced families returned to Ardo in spring.', 'displaced', 'ADJ'],
  ['Villagers displaced by the floods camped near Ost.', 'displaced', 'VERB'],
  ['The fighting around Kelm intensified.', 'fighting', 'NOUN'],
  ['Engineers were rebuilding the bridge at Saro.', 'rebuilding', 'VERB'],
  ['The bombed hospital was evacuated.', 'bombed', 'ADJ'],
];

const namesAndPronouns: TagRow[] = [
  ['The US sent [30] howitzers to Vaskoria.', 'US', 'PROPN'],
  ['The shelling reached us before dawn.', 'us', 'PRON'],
  ['Tell us what happened, the villager said.', 'us', 'PRON'],
  // Without a gazetteer, only the capitals tell "US" from "us"; at the start of a sentence they still do.
  ['US officials said [20] sailors were hurt.', 'US', 'PROPN', true],
  ['The IT ministry in Carvola said its servers were hit.', 'IT', 'PROPN'],
  ['It was the heaviest night of shelling.', 'It', 'PRON'],
  ['The EU pledged [€300 million] to Moldavia.', 'EU', 'PROPN'],
  ['The Kremlin on Tuesday announced [40] new brigades.', 'Kremlin', 'PROPN'],
  ['The Kremlin on Tuesday announced [40] new brigades.', 'Tuesday', 'PROPN'],
  ['The Kremlin on Tuesday announced [40] new brigades.', 'announced', 'VERB'],
  ['A spokesman for Major Idris Kamau declined to comment.', 'Idris', 'PROPN'],
  ['The National Intelligence Service (NIS) said so.', 'NIS', 'PROPN'],
  // "May" the month is a name; "may" the auxiliary is not.
  ['In May the army of Dovania said [80] men deserted.', 'May', 'PROPN'],
  ['The toll may rise as rubble is cleared.', 'may', 'AUX'],
];

const possessives: TagRow[] = [
  ["Norvik's army said [12] soldiers were killed.", "'s", 'POSS'],
  ["It's a grim day for the garrison.", "'s", 'AUX'],
  ["The minister’s office declined to comment.", '’s', 'POSS'],
  ["Ruritania's defence minister toured the front.", "'s", 'POSS'],
  ["He's said little about the losses.", "'s", 'AUX'],
  ['Its losses were heavier than reported.', 'Its', 'DET'],
  // A plural's apostrophe before a word is a possessive, inside a name or not.
  ["The Norvik Veterans' Association said [36] men were freed.", "'", 'POSS'],
  ['The rebels’ losses were heavier than reported.', '’', 'POSS'],
];

const closedClasses: TagRow[] = [
  ['The ministry also said on Monday that [1,200] were killed.', 'also', 'ADV'],
  ['The ministry also said on Monday that [1,200] were killed.', 'on', 'ADP'],
  ['The ministry also said on Monday that [1,200] were killed.', 'that', 'SCONJ'],
  ['The ministry also said on Monday that [1,200] were killed.', 'were', 'AUX'],
  ['The ministry also said on Monday that [1,200] were killed.', 'killed', 'VERB'],
  ['The Truth Commission, which documented the raids, said [17] died.', 'which', 'REL'],
  ['Dr Amara Osei, who leads the clinic, said [9] were hurt.', 'who', 'REL'],
  ['The agency did not confirm the figure.', 'not', 'NEG'],
  ['The agency did not confirm the figure.', 'did', 'AUX'],
  ['The agency did not confirm the figure.', 'confirm', 'VERB'],
  ['According to the Halden Monitor, [52] died.', 'According', 'ADP'],
  ['This week the ministry said little.', 'This', 'DET'],
  ['Two were killed and [five] were wounded.', 'and', 'CCONJ'],
  ['Two were killed but [five] survived.', 'but', 'CCONJ'],
];

const numbersAndMarks: TagRow[] = [
  ['Officials said [1,200] people had fled.', '1,200', 'NUM'],
  ['Officials said twelve people had fled.', 'twelve', 'NUM'],
  ['Dozens of homes were hit in Ivara.', 'Dozens', 'NUM'],
  ['Three soldiers were hurt at the checkpoint.', 'Three', 'NUM'],
  ['The army lost hundreds of vehicles.', 'hundreds', 'NUM'],
  // A figure span the finders passed in is a number even when written in words.
  ['Rebels freed [a dozen] hostages.', 'dozen', 'NUM'],
  ['Rebels freed [a dozen] hostages.', 'a', 'NUM'],
  ['“We lost [300] men,” the commander said.', '“', 'QUOTE'],
  ['“We lost [300] men,” the commander said.', '”', 'QUOTE'],
  ['"We held the bridge," Major Idris Kamau said.', '"', 'QUOTE'],
  ['The National Intelligence Service (NIS) said so.', '(', 'OPEN'],
  ['The National Intelligence Service (NIS) said so.', ')', 'CLOSE'],
  ['The line held — for now.', '—', 'PUNCT'],
  ['Rebels, the mayor said, fled.', ',', 'PUNCT'],
];

describe('tag', () => {
  for (const [name, rows] of Object.entries({ nounOrVerb, participles, namesAndPronouns, possessives, closedClasses, numbersAndMarks })) {
    describe(name, () => {
      for (const [s, word, want, fails] of rows) {
        run(fails)(`${word} → ${want} in: ${s}`, () => {
          expect(want.split('|')).toContain(tagOf(s, word));
        });
      }
    });
  }
});

const tokenRows: Array<[string, string[]]> = [
  ['U.S. troops left', ['U.S.', 'troops', 'left']],
  ["O'Brien's unit", ["O'Brien", "'s", 'unit']],
  ['front-line towns', ['front-line', 'towns']],
  ['$5.6bn in aid', ['$5.6bn', 'in', 'aid']],
  ['1,200 a day', ['1,200', 'a', 'day']],
  ['40% of homes', ['40%', 'of', 'homes']],
  ['a Kenya-based monitor', ['a', 'Kenya-based', 'monitor']],
  ['“Two died,” he said.', ['“', 'Two', 'died', ',', '”', 'he', 'said', '.']],
  ['the NIS (Seoul)', ['the', 'NIS', '(', 'Seoul', ')']],
  ['Dovania’s army', ['Dovania', '’s', 'army']],
  ['€650 million', ['€650', 'million']],
  ['12 000 people', ['12', '000', 'people']],
];

describe('tokenize', () => {
  it.each(tokenRows)('%s', (s, want) => {
    expect(tokenize(s).map((t) => t.text)).toEqual(want);
  });
  it('keeps offsets that slice back to each token', () => {
    const s = 'Ruritania’s “defence” ministry (MoD) said 1,200 died — on 3 May.';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});

/** `[sentence, word, 'end' | 'start', expected phrase or null, fails?]`: the phrase that ends (or starts) at that word. */
type PhraseRow = [sentence: string, word: string, dir: 'end' | 'start', want: string | null, fails?: true];

const phraseRows: PhraseRow[] = [
  ['The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said [12] civilians died.', ')', 'end', 'The UN Human Rights Monitoring Mission in Ukraine (HRMMU)'],
  ['The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said [12] civilians died.', 'The', 'start', 'The UN Human Rights Monitoring Mission in Ukraine (HRMMU)'],
  ['Officials familiar with the assessment said [300] were killed.', 'assessment', 'end', 'Officials familiar with the assessment'],
  ['The Center for Strategic and International Studies said [1,000] tanks were lost.', 'Studies', 'end', 'The Center for Strategic and International Studies'],
  ['The Center for Strategic and International Studies said [1,000] tanks were lost.', 'The', 'start', 'The Center for Strategic and International Studies'],
  ['The most recent figures show [40] dead.', 'The', 'start', 'The most recent figures'],
  ['The most recent figures show [40] dead.', 'figures', 'end', 'The most recent figures', true],
  ['A spokesman for the Ostrian navy said [six] sailors drowned.', 'A', 'start', 'A spokesman for the Ostrian navy'],
  ['A spokesman for the Ostrian navy said [six] sailors drowned.', 'navy', 'end', 'A spokesman for the Ostrian navy'],
  ['Colonel Dara Venn, the commander of the 14th Brigade, said [80] men were lost.', 'Venn', 'end', 'Colonel Dara Venn'],
  ['Colonel Dara Venn, the commander of the 14th Brigade, said [80] men were lost.', 'the', 'start', 'the commander of the 14th Brigade', true],
  ["Ruritania's defence minister said [200] recruits had deserted.", 'minister', 'end', "Ruritania's defence minister"],
  ["Ruritania's defence minister said [200] recruits had deserted.", 'Ruritania', 'start', "Ruritania's defence minister"],
  ['The Institute for the Study of War said the town had fallen.', 'The', 'start', 'The Institute for the Study of War'],
  ['The Institute for the Study of War said the town had fallen.', 'War', 'end', 'The Institute for the Study of War'],
  ['Figures from the National Intelligence Service (NIS) put the toll at [100].', ')', 'end', 'Figures from the National Intelligence Service (NIS)'],
  ['Two sources close to the talks said [40] prisoners would be swapped.', 'talks', 'end', 'Two sources close to the talks'],
  ['Diplomats briefed on the findings said [15] sites were hit.', 'findings', 'end', 'Diplomats briefed on the findings'],
  ['Most of the people involved in the negotiations declined to comment.', 'negotiations', 'end', 'the people involved in the negotiations'],
  ['The Vesna Civic Monitor said [31] detainees had died.', 'Monitor', 'end', 'The Vesna Civic Monitor'],
  ['A Kenya-based monitor said [70] people had been abducted.', 'monitor', 'end', 'A Kenya-based monitor'],
  ['The head of the regional military administration said [four] died.', 'The', 'start', 'The head of the regional military administration'],
  ['The head of the regional military administration said [four] died.', 'administration', 'end', 'The head of the regional military administration'],
  ['Aid workers from the Tamsin Relief Fund said [2,000] families had fled.', 'Fund', 'end', 'Aid workers from the Tamsin Relief Fund'],
  ['The Tamsin Relief Fund said [2,000] families had fled.', 'The', 'start', 'The Tamsin Relief Fund'],
  ['Its latest update lists [52] destroyed bridges.', 'update', 'end', 'Its latest update'],
  ["The ministry's latest estimate puts losses at [3,000].", 'estimate', 'end', "The ministry's latest estimate"],
  ["The ministry's latest estimate puts losses at [3,000].", 'The', 'start', "The ministry's latest estimate"],
  ['Senior officials in Ardena said [60] were detained.', 'Ardena', 'end', 'Senior officials in Ardena'],
  ['The Dovanian Ministry of Veterans Affairs said [1,400] pensions were paid.', 'Affairs', 'end', 'The Dovanian Ministry of Veterans Affairs'],
  ['The Dovanian Ministry of Veterans Affairs said [1,400] pensions were paid.', 'The', 'start', 'The Dovanian Ministry of Veterans Affairs'],
  ['Médecins Sans Frontières said [35] patients were evacuated.', 'Frontières', 'end', 'Médecins Sans Frontières'],
  ['The Organization for Security and Co-operation in Europe said [19] monitors left.', 'Europe', 'end', 'The Organization for Security and Co-operation in Europe'],
  ['The Organization for Security and Co-operation in Europe said [19] monitors left.', 'The', 'start', 'The Organization for Security and Co-operation in Europe'],
  ['A senior Velorian army commander said [90] tanks were lost.', 'commander', 'end', 'A senior Velorian army commander'],
  ['A senior Velorian army commander said [90] tanks were lost.', 'A', 'start', 'A senior Velorian army commander'],
  ['The very latest count from the Ardo Observatory shows [14] dead.', 'The', 'start', 'The very latest count from the Ardo Observatory', true],
  ['Police in the port city of Lannes said [nine] people drowned.', 'Lannes', 'end', 'Police in the port city of Lannes'],
  ['The governor of Kessel province, Ilse Marr, said [11] were hurt.', 'province', 'end', 'The governor of Kessel province'],
  ['The governor of Kessel province, Ilse Marr, said [11] were hurt.', 'Ilse', 'start', 'Ilse Marr'],
  ['Researchers at the Halvard School of Economics estimate [$12 billion] in damage.', 'Economics', 'end', 'Researchers at the Halvard School of Economics'],
  ['Researchers at the Halvard School of Economics estimate [$12 billion] in damage.', 'the', 'start', 'the Halvard School of Economics'],
  ['Smith & Wesson Holdings said [3,000] rifles were shipped.', 'Holdings', 'end', 'Smith & Wesson Holdings'],
  // Nothing to read: a verb, a conjunction, a comma.
  ['Rebels said [40] were killed.', 'said', 'end', null],
  ['Rebels said [40] were killed.', 'said', 'start', null],
  ['Two died and [four] were hurt.', 'and', 'start', null],
  ['The army, the mayor said, fled.', ',', 'end', null],
  ['Officials said that [nine] died.', 'that', 'start', null],
  // A phrase stops at a verb and at a clause opener.
  ['The brigade lost [80] men in Ost.', 'The', 'start', 'The brigade'],
  ['Soldiers who survived said [30] were missing.', 'Soldiers', 'start', 'Soldiers'],
  ['Kessel officials, citing hospital records, said [22] died.', 'records', 'end', 'hospital records', true],
  ['The toll of the Rasna dam collapse rose to [140].', 'The', 'start', 'The toll of the Rasna dam collapse'],
];

describe('noun phrases', () => {
  for (const [s, word, dir, want, fails] of phraseRows) {
    run(fails)(`${dir} at ${word}: ${s}`, () => {
      const { model } = read(s);
      const k = indexOf(model, word);
      const other = dir === 'end' ? phraseEndingAt(model, k) : phraseStartingAt(model, k);
      const got = other < 0 ? null : dir === 'end' ? slice(model, other, k) : slice(model, k, other);
      expect(got).toBe(want);
    });
  }
});
