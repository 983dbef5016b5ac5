/**
 * "Who says it, and when": the source, statedOn and hedges of each marked figure.
 * Sentences and short paragraphs with a publication date; expectations follow
 * shared/spec/claims.md (source rules, statedOn order, conventions). Rows the extractor
 * gets wrong today carry `fails: true`.
 *
 * The default publication date is Wednesday 2024-11-20: Monday is 2024-11-18, Sunday
 * 2024-11-17, yesterday 2024-11-19. Rows that need another day say so.
 */
import { positiveTable, type Row } from './helpers.js';

/** A Friday: "last Tuesday" is 2024-11-19, "on Saturday" 2024-11-16. */
const FRIDAY = '2024-11-22';

const framePositions: Row[] = [
  // A short frame that closes the sentence says all of it, a leading frame's report included; a frame with a clause of its own does not.
  ['Aid groups recorded [121] attacks on clinics this year, the UN humanitarian office said.', { source: { name: 'UN humanitarian office' } }],
  ['Local monitors counted [40] bodies in the village, the governor said.', { source: { name: 'governor' } }],
  ['The army says [250] fighters were killed, the rebels say they lost none.', { source: { name: 'army' } }],
  // Past a semicolon, a frame that could not reach a figure by its score does not reach it as the nearest either.
  ['Kenya says 224 killed in Somali raids; rockets kill [eight] in Mombasa.', { source: null }],
  ['Kenya says [224] killed in Somali raids; rockets kill eight in Mombasa.', { source: { name: 'Kenya' } }],
  // … and when or where it was said may follow its verb: the frame still closes the sentence.
  ['Monitors counted [1,200] explosions on Friday, the observer mission said on Saturday.', { source: { name: 'observer mission' }, statedOn: '2024-11-16' }],
  ['Volunteers logged [35] burned homes in the district, the regional governor said late on Monday in a statement.', { source: { name: 'regional governor' }, statedOn: '2024-11-18' }],
  ['Field teams registered [2,400] new arrivals at the camp, the refugee agency said on Telegram.', { source: { name: 'refugee agency' } }],
  ['Ukraine\'s general staff said on Monday that Russia had lost [1,380] soldiers in the previous 24 hours.', { source: { name: 'general staff', kind: 'military', affiliation: 'UA' }, statedOn: '2024-11-18' }],
  ['Russia has lost [about 1,500] soldiers a day this month, Britain\'s defence ministry said.', { source: { name: 'defence ministry', affiliation: 'GB' }, statedOn: '2024-11-20', hedges: ['about'] }],
  ['North Korea has sent [11,000] troops to Russia, said John Kirby, the White House national security spokesman.', { source: { name: 'John Kirby', affiliation: 'US', anonymous: false }, statedOn: '2024-11-20' }],
  ['According to the UN refugee agency, [6.7 million] Ukrainians are living abroad as refugees.', { source: { name: 'UN refugee agency', kind: 'international', affiliation: 'UN' } }],
  ['According to Lebanon\'s health ministry, Israeli strikes have killed [3,445] people since October last year.', { source: { name: 'health ministry', affiliation: 'LB' } }],
  ['Israeli strikes killed [17] people in central Gaza overnight, according to hospital officials.', { source: { name: 'hospital officials', anonymous: true } }],
  ['Russian forces launched [145] drones overnight, Ukraine\'s air force said on Sunday.', { source: { name: 'air force', kind: 'military', affiliation: 'UA' }, statedOn: '2024-11-17' }],
  ['The air force said in a statement that [132] of the drones had been shot down.', { source: { name: 'air force' }, statedOn: '2024-11-20' }],
  ['Moscow fired [120] missiles in the morning attack, said Volodymyr Zelensky, Ukraine\'s president.', { source: { name: 'Volodymyr Zelensky', affiliation: 'UA' } }],
  ['"We have lost [more than 200] men in this sector alone," said a Ukrainian battalion commander who gave only his call sign, Tur.', { source: { anonymous: true, affiliation: 'UA' } }],
  ['The paramilitary Rapid Support Forces killed [at least 124] villagers in Gezira state, the Sudan Doctors Network said.', { source: { name: 'Sudan Doctors Network', kind: 'ngo', affiliation: 'SD' } }],
  ['Pentagon spokesman Maj. Gen. Pat Ryder said that [about 10,000] North Korean soldiers had moved to the Kursk region.', { source: { name: 'Pat Ryder', affiliation: 'US' }, hedges: ['about'] }],
  ['Israel\'s military said on Tuesday it had struck [more than 120] Hezbollah targets in southern Lebanon.', { source: { name: 'Israel\'s military', kind: 'military', affiliation: 'IL' }, statedOn: '2024-11-19' }],
  ['In southern Lebanon, [four] Israeli soldiers were killed in a clash, the army said on Monday.', { source: { name: 'army', affiliation: 'IL' }, statedOn: '2024-11-18' }, { fails: true }],
  ['Ukraine\'s prosecutor general\'s office said [589] children had been killed since the invasion began.', { source: { name: 'prosecutor general\'s office', kind: 'official', affiliation: 'UA' } }],
  // Letters whose lower case is longer ("İ" becomes two characters) must not shift the speaker phrase.
  ['İİİ talks ended, and [300] soldiers were killed, the defence ministry said.', { source: { name: 'defence ministry' } }],
  ['The Kremlin said on Thursday that [50,000] Russian troops were now fighting in Kursk.', { source: { name: 'Kremlin', kind: 'official', affiliation: 'RU' }, statedOn: '2024-11-14' }],
];

const verbs: Row[] = [
  // A belief voiced as an estimate is a report: "officials believe".
  ['Kenyan officials believe [at least 34] of the hostages are dead.', { source: { name: 'Kenyan officials', affiliation: 'KE' } }],
  ['Britain\'s defence intelligence estimated that [about 700,000] Russian soldiers had been killed or wounded.', { source: { name: 'defence intelligence', kind: 'intelligence', affiliation: 'GB' }, hedges: ['about'] }],
  ['The Pentagon confirmed that [about 50,000] troops were massed near Kursk.', { source: { name: 'Pentagon', affiliation: 'US' } }],
  ['Russia claimed that its forces had destroyed [five] HIMARS launchers in the past week.', { source: { name: 'Russia', affiliation: 'RU' } }],
  ['Ukraine\'s military intelligence revealed that [12,000] North Korean soldiers had arrived in Russia.', { source: { name: 'military intelligence', kind: 'intelligence', affiliation: 'UA' } }],
  ['Germany announced [€650 million] in new air defence aid for Ukraine on Saturday.', { source: { name: 'Germany', affiliation: 'DE' }, statedOn: '2024-11-16' }],
  ['The Kyiv Independent reported that [three] Russian warplanes had been destroyed at an airbase.', { source: { name: 'Kyiv Independent', kind: 'media', affiliation: 'UA' } }],
  ['NATO\'s secretary general warned that [up to 12,000] more North Korean troops could be sent.', { source: { name: 'NATO secretary general', affiliation: 'NATO' } }],
  ['Ihor Terekhov, the mayor of Kharkiv, wrote on Telegram that [11] people had been wounded.', { source: { name: 'Ihor Terekhov', affiliation: 'UA' } }],
  ['Governor Oleh Syniehubov wrote on Telegram that the strike injured [nine] people in Kupiansk.', { source: { name: 'Oleh Syniehubov', affiliation: 'UA' } }],
  ['The IDF said it had intercepted [80] projectiles fired from Lebanon on Sunday evening.', { source: { name: 'IDF', kind: 'military', affiliation: 'IL' }, statedOn: '2024-11-17' }],
  ['South Korea\'s spy agency told lawmakers that [about 3,000] more North Korean troops had been sent.', { source: { name: 'spy agency', kind: 'intelligence', affiliation: 'KR' } }],
  ['The Houthis claimed they had launched [four] missiles at a US aircraft carrier.', { source: { name: 'Houthis', affiliation: 'YE' } }],
  ['Hezbollah claimed it had fired [30] rockets at Haifa.', { source: { name: 'Hezbollah', affiliation: 'LB' } }],
  ['Zelensky claimed [5,000] Russian soldiers had surrendered.', { source: { name: 'Zelensky', affiliation: 'UA' } }],
  ['Health officials in Gaza reported [52] deaths over the previous 24 hours.', { source: { name: 'health officials', affiliation: 'PS' } }],
  ['The SBU announced it had detained [14] suspected saboteurs in Odesa.', { source: { name: 'SBU', kind: 'intelligence', affiliation: 'UA' } }],
];

const frameForms: Row[] = [
  ['In a statement, the defence ministry in Moscow said [49] Ukrainian drones had been destroyed over Bryansk.', { source: { name: 'defence ministry', affiliation: 'RU' } }],
  ['In its daily report, the UN monitoring mission said [26] civilians had been killed in November.', { source: { name: 'UN monitoring mission', kind: 'international', affiliation: 'UN' } }],
  ['At a briefing in Washington, State Department spokesman Matthew Miller said [$175 billion] had been approved for Ukraine.', { source: { name: 'Matthew Miller', affiliation: 'US' } }],
  ['Russia has seized [2,700 square kilometres] of Ukrainian land this year, according to the Institute for the Study of War\'s latest estimate.', { source: { name: 'Institute for the Study of War', kind: 'research', affiliation: 'US' } }],
  ['ISW\'s latest estimate puts Russian gains in November at [600 square kilometres].', { source: { name: 'ISW', kind: 'research', affiliation: 'US' } }],
  ['Seoul\'s spy agency\'s latest estimate is that [100] North Korean soldiers have been killed.', { source: { name: 'spy agency', affiliation: 'KR' } }],
  ['The Wall Street Journal reported, citing a US official, that [200] North Korean soldiers had been killed.', { source: { name: 'US official', anonymous: true, affiliation: 'US', via: ['Wall Street Journal'] } }],
  ['A Ukrainian commander, speaking on condition of anonymity, said [about 40] North Koreans had been captured.', { source: { name: 'Ukrainian commander', anonymous: true, affiliation: 'UA' } }],
  ['An Israeli official, speaking on condition of anonymity, said [2,000] Hezbollah fighters had been killed.', { source: { name: 'Israeli official', anonymous: true, affiliation: 'IL' } }],
  ['The fighting continued overnight.', { source: { name: 'US military', affiliation: 'US' }, statedOn: '2024-11-20' }, { title: 'North Korean troops suffer [hundreds] of casualties, US military says' }],
  ['Air raid alerts were lifted in the morning.', { source: { name: 'Kyiv', affiliation: 'UA' } }, { title: 'Russia fires [188] drones at Ukraine, Kyiv says' }],
  ['The aid will pay for ammunition.', { source: { name: 'Pentagon', affiliation: 'US' } }, { title: 'Weapons package', subtitle: 'The Pentagon says it will send [$725 million] in new weapons to Ukraine.' }],
];

const people: Row[] = [
  ['John Kirby, the White House national security spokesman, said North Korea had sent troops to Russia.\n\nKirby said [about 8,000] of them were in the Kursk region.', { source: { name: 'John Kirby', affiliation: 'US' } }],
  ['Pentagon spokesman Maj. Gen. Pat Ryder said on Tuesday that Pyongyang was moving more troops west.\n\n[About 10,000] North Korean soldiers are now in Kursk, the spokesman added.', { source: { name: 'Pat Ryder', affiliation: 'US' }, statedOn: '2024-11-19' }],
  ['Oleksandr Syrskyi, Ukraine\'s top commander, spoke to reporters in Kyiv. Russia has lost [more than 40,000] soldiers in Kursk, he said.', { source: { name: 'Oleksandr Syrskyi', affiliation: 'UA' } }],
  ['Sabrina Singh, the deputy Pentagon press secretary, said on Monday that more deployments were likely.\n\nShe said [about 2,000] North Korean troops had begun training near the border.', { source: { name: 'Sabrina Singh', affiliation: 'US' }, statedOn: '2024-11-18' }],
  ['Kyrylo Budanov, head of Ukraine\'s military intelligence, said Pyongyang was sending more men.\n\nHe said [3,000] more would arrive by December.', { source: { name: 'Kyrylo Budanov', affiliation: 'UA' } }],
  ['Israeli military spokesman Daniel Hagari said the strikes had hit dozens of launchers. Hagari said [more than 80] rockets had been fired at Haifa.', { source: { name: 'Daniel Hagari', affiliation: 'IL' } }],
  ['Dmitry Peskov, the Kremlin spokesman, declined to comment on the figures. But Peskov said [1,100] Ukrainian soldiers had been killed in Kursk in a week.', { source: { name: 'Dmitry Peskov', affiliation: 'RU' } }],
  ['Ukraine\'s foreign minister, Andrii Sybiha, met his Korean counterpart in Seoul. The minister said Russia had fired [20] North Korean ballistic missiles at Ukraine.', { source: { name: 'Andrii Sybiha', affiliation: 'UA' } }],
  ["Russia's defence minister, Andrei Belousov, toured a tank plant. The minister said [1,500] tanks would be built this year.", { source: { name: 'Andrei Belousov', affiliation: 'RU' } }],
  ['Volker Türk, the UN human rights chief, said on Friday that civilians were bearing the brunt. He said [more than 12,000] civilians had been killed in Ukraine.', { source: { name: 'Volker Türk', affiliation: 'UN' }, statedOn: '2024-11-15' }],
  ['Mykola Oleshchuk, Ukraine\'s air force commander, said on Telegram that eight cruise missiles were shot down. The commander added that [two] drones were lost to electronic warfare.', { source: { name: 'Mykola Oleshchuk', affiliation: 'UA' } }],
  ['Rafael Grossi, head of the UN nuclear watchdog, visited the plant on Saturday. Grossi said [two] drones had struck near the reactor building.', { source: { name: 'Rafael Grossi', affiliation: 'UN' } }],
  ['Colonel Nazar Voloshyn, a spokesman for Ukraine\'s Khortytsia grouping, spoke on national television. [Sixty] Russian assaults were repelled near Pokrovsk, the spokesman said.', { source: { name: 'Nazar Voloshyn', affiliation: 'UA' } }],
  ['Maria Kovalenko, a spokeswoman for the Odesa regional administration, visited the port. [Three] ships were damaged, the spokeswoman said.', { source: { name: 'Maria Kovalenko' } }],
  ["Ukraine's General Staff, the army's top command, said [1,100] Russian soldiers were killed in a day.", { source: { name: 'General Staff', affiliation: 'UA' } }],
];

const anonymous: Row[] = [
  ['[About 30] North Korean soldiers were killed in the strike, a senior US military official said.', { source: { name: 'senior US military official', kind: 'official', anonymous: true, affiliation: 'US' } }],
  ['Western officials estimate that [about 1,200] Russian soldiers are killed or wounded every day.', { source: { name: 'Western officials', anonymous: true, affiliation: null } }],
  ['[At least 500] North Korean soldiers have died, sources familiar with the matter said.', { source: { name: 'sources familiar with the matter', anonymous: true, affiliation: null } }],
  ['[About 40] Iranian drones were downed, sources close to the investigation said.', { source: { anonymous: true, affiliation: null } }],
  // Unnamed officials, leaders and witnesses with no country of their own are of the country the article is about.
  ['Fighting flared again in Ost, in eastern Dovania, and Dovania sent troops.\n\n[At least 55] people were killed, according to community leaders.', { source: { name: 'community leaders', anonymous: true, affiliation: null } }],
  ['Fighting between two clans flared again in Kenya this week. Kenya closed the road.\n\n[At least 55] people were killed, according to community leaders.', { source: { name: 'community leaders', anonymous: true, affiliation: 'KE' } }],
  ['Floods and fighting hit northern Ethiopia again. Ethiopia declared an emergency.\n\nLocal officials said [19] people were killed and 40 wounded.', { source: { name: 'Local officials', anonymous: true, affiliation: 'ET' } }],
  ['Floods and fighting hit northern Ethiopia again. Ethiopia declared an emergency.\n\nTwo sources said [19] soldiers were killed.', { source: { anonymous: true, affiliation: null } }],
  // A side named by its strikes is who attacked, not the speaker's country.
  ['Fighting flared again in Kenya this week. Kenya closed the road.\n\nHealth Minister Amara Osei said [309] people had been killed in Ugandan strikes since the truce.', { source: { name: 'Amara Osei', affiliation: 'KE' } }],
  // A crowd of observers (monitors, researchers, aid agencies) is of no country by default.
  ['Floods and fighting hit northern Ethiopia again. Ethiopia declared an emergency.\n\nMonitors counted [19] ceasefire violations overnight.', { source: { name: 'Monitors', affiliation: null } }],
  ['Floods and fighting hit northern Ethiopia again. Ethiopia declared an emergency.\n\n[19] people were killed, according to humanitarian agencies.', { source: { name: 'humanitarian agencies', affiliation: null } }],
  // Two governments speak for no one of them.
  ['Floods and fighting hit northern Ethiopia again. Ethiopia declared an emergency.\n\nThe two governments said [19] soldiers were killed in the clashes.', { source: { name: 'two governments', affiliation: null } }],
  ['US officials familiar with the assessment said [1,500] Russian troops died.', { source: { anonymous: true, affiliation: 'US' } }],
  ['Two Israeli security officials said [about 250] Hezbollah fighters had been killed in the raid.', { source: { name: 'Israeli security officials', anonymous: true, affiliation: 'IL' } }],
  ['A senior Ukrainian official told reporters that [80,000] men had been mobilised since the spring.', { source: { name: 'senior Ukrainian official', anonymous: true, affiliation: 'UA' } }],
  ['Diplomats in New York said [25] countries had backed the resolution on humanitarian access.', { source: { name: 'diplomats', anonymous: true, affiliation: null } }],
  ['A South Korean government official said [1,500] special forces had left North Korea by ship.', { source: { name: 'South Korean government official', anonymous: true, affiliation: 'KR' } }],
  ['Officials in both countries said [300] prisoners would be swapped.', { source: { anonymous: true, affiliation: null } }],
  ['A European diplomat said the bloc would send [€1.9 billion] from frozen Russian assets.', { source: { name: 'European diplomat', anonymous: true } }],
  ['A senior Western official said [about 600,000] Russians had been killed or wounded.', { source: { name: 'senior Western official', anonymous: true, affiliation: null } }],
];

const institutions: Row[] = [
  // A known body's name with small words inside it ("Save the Children") is one name, whatever its first word could be.
  ['Save the Children said [40] children had been killed in the strike.', { source: { name: 'Save the Children', kind: 'ngo' } }],
  ['[At least 12] children were killed, Save the Children staff said.', { source: { name: 'Save the Children staff' } }],
  ['The Institute for the Study of War said Russia had gained [400 square kilometres] in May.', { source: { name: 'Institute for the Study of War', affiliation: 'US' } }],
  ['Ukraine\'s defence ministry said it had received [1,000] armoured vehicles from partners this year.', { source: { name: 'defence ministry', kind: 'official', affiliation: 'UA' } }],
  ['The General Staff of Ukraine\'s Armed Forces said [1,570] Russian soldiers were killed or wounded in a day.', { source: { name: 'General Staff', kind: 'military', affiliation: 'UA' } }],
  ['Ukraine\'s military intelligence agency, the GUR, said [11,000] North Koreans were in Kursk.', { source: { name: 'GUR', kind: 'intelligence', affiliation: 'UA' } }],
  ['South Korea\'s National Intelligence Service said [about 1,500] North Korean special forces had arrived.', { source: { name: 'National Intelligence Service', kind: 'intelligence', affiliation: 'KR' } }],
  ['The NIS told lawmakers that [1,100] North Korean soldiers had been killed or wounded.', { source: { name: 'NIS', kind: 'intelligence', affiliation: 'KR' } }],
  ['The UN Human Rights Monitoring Mission in Ukraine said [574] civilians were killed in October.', { source: { name: 'UN Human Rights Monitoring Mission', kind: 'international', affiliation: 'UN' } }],
  ['The Institute for the Study of War said Russian forces had advanced [2,356 square kilometres] in November.', { source: { name: 'Institute for the Study of War', kind: 'research', affiliation: 'US' } }],
  ['The Kiel Institute said Europe had committed [€125 billion] in aid to Ukraine.', { source: { name: 'Kiel Institute', kind: 'research', affiliation: 'DE' } }],
  ['Gaza\'s health ministry said [43,972] Palestinians had been killed since October 2023.', { source: { name: 'health ministry', kind: 'official', affiliation: 'PS' } }],
  ['The International Organization for Migration said [11 million] people were displaced inside Sudan.', { source: { name: 'International Organization for Migration', kind: 'international', affiliation: 'UN' } }],
  ['Ukraine\'s national police said [23] people were injured in the strike on Zaporizhzhia.', { source: { name: 'national police', affiliation: 'UA' } }],
  ['Russia\'s defence ministry said air defences had downed [47] Ukrainian drones overnight.', { source: { name: 'defence ministry', affiliation: 'RU' } }],
  ['The Israel Defense Forces said [about 130] rockets were fired at northern Israel.', { source: { name: 'Israel Defense Forces', kind: 'military', affiliation: 'IL' } }],
  ['The European Commission said it had transferred [€4.1 billion] to Kyiv under the facility.', { source: { name: 'European Commission', affiliation: 'EU' } }],
  ['The Pentagon said [$4.3 billion] remained in presidential drawdown authority for Ukraine.', { source: { name: 'Pentagon', affiliation: 'US' } }],
  ['South Korea\'s Joint Chiefs of Staff said North Korea had sent [about 7,000] balloons across the border.', { source: { name: 'Joint Chiefs of Staff', kind: 'military', affiliation: 'KR' } }],
  ['ACLED, a conflict monitor, said [more than 28,700] people had been killed in Sudan.', { source: { name: 'ACLED', kind: 'research', affiliation: 'US' } }],
  ['The World Health Organization said [20] hospitals in Gaza were still partly functioning.', { source: { name: 'World Health Organization', kind: 'international', affiliation: 'UN' } }],
];

const countries: Row[] = [
  ['Ukraine announced that it had returned [95] prisoners of war in a swap.', { source: { name: 'Ukraine', affiliation: 'UA', anonymous: false } }],
  ['South Korea said [more than 10,000] North Korean troops were now in Russia.', { source: { name: 'South Korea', affiliation: 'KR' } }],
  ['Israel said [about 40] rockets were fired from Lebanon on Monday afternoon.', { source: { name: 'Israel', affiliation: 'IL' }, statedOn: '2024-11-18' }],
  ['Kyiv said [2,000] North Korean soldiers were killed or wounded in the first week.', { source: { name: 'Kyiv', affiliation: 'UA' } }],
  ['Moscow says [500] Ukrainian soldiers have surrendered in the past month.', { source: { name: 'Moscow', affiliation: 'RU' } }],
];

const relays: Row[] = [
  ['A Ukrainian commander told The Associated Press that [about 200] North Korean soldiers had been killed.', { source: { name: 'Ukrainian commander', anonymous: true, affiliation: 'UA', via: ['Associated Press'] } }],
  ['US Rear Admiral Paul Spedero told Reuters that [about 60] Houthi drones had been shot down.', { source: { name: 'Paul Spedero', affiliation: 'US', via: ['Reuters'] } }],
  ['The army had lost [around 80] men in the village, a brigade officer told AFP.', { source: { name: 'brigade officer', anonymous: true, via: ['AFP'] } }],
  ['Reuters reported, citing an Israeli official, that [70] Hezbollah commanders had been killed.', { source: { name: 'Israeli official', anonymous: true, affiliation: 'IL', via: ['Reuters'] } }],
  ['[About 300] North Korean troops have been killed, a South Korean lawmaker said, according to Yonhap.', { source: { name: 'South Korean lawmaker', affiliation: 'KR', via: ['Yonhap'] } }],
  ['[About 1,000] drones were launched at Ukraine in the week, the Ukrainian air force said, Associated Press reported.', { source: { name: 'air force', affiliation: 'UA', via: ['Associated Press'] } }],
  ['The Sudanese army lost [at least 70] soldiers in El Fasher, a military source told Al Jazeera.', { source: { name: 'military source', anonymous: true, via: ['Al Jazeera'] } }],
  ['An Iranian official told the BBC that [two] missile shipments had reached Russia.', { source: { name: 'Iranian official', anonymous: true, affiliation: 'IR', via: ['BBC'] } }],
  ['A police officer in Kherson told AP that [five] bodies had been found after the shelling.', { source: { name: 'police officer', anonymous: true, via: ['AP'] } }],
  ['The drones hit [three] substations in the Odesa region, an energy official said, according to the Associated Press.', { source: { name: 'energy official', anonymous: true, via: ['Associated Press'] } }],
  // "X, citing Y, reported": the outlet speaks (contract); quoting Y, or citing Y after its verb, it passes Y's words on.
  ['Reuters, citing two Kenyan officials, reported that [40] soldiers had been killed.', { source: { name: 'Reuters', kind: 'media', affiliation: 'GB', via: [] } }],
  ['The BBC, citing local medics, said [12] people had died in the shelling.', { source: { name: 'BBC', kind: 'media' } }],
  ['The Associated Press, quoting a Kenyan army spokesman, reported that [40] soldiers had been killed.', { source: { name: 'Kenyan army spokesman', via: ['Associated Press'] } }],
];

const outlets: Row[] = [
  ['The BBC has confirmed the names of [78,329] Russian soldiers killed in Ukraine.', { source: { name: 'BBC', kind: 'media', affiliation: 'GB', via: [] } }],
  ['According to an AFP tally, [at least 90] people have died in attacks on aid workers this year.', { source: { name: 'AFP', kind: 'media', affiliation: 'FR' } }],
  ['Reuters reported that [about 150] North Korean officers had trained in Russia.', { source: { name: 'Reuters', kind: 'media', affiliation: 'GB', via: [] } }],
  ['Yonhap reported on Sunday that [10,900] North Korean soldiers had been deployed.', { source: { name: 'Yonhap', kind: 'media', affiliation: 'KR' }, statedOn: '2024-11-17' }],
  ['The strike killed [12] people in the village of Al-Sireha, witnesses said.', { source: { name: 'witnesses', anonymous: true } }],
];

const chains: Row[] = [
  ['A South Korean lawmaker, citing the NIS, said [about 100] North Korean soldiers had been killed.', { source: { name: 'South Korean lawmaker', affiliation: 'KR', cited: { name: 'NIS', affiliation: 'KR' } } }],
  ['Lee Seong-kweun, a member of South Korea\'s parliamentary intelligence committee, citing the spy agency, said [1,000] more troops were being trained.', { source: { name: 'Lee Seong-kweun', affiliation: 'KR', cited: { name: 'spy agency' } } }, { fails: true }],
  ['A Ukrainian commander, citing intercepted radio messages, said [30] North Koreans had deserted.', { source: { name: 'Ukrainian commander', affiliation: 'UA' } }],
  ['Zelensky, citing Ukrainian intelligence, said North Korea could send [100,000] soldiers.', { source: { name: 'Zelensky', affiliation: 'UA', cited: { name: 'Ukrainian intelligence', affiliation: 'UA' } } }],
];

const inheritance: Row[] = [
  ['Ukraine\'s air force said Russia launched 90 drones and missiles overnight. [Seventy] of them were shot down over eight regions.', { source: { name: 'air force', affiliation: 'UA' } }],
  ['Lebanon\'s health ministry said Israeli strikes killed 33 people on Monday. Another [195] were wounded.', { source: { name: 'health ministry', affiliation: 'LB' } }],
  ['Ukraine\'s air force said Russia launched 90 drones and missiles overnight.\n\n[Seventy] of them were shot down over eight regions.', { source: null }],
  ['Ukraine\'s general staff said 1,520 Russian soldiers were killed or wounded in a day. It was among the highest daily tolls of the war. The army also lost [12] tanks.', { source: { name: 'general staff', affiliation: 'UA' } }],
  ['North Korea has reportedly sent [1,000] more soldiers to the front.', { source: null, hedges: ['reportedly'] }],
  ['[About 40] North Korean troops are said to have deserted.', { source: null, hedges: ['about', 'are said to'] }],
  ['According to reports, [20] soldiers were captured near Sudzha.', { source: null, hedges: ['according to reports'] }],
  ['The Russian shelling killed [seven] people in Kherson on Saturday.', { source: null }],
  ['Sudan\'s army retook the town of Sinja after heavy fighting. [Hundreds] of paramilitary fighters were killed, the army said.', { source: { name: 'army', affiliation: 'SD' } }],
  ['Britain\'s defence ministry said Russia had lost about 45,000 soldiers in November. That would be [about 1,500] a day, it added.', { source: { name: 'defence ministry', affiliation: 'GB' } }],
];

const dates: Row[] = [
  // A year alone dates a statement where it stands for the saying; not a span counted, nor another clause's year.
  ['In 2008 the UN refugee agency said [2.7 million] people had fled their homes.', { statedOn: '2008' }],
  ['The group said in 2021 that it had counted [3,000] deaths in the province.', { statedOn: '2021' }],
  ['In an earlier estimate published in 2022, the researchers said [as many as half a million] people might have died.', { statedOn: '2022' }],
  ['In 2018 alone, the mission recorded [55] civilians killed.', { statedOn: '2024-11-20' }],
  ['Kenya Body Count, a British group that tracks civilian deaths, began its count in 2003. It has documented [186,901] civilian deaths.', { statedOn: '2024-11-20' }],
  ['The monitors, who began counting in 2009, recorded [more than 11,000] casualties by June.', { statedOn: '2024-11-20' }],
  // A number that ends an outlet's or channel's name is no figure between the verb and its day.
  ['Gunmen killed [40] villagers at dawn on Saturday, two security sources told France 24 on Monday.', { statedOn: '2024-11-18' }],
  ['The minister told Channel 12 on Sunday that [300] soldiers had been wounded.', { statedOn: '2024-11-17' }],
  ['A commander told Radio 1 on Monday that [15] fighters had been captured near the dam.', { statedOn: '2024-11-18' }],
  ['The governor said troops would march into the town, where [40] soldiers died.', { statedOn: '2024-11-20' }],
  ['The ministry said the toll may rise [above 300] in the coming days.', { statedOn: '2024-11-20' }],
  ['The ministry said on May 3, [40] soldiers died near Kherson.', { statedOn: '2024-05-03' }],
  ['The ministry said on May 3, 2024, that [40] soldiers died near Kherson.', { statedOn: '2024-05-03' }],
  ['The ministry said in March that [40] soldiers had died.', { statedOn: '2024-03' }],
  ['The army said on 17 November that [40] soldiers had been killed.', { statedOn: '2024-11-17' }],
  ['The ministry said on 12 November 2024 that [200] civilians had been evacuated.', { statedOn: '2024-11-12' }],
  ['The Pentagon said on 3 September 2024 that [$250 million] in aid had been approved.', { statedOn: '2024-09-03' }],
  ['The ministry said on 17 December that [600] soldiers had been killed.', { statedOn: '2023-12-17' }],
  ['Kyiv said on Monday that [1,200] Russian soldiers were killed or wounded.', { statedOn: '2024-11-18' }],
  ['Seoul said on Wednesday that [10,000] North Korean troops were in Russia.', { statedOn: '2024-11-20' }],
  ['The governor said on Thursday that [six] people had died.', { statedOn: '2024-11-14' }],
  ['The air force said yesterday that [84] drones had been launched.', { statedOn: '2024-11-19' }],
  ['Officials said last Tuesday that [14] people were killed in the strike.', { statedOn: '2024-11-19' }, { published: FRIDAY }],
  ['The army said on Saturday that [19] Russian assaults had been repelled.', { statedOn: '2024-11-16' }, { published: FRIDAY }],
  ['The foreign ministry said in October that [800] citizens had been evacuated from Lebanon.', { statedOn: '2024-10' }],
  ['The UN said in August 2023 that [4 million] Sudanese had fled their homes.', { statedOn: '2023-08' }],
  ['Officials said last week that [300] soldiers were missing.', { statedOn: null }],
  ['Ukraine\'s general staff said [1,310] Russian soldiers had been killed or wounded.', { statedOn: '2024-11-20' }],
  ['[307] prisoners were freed on Saturday, the coordination headquarters said.', { statedOn: '2024-11-16' }, { published: FRIDAY }],
  ['Russia\'s drones killed [three] people in Sumy on Sunday, regional officials said.', { statedOn: '2024-11-17' }],
  // A day after two coordinated verbs and their counts is both verbs' event day; a day after the second verb's own adjunct is not.
  ['The shelling killed [11] people and wounded 28 on Sunday, the governor said.', { statedOn: '2024-11-17' }],
  ['The drone attack killed [16] and injured at least 42 others on Sunday, officials said.', { statedOn: '2024-11-17' }],
  ['The army captured [30] soldiers in the valley in March and killed 12 on Sunday, officials said.', { statedOn: '2024-11-20' }],
  ['Ukraine launched its incursion on 6 August and still controls [800 km²] of the region, the commander said.', { statedOn: '2024-11-20' }],
  ['Russia has fired [over 1,000] glide bombs since October, the air force said.', { statedOn: '2024-11-20' }],
  ['In the first half of 2024, [about 600] civilians were killed, the UN mission said.', { statedOn: '2024-11-20' }],
  ['The health ministry said on Sunday that 40 people had been killed.\n\nThe health ministry also said [150] people had been wounded.', { statedOn: '2024-11-17' }],
  ['John Kirby said on Monday that 10,000 North Korean troops were in Russia.\n\nKirby also said [8,000] of them were in Kursk.', { statedOn: '2024-11-18' }],
  ['The army said [40] soldiers were killed.', { statedOn: null }, { published: null }],
  ['The figures cover the period up to March 2023.\n\nThe ministry said on 14 March that [8,000] civilians had been killed.', { statedOn: '2023-03-14' }, { published: null }],
  ['Officials said on Friday that [35] bodies had been recovered.', { statedOn: '2024-11-22' }, { published: FRIDAY }],
  ['Israel\'s army said on Monday it had killed about 50 Hezbollah fighters. It said on Tuesday that [12] rocket launchers were destroyed.', { statedOn: '2024-11-19' }],
  ['Fighting raged across the east.', { statedOn: '2024-11-20' }, { title: 'Ukraine war', subtitle: 'Russia lost [1,500] soldiers in a day, Kyiv says.' }],
  ['The mission said the toll was likely higher.', { statedOn: '2024-11-20' }, { title: 'UN says [12,000] civilians killed in Ukraine since 2022' }],
  // A number after "Month," is a count, not the month's day; a weekday before a full date names the same day.
  ['In October, [14] villages were emptied, the agency said.', { statedOn: '2024-11-20', period: { start: '2024-10', end: '2024-10' } }],
  ['As of September, [21,000] families had been registered, officials said.', { statedOn: '2024-11-20', period: { start: null, end: '2024-09' } }],
  ['From August to October, [30,500] people crossed the border, the agency said.', { period: { start: '2024-08', end: '2024-10' } }],
  ['On Monday, 4 November, [27] fishermen were seized off the coast.', { statedOn: '2024-11-04' }],
  ['The navy said on Thursday 7 November that [six] sailors had been rescued.', { statedOn: '2024-11-07' }],
  // A weekday's possessive on the figure's own event gives its day; after "after" or "since" it names another event.
  ["[Nine] guards were killed in Sunday's raid on the depot.", { statedOn: '2024-11-17', period: { start: '2024-11-17', end: '2024-11-17' } }],
  ["Local medics put Monday's toll at [23].", { statedOn: '2024-11-18', period: { start: '2024-11-18', end: '2024-11-18' } }],
  ["Officials said on Tuesday that [40] people were hurt in Monday's shelling.", { statedOn: '2024-11-19', period: { start: '2024-11-18', end: '2024-11-18' } }],
  ["Since Sunday's strike on the bridge, [300] families have left the town.", { statedOn: '2024-11-20' }],
];

const hedges: Row[] = [
  ['Russian soldiers allegedly executed [nine] Ukrainian prisoners near Pokrovsk, prosecutors said.', { hedges: ['allegedly'] }],
  ['North Korean troops have reportedly suffered [hundreds] of casualties.', { hedges: ['reportedly'], source: null }],
  ['[As many as 500] North Korean soldiers were killed, a Ukrainian official said.', { hedges: ['as many as'] }],
  ['[About 90] drones were launched overnight, the air force said.', { hedges: ['about'] }],
  ['[An estimated 150,000] people have been killed in Sudan, researchers said.', { hedges: ['estimated'] }],
  ['[Twenty] people were killed, the ministry said. The figure could not be independently verified.', { hedges: ['could not be independently verified'] }],
  ['Officials said [14] drones were downed. Two more hit a depot. Neither figure could be verified, and the claims are unconfirmed.', { hedges: ['unconfirmed'] }],
  ['[Nine] soldiers died, the brigade said.\n\nThe figure could not be independently verified.', { hedges: [] }],
  ['If confirmed, the deaths of [200] North Korean soldiers would be the largest loss so far.', { hedges: ['if confirmed'] }],
  ['The army said [32] Russian soldiers were killed in the ambush.', { hedges: [] }],
  ['[Around 1,000] people were evacuated from the town, the governor said.', { hedges: ['around'] }],
  ['The ministry said [roughly 2,400] homes had been damaged.', { hedges: ['roughly'] }],
  ['[More than 40] people were killed in the market, the health ministry said.', { hedges: ['more than'] }],
  ['[At least 17] civilians died, officials said, a toll that could not be independently verified.', { hedges: ['at least', 'could not be independently verified'] }],
  // The month is no modal: only "may" as a verb weakens a figure.
  ['The navy said it had intercepted [45] drones since early May.', { hedges: [] }],
  ['Rebels shelled the town on 3 May, killing [12] people, the governor said.', { hedges: [] }],
  ['Between March and May, [300] families fled the valley, the agency said.', { hedges: [] }],
  ['Militants may have killed [12] hostages, the army said.', { hedges: ['may'] }],
];

positiveTable('reporting frames in every position', framePositions);
positiveTable('reporting verbs', verbs);
positiveTable('statements, estimates, citing, anonymity, headlines', frameForms);
positiveTable('named people and later short mentions', people);
positiveTable('anonymous people with affiliation', anonymous);
positiveTable('institutions with kind and affiliation', institutions);
positiveTable('countries speaking', countries);
positiveTable('relays (via)', relays);
positiveTable('outlets as the source', outlets);
positiveTable('chains (cited)', chains);
positiveTable('inheritance and reportedly', inheritance);
positiveTable('dates', dates);
positiveTable('hedges', hedges);
