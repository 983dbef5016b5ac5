/**
 * The whole extractor on invented reporting about wars and bodies no lexicon lists:
 * who is the source, whose people or things are counted (including sides read from an
 * article about two countries with no war built in), what the counted noun makes the
 * measure, and numbers that are not claims. Expectations follow shared/spec/claims.md.
 * The default publication date is Wednesday 2024-11-20 (Monday is 2024-11-18).
 */
import { missTable, positiveTable, type MissRow, type Row } from './helpers.js';

const sources: Row[] = [
  // A statement that ends in a colon heads the list under it: each short item is its words, of the side it says lost them;
  // a paragraph of prose after the list is not.
  ['Ukraine\'s General Staff said on Tuesday that Russia had lost the following since the invasion:\n\npersonnel – about 846,000 (+1,140)\n\ntanks – [10,047] (+12)\n\nhelicopters – 331', { source: { name: 'General Staff' }, statedOn: '2024-11-19', measure: 'equipment_lost', party: 'RU' }],
  ['Ukraine\'s General Staff said on Tuesday that Russia had lost the following since the invasion:\n\npersonnel – [about 846,000] (+1,140)\n\ntanks – 10,047 (+12)', { source: { name: 'General Staff' }, measure: 'killed_or_wounded', party: 'RU' }],
  ['In its update on Monday, the agency reported:\n\nKassala: 12,400 displaced\n\nGedaref: [8,900] displaced', { source: { name: 'agency' }, statedOn: '2024-11-18' }],
  ['In its update on Monday, the agency reported:\n\nKassala: 12,400 displaced\n\nFighting went on across the region through the week as supply lines were cut and markets closed in most of the towns, and aid convoys turned back at checkpoints the armed groups had set up along the main road north of the state capital.\n\nVillagers said [30] houses had burned.', { source: { name: 'Villagers' } }],
  // A body line that opens "Name: …" is that speaker's; a date, a section label or a topic before the colon is none.
  ['We spoke to the commander on Monday.\n\nBarra: [About 3,000] of their men were killed in the spring.', { source: { name: 'Barra' } }],
  ['The shelling went on.\n\nMarren governor: [four] killed in overnight shelling', { source: { name: 'Marren governor' } }],
  ['The shelling went on.\n\n19 March: the rebels freed [three] hostages.', { source: null }],
  ['The shelling went on.\n\nBackground: [about 60,000] people have fled the valley.', { source: null }],
  ['The shelling went on.\n\nKilled: [4,120]', { source: null, measure: 'killed' }],
  // A country's or a place's toll counts its dead; it is no speaker.
  ['The shelling went on overnight.', { source: { name: 'health ministry' } }, { title: 'Goma death toll [passes 1,200], health ministry says' }],
  ['The shelling went on overnight.', { source: null }, { title: "Kenya's death toll [tops 300] as floods recede" }],
  ['The fighting continued overnight.', { source: { name: 'Vesna Civic Monitor' } }, { title: '[31] detainees died in custody, Vesna Civic Monitor says' }],
  ['The shelling stopped at dawn.', { source: { name: 'Ost mayor' } }, { title: 'Ost shelling', subtitle: 'The Ost mayor said [14] people had been killed in the night.' }],
  // A headline's "X: …" names a speaker only when X is one, not a kind of piece or a topic.
  ['The fighting continued overnight.', { source: { name: 'Vesna Civic Monitor' } }, { title: 'Vesna Civic Monitor: [31] detainees died in custody' }],
  ['The fighting continued overnight.', { source: { name: 'NIS' } }, { title: '[3,000] troops sent to the front: NIS' }],
  // An interview's answers are its subject's words, dated by the day the interview was held.
  ["Kenya's refugee commissioner, Amina Odhiambo, says the camps are full.\n\nThis interview was conducted in Nairobi on 12 November.\n\nHow many people have arrived this year?\n\n[About 40,000] people, many of them from the border villages.", { source: { name: 'Amina Odhiambo' }, statedOn: '2024-11-12' }],
  ['Rebel commander Idris Barre spoke to us from the front.\n\nQ: How many of your fighters have been captured?\n\nA: [Around 300] fighters are held by the army.', { source: { name: 'Idris Barre' } }],
  // An apposition between a speaker and its verb: the name speaks, and where it is based is its country;
  // a plural name's bare apostrophe is its possessive; a name of several capitals opens a sentence whatever its ending.
  ['The Tamsin Relief Network, one of the valley\'s largest aid groups, said on Monday that [4,000] families had fled.', { source: { name: 'Tamsin Relief Network' } }],
  ["Harbe, the rebels' political wing in the south, said [40] soldiers had been captured.", { source: { name: 'Harbe' } }],
  ['The Vesna Monitoring Committee, a rights group based in Kenya, said [310] detainees had died.', { source: { name: 'Vesna Monitoring Committee', affiliation: 'KE' } }],
  // Where an unnamed speaker is, by its country's adjective, is its country; a consultancy is a body that speaks.
  ['The Halden Institute, a British think tank, said 300 people had fled.\n\nOfficials in the Kenyan town of Oltesa said [2,000] refugees had arrived from Somalia this week.', { source: { name: 'Officials in the Kenyan town of Oltesa', affiliation: 'KE' } }],
  ['The Halden Institute, a British think tank, said 300 people had fled.\n\nA nurse in the Chadian town of Berrou said [40] refugees had arrived from Sudan this week.', { source: { affiliation: 'TD' } }],
  ['A Lagos-based security consultancy said [40] soldiers had been killed in the ambush.', { source: { name: 'Lagos-based security consultancy', affiliation: 'NG' } }],
  ["The Netherlands' defence ministry said [two] of its soldiers were wounded.", { source: { name: 'defence ministry', affiliation: 'NL' } }],
  ['Ahmed Sallem Barra, a spokesman for the front, told reporters that [47] soldiers had been killed.', { source: { name: 'Ahmed Sallem Barra' } }],
  // A state's forces and rulers by other names, and offices that speak for citizens, speak; a lower-case
  // "commission" is no "Commission" (the EU's).
  ["Ghana's defence force said on Monday that [nine] of its soldiers had been killed.", { source: { name: "Ghana's defence force", affiliation: 'GH' } }],
  ['Police said four people were hurt.\n\n[Three] civilians were killed, the human rights ombudsman said.', { source: { name: 'human rights ombudsman' } }],
  ['The junta insists it has lost only [a few hundred] soldiers.', { source: { name: 'junta' } }],
  ['In its report, the commission said it had documented [1,351] killings in the Marren valley.', { source: { name: 'commission', affiliation: null } }],
  // A plural's possessive apostrophe is inside a name; a live blog's time stamp is no part of one.
  ["The Kenyan Veterans' Association said on Monday that [36] former soldiers had been released.", { source: { name: "Kenyan Veterans' Association" } }],
  ['09:40 Marren regional governor Ines Barra said [two] people were killed in the shelling.', { source: { name: 'Marren regional governor Ines Barra' } }],
  // A short definite speaker ("the army") in a sentence placed in a country is that country's.
  ['Kenyan troops shelled rebel positions, the Kenyan defence ministry said.\n\nIn neighbouring Somalia, the army said [20] militants were killed.', { source: { name: 'army', affiliation: 'SO' } }],
  // A country before a headline's colon is the story's place: the speaker is the one the headline names, or none.
  ['The fighting continued overnight.', { source: { name: 'monitor' } }, { title: 'Kenya: [more than 300] killed in border clashes, monitor says' }],
  ['The fighting continued overnight.', { source: null }, { title: 'Kenya: militants kill [dozens] of soldiers in attack on base' }],
  ['The fighting continued overnight.', { source: null }, { title: 'Explainer: how [33] hostages changed hands in the truce' }],
  ['The fighting continued overnight.', { source: null }, { title: 'Live: [2,439] defenders surrender in Ost' }],
  ['The fighting continued overnight.', { source: null }, { title: "The governor's last aid package: [$500 million] for Ost" }],
  ['The fighting continued overnight.', { source: null }, { title: 'Counting Ost: what the [20,000] dead do and do not say' }],
  ['The Dovanian interior ministry said [40] police officers were hurt in the riots.', { source: { name: 'Dovanian interior ministry', kind: 'official', affiliation: null, anonymous: false } }],
  ['The Sahel Rights Observatory, a Senegal-based monitor, said [52] civilians were killed in the raid.', { source: { name: 'Sahel Rights Observatory', affiliation: 'SN' } }],
  ['A Kenya-based monitor said [70] people had been abducted along the highway.', { source: { name: 'Kenya-based monitor', affiliation: 'KE' } }],
  ["Armenia's defence minister said [12] soldiers were killed overnight.", { source: { name: 'defence minister', affiliation: 'AM' } }],
  ["Kenya's interior minister, Joseph Wambua, said [14] officers had been abducted.", { source: { name: 'Joseph Wambua', affiliation: 'KE' } }],
  ['A Colombian army commander told Reuters that [23] rebels had been captured.', { source: { name: 'Colombian army commander', anonymous: true, affiliation: 'CO', via: ['Reuters'] } }],
  ['Two Ethiopian officials told the BBC that [3,000] fighters had laid down their arms.', { source: { affiliation: 'ET', anonymous: true, via: ['BBC'] } }],
  ['Colonel Ines Barra, who commands the Dovanian 3rd Brigade, said [300] recruits had deserted.', { source: { name: 'Ines Barra', anonymous: false } }],
  ['A Thai army officer, speaking on condition of anonymity, said [60] soldiers were missing.', { source: { name: 'Thai army officer', anonymous: true, affiliation: 'TH' } }],
  ['[Twelve] schools were shelled in Ost, the Dovanian education ministry said.', { source: { name: 'Dovanian education ministry' } }],
  ['Border guards detained [40] smugglers, said Lena Ort, a spokeswoman for the Estonian border service.', { source: { name: 'Lena Ort', affiliation: 'EE' } }],
  ['According to the Vesna Civic Monitor, [31] detainees have died in custody since March.', { source: { name: 'Vesna Civic Monitor', affiliation: null } }],
  ['[At least 19] people were killed, according to hospital officials in Marren.', { source: { name: 'hospital officials', anonymous: true } }],
  ['The Colombian army on Monday announced that [23] rebels had been captured.', { source: { name: 'Colombian army', affiliation: 'CO' }, statedOn: '2024-11-18' }],
  ['Governor Tomas Reyes on Sunday said [eight] people had drowned in the flooded trenches.', { source: { name: 'Tomas Reyes' }, statedOn: '2024-11-17' }],
  ['“We lost [300] men in a single week,” said Colonel Ines Barra.', { source: { name: 'Ines Barra' } }],
  ['“The report said [100] died,” Amara Osei, a doctor in Marren, told reporters.', { source: { name: 'Amara Osei' } }],
  ['The Daily Meridian reported, citing a Kenyan police official, that [70] people were abducted.', { source: { name: 'Daily Meridian', cited: { name: 'Kenyan police official' } } }],
  ['The Daily Meridian, quoting a Kenyan police official, said [70] people were abducted.', { source: { name: 'Daily Meridian', cited: { name: 'Kenyan police official' } } }],
  ['Reuters, quoting a Kenyan police official, said [70] people were abducted.', { source: { name: 'Kenyan police official', via: ['Reuters'] } }],
  // A speaker with no country of its own takes none from what it reports ("… that Somalia had broken it"),
  // but does from a side named outside the report ("On the Somali side, …").
  ['Kenya counts its dead. Kenya and Somalia blame each other for the raids, and Kenya has closed the border.\n\nHealth Minister Amina Odhiambo said [309] people had been killed since the truce, and that Somalia had broken it 40 times.', { source: { name: 'Amina Odhiambo', affiliation: 'KE' } }],
  ['Kenya counts its dead. Kenya and Somalia blame each other for the raids, and Kenya has closed the border.\n\nOn the Somali side, the defence ministry reported that its gunners had shot down [65] drones overnight.', { source: { name: 'defence ministry', affiliation: 'SO' }, party: 'KE' }],
  // The day in a participle frame or in a leading phrase with a participle dates the statement.
  ['Security sources gave a higher toll, telling a news agency on Monday that [four] crew members had been killed.', { source: { name: 'Security sources' }, statedOn: '2024-11-18' }],
  ['In a memo listing the findings on Monday, the project lead, Jan Smit, said [about 12%] of the dead were killed by shelling.', { source: { name: 'Jan Smit' }, statedOn: '2024-11-18' }],
  // A statement's own day told of the statement: "published in", "given in", "released on".
  ['The monitor\'s last update, published in September and covering the war up to July, showed [3,100] civilians dead.', { statedOn: '2024-09' }],
  ['The bureau\'s earlier count, given in April, was [at least 410] dead.', { statedOn: '2024-04' }],
  ['[About 9,000] people have been killed, according to a report released on 4 October by the Vesna Civic Monitor.', { statedOn: '2024-10-04' }],
  ['The council, in a joint statement with two aid groups on 3 October, said [1,200] families had been uprooted.', { statedOn: '2024-10-03' }],
  // The day an estimate was made is its statement's, and no span of the figure.
  ['In Kenya, the most recent count, which dates from August 2023, put the number of displaced people at [about 360,000].', { statedOn: '2023-08', period: null }],
  ["The agency's most recent estimate for Somalia, from June 2024, is [about 120,000] refugees.", { statedOn: '2024-06', period: null }],
  // The day a span began is no event day of the figure: the statement keeps its own date.
  ['The death toll since the offensive began on 3 October rose to [405], the ministry said.', { statedOn: '2024-11-20', period: { start: '2024-10-03', end: null } }],
  // A body's head may stand inside its name: an association, a society, a union or a movement speaks.
  ['According to the Halden Association for Displaced Families, a rights group, [6,000] people have fled since March.', { source: { name: 'Halden Association for Displaced Families' } }],
  // Firms, collectives and documents speak as bodies do.
  ['The collective said [more than 200] of its members had been killed since June.', { source: { name: 'collective' } }],
  ['The company said [eight] of its substations had been hit overnight.', { source: { name: 'company' } }],
  ['The inquiry found that [1,100] detainees had died in the camps.', { source: { name: 'inquiry' } }],
  ['The letter said [about 4,000] civilians had been killed in the siege.', { source: { name: 'letter' } }],
  ['The assessment, released on Monday, said [12,000] troops were massed at the border.', { source: { name: 'assessment' } }],
  // Nouns in a speaker's complement say what the speaker knows, not who speaks.
  ['[About 30] tanks were lost in the crossing, sources familiar with the audit said.', { source: { name: 'sources familiar with the audit', anonymous: true } }],
  // A headline drops its articles: "Study finds" is "the study finds"; a plural of figures still speaks for no one.
  ['The fighting continued overnight.', { source: { name: 'Study' } }, { title: 'Study finds [1,400] civilians died in the siege of Ost' }],
  ['The fighting continued overnight.', { source: { name: 'Report' } }, { title: 'Report finds [1,400] civilians died in the siege of Ost' }],
  ['The fighting continued overnight.', { source: { name: 'New survey' } }, { title: 'New survey shows [300] villages emptied by the war' }],
  // A time after a speaker's name is when it spoke, not part of the name; figures "the office released" name their author.
  ['[Some 400] people were killed, according to figures released by the Marren Monitor on Monday.', { source: { name: 'Marren Monitor' }, statedOn: '2024-11-18' }],
  ['[Some 400] people were killed, according to figures the Marren Monitor released earlier this month.', { source: { name: 'Marren Monitor' }, statedOn: '2024-11' }],
  ['[Some 400] people were killed, according to data that the health ministry published on Monday.', { source: { name: 'health ministry' }, statedOn: '2024-11-18' }],
  // A wire dateline cut at its comma is still no part of the speaker's name.
  ['NAIROBI, March 10 (Meridian Wire) - Kenya\'s defence ministry said on Monday that [50] soldiers were killed.', { source: { name: "Kenya's defence ministry", affiliation: 'KE' } }],
  // An apposition after "according to X" gives the body its country.
  ['[At least five] people were killed in Mandera, according to Kaldor Relief, an Italian charity that runs the hospital there.', { source: { name: 'Kaldor Relief', affiliation: 'IT' } }],
  ['[At least 40] people were wounded, according to the Ost Rights Desk, a Norwegian monitoring group.', { source: { name: 'Ost Rights Desk', affiliation: 'NO' } }],
  // A dated participle phrase opening the sentence dates the statement, however long it runs.
  ['Speaking at a meeting of the regional defence group at the air base outside Nairobi in Kenya on Monday, President Amos Kariuki said [4,000] soldiers had been killed or wounded.', { statedOn: '2024-11-18' }],
  // Embassies speak; a verb that reports only in passing, after a modal, acts ("would give"), leaving the frame before it to speak.
  ["Norway's embassy in Kenya said on Monday that Oslo would give [$20 million] in emergency aid.", { source: { name: "Norway's embassy in Kenya", affiliation: 'NO' }, statedOn: '2024-11-18' }],
  ['The embassy said [40] of its citizens had been evacuated.', { source: { name: 'embassy' } }],
  // "a lower count": a comparative before a noun that is also a verb, so the participle after the comma speaks with the clause's subject.
  ["The Kenyan spy agency released a higher estimate on Monday, saying [about 300] militants had died.", { source: { name: 'Kenyan spy agency' }, statedOn: '2024-11-18' }],
  // Countries together speak, for none of them alone; a plant's management speaks.
  ['Norway, Sweden and Finland announced a joint package of [$500 million] on Monday.', { source: { name: 'Norway, Sweden and Finland', affiliation: null } }],
  ["The refinery's management alleged, without offering proof, that [three] drones had struck its storage tanks.", { source: { name: "refinery's management" } }],
  // A dated phrase after an inverted speaker and its apposition dates the statement; a title's stop is inside the name.
  ['"We have counted [40] dead," said Amos Kariuki, the regional governor, on Monday.', { source: { name: 'Amos Kariuki' }, statedOn: '2024-11-18' }],
  ['[At least 40] people were killed, said Amos Kariuki, the governor, in a radio interview on Monday.', { statedOn: '2024-11-18' }],
  ['[At least 40] people were killed, said Dr. Ines Barra, the hospital director.', { source: { name: 'Dr. Ines Barra, the hospital director' } }],
  // A bracketed body closing a line is its source; a bracketed country only places.
  ['[At least 18] civilians killed and 84 injured near the power plants (OHCHR)', { source: { name: 'OHCHR' } }],
  ['[€75 million] in new support announced on 2 October (European Commission)', { source: { name: 'European Commission', affiliation: 'EU' } }],
  ['[At least 30] people died in Kharkiv (Ukraine).', { source: null }],
  // A date with no comma before the speaker is no part of its name; a pronoun after a noun opens a relative clause.
  ['In April 2024 Norway said it would send [300] drones to Kenya.', { source: { name: 'Norway', affiliation: 'NO' } }],
  ['Kenya has received the [24] patrol boats it was promised, Defence Minister Amos Kariuki said on Monday, as the last one docked.', { source: { name: 'Amos Kariuki' } }],
  // "according to a ministry statement", "according to army figures": the speaker named in the modifier.
  ['According to a health ministry statement, [42] people died in the blast.', { source: { name: 'health ministry' } }],
  ['According to army figures, [43] soldiers died in the ambush.', { source: { name: 'army' } }],
  // A plural subject before a verb in the base form is a clause, not a compound noun.
  ['[As many as 90,000] may have died in the siege, the researchers estimate.', { source: { name: 'researchers' } }],
  // "the report says" later takes the day the article's last dated document was made public.
  ['About 9,000 people have been killed, according to a study released on 4 October by the Vesna Civic Monitor.\n\nMarren, the report says, has lost [close to 2,000] of its residents.', { statedOn: '2024-10-04' }],
  // A when-clause happened on the day it hangs on.
  ['It was the heaviest barrage since 2 October, when the rebels fired [96] rockets at the port, according to the navy.', { source: { name: 'navy' }, statedOn: '2024-10-02' }],
  ['The worst night came on 14 November, when drones hit [12] substations across the region.', { statedOn: '2024-11-14' }],
  // Roles people speak in, and a speaker before a relative clause that ends at the verb.
  ['The project lead, Jan Smit, said [31] people had died in the camp.', { source: { name: 'Jan Smit' } }],
  ['Jan Smit, the project lead, said [31] people had died in the camp.', { source: { name: 'Jan Smit' } }],
  ['A nurse at the clinic said [12] children had been wounded.', { source: { name: 'nurse', anonymous: true } }],
  ['The mission head told reporters [40] people had been abducted.', { source: { name: 'mission head' } }],
  ['A member of the village militia who reached the scene told a radio station that [20] students had died.', { source: { name: 'member of the village militia', anonymous: true } }],
  ['A surgeon who operated through the night said [14] of the wounded had died.', { source: { name: 'surgeon' } }],
  ['A monitoring project run by the Kenyan police that helps families find missing relatives published a list of [32] names.', { source: { name: 'Kenyan police', affiliation: 'KE' } }],
  ['The governor, citing hospital records, said [22] people died in the blast.', { source: { name: 'governor', cited: { name: 'hospital records' } } }, { fails: true }],
  ['The Marren health office raised the death toll to [26] on Tuesday.', { source: { name: 'Marren health office' }, statedOn: '2024-11-19' }],
  ["The Halden Institute's latest estimate puts rebel losses at [3,000].", { source: { name: 'Halden Institute' } }],
  ['An estimate published by the Tamsin Relief Fund puts the number of displaced at [2,000] families.', { source: { name: 'Tamsin Relief Fund' } }],
  ['Losses cited by the Armenian defence ministry reached [3,800] soldiers.', { source: { name: 'Armenian defence ministry', affiliation: 'AM' } }],
  ['Police said 40 houses burned, adding that [12] people were hurt.', { source: { name: 'Police' } }],
  ['The Eritrean information minister rejected the account, saying only [five] soldiers were hurt.', { source: { name: 'Eritrean information minister', affiliation: 'ER' } }],
  // A possessive pronoun points at the speaker named before it, or at no one.
  ['Governor Tomas Reyes said on Monday that 3 shells fell. His count was [12] dead and 40 wounded.', { source: { name: 'Tomas Reyes' } }],
  ['Its count was [12] dead, the Marren health office said later.', { source: { name: 'Marren health office' } }],
  ['The shelling went on. Their tally put the dead at [30].', { source: null }],
  // Reports alone, "reportedly", a passive estimate and an action name no source.
  ['According to reports, [30] soldiers were killed near Ost.', { source: null, hedges: ['according to reports'] }],
  ['Rebels reportedly captured [15] soldiers near the dam.', { source: null, hedges: ['reportedly'] }],
  ['The rebels are estimated to have [4,000] fighters in the hills.', { source: null, hedges: ['estimated'] }],
  ['The Tamsin Relief Fund delivered [1,500 tonnes] of flour to Ost.', { source: null }],
  // A sentence with no attribution inherits the one before it in the paragraph.
  ['The Marren health office said the hospital was full. [Forty] patients were admitted overnight.', { source: { name: 'Marren health office' } }],
  ['Colonel Ines Barra spoke to reporters in Ost on Monday. [Eighty] of his men were missing, he said.', { source: { name: 'Ines Barra' }, statedOn: '2024-11-18' }],
  ['Dara Venn, the mayor of Ost, toured the ruins. The mayor said [14] people had been killed.', { source: { name: 'Dara Venn' } }],
  // A coalition speaks for several countries: no one country (contract).
  ['The Dovanian-led coalition said [326] civilians had been killed in its strikes.', { source: { name: 'Dovanian-led coalition', affiliation: null } }],
  ['The US-led coalition said [326] civilians had been killed in its air strikes.', { source: { name: 'US-led coalition', affiliation: null } }],
  // A body that heads a statement noun owns it, not a body named in its "of" complement.
  ['Rebels took [725 square kilometres] in October, according to an AFP analysis of ISW data.', { source: { affiliation: 'FR' } }],
  ['Rebels took [725 square kilometres] in October, according to a Reuters tally of UN figures.', { source: { affiliation: 'GB' } }],
  // A wire dateline is not part of the speaker's name.
  ['OST (Meridian Wire) - International monitors recorded [more than 1,500] ceasefire violations on Friday.', { source: { name: 'International monitors' } }],
  // A statement noun hands its figures to the body that kept or checked them.
  ['[At least 50] people were killed, according to figures verified by the Marren health office.', { source: { name: 'Marren health office' } }],
  ['Troops have killed [more than 600] civilians since the coup, according to tallies kept by the Vesna Civic Monitor.', { source: { name: 'Vesna Civic Monitor' } }],
  ['[At least 50] villagers were killed, according to a new investigation published on Friday by the Daily Meridian.', { source: { name: 'Daily Meridian' } }],
  // A figure of comparison is dated as what it was then, not as the day it was reported.
  ['The rebels now hold a third of the province, compared with [more than 40%] on 1 March, the Vesna Civic Monitor said.', { statedOn: '2024-11-20' }],
  ['[307] prisoners were freed on Saturday, the Vesna Civic Monitor said.', { statedOn: '2024-11-16' }],
  // A dated opening phrase dates the statement that follows it.
  ['Speaking at a meeting of allied ministers in Ost on Monday, the governor said [40] soldiers had been killed.', { source: { name: 'governor' }, statedOn: '2024-11-18' }],
  ['At a donor conference in Marren on 12 November, the aid agency said donors had pledged [€2.1 billion] for the region.', { source: { name: 'aid agency' }, statedOn: '2024-11-12' }],
  ['When inspectors reached the site on 3 November, the prosecutor said [about 60] people had been buried there.', { source: { name: 'prosecutor' }, statedOn: '2024-11-03' }],
  ['At the third meeting, on 2 June, the envoys agreed that each camp would release [at least 1,200] prisoners.', { statedOn: '2024-06-02' }],
  // An opening with no day leaves the date to the rest of the sentence.
  ['At a donor conference in the Marren city hall, the aid agency said on Tuesday that donors had pledged [€2.1 billion].', { statedOn: '2024-11-19' }],  // A verb with a figure for its object is active: "by" after the object is no agent.
  ['The Vesna Civic Monitor projected [40,000] deaths by the end of the year.', { source: { name: 'Vesna Civic Monitor' } }],
  ['The Marren health office counted [300] deaths by mid-December.', { source: { name: 'Marren health office' } }],
  // After a possessive, a statement noun is a noun: its possessor speaks.
  ["The monitor's overall count for the war stood at [12,001] dead, the Vesna Civic Monitor said.", { source: { name: 'Vesna Civic Monitor' } }],
  ["The Tamsin Relief Fund's latest count put the displaced at [2,000].", { source: { name: 'Tamsin Relief Fund' } }],
  // "His first count": a possessive pronoun's statement is its speaker's; a mediator speaks.
  ['Governor Tomas Reyes said on Monday that 3 shells fell.\n\nHis first count, given at a news conference, was [eight] dead and 40 wounded.', { source: { name: 'Tomas Reyes' } }],
  ['The fighting continued overnight.', { source: { name: 'mediator Dara Venn' } }, { title: 'The war may have killed [600,000] people, mediator Dara Venn says' }],
  // Witnesses, bodies and databases speak; a registry records.
  ['Eyewitnesses told the Daily Meridian that drone strikes killed [50] civilians in Ost.', { source: { name: 'Eyewitnesses', anonymous: true } }],
  ['[Some 2,400] residents left the two camps, according to a liaison body for the camps of Ost.', { source: { name: 'liaison body for the camps of Ost' } }],
  ['A United Nations database records [6,545] trucks offloaded at the crossings.', { source: { name: 'United Nations database', affiliation: 'UN' } }],
  ['The UN migration agency has registered [more than 5,000] people who fled the town.', { source: { name: 'UN migration agency', affiliation: 'UN' } }],
  // Countries joined by "and" speak for no one of them.
  ['[21] captives were freed last week, according to counts by Kenyan and Ugandan officials.', { source: { name: 'Kenyan and Ugandan officials', affiliation: null } }],
  ['Kenyan and Ugandan officials said [40] soldiers had been killed near the border.', { source: { affiliation: null } }],
  // People an outlet quotes speak; the outlet relays them.
  ['Field sources quoted by the Harbour Times on Sunday put the toll at [2,300].', { source: { name: 'Field sources', via: ['Harbour Times'] } }],
  ['Two medics quoted by Radio Ost said [14] people had died in the clinic.', { source: { name: 'Two medics', via: ['Radio Ost'] } }],
  // "Security sources", "field sources": unnamed sources the text places nowhere take no country of the article's,
  // and a body named after them is read as if named first.
  ['Kenya said the raid hit Lamu. Kenya closed the road. Kenya mourned.\n\nSecurity sources said [40] soldiers had been killed.', { source: { name: 'Security sources', affiliation: null } }],
  ['Kenya said the raid hit Lamu. Kenya closed the road. Kenya mourned.\n\nSecurity sources said the blasts were remote-controlled.\n\nA second blast killed [nine] people, according to the health ministry.', { source: { name: 'health ministry', affiliation: 'KE' } }],
  // A country's adjective before a body names whose it is, even after "from" or "by": no other speaker's side carries over.
  ['The US command said allied ships had shot down most of them. Figures from the Kenyan Defence Ministry show [nine] soldiers were wounded.', { source: { affiliation: 'KE' } }],
  ['Officials in Washington gave no figure. Data released by the Ugandan Interior Ministry show [40] people were detained.', { source: { affiliation: 'UG' } }],
  // A count's label before a participle ("Fatalities reported: 2,614") names no speaker; a think tank does.
  ['The monitor published its weekly figures on Friday.\n\nFatalities reported: [2,614]', { source: null, measure: 'killed' }],
  ['The monitor published its weekly figures on Friday.\n\nMilitary airstrikes recorded: [41]', { source: null, measure: 'strikes' }],
  ['The monitor published its weekly figures on Friday.\n\nHealth facilities attacked: [14]', { source: null, measure: 'strikes', unit: 'item' }],
  ['A Washington think tank estimated that [about 400,000] soldiers had been killed or wounded.', { source: { name: 'Washington think tank' } }],
  // A transcript's turns: the paragraphs under a speaker's label in capitals are that speaker's until the next label;
  // a question's label ends the turn.
  ['Transcript of the briefing.\n\nARMY SPOKESMAN COLONEL JON MBEKI:\n\nOur units cleared [14] villages this week.', { source: { name: 'Army Spokesman Colonel Jon Mbeki' } }],
  ['Colonel Jon Mbeki, the army spokesman, opened the briefing.\n\nQ: How many attacks were there?\n\nCOL. MBEKI: There were [31] attacks on our posts.', { source: { name: 'Mbeki' } }],
  ['Transcript of the briefing.\n\nARMY SPOKESMAN COLONEL JON MBEKI:\n\nOur units cleared 14 villages.\n\nQ: Rebels say [40] of their fighters died. Can you confirm?', { source: { name: 'Rebels' } }],
  ['Transcript of the briefing.\n\nARMY SPOKESMAN COLONEL JON MBEKI:\n\nOur units cleared 14 villages.\n\nQ: Thank you.\n\n[Twelve] soldiers were wounded.', { source: null }],
  // The first person outside a quotation (an interview's answers, a statement in its own voice) is the last speaker named.
  ['Lena Ort, the regional ombudsman, said the camps were full.\n\nWe have reports of [31] people missing in the valley.', { source: { name: 'Lena Ort' } }],
  ['Colonel Ines Barra, who commands the eastern sector, spoke to us by phone.\n\nHow many fighters have you faced?\n\nIn our sector alone, I would say [1,000 to 1,500] men.', { source: { name: 'Ines Barra' } }],
];

const parties: Row[] = [
  // What an attacker destroys, downs or seizes is the other side's, when the article names the two sides.
  ['The war between Ethiopia and Eritrea entered its third week.\n\nEthiopian forces destroyed [11] tanks near the border town, the army said.', { measure: 'equipment_lost', party: 'ER' }],
  ['Fighting between Armenia and Azerbaijan flared again.\n\nAzerbaijani troops knocked out [four] armoured vehicles on the ridge, the ministry said.', { measure: 'equipment_lost', party: 'AM' }],
  ['The war between India and Pakistan entered its fourth day.\n\nIndian air defences shot down [two] helicopters over the valley, officials said.', { measure: 'equipment_lost', party: 'PK' }],
  // The side named after the things or people, by "of", is whose they were; parts of an army act for it.
  ['Fighting between Kenya and Somalia flared again.\n\nUnits of the Kenyan army destroyed [nine] trucks and two armoured vehicles of the Somali armed forces, the ministry said.', { measure: 'equipment_lost', party: 'SO' }],
  ['Fighting between Kenya and Somalia flared again.\n\nUnits of the Kenyan army destroyed nine trucks and [two] armoured vehicles of the Somali armed forces, the ministry said.', { measure: 'equipment_lost', party: 'SO' }],
  ['The war between Chad and Sudan entered its second month.\n\nChad says it has destroyed [roughly half] of Sudan\'s attack helicopters.', { measure: 'equipment_lost', party: 'SD' }],
  ['The war between Chad and Sudan entered its second month.\n\nAir defence units of the Chadian army shot down [six] helicopters over the border, officials said.', { measure: 'equipment_lost', party: 'SD' }],
  // A report from where refugees arrive counts the people of the country they fled, once its sentences say which.
  ['Chad said its camps were full. Chad asked for help. Chad closed two crossings.\n\nMore than 20,000 people have fled Sudan into Chad since May, the agency said.\n\nThe agency has moved [9,000] refugees from the border to camps further inland.', { measure: 'displaced', party: 'SD' }],
  ['The number of people who have fled Kenya\'s northern county for Uganda has risen to [12,000], the agency said.', { measure: 'displaced', party: 'KE' }],
  // Captives a side is to free, or will free, were taken from the other side.
  ['The war between Chad and Sudan entered its second month.\n\nUnder the deal, Sudan is to release [33] prisoners in the first phase.', { measure: 'captured', party: 'TD' }],
  ['The war between Chad and Sudan entered its second month.\n\nChad will hand over [12] captives on Saturday, mediators said.', { measure: 'captured', party: 'SD' }],
  // People killed by a side's forces, in the passive, are the other side's.
  ['The war between Chad and Sudan entered its second month. Chad says Sudan shelled its towns; Sudan says Chad struck its bases.\n\nSince March, [31] civilians have been killed by the Sudanese armed forces, the prosecutor said.', { measure: 'killed', party: 'TD' }],
  ['The war between Chad and Sudan entered its second month. Chad says Sudan shelled its towns; Sudan says Chad struck its bases.\n\n[Four] farmers were wounded in shelling by Chadian troops near the border, officials said.', { measure: 'wounded', party: 'SD' }],
  // … and where it stood says whose it was, with or without the sides; damage wrecks as destruction does.
  ['Cypriot drones destroyed [40] lorries in Malta, the ministry said.', { measure: 'equipment_lost', party: 'MT' }],
  ['The war between Ethiopia and Eritrea entered its third week.\n\nEthiopian shelling damaged [nine] armoured vehicles near the border town, the army said.', { measure: 'equipment_lost', party: 'ER' }],
  // A roundup of countries under headings: a section's figures that nothing else places are about its own country.
  ['Our weekly digest.\n\n1. KENYA\n\nKenya said 40 soldiers died near Lamu. Kenya blamed the militants. Kenyan officials mourned the dead. Kenya closed the border.\n\n2. CHAD\n\n[Twelve] soldiers were wounded in an ambush near the lake.', { party: 'TD', measure: 'wounded' }],
  // A sentence that opens in a country ("In neighbouring Niger, …") places its dead there, whatever the article's main war;
  // refugees a country hosts are not its own.
  ['Kenya said 40 soldiers died near Lamu. Kenya blamed Somalia. Kenyan officials mourned the dead.\n\nIn neighbouring Uganda, [12] soldiers were killed in a raid on Monday, a UN official said.', { party: 'UG', measure: 'killed' }],
  ['Kenya said 40 soldiers died near Lamu. Kenya blamed the militants. Kenyan officials mourned the dead.\n\nAcross southern Ethiopia, [30] people were wounded in clashes last week, officials said.', { party: 'ET', measure: 'wounded' }],
  ['Sudan said 40 soldiers died near Kosti. Sudan blamed the RSF. Sudanese officials mourned the dead.\n\nIn Chad, [1.2 million] refugees are sheltering in camps near the border.', { party: 'SD', measure: 'displaced' }],
  // The people a part is, named after it ("of them Sudanese"); a host is no side of the refugees it takes in.
  ['Lebanon said 40 people died. Lebanon blamed Israel. Lebanese officials mourned the dead.\n\nChad hosts about 1.3 million refugees, [more than 900,000] of them Sudanese, according to the UN.', { party: 'SD', measure: 'displaced' }],
  ['The blast killed 60 workers at the mine, [40] of whom were Chadian, the company said.', { party: 'TD', measure: 'killed' }],
  ['Sudan said 40 soldiers died near Kosti. Sudan blamed the RSF. Sudanese officials mourned the dead.\n\nChad now hosts [about 600,000] refugees, the UN said.', { party: 'SD', measure: 'displaced' }],
  // What the speaker says its own forces did, or its own people suffered, is the speaker's side's, however
  // much of the article is about another war.
  ['Ukraine said Russia fired drones at Kharkiv. Russia said Ukraine shelled Belgorod. Ukrainian officials said Russian troops advanced.\n\nThe Turkish defence ministry said its aircraft had struck [18] targets in northern Syria.', { party: 'TR', measure: 'strikes' }],
  ['Ukraine said Russia fired drones at Kharkiv. Russia said Ukraine shelled Belgorod. Ukrainian officials said Russian troops advanced.\n\nMalawi\'s army said [three] of its peacekeepers had died near Goma.', { party: 'MW', measure: 'killed' }],
  ['Ukraine said Russia fired drones at Kharkiv. Russia said Ukraine shelled Belgorod. Ukrainian officials said Russian troops advanced.\n\nThe UN mission said [40] of its peacekeepers had been wounded since January.', { party: 'UN', measure: 'wounded' }],
  // A side named in the figure's own words ("nine Eritrean mercenaries") is whose, whoever the clause's subject is
  // or whatever side a figure before it in the list had.
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nKenya said its troops had killed 40 Somali soldiers and [nine] Eritrean mercenaries near the border.', { party: 'ER', measure: 'killed' }],
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nSomalia said it had captured 12 Kenyan soldiers and [three] Ugandan officers on Monday.', { party: 'UG', measure: 'captured' }],
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nThe Somali army said it had shot down [two] Ethiopian drones over the border.', { party: 'ET' }],
  // An armed group named in the figure's words counts as the country where it fights, whoever reports it.
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nThe US military said an air strike had killed [62] ELN guerrillas near the Venezuelan border.', { party: 'CO', measure: 'killed' }],
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nThe army said [27] TTP militants were killed in a raid.', { party: 'PK', measure: 'killed' }],
  // A second verb of fate with a bare figure ("and wounded 11 more") counts more of the same people.
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nThe Somali army said it had killed four Kenyan soldiers and wounded [11] more.', { party: 'KE', measure: 'wounded' }],
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nKenya said its troops had killed 70 Eritrean mercenaries and captured [about 20].', { party: 'ER', measure: 'captured' }],
  // People who fled or crossed from a country are its displaced, whoever counts them where they arrive.
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nKenyan officials said [8,000] people crossed from Somalia into Kenya on Monday.', { party: 'SO', measure: 'displaced' }],
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nEthiopian officials said [1,200] people had fled from Somalia since Friday.', { party: 'SO', measure: 'displaced' }],
  // "its citizens" after a country as the clause's subject are that country's, whatever side the article is about.
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nIreland evacuated [about 300] of its citizens from Mogadishu.', { party: 'IE', measure: 'displaced' }],
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nEgypt has evacuated [140] of its nationals from the capital.', { party: 'EG' }],
  // A label line that opens with a side's people is theirs; a place after a preposition in it is only where.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nSomali soldiers killed: [about 90]', { party: 'SO', measure: 'killed' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nKenyan police wounded in Somalia: [41]', { party: 'KE', measure: 'wounded' }],
  // A country that has, sends or withdraws troops owns them, wherever the article's war is; troops withdrawn from a country are not from it.
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nUganda still has [about 4,000] troops in southern Somalia.', { party: 'UG' }],
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nEthiopia withdrew most of its [3,000] soldiers from Somalia last year.', { party: 'ET' }],
  ['Somalia and Kenya traded fire. Somali officials said Kenyan troops crossed. Kenya said Somalia attacked.\n\nBurundi, which contributes [around 1,200] soldiers to the mission, called for talks.', { party: 'BI' }],
  // A side that says "it" or "its fighters" attacked is the attacker, an armed group as much as a state.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe Kenyan army said it had carried out [more than 60] strikes on militant camps.', { party: 'KE', measure: 'strikes' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nAl-Shabaab said its fighters had fired [40] mortar rounds at the Kenyan base.', { party: 'SO', measure: 'strikes' }],
  // A dateline names where the story was filed, not a side: not even by counting towards the article's sides.
  ['NAIROBI (Meridian Wire) — [Three] Irish peacekeepers were hurt when a shell hit their base, the mission said.', { party: 'IE' }],
  ['NAIROBI (Meridian Wire) — Donors pledged [$400 million] for the flood appeal on Monday.', { party: null }],
  ['NAIROBI (Meridian Wire) — Somali militants attacked a border post overnight.\n\nNAIROBI (Meridian Wire) — The Somali army said it had killed [40] militants in the counter-attack.', { party: 'SO' }],
  // The subject of a verb of attacking is the attacker, whatever side the paragraph before struck with.
  ["Somalia and Kenya traded strikes overnight, officials in Nairobi and Mogadishu said.\n\nKenya's air force said Somalia launched 90 drones and 12 missiles, of which 70 drones were shot down.\n\nSomali strikes killed four people in Mandera, the regional governor said.\n\nKenyan forces hit [12] Somali fuel depots in the past month.", { party: 'KE', measure: 'strikes' }, { title: 'Somalia and Kenya trade strikes' }],
  // "The enemy lost N": the side the speaker fights.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nNairobi said the enemy had lost [up to 150] troops in the fighting.', { party: 'SO' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe enemy lost [about 60] soldiers there, the Kenyan army said.', { party: 'SO' }],
  // What a side's officials call those they fight is the other side's people, with no verb of theirs before the figure.
  ["Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nKenya's defence ministry said [210] “terrorists” were “neutralised” in the first week of the operation.", { party: 'SO' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe Kenyan president told reporters on Monday that [95] militants had been killed in the raids.', { party: 'SO', measure: 'killed' }],
  // … and bare "fighters" or "gunmen" in a side's own account are those it fights; "its fighters" are its own.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe Kenyan army said [40] fighters were killed in the raid on the camp.', { party: 'SO', measure: 'killed' }],
  // A side's own tally of its people ("put their own losses at") is its own, whatever the sentence named before.
  ['Kenya and Somalia traded fire. Kenyan officials said Somali troops crossed.\n\nAbout 6,000 Kenyans remain displaced, and Somali officials put their own displaced at [over 11,000].', { party: 'SO', measure: 'displaced' }],
  ['Kenya and Somalia traded fire. Kenyan officials said Somali troops crossed.\n\nSomalia reported heavy losses, while Kenyan officials put their own dead at [13].', { party: 'KE', measure: 'killed' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nKenyan police said [12] gunmen had been killed near the border post.', { party: 'SO', measure: 'killed' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe Kenyan army said [11] of its fighters had been killed near the border.', { party: 'KE', measure: 'killed' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\n[About 70] enemy fighters died in the ambush, a Kenyan army spokesman said.', { party: 'SO', measure: 'killed' }],
  // A side's own air force or jets as the subject of a strike: the speaker's side struck.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe Kenyan army said its air force had struck [more than 90] targets in Somalia.', { party: 'KE', measure: 'strikes' }],
  // Two sides' forces striking together: the strikes are no one side's; strikes at two sides' forces stay the striker's.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nKenyan and Ugandan jets carried out [at least 40] air strikes on rebel camps.', { party: null, measure: 'strikes' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nSomali gunners fired [12] rockets at Kenyan and Ugandan positions.', { party: 'SO', measure: 'strikes' }],
  // Another side's officials reporting the same kind of loss in the same paragraph speak of their own.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nKenya said 40 soldiers were killed in the fighting. Somalia reported [25] servicemen killed and 60 wounded.', { party: 'SO', measure: 'killed' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe Kenyan army said 12 soldiers had died. The Somali defence ministry said [nine] of its men had died as well.', { party: 'SO', measure: 'killed' }],
  // A monitor's militants are no side's by that word alone: the place they died in says whose.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nA monitoring group said [12] militants were killed in Somalia.', { party: 'SO' }],
  // A country named in passing is no side: in a war inside one country, the other side is no foreign one.
  ["Sudan's army fought the RSF around El Fasher on Monday. Sudanese officials said the city was surrounded, and Sudanese aid groups said food had run out.\n\nThe Sudanese army said the RSF had shelled the main market. Sudan's government called it a war crime.\n\nThe RSF said its fighters had killed [40] soldiers.\n\nEgypt called for a ceasefire.", { party: 'SD' }],
  // A count of both sides' dead after the noun is nobody's alone.
  ['Kenyan and Somali troops clashed at the border.\n\nThe mediator said it had counted [at least 70] dead on both sides.', { party: null }],
  ['Kenyan and Somali troops clashed at the border.\n\n[About 260,000] people had been displaced on both sides of the border, the agency said.', { party: null }],
  // Who intercepts was attacked: the drones stopped are the other side's.
  ['Somali forces fought Kenyan troops on the border.\n\nKenyan air defences intercepted [40] drones over Mandera, the ministry said.', { party: 'SO', measure: 'strikes' }],
  ['Somali forces fought Kenyan troops on the border.\n\nKenyan troops repelled [six] assaults near Mandera, the army said.', { party: 'SO', measure: 'strikes' }],
  // An international body's people are its own, though the body never speaks for a side.
  ['[More than 200] UNRWA staff have been killed since the war began.', { party: 'UN' }],
  ['[Eleven] MONUSCO peacekeepers were wounded when their convoy was ambushed near Beni.', { party: 'UN' }],
  // Blue helmets with no one else's name on them are the UN's; "others" after a counted group are more of the same people.
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\n[More than 40] peacekeepers have died in the valley since the deployment began.', { party: 'UN', measure: 'killed' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe mission said [one] peacekeeper had been killed near the border.', { party: 'UN', measure: 'killed' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nThe mission said one peacekeeper had been killed and [six] others wounded.', { party: 'UN', measure: 'wounded' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\n[Three] Irish peacekeepers were hurt by shrapnel.', { party: 'IE' }],
  ['Kenya and Somalia traded fire. Kenya said Somalia attacked. Kenyan officials said Somali troops crossed.\n\nA drone strike killed 30 Ethiopian traders and wounded [22] others at the market, the governor said.', { party: 'ET', measure: 'wounded' }],
  // A bare figure in a list after one whose noun named the side counts more of those people (the noun is left out).
  ['Kenya and Somalia traded fire. Kenyan officials said Somali troops crossed.\n\nThe Kenyan army said 60 militants had been killed, [14] captured and 9 wounded in the raid.', { party: 'SO', measure: 'captured' }],
  ['Kenya and Somalia traded fire. Kenyan officials said Somali troops crossed.\n\nThe Kenyan army said 60 militants had been killed, 14 captured and [9] wounded in the raid.', { party: 'SO', measure: 'wounded' }],
  ['Kenya and Somalia traded fire. Kenyan officials said Somali troops crossed.\n\nKenyan commanders said 45 Somali soldiers were killed and [70] wounded on Monday.', { party: 'SO', measure: 'wounded' }],
  // … not when the later figure names people of its own, or another verb opens its clause.
  ['Kenya and Somalia traded fire. Kenyan officials said Somali troops crossed.\n\nThe Kenyan army said 60 militants had been killed and [three] Kenyan soldiers wounded.', { party: 'KE', measure: 'wounded' }],
  ['[Two] World Food Programme drivers were killed when their trucks were shelled.', { party: 'UN' }],
  // Non-state forces count as the country where they fight, and forces a state leads as that state (contract).
  ['Ukrainian officials said [300] Wagner fighters were killed near the town.', { party: 'RU', measure: 'killed' }],
  ['The army said [40] RSF fighters were killed in the clashes.', { party: 'SD', measure: 'killed' }],
  ['Troops captured [12] M23 fighters near the lake, the army said.', { party: 'CD', measure: 'captured' }],
  ['Government troops killed [25] Fano militiamen, officials said.', { party: 'ET', measure: 'killed' }],
  ['Armenian and Azerbaijani forces clashed again along the border on Tuesday.\n\nAzerbaijan said [three] of its soldiers were killed in the exchange.', { party: 'AZ', counterparty: 'AM', measure: 'killed' }],
  ['Armenian and Azerbaijani forces clashed again along the border on Tuesday.\n\nAzerbaijan said [three] Armenian soldiers were killed in the exchange.', { party: 'AM', counterparty: 'AZ', measure: 'killed' }],
  ['Ethiopian and Eritrean troops exchanged fire near the border town of Zalambessa. Ethiopia accused Eritrea of starting it.\n\nEthiopia said [40] drones were launched at its positions overnight.', { party: 'ER', measure: 'strikes' }],
  ['Thailand and Cambodia traded artillery fire across the border for a third day. Thailand closed its crossings.\n\n[Twelve] civilians were killed in Thai border villages, officials said.', { party: 'TH', counterparty: 'KH', measure: 'killed' }],
  ['Thai and Cambodian troops traded artillery fire for a third day.\n\nCambodian forces fired [200] rockets into Thailand, the Thai army said.', { party: 'KH', counterparty: 'TH', measure: 'strikes' }],
  ['Colombia sent [2,000] troops to the Venezuelan border.', { party: 'CO', measure: 'deployed' }],
  ['Kenya has deployed [1,000] police officers to Haiti.', { party: 'KE', measure: 'deployed' }],
  // A state that commits itself to sending people sends its own, whatever the article is about.
  ['Haiti asked for help, and Haitian police fought gangs.\n\nKenya has pledged to send [1,000] police officers.', { party: 'KE', measure: 'deployed' }],
  ['Haiti asked for help, and Haitian police fought gangs.\n\nChad, which agreed to send [400] soldiers, has not yet done so.', { party: 'TD', measure: 'deployed' }],
  ['Somalia hosts the force. Uganda has 4,500 soldiers in the mission, and Egypt has pledged to send [up to 1,100].', { party: 'EG', measure: 'deployed' }],
  // People drawn from many countries, or a multinational force, are no one country's.
  ['Somalia hosts the force.\n\nThe mission has [about 11,000] troops from five countries.', { party: null, measure: 'deployed' }],
  ['Haiti asked for help, and Haitian police fought gangs.\n\nThe multinational security mission has [about 1,000] personnel in Haiti.', { party: null, measure: 'deployed' }],
  ['Haiti asked for help, and Haitian police fought gangs.\n\nThe force now counts [2,300] police officers from more than 20 nations.', { party: null, measure: 'deployed' }],
  // A body before a colon is the speaker, not the label of the figure; the side in the tally's words is whose.
  ['Kenyan intelligence said on Monday that Somalia had moved troops to the border.', { party: 'SO', measure: 'killed_or_wounded' }, { title: 'NIS: [3,100] Somali casualties at the border, including 400 dead' }],
  ['Kenya and Somalia blame each other. Kenya closed the border on Monday.\n\nThe new figure is far above the “[a few dozen]” of Somali losses the Kenyan army cited in May.', { party: 'SO', measure: 'killed_or_wounded' }],
  // The speaker's side as the subject of a verb of attacking attacked; the dead of strikes on a region are that country's.
  ["Kenya and Somalia blame each other. Kenya closed the border on Monday.\n\nKenya's army said it had struck [more than 30] Somali militant targets overnight.", { party: 'KE', measure: 'strikes' }],
  ['Kenya and Somalia blame each other. Kenya closed the border on Monday.\n\nKenyan strikes on southern Somalia killed [12] people on Monday, officials said.', { party: 'SO', measure: 'killed' }],
  // The speaker's own side as the subject of a verb of deploying deploys.
  ['Somalia and Kenya blame each other. Somalia closed the border, and Somalia sent 2,000 troops to it on Monday.\n\nKenya said it had scrambled [four] fighter jets after the raid.', { party: 'KE', measure: 'deployed' }],
  // Who releases captives held them: the captives are the other side's.
  ['Kenya and Somalia agreed a truce in May. Kenya said Somalia still held prisoners.\n\nKenya released [600] prisoners on Thursday.', { party: 'SO', measure: 'captured' }],
  ['Kenya and Somalia agreed a truce in May. Kenya said Somalia still held prisoners.\n\nSomalia freed [25] hostages on Saturday.', { party: 'KE', measure: 'captured' }],
  // The toll of fighting between two sides is both sides' (contract: shared → null).
  ['Fighting between Kenyan and Somali forces along the border has killed [at least 46] people, officials said.', { party: null, measure: 'killed' }],
  ['Kenya and Somalia border clashes have killed [dozens], the UN said.', { party: null, measure: 'killed' }],
  ['Kenyan and Somali troops clashed on Monday.\n\nKenyan forces killed [30] Somali soldiers near the border.', { party: 'SO', measure: 'killed' }],
  // A speaker of the country the article's aid goes to does not give it.
  // (The donor the article named is not carried to it yet: null today.)
  ['Norway pledged $40 million for Kenya in May. Norway sent 300 trucks to Kenya in June.\n\nKenya\'s finance minister complained that only [10%] of the aid had arrived.', { party: 'NO', measure: 'aid_delivered' }, { fails: true }],
  ['Norway pledged $40 million for Kenya in May. Norway sent 300 trucks to Kenya in June.\n\nKenya\'s finance minister complained that only [10%] of the aid had arrived.', { party: null, measure: 'aid_delivered' }],
  // Whose aid a figure is: the agent of a verb of giving, or the name before an aid noun.
  ['Kenya received aid again this year.\n\nA further [$97 million] has been promised by Norway but not yet paid, the ministry said.', { party: 'NO', measure: 'aid_committed' }],
  ['Kenya received aid again this year.\n\nKenya will get [€160 million] in additional Danish support, the ministry said.', { party: 'DK', measure: 'aid_committed' }],
  ['Kenya received aid again this year.\n\nThe plan includes [$300 million] of German aid for Kenya.', { party: 'DE' }],
  // A donor named as the subject of its verb of giving stands over whoever speaks and whatever the article gives most.
  ["Norway will give Kenya $40 million, Norway's foreign minister said on Monday. Norway sent 300 trucks in June.\n\nFinland pledged [$12 million] and Iceland $2 million, the minister added.", { party: 'FI', measure: 'aid_committed' }],
  ["Norway will give Kenya $40 million, Norway's foreign minister said on Monday. Norway sent 300 trucks in June.\n\nThe minister said Denmark had already delivered [40] trucks of food.", { party: 'DK', measure: 'aid_delivered' }],
  ["Norway will give Kenya $40 million, Norway's foreign minister said on Monday.\n\nA further [$8 million] was promised by Sweden, the minister said.", { party: 'SE', measure: 'aid_committed' }],
  // A side's strikes or forces that kill are the attacker: the dead are the other side's.
  ['Thailand and Cambodia traded fire again. Thailand closed its crossings.\n\nThe premier told parliament that the Thai strikes had killed [at least 31] people.', { party: 'KH', measure: 'killed' }],
  ['Thailand and Cambodia traded fire again. Thailand closed its crossings.\n\nA rocket strike on a market in Thailand killed [at least six] people, Thai officials said.', { party: 'TH', measure: 'killed' }],
  // People of two sides counted together in the figure's own phrase are no one side's; a second figure is a second count.
  ["Rebels said they had killed [more than 100] members of Chad's army and its Nigerian allies.", { party: null, measure: 'killed' }],
  ['The ambush killed [12] Chadian soldiers and Nigerian instructors near the border.', { party: null, measure: 'killed' }],
  ['The army said [40] Chadian soldiers and 12 Nigerian instructors were killed.', { party: 'TD' }],
  ['Gunmen killed [25] Kenyan tourists and a Ugandan guide at the lodge.', { party: 'KE' }],
  // The targets or places a side says were hit are its own strikes; the drones it says hit it are the other side's.
  ['Kenya and Somalia traded fire again. Somalia closed the border. Somali officials said the shelling hit a school.\n\nKenya says [80] targets were hit in Kismayo overnight.', { party: 'KE', measure: 'strikes' }],
  ['Kenya and Somalia traded fire again. Somalia closed the border. Somali officials said the shelling hit a school.\n\nKenya says [40] drones were shot down overnight.', { party: 'SO', measure: 'strikes' }],
  // A side that says it evacuated people evacuated its own.
  ['Kenya and Somalia traded fire again. Somalia closed the border. Somali officials said the shelling hit a school.\n\nThe Kenyan army said it had evacuated [more than 13,000] people from border districts.', { party: 'KE', measure: 'displaced' }],
  // A subject acted on by what the figure counts ("was helped by", "is backed by") is not whose it is.
  ['Officials said Chad was helped by [some 4,000] troops sent by Niger.', { party: 'NE', measure: 'deployed' }],
  ['Officials said Mali is backed by [2,000] fighters from Burkina Faso.', { party: 'BF' }],
  // A country's name standing for its strikes is the attacker too ("US strikes", "Kenya raids"), and with no sides
  // read, the dead are those of the speaker who counts them.
  ['Somali officials said Kenya airstrikes on the port had killed [53] people.', { party: 'SO', measure: 'killed' }],
  ['Thailand and Cambodia traded fire again. Thailand closed its crossings.\n\nThailand strikes on a market killed [nine] people, officials said.', { party: 'KH', measure: 'killed' }],
  // The dead of a strike on a side's ship or post were that side's.
  ['Thailand and Cambodia traded fire again. Thailand closed its crossings.\n\nThailand says a drone strike on a Cambodian patrol boat killed [seven] and wounded 27.', { party: 'KH', measure: 'killed' }],
  // The speaker's own side as the subject of a verb of killing, downing or taking: the figure is the other side's;
  // as the subject of a verb of losing, it is the speaker's own.
  ['Armenian and Azerbaijani forces clashed again along the border on Tuesday.\n\nThe Azerbaijani defence ministry said its forces had killed [40] soldiers near the ridge.', { party: 'AM', counterparty: 'AZ', measure: 'killed' }],
  ['Armenian and Azerbaijani forces clashed again along the border on Tuesday.\n\nThe Armenian army said it had neutralised [25] fighters overnight.', { party: 'AZ', measure: 'killed_or_wounded' }],
  ['Armenian and Azerbaijani forces clashed again along the border on Tuesday.\n\n“We have captured [18] soldiers,” an Armenian commander said.', { party: 'AZ', measure: 'captured' }],
  ['Armenian and Azerbaijani forces clashed again along the border on Tuesday. Azerbaijan said 40 Armenians were killed.\n\nYerevan said it had lost [12] soldiers in the clashes.', { party: 'AM', measure: 'killed_or_wounded' }],
  ['Thai and Cambodian troops clashed again.\n\nThe Thai army said its soldiers had lost [three] armoured vehicles near the temple.', { party: 'TH', measure: 'equipment_lost' }],
  // "N of its staff": the speaking state's or international body's own; not when another side stands before it,
  // nor an aid group's local staff.
  ['Kenya and Somalia traded fire again. Kenya closed the border.\n\nThe UN said [40] of its staff had been killed in the fighting.', { party: 'UN', measure: 'killed' }],
  ['Kenya and Somalia traded fire again. Kenya closed the border.\n\nNATO said [12] of its soldiers were wounded near the airport.', { party: 'NATO', measure: 'wounded' }],
  ['Kenya and Somalia traded fire again. Kenya closed the border.\n\nSomalia said Kenya had lost [30] of its soldiers in the raid.', { party: 'KE' }],
  // The subject of a verb of losing is whose, past a parenthetical frame and along the list the verb governs;
  // a sentence opening "On the X side" is that side's.
  ['Azerbaijan said its army had taken three more villages from Armenia. Azerbaijan\'s president spoke of victory, and Azerbaijani television showed the flags.\n\nArmenia, he claimed, had lost 800 dead and [1,200 to 1,500] wounded in the fighting.', { party: 'AM', measure: 'wounded' }],
  ['Azerbaijan said its army had taken three more villages from Armenia. Azerbaijan\'s president spoke of victory, and Azerbaijani television showed the flags.\n\nArmenia, the report says, has sustained [close to 9,000] casualties since the spring.', { party: 'AM' }],
  ['Azerbaijan said its army had taken three more villages from Armenia. Azerbaijan\'s president spoke of victory, and Azerbaijani television showed the flags.\n\nOn the Armenian side of the border, the governor said he had ordered the evacuation of [about 6,000] people.', { party: 'AM', measure: 'displaced' }],
  // A demonym in -ese standing alone counts its people.
  ['Israel and Lebanon traded fire again. Israel said it would press on, and Israeli jets struck the south.\n\n[Some 90,000] Lebanese have fled their homes, the UN said.', { party: 'LB', measure: 'displaced' }],
  // A part is whose its whole is, when the whole's words name a side and the part's name none.
  ['Thai and Cambodian troops clashed again.\n\nThai soldiers repelled 1,000 Cambodian troops at dawn, the army said, and [at least 100] of them were killed.', { party: 'KH', measure: 'killed' }],
  ['Thai and Cambodian troops clashed again.\n\nThai soldiers repelled 1,000 Cambodian troops at dawn, [at least 100] of whom were killed, the army said.', { party: 'KH', measure: 'killed' }],
  // A part with a side of its own keeps it.
  ['Thai and Cambodian troops clashed again.\n\nThai soldiers evacuated 1,000 people from the border, including [40] Cambodian workers, the army said.', { party: 'KH' }],
  ['Japan pledged [$200 million] in reconstruction aid to Armenia.', { party: 'JP', counterparty: 'AM', measure: 'aid_committed', unit: 'USD' }],
  ['Norway has delivered [NOK 500 million] in humanitarian aid to Sudan.', { party: 'NO', counterparty: 'SD', unit: 'other' }],
  ['Norway has delivered [$50 million] in humanitarian aid to Sudan.', { party: 'NO', counterparty: 'SD', measure: 'aid_delivered', unit: 'USD' }],
  ['Sudanese army jets killed [14] RSF fighters near El Obeid.', { party: 'SD', measure: 'killed' }],
  ['Malian soldiers captured [30] fighters in the north, the army said.', { measure: 'captured' }],
  ['Azerbaijani troops retook [60 square kilometres] of ground.', { party: 'AZ', measure: 'territory', unit: 'km2' }],
  // Countries with no code (invented here) give no party, and the article's real sides are not guessed onto them.
  ['Dovania and Ruritania have fought over the valley since spring.\n\nDovanian forces lost [40] soldiers in the latest assault, the Dovanian army said.', { party: null, measure: 'killed_or_wounded' }],
  ['Ruritanian artillery fired [300] shells at Dovanian positions on Sunday.', { party: null, measure: 'strikes' }],
  // A figure every side shares has no party.
  ['Each side lost [about 40] soldiers in the clashes along the Armenian-Azerbaijani border.', { party: null }],
  ['Both countries have moved [thousands] of troops to the frontier.', { party: null }],
  ['Kenya and Somalia each released [120] prisoners on Friday, officials in both countries said.', { party: null, measure: 'captured' }],
  // A side's forces telling of soldiers hurt where they fight tell of their own; civilians there are the land's.
  ['The Kenyan army said [11] soldiers were wounded in southern Somalia.', { party: 'KE', measure: 'wounded' }],
  ['The Kenyan army said [40] civilians were killed in southern Somalia.', { party: 'SO', measure: 'killed' }],
  // Captives held in, or freed from, one side's land are the other side's.
  ['Kenyan and Somali forces fought along the border.\n\n[Around 100] hostages are still held in Somalia, Kenyan officials said.', { party: 'KE', measure: 'captured' }],
  // People drawn from, or struck across, several countries are no one country's; one country still names its own.
  ['The mission has [about 12,000] troops from Kenya, Ghana, Nepal and India.', { party: null, measure: 'deployed' }],
  ['Gunmen killed [about 900] people across Kenya, Uganda and Tanzania in 2024, the monitor said.', { party: null, measure: 'killed' }],
  ['Gunmen killed [about 900] people in Kenya last year, the monitor said.', { party: 'KE', measure: 'killed' }],
  ['Air strikes have killed [at least 40] civilians in Kenya, UN says', { party: 'KE', measure: 'killed' }],
];

const measures: Row[] = [
  // Soldiers crossing a border are deployed; civilians crossing it are displaced.
  ['[About 4,000] Somali troops had crossed into Kenya, the mission said.', { measure: 'deployed' }],
  ['[About 40,000] refugees crossed into Kenya last week.', { measure: 'displaced' }],
  // Posts fired on count attacks; offensives and incursions repelled are attacks too.
  ['Somali forces fired on [12] border posts overnight.', { measure: 'strikes' }],
  ['Kenyan troops repulsed [four] offensives near Mandera.', { measure: 'strikes' }],
  // A capitalised plural no lexicon names, right after the figure, is a machine by its model name; demonyms stay people.
  ['Kenya has lost [three] Leopards and five Bradleys since June.', { measure: 'equipment_lost', unit: 'item' }],
  ['Norway has sent [31] Abrams to Kenya.', { measure: 'aid_delivered', unit: 'item' }],
  ['[Three] Britons were wounded in the blast.', { measure: 'wounded', unit: 'person' }],
  // People left without heat, people who want to leave, and scenarios of displacement are no displacement.
  ['[500,000] people in the region were left without heat after the strikes.', { measure: 'other' }],
  // Relief by mass or by the kit, police sent to a mission, people treated, displacement and kidnappings named as nouns,
  // and a change in per cent.
  ['The relief agency delivered [1,200 tonnes] of food to the northern camps last week.', { measure: 'aid_delivered', unit: 'other' }],
  ['Volunteers distributed [2,500] hygiene kits in the camps, the charity said.', { measure: 'aid_delivered', unit: 'item', item: 'hygiene kit' }],
  ['The Vesna Relief Fund handed out [800] tents and 2,000 blankets on Monday.', { measure: 'aid_delivered', unit: 'item', item: 'tent' }],
  ['The first [400] Kenyan police officers landed in the capital on Tuesday.', { measure: 'deployed', party: 'KE' }],
  ['[About 300] gendarmes were sent to the border region.', { measure: 'deployed' }],
  ['The clinic treated [213] people with gunshot wounds in June, the charity said.', { measure: 'wounded' }],
  ['The fighting caused the displacement of [more than 99,000] people, the agency said.', { measure: 'displaced' }],
  ['Kidnappings rose to [438] in the first quarter, the report said.', { measure: 'captured' }],
  ['Shipping through the strait had fallen by [70 percent], the port authority said.', { measure: 'other' }],
  ['The number of displaced had grown by [200,000] since September, the agency said.', { measure: 'displaced' }],
  // More of the words war reporting counts with: ways of dying, care given for wounds, the disappeared, people taken
  // to safety, remains handed back (captives, by the contract), machines left burning, "several" before a counted noun.
  ['[Two] fighters succumbed in the field hospital overnight, the commander said.', { measure: 'killed' }],
  ['[Several] soldiers were killed in the clash, the army said.', { measure: 'killed', value: [3, 9] }],
  ['[Nine] people were taken to hospital with burns, officials said.', { measure: 'wounded' }],
  ['Police said [450] people were bused to safety overnight.', { measure: 'displaced' }],
  ['The rights group said [40] men had disappeared since March.', { measure: 'missing' }],
  ['Marren returned the bodies of [757] soldiers, officials said.', { measure: 'captured' }],
  ['[Nearly 100] military vehicles were left burning on the road, the army said.', { measure: 'equipment_lost' }],
  ['The agency delivered [50,000 litres] of fuel to the hospital.', { measure: 'aid_delivered', unit: 'other' }],
  ['Kenya delivered [100] generators to the city.', { measure: 'aid_delivered', item: 'generator' }],
  // Aid not yet gone is what remains, whatever pledge word stands nearer; a part "of its" machines counts the machines.
  ['Officials said [40] of the promised tanks are still to be sent.', { measure: 'aid_remaining' }],
  ['Kenya has not yet allocated [$1 billion] of its pledge, the ministry said.', { measure: 'aid_remaining' }],
  ['[About 300] aid trucks were still waiting at the crossing, the agency said.', { measure: 'aid_remaining' }],
  ['Kenya has lost [two] of its F-16 fighter jets since August, the air force said.', { measure: 'equipment_lost', unit: 'item' }],
  // A figure only called the toll or the total counts what the article was counting; a toll alone, the dead.
  ['The health office said 40 people were killed on Monday.\n\nThe toll now stands at [52], officials said.', { measure: 'killed' }],
  ['The health office said 300 people were wounded in the shelling.\n\nThe total has since climbed to [410].', { measure: 'wounded' }],
  // A change in per cent is no share of a whole; a share that makes up the dead is.
  ['Civilian deaths in the province rose [40%] in October, the monitor said.', { measure: 'other' }],
  ['Attacks on aid convoys were up [12%] on the year, the agency said.', { measure: 'other' }],
  // Nouns that end as people's do but name things ("shelters", "tents", "generators") count things;
  // a figure a verb of its own governs ("and destroying 1,600 shelters") does not take the verb before.
  ['Shelling hit the camp, killing at least nine people and destroying [about 1,600] shelters, the agency said.', { measure: 'other' }],
  ['More than 40,000 people reached the province, most of them housed in [92] temporary shelters.', { measure: 'other' }],
  ['The storm tore down [400] tents in the camp.', { measure: 'other', unit: 'item' }],
  ['The raid killed 12 villagers and injured [30], the police said.', { measure: 'wounded' }],
  // "scores of" counts twenties as "dozens" counts twelves; "several others" and "several tonnes of" are counts too.
  ['Drone strikes have killed [scores] of civilians in the valley, the monitor said.', { measure: 'killed', value: [40, 99, true] }],
  ['The army said six soldiers were killed and that [several] others were missing.', { measure: 'missing' }],
  // A verb of the measures that the tagger reads as a modifier in a headline is still the verb; nouns of the measures still modify.
  ['[Thousands] flee port district as rebels close in', { measure: 'displaced', unit: 'person' }],
  ['[3,000] fled border town after shelling', { measure: 'displaced', unit: 'person' }],
  ['The storm damaged [849] evacuation centres in the province.', { measure: 'other' }],
  // An adverb before a participle modifies the noun as the participle does.
  ['By Monday, [100,514] forcibly displaced people had arrived in the capital.', { measure: 'displaced' }],
  ['The blast left [12] critically wounded soldiers in the field hospital.', { measure: 'wounded' }],
  // Aid that remains to be sent, or is due to arrive, is what remains.
  ['Kenya pledged 20 armoured vehicles. [Three] of the vehicles remain to be delivered, the ministry said.', { measure: 'aid_remaining' }],
  ['Kenya sent 20 armoured vehicles in May; [12] more are due to be shipped in June.', { measure: 'aid_remaining' }],
  // A sign glued to a share is a change, as a table's column of changes writes it.
  ['Deaths by district: Loska 612, Vardo 388, -[12%] on the quarter.', { measure: 'other' }],
  ['Killings in the valley: 140 (+[102%]).', { measure: 'other' }],
  ['Volunteers now make up [27%] of the identified dead, the researchers said.', { measure: 'killed' }],
  // Cities and capitals taken are ground; neighbourhoods shelled are places struck; "killed or hurt" is both.
  ['The rebels have captured [two] provincial capitals since March.', { measure: 'territory' }],
  ['Soldiers shelled [five] neighbourhoods overnight, residents said.', { measure: 'strikes' }],
  ['Police said [12] people were killed or hurt in the blast.', { measure: 'killed_or_wounded' }],
  // Captives held in jails, people taken into custody or lost touch with, ships on combat duty, vaccine doses
  // and convoys sent, aid still awaited or waiting, a share of ground lost; a state's own budget is no aid.
  ['Rights groups say [9,000] prisoners are held in Marren jails.', { measure: 'captured' }],
  ['The security service took [8] men into custody on Friday.', { measure: 'captured' }],
  ['Officials said contact had been lost with [12] soldiers near the river.', { measure: 'missing' }],
  ['[Three] warships are on combat duty in the gulf, the navy said.', { measure: 'deployed' }],
  ['The agency shipped [400,000] doses of cholera vaccine to the camps.', { measure: 'aid_delivered' }],
  ['[Some 20] aid convoys reached the valley last month, the agency said.', { measure: 'aid_delivered' }],
  ['Kenya is still awaiting [500,000] shells promised by its allies.', { measure: 'aid_remaining' }],
  // People no trade names: pupils, clergy, kin; the fallen a side honours; people who cannot go home;
  // hospitals taking people in and people burned.
  ['Gunmen seized [279] schoolgirls from a boarding school.', { measure: 'captured', unit: 'person' }],
  ['The blast killed [six] pupils near the market.', { measure: 'killed', unit: 'person' }],
  ['At least 40 worshippers and [five] imams died in the fire.', { measure: 'killed', unit: 'person' }],
  ['[Eleven] soldiers were martyred in the ambush, the army said.', { measure: 'killed' }],
  ['[Around 60,000] residents have been unable to return to their homes.', { measure: 'displaced' }],
  ['Hospitals admitted [240] people after the strikes, the ministry said.', { measure: 'wounded' }],
  ['[About 90] people were admitted with shrapnel wounds, doctors said.', { measure: 'wounded' }],
  ['[At least four] sailors were badly burned, the navy said.', { measure: 'wounded' }],
  // Deliveries still to come are promises; done, they are delivered.
  ['Ostria said it would deliver [two] more air defence systems.', { measure: 'aid_committed' }],
  ['Marren will transfer [40] armoured vehicles next year, the ministry said.', { measure: 'aid_committed' }],
  ['Marren transferred [40] armoured vehicles last year, the ministry said.', { measure: 'aid_delivered' }],
  // People a side holds are its captives; places it holds are ground.
  ['Ostria still holds [more than 8,000] Marrenian soldiers, officials said.', { measure: 'captured' }],
  ['The rebels are holding [40] soldiers in the hills.', { measure: 'captured' }],
  ['The army holds [12] villages near the border.', { measure: 'territory' }],
  // Money never spent or left at the end is remaining; a fund's money released is paid out.
  ['[About 4.5 billion crowns] was never spent, the auditors said.', { measure: 'aid_remaining' }],
  ['[Some $3.8 billion] remained available in the fund at the end of the year.', { measure: 'aid_remaining' }],
  ['The emergency fund has released [$145 million] for the flood response.', { measure: 'aid_delivered' }],
  ['The rebels released [40] prisoners on Sunday.', { measure: 'captured' }],
  // People made to leave, or who cross a border, are displaced; soldiers who cross are deployed, trucks delivered.
  ['Soldiers forcibly expelled [at least 6,000] villagers from the valley.', { measure: 'displaced' }],
  ['The authorities deported [1,200] families across the river last month.', { measure: 'displaced' }],
  ['[An estimated 25,000] others have crossed the border into Chad.', { measure: 'displaced', unit: 'person' }],
  ['[About 4,000] Ostrian troops have crossed the border, the monitors said.', { measure: 'deployed' }],
  ['[About 300] trucks had crossed by Sunday, the agency said.', { measure: 'aid_delivered' }],
  // A model name before "systems", and veterans, are counted as their heads say.
  ['[Nine] Pantsir systems had been destroyed, the army said.', { measure: 'equipment_lost', item: 'system' }],
  ['[At least 22] veterans have died in the fighting.', { measure: 'killed', unit: 'person' }],
  ['Two tanks were destroyed and [three] others were damaged, the army said.', { measure: 'equipment_lost', item: 'tank' }],
  ['[Half] of the pledged aid has still not arrived, the minister said.', { measure: 'aid_remaining' }],
  ['The rebels have lost [about a third] of the ground they took in the spring, analysts say.', { measure: 'territory' }],
  ["Kenya's defence budget is [$4 billion] this year, officials said.", { measure: 'other' }],
  // Nor are its other budgets, pay, prices, holdings or a share of its economy.
  ["The state budget sets aside [1.2 trillion shillings] for roads and the army.", { measure: 'other' }],
  ['Volunteers are offered a salary of [90,000 shillings] a month.', { measure: 'other' }],
  ['The wealth fund held [$40 billion] in liquid assets in March.', { measure: 'other' }],
  ['Fuel prices remain [about 80 percent] above their pre-war level.', { measure: 'other' }],
  ['The army now takes [5.1%] of GDP.', { measure: 'other' }],
  ["The widows' pensions of [30,000 shillings] are paid late.", { measure: 'other' }],
  ['The ministry called up [160,000] new recruits this spring.', { measure: 'deployed' }],
  ['The academy has trained [40,000] recruits since the war began.', { measure: 'other' }],
  ["Kenya's population has fallen to [50 million], the statistics office said.", { measure: 'other' }],
  // Casualties both ways, care in hospital, the missing by their unknown fate, machines taken out, aid channelled,
  // to be contributed or still in the pipeline, people poured across a border.
  ['Police said [12] people were dead or injured after the blast.', { measure: 'killed_or_wounded' }],
  ['[Some 30] people were evacuated to hospital after the shelling, officials said.', { measure: 'wounded' }],
  ['The whereabouts of [40] fishermen remain unknown, the coast guard said.', { measure: 'missing' }],
  ['The army said its gunners took out [nine] armoured vehicles near the bridge.', { measure: 'equipment_lost' }],
  ['Aid agencies channelled [$300 million] to the region last year.', { measure: 'aid_delivered' }],
  ['Kenya will contribute [19] fighter jets, the defence minister said.', { measure: 'aid_committed' }],
  ['[Eight] of the pledged launchers have not yet been handed over, officials said.', { measure: 'aid_remaining' }],
  ['[More than 9,000] people poured across the border overnight, the agency said.', { measure: 'displaced' }],
  // People moved to shelters or rescued from a town under attack; drones by another name; the occasions a verb of attack counts.
  ['[About 4,500] residents had been moved to shelters, the governor said.', { measure: 'displaced' }],
  // Displacements counted are people displaced, though the word ends as names of things do ("settlements", "payments").
  ['Fighting forced 40,000 people from their homes in May, the agency said. It recorded [2.3 million] new displacements across the country last year.', { measure: 'displaced', unit: 'person' }],
  ['[Some 4,000] people were driven from their homes by the fighting, the agency said.', { measure: 'displaced' }],
  ['[Several hundred] villagers abandoned their homes overnight, the mayor said.', { measure: 'displaced' }],
  ['[Nineteen] civilians were left dead after the raid on the market.', { measure: 'killed' }],
  ['[Two] fighter jets crashed during the night sortie, the air force said.', { measure: 'equipment_lost' }],
  ['The monitors recorded [more than 70] explosions near the plant overnight.', { measure: 'strikes', unit: 'item', item: 'explosion' }],
  ['Troops retook [190] communities in the region last month, the army said.', { measure: 'territory', unit: 'item', item: 'settlement' }],
  // A force's strength written as a compound; warplanes moved to a base; a headline's present tense of approving.
  // A label right before its figure says what it counts; a label after it is the next figure's.
  // A part of a whole: the verb after it tells what befell the part; the whole's noun only names the people.
  // "came under" is no bound; ground gained, summed, is ground taken, where a region's size is no count.
  ['The town came under [17] air raids on Sunday, the governor said.', { measure: 'strikes', value: [17, 17] }],
  ['Rebel gains this year total [2,800 square kilometres], analysts said.', { measure: 'territory' }],
  ['The province totals [2,800 square kilometres] of farmland and forest.', { measure: 'other' }],
  // A bare figure past a semicolon counts the machines the clause before it counted, when its verb is theirs.
  ['The rebels fired 14 missiles at the port; [13] were intercepted over the sea.', { measure: 'strikes', unit: 'item', item: 'missile' }],
  // "one" closing a list of counts, its verb going on, is a count too.
  ['The rebels fired 14 missiles at the port; 13 were intercepted and [one] was allowed to fall in a field.', { measure: 'strikes', value: [1, 1] }],
  ['Two soldiers were killed and [one] was wounded, the army said.', { measure: 'wounded', value: [1, 1] }],
  ['Gunners launched 90 drones overnight; [71] were shot down, the air force said.', { measure: 'strikes', unit: 'item', item: 'drone' }],
  ['[Two] of the injured later succumbed, the hospital said.', { measure: 'killed' }],
  ['[Five] of the wounded soldiers died in hospital on Monday.', { measure: 'killed' }],
  ['[Three] of the dead were children, the office said.', { measure: 'killed' }],
  ['Killed: [45], wounded: 112, missing: 9.', { measure: 'killed' }],
  ['Killed: 45, wounded: [112], missing: 9.', { measure: 'wounded' }],
  ['Dead: 12, injured: 30, missing: [4], the office said.', { measure: 'missing' }],
  ['Officials said a [5,000]-troop brigade had arrived in the north.', { measure: 'deployed', unit: 'person' }],
  ['A strike group with [7,500] sailors is heading to the region, officials said.', { measure: 'deployed', unit: 'person' }],
  ['[About 2,000] marines were en route to the island on Monday, the navy said.', { measure: 'deployed', unit: 'person' }],
  ['Kenya will lead the [2,500]-member force in Haiti, officials said.', { measure: 'deployed', unit: 'person' }],
  ['The capital moved [six] heavy bombers to the island base on Monday.', { measure: 'deployed', unit: 'item' }],
  ['The council met in the capital on Thursday.', { measure: 'aid_committed' }, { title: 'Council approves [€50 billion] fund for the war-hit region' }],
  ['[Hundreds] of people had been rescued from the town by Sunday, the spokesman added.', { measure: 'displaced' }],
  ['Border guards said they shot down [25] quadcopters over the river.', { measure: 'strikes', unit: 'item', item: 'drone' }],
  ['The militia fired at army positions [14] times on Sunday.', { measure: 'strikes' }],
  ['Gunners targeted the town [30] times overnight, the mayor said.', { measure: 'strikes' }],
  // A difference between two counts is no count of its own.
  ['The office said 2,100 people had been killed in 2024, [about 400] more than in 2023.', { measure: 'other' }],
  ['The rebels took [60 square kilometres] more in March than in February, the institute said.', { measure: 'other' }],
  ['Officials said [300] fewer people crossed the border this week than last.', { measure: 'other' }],
  ['[Five] more soldiers were killed on Sunday, more than in any week since May, the army said.', { measure: 'killed' }],
  ['[Fewer than 200] Kenyans who wanted to leave were still in the city.', { measure: 'other' }],
  ['The agency was planning for a scenario in which [up to 400,000] people could be displaced.', { measure: 'other' }],
  // Armour and artillery by abbreviation and kind; merchant shipping; machines put out of use by other verbs.
  ['Kenyan troops destroyed [four] Somali IFVs and two APCs near the border.', { measure: 'equipment_lost' }],
  ['The rebels said they had destroyed [11] self-propelled howitzers in a week.', { measure: 'equipment_lost' }],
  ['[Two] fighter-bombers were shot down over the valley, the army said.', { measure: 'equipment_lost' }],
  ['Missiles fired by the militia hit [two] bulk carriers off the coast.', { measure: 'equipment_lost' }],
  ['[Three] tankers were damaged in the attack on the anchorage.', { measure: 'equipment_lost' }],
  ['Militants torched [14] army trucks and looted the depot.', { measure: 'equipment_lost' }],
  ['[At least nine] tanks were left behind during the retreat.', { measure: 'equipment_lost' }],
  ['Kenya downs [three] Somali jets in a day', { measure: 'equipment_lost' }],
  // A participle of giving hyphened to its giver describes the thing; the clause's verb says what happened to it.
  ['The army said it destroyed [six] US-supplied armoured vehicles near the river.', { measure: 'equipment_lost' }],
  ['Kenya received [40] Turkish-supplied armoured vehicles in March.', { measure: 'aid_delivered' }],
  // Ports, stations and terminals struck or attacked count attacks, as other facilities do.
  ['Drones hit [three] ports in the south overnight.', { measure: 'strikes' }],
  ['The militia carried out drone attacks on [five] oil terminals.', { measure: 'strikes' }],
  // "N times over the past day" counts attacks; "three times over" alone multiplies.
  ['Rebel artillery shelled the town [nine] times over the past day, the army said.', { measure: 'strikes' }],
  // A trigger inside the figure's noun phrase, and one a later number cannot use, stay the figure's.
  ['In the provincial capital, [about 31,000] displaced people have moved into school buildings.', { measure: 'displaced' }],
  ['The governor said [12,400] civilians were sheltering in 310 schools.', { measure: 'displaced' }],
  // People tried in court are no casualties.
  ['The tribunal found [two] officers guilty of murdering the villagers.', { measure: 'other' }],
  ['The court convicted [three] men of killing the aid workers.', { measure: 'other' }],
  // Places are ground only when taken or held; flooded or cut-off towns are not; places fired at count attacks.
  ['[Forty] villages along the river remain under water, the governor said.', { measure: 'other' }],
  ['The brigade pushed into the district, seizing 120 square kilometres and [14] settlements.', { measure: 'territory' }],
  ['The rebels say they have overrun [more than 60] army posts since March.', { measure: 'territory' }],
  ['The militia fired heavy artillery at [more than 20] border settlements overnight, the army said.', { measure: 'strikes' }],
  // Shelter sought, homes returned to, police sent, people arrested or held captive.
  ['[Some 12,000] residents have sought shelter in schools and churches.', { measure: 'displaced' }],
  ['[About 40,000] people have returned to their homes in the north.', { measure: 'displaced' }],
  ['Kenya will send [1,000] police officers to Haiti.', { measure: 'deployed' }],
  ['The junta has arrested [300] people since the coup.', { measure: 'captured' }],
  ['The rebels are holding [40] soldiers captive.', { measure: 'captured' }],
  // Machines disabled, burned or wrecked are lost.
  ['Drone teams disabled [12] tanks near the village, the brigade said.', { measure: 'equipment_lost' }],
  ['The rebels burned [nine] army trucks on the highway.', { measure: 'equipment_lost' }],
  // A maker's model in the plural counts machines; "would give" commits aid.
  ['The brigade lost [nine] T-64s in the counter-attack, the general staff said.', { measure: 'equipment_lost', unit: 'item' }],
  ['Three countries have pledged [40] F-16s between them.', { measure: 'aid_committed', unit: 'item' }],
  ['The finance ministry said Norway would give [$40 million] in emergency assistance.', { measure: 'aid_committed' }],
  // Things shot down in the passive are lost; ships, posts and villages attacked count attacks.
  ['The general said in March that “[four] jets were shot down” over the gulf.', { measure: 'equipment_lost' }],
  ['The rebels targeted [more than 60] ships in the strait last year.', { measure: 'strikes', item: 'ship' }],
  ['Government artillery shelled [24] villages along the river overnight.', { measure: 'strikes' }],
  // Coordinated modifiers and a demonym before the head; a share of a fleet is a share of its ships.
  ['Coastal batteries sank or damaged [at least 14] small and medium Dovanian patrol boats.', { measure: 'equipment_lost', item: 'boat' }],
  ['The admiral said [a third] of the Kenyan fleet had been destroyed.', { measure: 'equipment_lost' }],
  // A verb before a list governs its later items ("along with", "as well as" join lists too).
  ['The ministry said the rebels had lost 900 fighters since the offensive began, along with [27] tanks.', { measure: 'equipment_lost', item: 'tank' }],
  ['Officials said losses in the battle amounted to 4,000 troops as well as [more than 90] armoured vehicles.', { measure: 'equipment_lost' }],
  // "N more" counts what the figure before it counted.
  ['The navy said 31 drones were shot down on Friday, and [17] more overnight.', { measure: 'strikes', item: 'drone' }],
  ['The navy said the rebels fired 31 drones at the port on Friday.\n\nThey launched [17] more overnight, the navy said.', { measure: 'strikes', item: 'drone' }],
  ['Shelling killed 14 villagers on Monday and [nine] more on Tuesday.', { measure: 'killed' }],
  ['Mortar fire wounded [nine] border guards near the crossing.', { measure: 'wounded', unit: 'person' }],
  ['The rebels shot down [three] army helicopters over the valley.', { measure: 'equipment_lost', unit: 'item' }],
  ['Shelling damaged [155] apartment buildings in Ost, the mayor said.', { measure: 'other' }],
  ['The air force recorded [401] air raids on the region in October.', { measure: 'strikes' }],
  ['Partners have delivered [65,000] pieces of equipment since the spring.', { measure: 'aid_delivered', unit: 'item' }],
  ['[Seven] flats were destroyed in the overnight strike on Marren.', { measure: 'other' }],
  ['The strike hit [11] locations across the Antara province.', { measure: 'strikes' }],
  ['Rebel gunners fired [two] rounds at the checkpoint.', { measure: 'strikes' }],
  ['Police evacuated [300] residents from villages near the dam.', { measure: 'displaced', unit: 'person' }],
  ['[45] paramedics were injured during the shelling of Ost.', { measure: 'wounded', unit: 'person' }],
  ['[Twelve] journalists have been killed since the fighting began.', { measure: 'killed', unit: 'person' }],
  ['[14] howitzers were destroyed in the counter-battery fire.', { measure: 'equipment_lost', unit: 'item' }],
  ['[Three] ambulances were damaged by shrapnel.', { measure: 'equipment_lost' }],
  ['[20] hospitals have been damaged since the war began, the health office said.', { measure: 'other' }],
  ['The militia attacked [1,600] targets in a month.', { measure: 'strikes' }],
  ['[Eighty] prisoners were exchanged at the border crossing.', { measure: 'captured', unit: 'person' }],
  ['[Nine] sailors remain missing after the frigate sank.', { measure: 'missing', unit: 'person' }],
  ['The navy lost [two] patrol boats in the storm of drones.', { measure: 'equipment_lost', unit: 'item' }],
  ['[1,400] families returned to Ost after the ceasefire.', { measure: 'displaced' }],
  ['Rebels launched [35] drones at the airport overnight.', { measure: 'strikes', unit: 'item', item: 'drone' }],
  ['The rebels staged [six] assaults on the ridge.', { measure: 'strikes' }],
  ['[240] schools have closed in the province since the war began.', { measure: 'other' }],
  ['The army destroyed [27] rebel pickup trucks in the desert.', { measure: 'equipment_lost' }],
  ['Insurgents burned [90] homes in the village of Tarra.', { measure: 'other' }],
  ['[500] volunteers were sent to the front this year.', { measure: 'deployed' }],
  ['The rebels hold [40%] of the province.', { measure: 'territory', unit: 'percent' }],
  ['[3,200] soldiers were admitted to the field hospital.', { measure: 'wounded' }],
  ['The agency said 36 people had died and that [189] had sought medical help.', { measure: 'wounded' }],
  ['[About 200] families were leaving the valley each day, the mayor said.', { measure: 'displaced' }],
  ['[9,000] people crossed into Tamsin in a week, the refugee agency said.', { measure: 'displaced' }],
  ['Nine people were killed: two in Ost, six in Marren and [one] in Tarra.', { measure: 'killed' }],
  // After a copula the predicate noun says what the figure counts.
  ['Of the 9,000 troops the junta sent north, [about 2,500] have become casualties in the fighting.', { measure: 'killed_or_wounded' }],
  ['Of the 900 people who reached the camp, [300] were refugees from Ost.', { measure: 'displaced' }],
  // A part counts what its whole counts.
  ['The brigade said it destroyed [30] of the roughly 90 tanks the rebels had.', { measure: 'equipment_lost', unit: 'item', item: 'tank' }],
  ['Gunners downed [18] of some 25 drones launched at the port.', { measure: 'strikes', unit: 'item', item: 'drone' }],
  ['Rebels destroyed 40 armoured vehicles near Ost. [Nine] of them were new.', { measure: 'equipment_lost', unit: 'item' }],
  ['Police said 60 people were hurt in the blast. [Twelve] of those were children.', { measure: 'wounded', unit: 'person' }],
  // A whole named only as a count ("the total", "that number") is the figure before, as "them" is.
  ['Rebels took 500 square kilometres in May, the institute said, [nearly 85%] of the total in Ost.', { measure: 'territory', unit: 'percent' }],
  ['Police said 300 people were hurt in the blast, and [40%] of that number were children.', { measure: 'wounded', unit: 'percent' }],
  ['The army said 80 drones were launched overnight. [Two-thirds] of the total were shot down.', { measure: 'strikes' }],
  ['The army said [25%] of the 400 recruits had deserted.', { unit: 'percent' }],
  // A number only called "a figure" or "the tally" counts what the article was counting.
  ['The health office said 300 people were killed in the shelling of Ost.\n\nIt had given a figure of [250] on Sunday.', { measure: 'killed' }],
  ['The health office said 300 people were wounded in the shelling of Ost.\n\nThe combined tally of [1,480] for the week was a record.', { measure: 'wounded' }],
  // A population or a ship's complement counts who live or sail there, not what the paragraph counts.
  ['At least 40 people were killed in the raid on Ost, officials said. Ost is a river port of [about 75,000] people.', { measure: 'other' }],
  ['The ferry sank off the cape and four people were killed, the company said. There were [22] crew and three guards aboard.', { measure: 'other' }],
  ['The ferry sank off the cape and four people were killed, the company said. Rescuers pulled 10 of the [25] people on board from the sea.', { measure: 'other' }],
  // A high, a peak, an average or an estimate of a number names it a figure too; a count that fell to one does.
  ['The health office said 300 people were wounded in the shelling of Ost.\n\nThe previous one-day high of [410] had been recorded in May.', { measure: 'wounded' }],
  ['The mission said 80 civilians were killed in the province in August.\n\nAfter a peak of [120] in June, the count fell to 95 in July.', { measure: 'killed' }],
  ['The mission said 80 civilians were killed in the province in August.\n\nIn June the count fell to [95], the mission said.', { measure: 'killed' }],
  ['The health office said 300 people were killed in the shelling of Ost.\n\nIt had given a figure of 250 on Sunday, [215] on Saturday and 199 on Friday.', { measure: 'killed' }],
  // … and a count of things too: the bare figure goes on counting the things just counted.
  ['Air defences shot down 58 drones in May. After a peak of [80] in April, the count fell.', { measure: 'strikes', unit: 'item', item: 'drone' }],
  ['The rebels fired 239 rockets at the port in June.\n\nThe number fell to [198] in July.', { measure: 'strikes', unit: 'item', item: 'rocket' }],
  ['The army lost 40 tanks in May. The total rose to [55] in June.', { measure: 'equipment_lost', unit: 'item', item: 'tank' }],
  // A bare figure after a verb of amount counts its subject's noun.
  ['Rocket launches, by contrast, rose to [127] in April, the army said.', { measure: 'strikes', unit: 'item', item: 'rocket' }],
  ["May's drone total had been [3,974], the air force said.", { measure: 'strikes', unit: 'item', item: 'drone' }],
  ['The number of refugees reached [40,000] by Friday.', { measure: 'displaced', unit: 'person' }],
  // Members listed of a whole count what the whole counts.
  ['Aid flights had evacuated 20,000 civilians from the port, among them [1,500] Canadians, officials said.', { measure: 'displaced' }],
  ['Aid flights had evacuated 20,000 civilians from the port, among them 1,500 Canadians and [more than 9,000] Iraqis.', { measure: 'displaced' }],
  ['Some 7,000 soldiers, including [200] officers and two generals, are training at the ranges, the agency said.', { measure: 'deployed' }],
  ['Some 7,000 soldiers, including 200 officers and [two] generals, are training at the ranges, the agency said.', { measure: 'deployed' }],
  ['The rebels said 900 soldiers, of whom [120] were officers, had surrendered in Ost.', { measure: 'captured' }],
  // Civilians who arrive somewhere are displaced; troops who arrive are deployed.
  ['[More than 6,000] people had arrived in the border province, the governor said.', { measure: 'displaced' }],
  ['[3,000] residents were transported to shelters in Marren overnight.', { measure: 'displaced' }],
  ['[3,000] troops arrived in the border province on Monday, the ministry said.', { measure: 'deployed' }],
  // Captivity, execution and arrival nouns name the measure.
  ['[Around 80] hostages are still held by the militia, officials said.', { measure: 'captured' }],
  ['The monitor confirmed the execution of [11] detainees in Ost.', { measure: 'killed' }],
  ['Aid groups counted [4,000] new arrivals in the camp last week.', { measure: 'displaced' }],
  ['[12,000] evacuees were sheltering in schools in Marren.', { measure: 'displaced' }],
  // "Near the front line" places settlements; it takes none of them.
  ['[Some 90] villages close to the front line are cut off from the road, the governor said.', { measure: 'other' }],
  // Homes cut off from power or water are an outage, not people displaced.
  ['The shelling left [18,200] households without electricity, the utility said.', { measure: 'other' }],
  ['[More than 400,000] people had lost access to running water in the city.', { measure: 'other' }],
  ['The fighting has left [3,000] people homeless in Ost.', { measure: 'displaced' }],
  // A distance places something and a size measures a place: neither is ground taken.
  ['Rebels took Ostrava, a village [about 10 kilometres] west of the town.', { measure: 'other' }],
  ['The aircraft drop their glide munitions [25 to 35 kilometres] from the border.', { measure: 'other' }],
  ['The province covers [just under 30,000 square kilometres].', { measure: 'other' }],
  // A bare figure whose verb counts things counts the things counted just before it.
  ['Rebels launched 120 drones at the city overnight, the army said.\n\nA further [38] were destroyed over the border, the army added.', { measure: 'strikes', unit: 'item' }],
  // Weapons sent at a target are fired; weapons sent to a country are given.
  ['The rebels sent [300 to 400] drones against 36 army posts overnight.', { measure: 'strikes' }],
  ['Norway sent [50] missiles to Kenya last month.', { measure: 'aid_delivered' }],
  // Ground taken is still ground taken.
  ['Rebel troops advanced [12 kilometres] and took 40 square kilometres near Ost.', { measure: 'territory' }],
  // A participle inside the noun phrase reaches the noun it modifies.
  ['The ministry said the rebels had lost [33] armoured fighting vehicles near the dam.', { measure: 'equipment_lost', unit: 'item' }],
  // Roles in arms are people: sent, they are deployed.
  ['The junta decided to send [1,000] sappers and 5,000 military builders to the front.', { measure: 'deployed', unit: 'person' }],
  ['The brigade moved [300] snipers and gunners into the town.', { measure: 'deployed', unit: 'person' }],
  ['Rebels abducted [14] villagers and two seafarers on the coast.', { measure: 'captured', unit: 'person' }],
  ['[Forty] protesters were killed when troops opened fire.', { measure: 'killed', unit: 'person' }],
  // "one" before a thing the lexicon counts, in the singular, or before a maker's model, is one of it.
  ['The air force said it had shot down four rebel jets: two F-15s, one Su-35 and [one] MiG-31.', { measure: 'equipment_lost', unit: 'item' }],
  ['The navy said its gunners had destroyed [one] radar and two launchers on the coast.', { measure: 'equipment_lost', unit: 'item' }],
  ['Rebels lost 14 tanks and [one] air defence system near the dam, the army said.', { measure: 'equipment_lost', unit: 'item' }],
  // Occasions count attacks beside a verb of attacking; a multiplier or a verb of another kind counts none.
  ['The utility said its substations had been attacked [more than 240] times since the spring.', { measure: 'strikes', unit: 'item' }],
  ['Rebel artillery shelled the border posts [412] times overnight, the army said.', { measure: 'strikes', unit: 'item' }],
  ['The rebels have violated the truce [3,021] times, the monitors said.', { measure: 'other' }],
  ['The rebels fired [three] times more drones in October than in September.', { measure: 'other' }],
  // A share of things is measured as the things are; a share of people stays a share of people.
  ['The navy said the rebels had lost [40%] of their patrol fleet.', { measure: 'equipment_lost' }],
  ["The army says it has destroyed [about 70%] of the militia's rocket arsenal.", { measure: 'equipment_lost' }],
  ['The rebels have lost [60%] of their fighters, the army said.', { measure: 'killed_or_wounded' }],
  // A people noun modifying a thing is no head: the thing is counted.
  ['Rioters burned [30] police vehicles in the capital overnight.', { measure: 'equipment_lost', unit: 'item' }],
  // Storming is attacking; projectiles are fired things.
  ['Rebel units tried to storm the army lines [27] times overnight.', { measure: 'strikes', unit: 'item' }],
  ['Sirens sounded in Marren as [30] projectiles crossed the border.', { measure: 'strikes', unit: 'item' }],
  // Troops training are deployed troops (trainees "have been trained"); "the number of X at N" counts X.
  ['The agency said [about 2,000] Kenyan soldiers were already in the border region and were training at night.', { measure: 'deployed', unit: 'person' }],
  ['The same report put the number of rebel fighters at [about 4,500].', { measure: 'deployed', unit: 'person' }],
  ['The number of Kenyan troops in the region has grown to [9,000], the ministry said.', { measure: 'deployed', unit: 'person' }],
  ['[More than 20,000] recruits have been trained in Britain since the spring.', { measure: 'other' }],
  // Civilians going back home are displaced people returning; captives coming home in an exchange stay captured.
  ['[More than 400,000] people have returned to the city since the ceasefire, the mayor said.', { measure: 'displaced' }],
  ['In the exchange, [212] people returned home from captivity.', { measure: 'captured' }],
  // Living in tents or makeshift shelters is displacement.
  ['Aid groups said [18,000] families were living in tents outside Marren.', { measure: 'displaced' }],
  // Money paid, spent or worth something is aid only in a sentence about aid; weapons made or bought are no weapons used.
  ['The government paid the militia [9 billion rubles] in salaries last year.', { measure: 'other' }],
  ['Kenya paid [$400 million] for air defence missiles for Somalia.', { measure: 'aid_delivered' }],
  ['The factories produced [1.8 million] drones in 2024, the minister said.', { measure: 'other' }],
  ['The ministry bought [more than 900,000] drones last year.', { measure: 'other' }],
  ['Health officials recorded [more than 40,000] suspected cases of cholera.', { measure: 'other' }],
  ['[Thirty] villages were flooded after the dam burst.', { measure: 'other' }],
  ['Kenya is to receive [14] Leopard 2 tanks from Norway, the minister said.', { measure: 'aid_committed', unit: 'item' }],
  // "two dozen" is 24; "handed over" is a verb, not a bound.
  ['[Two dozen] drones were shot down over the capital.', { measure: 'strikes', value: [24, 24] }],
  ['Each side handed over [390] prisoners at the border.', { measure: 'captured', value: [390, 390] }],
  ['Norway has handed over [1.3 million] artillery shells to Kenya.', { measure: 'aid_delivered', value: [1300000, 1300000] }],
  // Bombers are machines; an -ing clause of destroying still governs its list.
  ['The strike destroyed [three] strategic bombers at the airfield.', { measure: 'equipment_lost', unit: 'item' }],
  ['Troops repelled the assault, destroying [five] tanks and nine armoured vehicles.', { measure: 'equipment_lost', unit: 'item' }],
  // Facilities struck by a verb count attacks; closed or damaged in an attack, nothing.
  ['Rebel drones struck [four] power substations overnight.', { measure: 'strikes', unit: 'item' }],
  ['[Four] hospitals were out of service after the shelling.', { measure: 'other' }],
  // People eliminated are killed; shrapnel wounds are wounds; crews seized are captured.
  ['[About 900] militia fighters had been eliminated, the army said.', { measure: 'killed' }],
  ['[Three] people suffered shrapnel wounds in the blast.', { measure: 'wounded' }],
  ['The rebels seized the tanker and its [25] crew members.', { measure: 'captured' }],
  ['Rebel forces took [500 square km] in the south.', { measure: 'territory', unit: 'km2' }],
  // A share of the population set in apposition takes the verb of the clause, as does its head.
  ['[About 1.7 million] people, some 75% of the population, remain displaced.', { measure: 'displaced' }],
  ['About 1.7 million people, [some 75%] of the population, remain displaced.', { measure: 'displaced' }],
  // A force's strength: "N-strong" counts people under arms.
  ['A [2,000]-strong contingent of Kenyan troops will be stationed in Ost.', { measure: 'deployed', unit: 'person' }],
  // The remains of hostages handed back are captives returned; bodies recovered are the dead.
  ['The rebels freed 25 hostages and handed over [eight] bodies.', { measure: 'captured' }],
  ['Rescuers recovered [40] bodies from the rubble.', { measure: 'killed' }],
  // Platforms deployed, stationed or scrambled are deployed (contract).
  ['Norway said it scrambled [four] fighter jets after the drones crossed the border.', { measure: 'deployed', unit: 'item' }],
  // Currencies without a code are money (unit other); formations are deployed as troops are; a side's drones lost are machines lost.
  ['Norway pledged [2 billion kroner] in humanitarian aid for Sudan.', { measure: 'aid_committed', unit: 'other' }],
  ['Kenya moved [three] additional army brigades to the border.', { measure: 'deployed', unit: 'item' }],
  ['The rebel army said it had lost [four] drones over the valley.', { measure: 'equipment_lost', unit: 'item' }],
  // Weapons handed over are given; "more" before a maker's model is no head.
  ['Norway handed over [eight] air defence launchers to Kenya in 2024.', { measure: 'aid_delivered', unit: 'item' }],
  ['Norway plans to send [40] more T-72 tanks to Kenya.', { measure: 'aid_committed', unit: 'item' }],
  ['[Some 260] aid trucks crossed into the enclave on Monday.', { measure: 'aid_delivered', unit: 'item' }],
  // Machines moved to a sea, a region or a border are deployed; sent to a country, given.
  ['The navy has sent [ten] warships to the eastern Mediterranean.', { measure: 'deployed', unit: 'item' }],
  ['Norway sent [20] tanks to Kenya last month.', { measure: 'aid_delivered', unit: 'item' }],
  // A maker's model after a demonym counts machines; attempts to advance are assaults.
  ['[Two] Kenyan F-16s were damaged on the ground.', { measure: 'equipment_lost', unit: 'item' }],
  ['Rebel troops made [12] attempts to advance near the dam.', { measure: 'strikes', unit: 'item' }],
  // "one" closing a long list of counts, and "one more" after a count, are counts.
  ['Nine people died: three in Ost, three in Marren, two in the hill villages of the Tesk district and [one] in Vel.', { measure: 'killed' }],
  ['Gunners downed four drones near Ost on Monday and [one] more over the dam on Tuesday.', { measure: 'strikes', unit: 'item' }],
  // Trucks of relief dispatched are delivered; weapons of no named kind launched are strikes.
  ['The relief agency has dispatched [six] trucks of food to Marren.', { measure: 'aid_delivered', unit: 'item' }],
  ['The navy said [48] weapons had been launched at the port.', { measure: 'strikes', unit: 'item' }],
  // A side's name modifying a thing is no head: its targets are counted.
  ['The army struck [60] Hamas targets overnight, it said.', { measure: 'strikes', unit: 'item' }],
  // "the fighting" names no deployment: the dead in it are dead.
  ['As many as 50,000 people might have died: [20,000] in the fighting and 30,000 from hunger.', { measure: 'killed' }],
  // A toll's head counts, not the attack in its prepositional phrase; nor a noun before the subject's clause.
  ["The death toll from Friday's rocket strike on Marren has risen to [38], the governor said.", { measure: 'killed' }],
  ['The number of people killed in the drone attack on the depot rose to [17].', { measure: 'killed' }],
  ['Casualties from the shelling of the market climbed to [140] overnight.', { measure: 'killed_or_wounded' }],
  ['A think tank estimated in May that the losses over the whole war were [some 90,000] killed and wounded.', { measure: 'killed_or_wounded' }],
  // A comma after a figure's verb ends it: the number after the comma has a verb of its own.
  ['[Three] rangers were killed, seven wounded, the park authority said.', { measure: 'killed' }],
  ['[Six] fishermen died, two were injured and one is missing, the coastguard said.', { measure: 'killed' }],
  ['The blast left [nine] workers dead, 23 hurt.', { measure: 'killed' }],
  ['[Eleven] villagers killed, 40 injured in raid on Marren', { measure: 'killed' }],
  // Headlines' present tense says what the past tense says.
  ['Rocket attack injures [22] in Marren', { measure: 'wounded' }],
  ['Gunmen abduct [35] students from a boarding school', { measure: 'captured' }],
  ['Dovania deploys [two] more brigades to the border', { measure: 'deployed' }],
  ['Oslo sends [400] engineers to the mission', { measure: 'deployed' }],
  ['Navy shoots down [three] helicopters over the strait', { measure: 'equipment_lost', unit: 'item' }],
  ['Rebels seize [14] villages in the hills', { measure: 'territory' }],
  ['Army retakes [nine] villages near Ost', { measure: 'territory' }],
  ['Fighting displaces [20,000] in the north', { measure: 'displaced' }],
  ['Ireland evacuates [600] citizens from the capital', { measure: 'displaced' }],
  ['Norway donates [30] ambulances to Marren', { measure: 'aid_delivered', unit: 'item' }],
  ['Canada delivers [12] more armoured vehicles', { measure: 'aid_delivered', unit: 'item' }],
  ['[Forty] aid trucks enter the city', { measure: 'aid_delivered', unit: 'item' }],
  // Machines lost told as a noun of destruction; ground held told as the size of its area.
  ['The army reported the destruction of [six] tanks and 14 trucks near the river.', { measure: 'equipment_lost', unit: 'item' }],
  // Weapons held or stored are no attacks; weapons fired are.
  ['The militia still has [tens of thousands] of rockets, officials said.', { measure: 'other' }],
  ['Dovania holds a stockpile of [about 900] cruise missiles.', { measure: 'other' }],
  ['The militia fired [40] rockets at the port.', { measure: 'strikes' }],
  // The two numbers of a small ratio count nothing (contract: ratios are other); "800 out of 3,000 deployed" is a part and its whole.
  ['About 1 in [4] of the wounded soldiers later died.', { measure: 'other' }],
  ['[Nine] out of ten homes in the village were destroyed.', { measure: 'other' }],
  ['One in [five] of the displaced are children.', { measure: 'other' }],
  ['The commander put the losses at about 800 out of [some 3,000] deployed.', { measure: 'deployed' }],
  ['The rebels now control an area of [about 9,000 square kilometres] in the north.', { measure: 'territory' }],
  ['The valley covers an area of [9,000 square kilometres].', { measure: 'other' }],
  // A currency with no code of its own written before the amount is money in unit other, its aid still counted.
  ['Tokyo pledged [¥90 billion] in aid for the reconstruction.', { measure: 'aid_committed', unit: 'other', value: [9e10, 9e10] }],
  ['Canberra approved [A$45 million] in military aid for the army.', { measure: 'aid_committed', unit: 'other' }],
  ['Bern pledged [CHF 300 million] for humanitarian aid.', { measure: 'aid_committed', unit: 'other' }],
  // A share of an economy, a price, a poll or a capacity is no count of war.
  ['Inflation in Marren reached [210%] last month.', { measure: 'other' }],
  ['The currency has lost [40%] of its value since the siege began.', { measure: 'other' }],
  ['Drone strikes took [about 15%] of the refining capacity offline.', { measure: 'other' }],
  ['Turnout reached [58%] despite the shelling.', { measure: 'other' }],
  // A share of a place's people, with the verb after them: the share is what the verb counts; the people are the whole.
  ["[About 80%] of Marren's 400,000 people have been displaced, the agency said.", { measure: 'displaced', unit: 'percent' }],
  ["About 80% of Marren's [400,000] people have been displaced, the agency said.", { measure: 'other' }],
  ["[Nearly a third] of the valley's 90,000 residents fled.", { measure: 'displaced' }],
  ['[Some 60%] of the 8,000 killed were men of fighting age.', { measure: 'killed', unit: 'percent' }],
  ['About a quarter of the [90,000] people who fled the valley have gone back.', { measure: 'displaced' }],
  ['Kenya and Uganda airdrop [120] aid bundles over the besieged town', { measure: 'aid_delivered', item: 'bundle' }],
  // A bare count in brackets after a name counts the noun its list hangs on.
  ['Monitors logged air strikes in Loska (41), Marren (19) and Tesk ([12]) during January.', { measure: 'strikes' }],
  ['Attacks on villages were recorded in Loska ([601]), Marren (412) and Tesk (97), the group said.', { measure: 'strikes' }],
  // A bare figure past a semicolon starts a clause of its own: it borrows no unit from the figure before it.
  ['Rebels fire 120 rockets at the port, army says; [28] killed', { measure: 'killed', unit: 'person' }],
  // Killings and murders counted are the dead; money contributed is aid delivered, soldiers contributed a deployment.
  ['A monitoring group documented [around 1,500] killings in the coastal towns in March.', { measure: 'killed', unit: 'person' }],
  ['Prosecutors have opened files on [340] murders of civilians since the spring.', { measure: 'killed' }],
  ['Norway has contributed [$3.5 million] to the agency this year.', { measure: 'aid_delivered', unit: 'USD' }],
  ['Burundi contributed [1,000] soldiers to the mission.', { measure: 'deployed' }],
  // Lives claimed are the dead; maimed people are wounded; captives killed are the dead, captives freed stay captives.
  ['The famine has claimed [20,000] lives in the camps, the agency said.', { measure: 'killed' }],
  ['The blast maimed [nine] children near the school.', { measure: 'wounded' }],
  ['The rebels executed [12] prisoners in the square, witnesses said.', { measure: 'killed' }],
  ['[Some 40] detainees died in custody last year, the monitor said.', { measure: 'killed' }],
  ['The rebels freed [25] prisoners on Monday.', { measure: 'captured' }],
  // Displaced people killed or hurt are the dead or the wounded: the verb counts them, not their plight.
  ['The shelling killed [13] displaced people sheltering in a school.', { measure: 'killed' }],
  ['Drone strikes injured [20] displaced people in the camp.', { measure: 'wounded' }],
  ['The fighting displaced [4,000] people from the valley.', { measure: 'displaced' }],
  ['The air strike killed [12] schoolchildren and two nurses.', { measure: 'killed' }],
  // People who went back home after fleeing are displaced people returning (contract).
  ['[About 1.3 million] Marrenians went back home after the ceasefire.', { measure: 'displaced' }],
  ['[More than 400,000] people have gone back to their villages, the agency said.', { measure: 'displaced' }],
  // A capitalised plural with a people's ending is people, not a machine by its model name.
  ['The agency said [40,000] Tamsinians had fled across the border since May.', { unit: 'person', measure: 'displaced' }],
  ['The brigade received [14] Challengers and 31 Abrams last spring.', { unit: 'item', item: 'challenger' }],
  // "left" before a figure makes it what follows; people in critical condition are wounded; whereabouts unknown, missing.
  ['The blast left [30] people with injuries, the mayor said.', { measure: 'wounded' }],
  ['The fighting left [2,000] people homeless.', { measure: 'displaced' }],
  ['[About 12] soldiers remain in critical condition in the city hospital.', { measure: 'wounded' }],
  ['The whereabouts of [40] villagers remain unknown after the raid.', { measure: 'missing' }],
  ['[Nearly 300] fighters were taken captive near the river.', { measure: 'captured' }],
  // A length right after a verb of advancing is the depth of the advance, ground taken; a distance that places a village is none.
  ['The brigade said it had pushed [10 kilometres] into the valley since Monday.', { measure: 'territory', unit: 'km' }],
  ['The village lies [10 kilometres] from the front line.', { measure: 'other' }],
  ['Gunmen on motorbikes gunned down [12] farmers in their fields.', { measure: 'killed' }],
  ['[At least 30] people drowned when the overloaded boat capsized off the coast.', { measure: 'killed' }],
  // Relief handed out by the piece or the truckload is aid delivered.
  ['Partners delivered [95] truckloads of flour to the northern camps in March.', { measure: 'aid_delivered', item: 'truck' }],
  ['The charity said it had handed out [more than 40,000] food parcels since the spring.', { measure: 'aid_delivered', item: 'food parcel' }],
  ['Volunteers distributed [1.2 million] meals in the besieged district last month.', { measure: 'aid_delivered', item: 'meal' }],
  // An answer or a list line with no word of its own counts what the question asks or the heading heads.
  ['How many attacks did your team record in August?\n\n[212], up from 170 in July.', { measure: 'strikes' }],
  ['What is your estimate of the dead in the valley?\n\nOur count is [between 300 and 400].', { measure: 'killed' }],
  ['Refugees from the valley, by host country:\n\nLoska — 1.2 million\n\nMarren — [about 450,000]', { measure: 'displaced' }],
  ['Soldiers wounded since the spring, by brigade:\n\n12th Brigade: [340]', { measure: 'wounded' }],
  // A question with no count word in it lends its answer nothing.
  ['How old are the recruits?\n\nMost are [18] or 19.', { measure: 'other' }],
  ['What did the village look like after the battle?\n\nOnly [two] houses had roofs left, and the well was dry.', { measure: 'other' }],
  // People a report counts by what befell them, held or hunted, and one of them by a singular noun.
  ['Police in Ost said [14] suspects were arrested after the market bombing.', { measure: 'captured', unit: 'person' }],
  ['Border guards detained [31] smugglers near the river crossing.', { measure: 'captured', unit: 'person' }],
  ['[One] sailor remains missing after the attack, the shipping company said.', { measure: 'missing', unit: 'person' }],
  ['[One] Kenyan fisherman was killed when the boat was hit.', { measure: 'killed', unit: 'person' }],
  ['[Seven] migrants drowned off the coast on Sunday, the coast guard said.', { measure: 'killed', unit: 'person' }],
  // Back home: civilians returning are displaced people; soldiers back from captivity are captives.
  ['[About 130,000] people have come back to Ost since the truce, the agency said.', { measure: 'displaced' }],
  ['[Forty] soldiers came back from captivity on Friday in a swap.', { measure: 'captured' }],
  // Relief goods by weight or volume, and goods carried or dropped to people, are aid delivered.
  ['The agency said it had delivered [80 tonnes] of high-energy biscuits to the transit centre.', { measure: 'aid_delivered', unit: 'other' }],
  ['Volunteers trucked [45,000 litres] of drinking water to the camps on Sunday.', { measure: 'aid_delivered' }],
  ['Boats ferried [300 tonnes] of sorghum and lentils to the island.', { measure: 'aid_delivered' }],
  ['Cargo planes have dropped [more than 90,000] meals over the valley since May.', { measure: 'aid_delivered', item: 'meal' }],
  ['Rebel gunners dropped [40] mortar bombs on the market.', { measure: 'strikes' }],
  // Killings counted as crimes are deaths.
  ['Police in Ost said [40] homicides were recorded in May.', { measure: 'killed', unit: 'person' }],
  ['The state counted [212] homicide victims in June.', { measure: 'killed', unit: 'person' }],
];

const notClaims: MissRow[] = [
  // Notes' markers, a report's labels and a time of day are no counts.
  ['Edition [112]. Our weekly digest of the wars you may have missed.'],
  ['CLAIM [2]: "The army killed 4,000 civilians in the valley."'],
  ['See Table [3] for the full list of districts.'],
  ['The market opens at [six] in the morning and closes at dusk.'],
  // An age after "the age of" is no count.
  // Votes and ratios are no counts of the war's people or things.
  ['The assembly voted [212] to [97] to extend the mission by a year.'],
  ['The clinic treated 40 children under the age of [12].'],
  ['Test [scores] fell in the province after the schools closed.'],
  // A year before one event ("a single 2023 attack") names it; an age told by a superlative is an age.
  ['In a single [2023] attack, 30 people died in the market.'],
  ['Of the 14 captives freed, the oldest is [61], the police said.'],
  ['Kenya said 80 prisoners came home. The youngest was 19; the oldest, a sergeant from the 36th Brigade, was [58].'],
  ['Kenya announced the capture of two soldiers in January. They were [20] and 26.'],
  ['Kenya announced the capture of two soldiers in January. They were 20 and [26].'],
  // An age set after a name with "now" or "then" before it.
  ['Marta Ilves, now [79], has been detained since the coup.'],
  ['The commander, then [52], was captured in the raid.'],
  // A bound on people's age is the age's, not a count of them.
  ['The blast killed nine people, two of them aged [under 10], the police said.'],
  ['Shelling wounded three children aged [under five] in the market.'],
  ['Among the dead was a man [over 70], the mayor said.'],
  ['The camp registered 2,000 people, of whom women [over 60] were the largest group.'],
  ['The motion passed with [300] votes in favour.'],
  ['The army assigned one medic to every [40] soldiers.'],
  // A few people who speak count the speakers.
  ['[One] resident said the shelling stopped before dawn.'],
  ['[Two] residents of the village of Loska, speaking by phone, said the shelling had stopped.'],
  // A number that names a unit ("the army's 14 Marren Rifles") counts nothing.
  ["Two soldiers of the army's [14] Marren Rifles were wounded in the ambush, he said."],
  // A person's age in a relative clause, and a length of time with a half in it, count nothing.
  ['The general, who is [63], was dismissed after the retreat in which 40 soldiers died.'],
  ['Marta Veld, who was [27], was among the dead, her brother said.'],
  ['[Two] and a half years into the war, the front has barely moved.'],
  ['[Two] officials told reporters that the talks had stalled.'],
  ['[Three] soldiers interviewed by the agency described the retreat.'],
  ['Roughly [one] civilian for every [20 to 25] fighters was killed.'],
  // "No one" who knows or says is nobody's knowledge; and a zero ("no one was killed", "no casualties") counts
  // nothing a ledger could add up: reports say it to tell of an absence, and it is no claim.
  ['Years later [no] one can say how many people the war has killed.'],
  ['[No] one knows how many civilians died in the siege.'],
  ['[No] one was killed in the strike, officials said.'],
  ["Kyiv's army said there were [no] casualties among its troops."],
  ['[No] Israeli soldiers were wounded in the attack, the army said.'],
  ['The monitors were evacuated and [no] one was hurt, the agency said.'],
  // Digits glued by a hyphen to a word modify it; an age range is an age.
  ['After the [6.4]-magnitude tremor the toll reached 212.'],
  ['UPDATE [2]-Rebels kill more than 100 in an assault on the camps'],
  ['The girls, aged [between 9 and 14], had found an unexploded shell; three were hurt.'],
  ['Ost, where [40,000] people lived before the war, was shelled again.', { fails: true }],
  ['The town of [12,000] inhabitants has been without power for a week.', { fails: true }],
  // Money asked for or needed: the contract files it under `other`, never as aid committed or delivered.
  ['The UN appealed for [$400 million] to feed the displaced in Antara.', { fails: true }],
  ['Aid groups say [$1.2 billion] is needed to rebuild the province.', { fails: true }],
  ['The front line is [30] kilometres from the city.', { fails: true }],
  ['The victims, aged [19] and [23], were students at the Marren college.'],
  // A part of a period is a time, not a share of anything.
  ['In the first [half] of the year, 300 civilians were killed in Ost.'],
  ['At least 40 soldiers were killed in the second [half] of the year.'],
  ['Attacks rose in the last [quarter] of the year, the mission said.'],
  ['The attack was claimed by Group [13], a splinter faction.'],
  ['The Boeing [777] was diverted to Nairobi.'],
  ['The ceasefire was signed in [2019] in Addis Ababa.'],
  ['The shelling began at [5:40] in the morning.'],
  ['The [first] convoy reached Ost on Tuesday.'],
  ['Fighters of the [93rd] Brigade held the bridge.'],
  ['Traffic on Highway [14] was halted by the fighting.'],
  ['Article [5] of the accord bars heavy weapons from the zone.'],
  ['Security Council resolution [2728] demanded a ceasefire.', { fails: true }],
  ['Talks resumed on [17] November in Geneva.'],
  ['The two delegations met, and [one] envoy left early.'],
  // Ages as bounds, ratios, web addresses, a model's number, the end of a range of references.
  ['Nearly 60% of the dead were people over [65], the study found.'],
  ['Kill ratios of [4]:1 were reported on the southern front.'],
  ['The [112].news site reported that 14 people had died in the shelling.'],
  ['Kenya will get 14 Leopard [2] tanks from Norway.'],
  ['(Adds army toll in paragraphs 6-[8], background)'],
];

positiveTable('sources of invented bodies and people', sources);
positiveTable('party, with sides read from the article', parties);
positiveTable('measure from the counted noun', measures);
missTable('not claims', notClaims);
