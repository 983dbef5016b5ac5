/**
 * What the speaker history carries from one statement to the next: a speaker's country
 * when the text does not give one, and the date of the same source's earlier statement
 * (claims.md, statedOn rule 3). The default publication date is Wednesday 2024-11-20.
 */
import { positiveTable, type Row } from './helpers.js';

const affiliations: Row[] = [
  // "it" is the body named before, not a people named in the sentence.
  ['The refugee agency said on Tuesday that returns were rising. [More than seven million] Syrians are still displaced, it said.', { source: { name: 'refugee agency' } }],
  ['The Tamsin Relief Fund said on Tuesday that returns were rising. [More than two million] Armenians are still displaced, it said.', { source: { name: 'Tamsin Relief Fund' } }],
  // International bodies the contract gives no code keep null, however much the article names one country.
  ['Sudanese troops fought the RSF near El Fasher.\n\nThe African Union said [300] people were killed in El Fasher.', { source: { name: 'African Union', affiliation: null } }],
  ['Sudanese troops fought the RSF near El Fasher. The IMF said the war had cost Sudan [$15 billion] in lost output.', { source: { name: 'IMF', affiliation: null } }],
  ['Russian troops shelled Kharkiv again. The OSCE said [40] civilians had been hurt in the city.', { source: { name: 'OSCE', affiliation: null } }],
  ['Malian soldiers clashed with rebels near Kidal. ECOWAS officials said [2,000] people had fled the town.', { source: { name: 'ECOWAS officials', affiliation: null } }],
  // "it" after a body whose name is capitals ending in a body's head ("the Southern Command", "the Air Force") is that body.
  ['The Southern Command said 476 drones were launched overnight.\n\nAir defences shot down [442] of the drones, it said.', { source: { name: 'Southern Command' } }],
  ['The Marren Air Force said 90 missiles were fired.\n\nOf those, [71] were intercepted, it said.', { source: { name: 'Marren Air Force' } }],
  // "X, the region's governor, told AFP": the hearer of "told" is never the speaker; the appositive names who spoke.
  ['Malian soldiers clashed with rebels near Kidal.\n\n[At least 14] villagers were killed near Mopti, the region\'s governor, Amadou Sow, told AFP.', { source: { name: 'Amadou Sow', affiliation: 'ML', via: ['AFP'] } }],
  // A state's organ takes no country from a researcher or an outlet who spoke last: theirs is only where they are based.
  ['Malian soldiers clashed with rebels near Kidal. Malian officials said the town was calm.\n\nMore than 100 people are missing, Jan Holm, a researcher at the Oslo-based Tamsin Institute, told AFP.\n\nDefence ministry spokesman Issa Keita said [40] soldiers had been killed.', { source: { name: 'Issa Keita', affiliation: 'ML' } }],
  // "the monitor", "the charity", "the think tank" point back at a body of that sort, never at an army that spoke last.
  ['The army said six soldiers were killed on Monday.\n\nDrone strikes have killed [40] civilians this year, the monitor said.', { source: { name: 'monitor' } }],
  ['The army said six soldiers were killed on Monday.\n\nThe charity said [1,200] families had no shelter.', { source: { name: 'charity' } }],
  ['The Vesna Civic Monitor said 52 civilians were killed. The army said six soldiers died.\n\nThe monitor said [19] more were abducted.', { source: { name: 'Vesna Civic Monitor' } }],
  // A pronoun after such a body points at it, and takes its null along.
  ['Sudanese troops fought the RSF near El Fasher. The African Union said 300 people were killed. It said [40] were wounded.', { source: { name: 'African Union', affiliation: null } }],
  // A monitor, researchers or an aid group the text bases nowhere speak for no country, however much the article names one.
  ['Sudanese troops fought the RSF near El Fasher. Sudanese troops were said to be surrounded.\n\nThe Vesna Civic Monitor said [52] civilians were killed in the shelling.', { source: { name: 'Vesna Civic Monitor', affiliation: null } }],
  ['Sudanese troops fought the RSF near El Fasher. Sudanese troops were said to be surrounded.\n\nA local rights group said [19] people were abducted.', { source: { affiliation: null } }],
  ['Sudanese troops fought the RSF near El Fasher. Sudanese troops were said to be surrounded.\n\nResearchers at the Tamsin Institute estimated that [40,000] people had died.', { source: { affiliation: null } }],
  // Unnamed analysts, experts or diplomats watch the war from outside it: the country it is fought in is not theirs.
  ['Sudanese troops fought the RSF near El Fasher. Sudanese troops were said to be surrounded.\n\nAnalysts said [about 2,000] fighters had joined the RSF since May.', { source: { name: 'Analysts', affiliation: null } }],
  ['Sudanese troops fought the RSF near El Fasher. Sudanese troops were said to be surrounded.\n\nDiplomats said [at least 300] civilians were killed in the offensive.', { source: { name: 'Diplomats', affiliation: null } }],
  // An occupying power's administration answers to that power, not to the land it holds.
  ['Kenyan troops held the border town of Mandera. Somali officials said the town was occupied.\n\nKenyan-installed officials in Mandera said [40] residents had left.', { source: { affiliation: 'KE' } }],
  ['Kenyan troops held the border town of Mandera. Somali officials said the town was occupied.\n\nThe Nairobi-appointed governor, Amos Kariuki, said [12] people were hurt.', { source: { name: 'Amos Kariuki', affiliation: 'KE' } }],
  ['Kenyan troops held the border town of Mandera. Somali officials said the town was occupied.\n\nPro-Kenyan authorities in Mandera said [300] families had registered.', { source: { affiliation: 'KE' } }],
  // A body a side runs or controls speaks for that side, wherever it sits.
  ['Israeli jets struck the coast again.\n\nThe health office in the Hamas-run territory said [40] people were killed.', { source: { affiliation: 'PS' } }],
  ['US jets struck the port again.\n\nThe Houthi-controlled radio station said [12] fishermen were killed.', { source: { affiliation: 'YE' } }],
  // "The statement said" speaks for whoever issued one; a body of a sort "based" somewhere is the body of that sort named before.
  ['The Kenyan army said in a statement on Sunday that it had struck 30 camps.\n\nThe statement said [40] suspects had been arrested.', { source: { name: 'Kenyan army', affiliation: 'KE' }, statedOn: '2024-11-17' }],
  ['The Tamsin Institute, a Swedish research group, said on Monday that 300 villages had been emptied.\n\nThe Sweden-based institute said [1,200] homes had burned.', { source: { name: 'Tamsin Institute' } }],
  // …and the words it was called by find it again: "the institute" after "the Sweden-based institute".
  ['The Tamsin Institute, a Swedish research group, said on Monday that 300 villages had been emptied.\n\nThe Sweden-based institute said 1,200 homes had burned.\n\nThe Marren Post reported that 40 people had fled. The institute said [90] wells were poisoned.', { source: { name: 'Tamsin Institute' } }],
  // A quotation over several sentences is the speaker's named where it closes, its first sentences' figures too.
  ['The shelling went on.\n\n"We lost [nine] men on the ridge. We also lost two trucks," said Colonel Ines Barra, the Kenyan brigade commander.', { source: { name: 'Ines Barra', affiliation: 'KE' } }],
  ['The shelling went on.\n\n"We lost nine men on the ridge. We also lost [two] trucks," said Colonel Ines Barra, the Kenyan brigade commander.', { source: { name: 'Ines Barra', affiliation: 'KE' } }],
  ['The shelling went on.\n\n“[Forty] families fled overnight. More are leaving. The roads are full,” the Kenyan governor said on Monday.', { source: { name: 'Kenyan governor', affiliation: 'KE' }, statedOn: '2024-11-18' }],
  // A quotation that closes with no speaker leaves its figures none.
  ['The shelling went on.\n\n“[Forty] families fled overnight. More are leaving.” The roads were full.', { source: null }],
  // Speakers the text does not place still take the country it is about.
  ['Sudanese troops fought the RSF near El Fasher. The interior ministry said [300] people were killed.', { source: { name: 'interior ministry', affiliation: 'SD' } }],
  // A named person who opens a sentence with another verb is whom a later "he" or "she" points at.
  ['The Dovanian army said it struck 60 rebel targets overnight.\n\nKenyan President Amos Kariuki condemned the strikes. "[More than 80] people have been killed this week," he said.', { source: { name: 'Amos Kariuki', affiliation: 'KE' } }],
  ['The Dovanian army said it shelled the border.\n\nKenyan government spokeswoman Ines Wambua rejected the accusations. She said [12] Kenyans had been wounded.', { source: { name: 'Ines Wambua', affiliation: 'KE' } }],
  // A time phrase opening the sentence is no noun for a pronoun's relative clause: the pronoun speaks.
  ['Kenyan President Amos Kariuki said 40 soldiers had been killed.\n\nThat evening he added that [12] more had died in hospital.', { source: { name: 'Amos Kariuki' } }],
  ['Kenyan government spokeswoman Ines Wambua said 30 soldiers were wounded.\n\nThe next day she said [seven] of them had died.', { source: { name: 'Ines Wambua' } }],
  // A news agency's country is where it is based, not where the speakers after it stand.
  ['Militants attacked Mandera in Kenya on Sunday. Kenyan police said the town was calm.\n\nAFP reported that 20 people had died.\n\nDefence ministry spokesman Amos Kariuki said [14] soldiers were among the dead.', { source: { name: 'Amos Kariuki', affiliation: 'KE' } }],
  ['Militants attacked Mandera in Kenya on Sunday. Kenyan police said the town was calm.\n\nThe BBC reported that 20 people had died.\n\nA medical source at the hospital said [40] people were wounded.', { source: { affiliation: 'KE' } }],
  // A role after an article, then the name, opening a sentence with another verb: a later "he" is that person.
  ['The Kenyan army said it had killed 300 fighters.\n\nAn al-Shabaab spokesman, Ali Dheere, denied the army\'s account. He said the group had lost [no more than 10] fighters.', { source: { name: 'Ali Dheere' } }],
  // A state's organ after a UN or EU speaker is the state's, not the international body's; a UN agency's office stays the UN's.
  ['Fighting went on around Kidal in Mali. Malian troops held the town.\n\nThe UN refugee agency said on Monday that 9,000 people had fled.\n\nThe military government put the toll at [212].', { source: { name: 'military government', affiliation: 'ML' } }],
  ['Fighting went on around Kidal in Mali. Malian troops held the town.\n\nThe European Union said on Monday it would send aid.\n\nThe interior ministry said [40] people had been killed.', { source: { name: 'interior ministry', affiliation: 'ML' } }],
  ['Fighting went on around Kidal in Mali. Malian troops held the town.\n\nThe UN refugee agency said on Monday that 9,000 people had fled.\n\nThe agency said [3,000] of them were children.', { source: { affiliation: 'UN' } }],
  // Several countries at once: null by design.
  ['Russian troops advanced near Pokrovsk. Western officials said [600,000] Russian troops had been killed or wounded.', { source: { name: 'Western officials', affiliation: null } }],
  ['Armenia and Azerbaijan traded fire on the border. Officials in both countries said [12] soldiers had been killed.', { source: { affiliation: null } }],
];

const dates: Row[] = [
  // One body under its two common names, and its spokesperson, carry its statement's date.
  ['The military said on Monday it had killed 30 militants in the hills.\n\nThe army says it lost [four] soldiers.', { statedOn: '2024-11-18' }],
  ['Police said on Monday that gunmen had abducted 40 students.\n\nA police spokesman said [12] of the students had escaped.', { statedOn: '2024-11-18' }],
  // A body's initials skip its owner's name and a hyphened modifier before it: the acronym carries the full name's date.
  ["Kenya's National Intelligence Service said on Monday that 300 fighters had crossed.\n\nThe NIS said [40] of them were captured.", { statedOn: '2024-11-18' }],
  ['The Somali-led Joint Border Force said on Monday that 90 posts were shelled.\n\nThe JBF said [14] guards were hurt.', { statedOn: '2024-11-18' }],
  // "last week" gives no day, and a later statement by the same source keeps none.
  ['A Kenyan defence official said last week that 174 soldiers had been killed.\n\nThe official also said [145] had been wounded.', { statedOn: null }],
  // "the agency" points at the last body of that sort and carries its day.
  ['According to UNICEF, 40 children were killed on Monday.\n\nThe agency added that [12] schools had been hit.', { source: { name: 'UNICEF' }, statedOn: '2024-11-18' }],
  // "the group said" points at the last body of that sort, and carries its statement's date.
  ['The Vesna Civic Monitor, a Kenya-based watchdog, put the toll at 10,600 in a study released in September.\n\nAmong those killed, [8,100] were civilians, the group said.', { source: { name: 'Vesna Civic Monitor' }, statedOn: '2024-09' }],
  // A long name and its acronym are one source, whichever the article uses first.
  ['Dovanian troops shelled Ost again.\n\nThe Halden Institute for Strategic Research (HISR) said on 3 June that 4,000 soldiers had been killed.\n\nHISR estimates that [1,200] soldiers deserted each month.', { source: { name: 'HISR' }, statedOn: '2024-06-03' }],
  ['Dovanian troops shelled Ost again.\n\nThe Halden Institute for Strategic Research said on 3 June that 4,000 soldiers had been killed.\n\nHISR estimates that [1,200] soldiers deserted each month.', { source: { name: 'HISR' }, statedOn: '2024-06-03' }],
  ['Dovanian troops shelled Ost again.\n\nHISR said on 3 June that 4,000 soldiers had been killed.\n\nThe Halden Institute for Strategic Research estimates that [1,200] soldiers deserted each month.', { source: { name: 'Halden Institute for Strategic Research' }, statedOn: '2024-06-03' }],
  ['Russian troops advanced near Pokrovsk.\n\nThe Center for Strategic and International Studies (CSIS) said on 3 June that 250,000 Russian troops had been lost.\n\nCSIS calculates that [1,200] Russian soldiers are killed or wounded each day.', { source: { name: 'CSIS' }, statedOn: '2024-06-03' }],
  // Two bodies with the same last word, or the same initials, are two sources: no date passes between them.
  ['Dovanian troops shelled Ost again.\n\nThe Halden Institute said on 3 June that 4,000 soldiers had been killed.\n\nThe Marren Institute estimates that [1,200] soldiers deserted.', { source: { name: 'Marren Institute' }, statedOn: '2024-11-20' }],
  ['Dovanian troops shelled Ost again.\n\nThe Halden Institute for Strategic Research said on 3 June that 4,000 soldiers had been killed.\n\nThe Hamar Institute for Security Research estimates that [1,200] soldiers deserted.', { source: { name: 'Hamar Institute for Security Research' }, statedOn: '2024-11-20' }],
  // The same body named again by its short name keeps its date.
  ['Dovanian troops shelled Ost again.\n\nThe Halden Institute said on 3 June that 4,000 soldiers had been killed.\n\nThe Halden Institute estimates that [1,200] soldiers deserted.', { source: { name: 'Halden Institute' }, statedOn: '2024-06-03' }],
];

positiveTable('speaker affiliation carried or kept null', affiliations);
positiveTable('date carried to the same source under another name', dates);
