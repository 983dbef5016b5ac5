/**
 * Reporting frames read from the sentence model: for each invented sentence, the
 * speakers its frames name, in order, with `trailing` and an affiliation where the text
 * fixes one. Names are compared as describeSpeaker cleans the speaker phrase (leading
 * articles off, an apposition kept with its name). Figures are marked in brackets so the
 * model sees them as the pipeline does.
 */
import { describe, expect, it } from 'vitest';
import { modelFrames } from '../../src/extract/sentence/frames.js';
import { describeSpeaker } from '../../src/extract/attachers/speakers.js';
import { read } from './model-helpers.js';

interface Want {
  name: string;
  trailing?: boolean;
  affiliation?: string | null;
  via?: string[];
  cited?: string | null;
  anonymous?: boolean;
}
/** `[sentence, expected frames in order (a bare string is just the name), fails?]` */
type FrameRow = [sentence: string, frames: Array<string | Want>, fails?: true];

function framesOf(s: string, field: 'title' | 'body' = 'body') {
  const r = read(s);
  return modelFrames(r.model, field, r.entities);
}

function check(s: string, want: Array<string | Want>): void {
  // A speaker named by two cues of one statement ("put the number … at") counts once.
  const got = framesOf(s).filter((f, i, all) => i === 0 || f.speaker.name !== all[i - 1].speaker.name);
  expect(got.map((f) => f.speaker.name)).toEqual(want.map((w) => (typeof w === 'string' ? w : w.name)));
  want.forEach((w, i) => {
    if (typeof w === 'string') return;
    const f = got[i];
    if (w.trailing !== undefined) expect(f.trailing, `trailing of ${w.name}`).toBe(w.trailing);
    if (w.affiliation !== undefined) expect(f.speaker.affiliation, `affiliation of ${w.name}`).toBe(w.affiliation);
    if (w.anonymous !== undefined) expect(f.speaker.anonymous, `anonymous of ${w.name}`).toBe(w.anonymous);
    if (w.via !== undefined) expect(f.via, `via of ${w.name}`).toEqual(w.via);
    if (w.cited !== undefined) expect(f.cited?.name ?? null, `cited by ${w.name}`).toBe(w.cited);
  });
}

const subjectVerb: FrameRow[] = [
  ['The Armenian defence ministry said [12] soldiers were killed near the border.', [{ name: 'Armenian defence ministry', trailing: false, affiliation: 'AM' }]],
  ['The Dovanian interior ministry said [40] police officers were hurt.', [{ name: 'Dovanian interior ministry', trailing: false, affiliation: null }]],
  ['Colonel Ines Barra said [300] recruits had deserted.', [{ name: 'Colonel Ines Barra', trailing: false }]],
  ['The Vesna Civic Monitor reported [31] deaths in custody.', [{ name: 'Vesna Civic Monitor', trailing: false }]],
  ['Kenyan police confirmed that [14] officers had been abducted.', [{ name: 'Kenyan police', affiliation: 'KE' }]],
  ['The ministry has also said [90] drones were downed.', ['ministry']],
  ['Eritrean officials have repeatedly claimed that [5,000] troops had withdrawn.', [{ name: 'Eritrean officials', affiliation: 'ER' }]],
  ['The brigade commander warned that [200] more men were needed.', ['brigade commander']],
  ['Thai officials estimated that [1,500] people had fled across the border.', [{ name: 'Thai officials', affiliation: 'TH' }]],
  ['A senior Cambodian officer admitted that [60] soldiers were missing.', [{ name: 'senior Cambodian officer', affiliation: 'KH', anonymous: true }]],
  ['The Halden Institute wrote that [2,400] buildings were damaged.', ['Halden Institute']],
  ['Aid workers say [9,000] families are without shelter.', ['Aid workers']],
  ['He said [45] of the wounded were children.', ['He']],
  ['They told reporters that [17] fighters had surrendered.', ['They']],
];

const timeBetween: FrameRow[] = [
  ['The Colombian army on Monday announced that [23] rebels had been captured.', [{ name: 'Colombian army', affiliation: 'CO' }]],
  ['Governor Tomas Reyes on Sunday said [eight] people had drowned.', ['Governor Tomas Reyes']],
  ['The Ethiopian government last week said [3,000] fighters had disarmed.', [{ name: 'Ethiopian government', affiliation: 'ET' }]],
  ['The monitor in March reported [410] air raids.', ['monitor']],
  ['The Kessel health office this week said [56] patients had been admitted.', ['Kessel health office']],
  ['The navy earlier this month said [four] sailors were missing.', ['navy']],
];

const inverted: FrameRow[] = [
  ['Border guards detained [40] smugglers, said Lena Ort, a spokeswoman for the Estonian border service.', [{ name: 'Lena Ort, a spokeswoman for the Estonian border service', trailing: true }]],
  ['“We lost [300] men,” said Colonel Ines Barra.', [{ name: 'Colonel Ines Barra', trailing: true }]],
  ['[Eleven] villagers were abducted, said the district chief.', [{ name: 'district chief', trailing: true }]],
  ['The strike destroyed [six] warehouses, wrote the Halden Institute.', [{ name: 'Halden Institute', trailing: true }]],
  ['About [70] people were rescued, added a coast guard spokesman.', [{ name: 'coast guard spokesman', trailing: true }]],
  ['“[Fifteen] of my men are missing,” the captain told reporters.', [{ name: 'captain', trailing: true }]],
  ['[Twelve] schools were shelled, the education ministry said.', [{ name: 'education ministry', trailing: true }]],
  ['[Twelve] schools were shelled, the education ministry said on Friday.', [{ name: 'education ministry', trailing: true }]],
  ['The army lost [80] tanks, Armenian officials said, though Baku disputed it.', [{ name: 'Armenian officials', trailing: true, affiliation: 'AM' }]],
];

const according: FrameRow[] = [
  ['According to the Sahel Rights Observatory, [52] civilians died in the raid.', [{ name: 'Sahel Rights Observatory', trailing: false }]],
  ['[52] civilians died in the raid, according to the Sahel Rights Observatory.', [{ name: 'Sahel Rights Observatory', trailing: true }]],
  ['At least [19] people were killed, according to hospital officials in Marren.', [{ name: 'hospital officials in Marren', trailing: true, anonymous: true }]],
  ["According to Azerbaijan's defence ministry, [seven] soldiers were killed.", [{ name: "Azerbaijan's defence ministry", affiliation: 'AZ' }]],
  ['According to a Kenya-based monitor, [70] people were abducted in a week.', [{ name: 'Kenya-based monitor', affiliation: 'KE' }]],
  ['According to an estimate published by the Tamsin Relief Fund, [2,000] families fled.', ['Tamsin Relief Fund']],
  // An apposition after the author places the author, and only the author's own words name it.
  ['[45] villagers were killed, according to a report released on Friday by the Delta Watch Collective, a Chad-based research group.', [{ name: 'Delta Watch Collective', affiliation: 'TD' }]],
  ['[45] villagers were killed, according to figures compiled by the Delta Watch Collective, a Nigerian monitoring group.', [{ name: 'Delta Watch Collective', affiliation: 'NG' }]],
  ["According to Chad's figures, [1,100] refugees crossed in a day.", [{ name: 'Chad', affiliation: 'TD' }]],
  // Reports alone name no one.
  ['According to reports, [30] soldiers were killed.', []],
  ['According to the latest figures, [30] soldiers were killed.', []],
];

const apposition: FrameRow[] = [
  // An age between commas belongs to the name before it; a body "led by" a person stays the speaker.
  ['Ali Kamal, 52, said [40] fighters had been killed in the raid.', ['Ali Kamal']],
  ['The militia, led by Gen Tomas Reyes, 64, said it had lost [12] men.', ['militia']],
  ['The army, commanded by Osman al-Nur, 58, said [30] rebels had surrendered.', ['army']],
  ['Lena Ort, the head of the Estonian border service, said [40] smugglers were held.', [{ name: 'Lena Ort, the head of the Estonian border service', affiliation: 'EE' }]],
  ['Amara Osei, a doctor at the Marren clinic, said [nine] patients died.', ['Amara Osei, a doctor at the Marren clinic']],
  ['Tomas Reyes, the governor of Antara province, told reporters [eight] people drowned.', ['Tomas Reyes, the governor of Antara province']],
  ["Dr Hana Levi, the Tamsin Relief Fund's medical director, said [300] children were malnourished.", ["Dr Hana Levi, the Tamsin Relief Fund's medical director"]],
  ['The Tarsel Institute for Harbour Studies (TIHS) said [40] ferries were sunk.', ['Tarsel Institute for Harbour Studies (TIHS)']],
];

const relativeAndParticiple: FrameRow[] = [
  ['Ines Barra, who commands the 3rd Brigade, said [300] recruits had deserted.', ['Ines Barra']],
  ['The monitor, which tracks the fighting from Nairobi, said [70] died.', ['monitor']],
  ['A Thai officer, speaking on condition of anonymity, said [60] soldiers were missing.', [{ name: 'Thai officer', anonymous: true, affiliation: 'TH' }]],
  ['The governor, citing police reports, said [22] people died.', [{ name: 'governor', cited: 'police reports' }], true],
  ['The ministry issued a lower count, saying [31] soldiers had died.', ['ministry']],
  ['The Eritrean information minister rejected the account, saying only [five] soldiers were hurt.', [{ name: 'Eritrean information minister', affiliation: 'ER' }]],
  ['Officials said [40] houses burned, adding that [12] people were hurt.', ['Officials']],
  ['The UN envoy briefed the council and said [1.2 million] people needed food.', ['UN envoy']],
  ['The service had raised the death toll to [26], and said [93] were injured.', ['service']],
];

const citingAndVia: FrameRow[] = [
  ['The Daily Meridian reported, citing a Kenyan official, that [70] were abducted.', [{ name: 'Daily Meridian', cited: 'Kenyan official' }]],
  ['The governor said, citing hospital records, that [22] people died.', [{ name: 'governor', cited: 'hospital records' }], true],
  ['A Colombian commander told Reuters that [23] rebels had been captured.', [{ name: 'Colombian commander', via: ['Reuters'], affiliation: 'CO' }]],
  ['Two Ethiopian officials told the BBC that [3,000] fighters had disarmed.', [{ name: 'Two Ethiopian officials', via: ['BBC'], affiliation: 'ET' }]],
  ['Reuters reported that [14] officers had been abducted.', [{ name: 'Reuters', affiliation: 'GB' }]],
  ['[Eleven] villagers were abducted, an official said, according to Reuters.', [{ name: 'official', via: ['Reuters'], trailing: true }]],
];

const passive: FrameRow[] = [
  ['Figures circulated by the Dovanian army put losses at [900].', ['Dovanian army']],
  ['Losses cited by the Armenian defence ministry reached [3,800].', [{ name: 'Armenian defence ministry', affiliation: 'AM' }]],
  ['An estimate given by a Thai officer put the toll at [60].', [{ name: 'Thai officer', affiliation: 'TH' }]],
  ['A tally compiled by the Vesna Civic Monitor lists [31] deaths in custody.', ['Vesna Civic Monitor']],
  // An impersonal passive names no speaker.
  ['The rebels are estimated to have [4,000] fighters.', []],
  ['It was reported that [30] soldiers had been killed.', []],
  ['Some [2,000] troops were said to be stationed near Ost.', []],
];

const possessive: FrameRow[] = [
  ["The Halden Institute's latest estimate puts losses at [3,000].", ['Halden Institute'], true],
  ["Armenia's defence minister said [12] soldiers were killed.", [{ name: "Armenia's defence minister", affiliation: 'AM' }]],
  ["Kenya's interior minister said [14] officers were abducted.", [{ name: "Kenya's interior minister", affiliation: 'KE' }]],
  ['Its tally stands at [410] air raids.', ['Its']],
  ["Colombia's army chief said [23] rebels were captured.", [{ name: "Colombia's army chief", affiliation: 'CO' }]],
];

const statementObjects: FrameRow[] = [
  ['The Marren health office raised the death toll to [26].', ['Marren health office']],
  ['The Ethiopian government put the number of fighters at [3,000].', [{ name: 'Ethiopian government', affiliation: 'ET' }]],
  ['Thai officials revised the toll to [61] on Tuesday.', [{ name: 'Thai officials', affiliation: 'TH' }]],
  ['The monitor lowered its estimate to [1,800].', ['monitor'], true],
];

const quotations: FrameRow[] = [
  // A cue inside the quoted words belongs to them, not to the sentence.
  ['“The report said [100] died,” Colonel Ines Barra told reporters.', ['Colonel Ines Barra']],
  ['“Officials said [40] were hurt, but that is false,” the mayor said.', ['mayor']],
  ['The mayor said: “We counted [40] bodies.”', ['mayor']],
  ['“We have [12] drones left,” a sergeant said on the phone.', ['sergeant']],
];

const moreThanOne: FrameRow[] = [
  ['Armenia said [12] soldiers were killed, while Azerbaijan said [seven] died.', [{ name: 'Armenia', affiliation: 'AM' }, { name: 'Azerbaijan', affiliation: 'AZ' }]],
  ['The army said [80] rebels died; the rebels said [12].', ['army', 'rebels']],
  ['Police said [nine] people were hurt, and the mayor said [two] died.', ['Police', 'mayor']],
];

// Two speakers joined by "and" speak together: of one country when both are, or when one of
// them is a crowd of none; of none when they differ or one is a body of no stated country.
// A charge laid and a communiqué's words name their speaker as "said" does.
const charges: FrameRow[] = [
  ['Burundi accused Rwanda of sending [12,000] troops into Congo.', [{ name: 'Burundi', affiliation: 'BI' }]],
  ['Islamabad accuses Kabul of sheltering [6,000] fighters.', [{ name: 'Islamabad', affiliation: 'PK' }]],
  ['The ministry deplores [10] soldiers killed in action.', ['ministry']],
  ['The army also recalled that [23] hostages had been freed.', ['army']],
];

const coordinated: FrameRow[] = [
  ['The Kenyan army and Somali officials said [40] militants were killed.', [{ name: 'Kenyan army and Somali officials', affiliation: null }]],
  ['Halden Watch and the BBC said [95,000] deaths had been confirmed.', [{ name: 'Halden Watch and the BBC', affiliation: null }]],
  ['Residents and Sudanese medics said [12] people died in the shelling.', [{ name: 'Residents and Sudanese medics', affiliation: 'SD' }]],
  ['Thai police and Thai army officers said [six] rangers were wounded.', [{ name: 'Thai police and Thai army officers', affiliation: 'TH' }]],
  ['On Monday, the Armenian ministry and Azerbaijani officials said [nine] soldiers were killed.', [{ name: 'Armenian ministry and Azerbaijani officials', affiliation: null }]],
  // A body's own name with "and" in it is one speaker.
  ['The National Security and Defence Council said [20] ships were lost.', [{ name: 'National Security and Defence Council' }]],
  // "and" that joins two clauses leaves the second subject alone.
  ['The strike killed [five] soldiers and police said [12] civilians were wounded.', [{ name: 'police' }]],
  ['Russia launched [40] drones overnight, and the Ukrainian air force said it downed [30].', [{ name: 'Ukrainian air force', affiliation: 'UA' }]],
];

const notSpeakers: FrameRow[] = [
  // "Kursk showed" shapes: an unknown lone name before a verb that need not be speech.
  ['Images from Ost showed [40] craters.', []],
  ['On Tuesday, [14] drones were shot down.', []],
  ['The fighting killed [31] people in Ost.', []],
  // An action is no speech act (contract: "the Commission transferred €3bn" → no source).
  ['Rescuers found [nine] bodies in the rubble.', [], true],
  ['Engineers cleared [300] mines near the dam.', []],
  ['Monday said nothing of the [40] dead.', []],
];

const tables = { subjectVerb, timeBetween, inverted, according, apposition, relativeAndParticiple, citingAndVia, passive, possessive, statementObjects, quotations, moreThanOne, charges, coordinated, notSpeakers };

describe('modelFrames', () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      for (const [s, want, fails] of rows) (fails ? it.fails : it)(s, () => check(s, want));
    });
  }
  it('reads a cue inside a headline quotation as the headline’s own', () => {
    const r = read('“[40] dead in Ost,” says monitor');
    expect(modelFrames(r.model, 'title', r.entities).length).toBeGreaterThan(0);
  });
});

/** `[speaker phrase, name]`: a phrase cut inside brackets leaves no "(" open in the name. */
const brackets: Array<[string, string]> = [
  ['the Tarsel Institute for Harbour Studies (TIHS)', 'Tarsel Institute for Harbour Studies (TIHS)'],
  ['the Tarsel Institute for Harbour Studies (TIHS) ,', 'Tarsel Institute for Harbour Studies (TIHS)'],
  ['the Tarsel Institute for Harbour Studies (TIHS', 'Tarsel Institute for Harbour Studies'],
  ['the Tarsel Institute for Harbour Studies (TIHS, a think tank in Oren', 'Tarsel Institute for Harbour Studies'],
  ['Brenn (Oslan) Relief Corps', 'Brenn (Oslan) Relief Corps'],
  ['(TIHS)', 'TIHS'],
  // A live blog's time stamp, cut at its colon, is no part of the name.
  ['40 Marren regional governor Ines Barra', 'Marren regional governor Ines Barra'],
  // A wire dateline, whole or cut at its comma, is no part of the name.
  ["LODWAR, March 10 (Wire) - Kenya's defence ministry", "Kenya's defence ministry"],
  ["10 (Meridian Wire) - Kenya's defence ministry", "Kenya's defence ministry"],
  ["March 10 (Meridian Wire) – the Somali army", 'Somali army'],
];

describe('speaker names and brackets', () => {
  for (const [np, name] of brackets) it(np, () => expect(describeSpeaker(np)?.name).toBe(name));
});
