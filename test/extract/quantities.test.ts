/**
 * "Every quantity, and what it counts": the quote, value, unit, rate, measure, item,
 * party and location of each marked figure, and a miss table of numbers that are not
 * claims. Expectations follow shared/spec/claims.md (the value table and conventions),
 * not what the extractor happens to do; rows it gets wrong today carry `fails: true`.
 */
import { missTable, positiveTable, type MissRow, type Row } from './helpers.js';

const digits: Row[] = [
  ['Ukraine said it had lost [1,200] soldiers in the battle for the town.', { value: [1200, 1200, false], unit: 'person', party: 'UA' }],
  ['Officials in Kharkiv said [12 000] residents had been evacuated from border villages since May.', { value: [12000, 12000], measure: 'displaced' }],
  ['The agency counted [2,345,000] people displaced inside Sudan by the end of the year.', { value: [2345000, 2345000], unit: 'person', measure: 'displaced' }],
  ['Health officials in Gaza said [43,846] people had been killed since the war began.', { value: [43846, 43846], unit: 'person', measure: 'killed' }],
  ['Russian forces launched [188] drones at Ukraine overnight, the air force said.', { value: [188, 188], unit: 'item', item: 'drone', measure: 'strikes', party: 'RU' }],
  ['The convoy carried [1 500 tonnes] of food into El Fasher.', { value: [1500, 1500] }],
  ['Lebanon\'s health ministry said [3,136] people had been killed in Israeli attacks.', { value: [3136, 3136], measure: 'killed', party: 'LB' }],
  ['The army said it had intercepted [14] rockets fired from southern Lebanon.', { value: [14, 14], unit: 'item', item: 'rocket', measure: 'strikes' }],
  ['Kyiv said Russia had lost [9,500] tanks since the start of the full-scale invasion.', { value: [9500, 9500], unit: 'item', item: 'tank', measure: 'equipment_lost', party: 'RU' }],
  ['About 600 people gathered, and police said [87] of them were detained.', { value: [87, 87] }],
  ['Russia has been firing [10,000] shells a day along the front, Ukrainian officers say.', { value: [10000, 10000], unit: 'item', item: 'shell', measure: 'strikes', per: 'day', party: 'RU' }],
  ['Kharkiv has been hit by [40] glide bombs since Monday, the governor said.', { value: [40, 40], unit: 'item', measure: 'strikes', party: null }],
  ['The strike killed a soldier, [12] civilians and a medic, officials said.', { value: [12, 12], unit: 'person', measure: 'killed' }],
  // "N of M <noun>": both numbers count the noun after the second.
  ['Gunners brought down [9] of 15 drones aimed at the port, the navy said.', { value: [9, 9], unit: 'item', item: 'drone', measure: 'strikes' }],
  ['Gunners brought down 9 of [15] drones aimed at the port, the navy said.', { value: [15, 15], unit: 'item', item: 'drone', measure: 'strikes' }],
  ['The crews intercepted [40] of 52 missiles over the capital.', { value: [40, 40], unit: 'item', item: 'missile', measure: 'strikes' }],
];

const scales: Row[] = [
  ['The Pentagon announced a further [$5.6 billion] in weapons for Ukraine.', { value: [5.6e9, 5.6e9, false], unit: 'USD', measure: 'aid_committed', party: 'US', counterparty: 'UA' }],
  ['Washington pledged [$5.6bn] in new military aid to Kyiv.', { value: [5.6e9, 5.6e9], unit: 'USD', measure: 'aid_committed', party: 'US', counterparty: 'UA' }],
  ['The Netherlands announced [€2m] for demining equipment in Ukraine.', { value: [2e6, 2e6], unit: 'EUR', party: 'NL', counterparty: 'UA' }],
  ['Britain pledged [£1.5 million] to repair Ukraine\'s power grid.', { value: [1.5e6, 1.5e6], unit: 'GBP', measure: 'aid_committed', party: 'GB' }],
  ['Tokyo approved [half a billion dollars] in loans for Kyiv.', { value: [5e8, 5e8], unit: 'USD', measure: 'aid_committed', party: 'JP', counterparty: 'UA' }],
  ['Ukraine\'s parliament approved defence spending of [1.5 trillion hryvnias] for next year.', { value: [1.5e12, 1.5e12], unit: 'UAH' }],
  ['Moscow plans to spend [13.5 trillion roubles] on defence in 2025.', { value: [1.35e13, 1.35e13], unit: 'RUB' }],
  ['Germany said it would provide [€1.4bn] in additional military support to Ukraine.', { value: [1.4e9, 1.4e9], unit: 'EUR', party: 'DE', counterparty: 'UA' }],
  ['The World Bank disbursed [$2.2 billion] to Ukraine\'s budget in October.', { value: [2.2e9, 2.2e9], unit: 'USD', measure: 'aid_delivered', counterparty: 'UA' }],
  ['Russia has sent [$1.2bn] worth of fuel to Pyongyang, analysts estimate.', { value: [1.2e9, 1.2e9], unit: 'USD' }],
  ['London will send [£3bn] a year to Kyiv for as long as it takes, the prime minister said.', { value: [3e9, 3e9], unit: 'GBP', per: 'year', party: 'GB', counterparty: 'UA' }],
  ['The United States has spent [$61 billion] on military aid since 2022.', { value: [6.1e10, 6.1e10], unit: 'USD', party: 'US' }],
];

const words: Row[] = [
  ['[Three] soldiers were killed when a drone hit their vehicle near Kupiansk.', { value: [3, 3, false], unit: 'person', measure: 'killed', location: 'Kupiansk' }],
  ['The strike killed [fifty-seven] people, most of them civilians, officials said.', { value: [57, 57], unit: 'person', measure: 'killed' }],
  ['[A dozen] tanks were destroyed in the failed assault, the brigade said.', { value: [12, 12, false], unit: 'item', item: 'tank', measure: 'equipment_lost' }],
  ['[Some twelve hundred] fighters surrendered at the plant.', { value: [1200, 1200, true], unit: 'person', measure: 'captured' }],
  ['[Half a dozen] tanks were abandoned on the road, the brigade said.', { value: [6, 6, false], unit: 'item', item: 'tank', measure: 'equipment_lost' }],
  // People forced or driven from a place are displaced, whatever the place is called.
  ['[Thousands] in the north were forced from damaged homes.', { measure: 'displaced' }],
  ['Gangs have driven [12,000] people out of the district since March.', { measure: 'displaced' }],
  // Aircraft taken down or come down are lost.
  ['"We have taken down [five] Tamsinese aircraft," the general said.', { unit: 'item', measure: 'equipment_lost' }],
  ['[Three] aircraft had come down on Marrenian soil, officials said.', { unit: 'item', measure: 'equipment_lost' }],
  // After a maker's model, fighters are aircraft; alone they are people.
  ['Air defences shot down [two] Tamsinese MiG-23 fighters over the pass.', { unit: 'item', item: 'aircraft', measure: 'equipment_lost' }],
  ['The rebels said [40] fighters were killed in the raid.', { unit: 'person', measure: 'killed' }],
  // People held somewhere, or handed to a go-between, are captives.
  ['"Today [146] of our defenders are home," the president said.', { measure: 'captured' }],
  ['[Three] Kenyan women held in the camp were handed to the Red Cross on Sunday.', { measure: 'captured', party: 'KE' }],
  ['The rebels handed [40] soldiers back to the army at the bridge.', { measure: 'captured' }],
  // Health facilities and clinics are facilities: struck, they count strikes; closed, nothing.
  ['Fighting killed 40 people this week. [Some 39] of the 64 health facilities in the state have closed.', { measure: 'other' }],
  ['Strikes hit [four] clinics in the north, the ministry said.', { measure: 'strikes', unit: 'item', item: 'clinic' }],
  // Medical teams' counts of the hurt they treat are the wounded; a noun that is already "wounded" keeps its own reading.
  ['Since January the clinic has admitted [1,091] patients with violent trauma.', { measure: 'wounded' }],
  ['The hospital treated [40] gunshot wounds on Sunday.', { measure: 'wounded' }],
  ['Its teams had admitted [612] wounded patients in January.', { measure: 'wounded' }],
  // What befell things, said before their noun, leaves the noun to count them.
  ['The monitor counts [3,000] destroyed Marrenian tanks.', { unit: 'item', item: 'tank', measure: 'equipment_lost' }],
  ['The monitor has documented [more than 20,000] destroyed, damaged or captured vehicles.', { unit: 'item', item: 'vehicle', measure: 'equipment_lost' }],
  // Arms seized, confiscated or captured are the losing side's equipment; recovered bodies stay the dead.
  ['Troops seized [1,600] small arms in the raid on the camp, the army said.', { unit: 'item', item: 'small arm', measure: 'equipment_lost' }],
  ['Police confiscated 300 rifles and [12,000] rounds of ammunition at the checkpoint.', { unit: 'item', measure: 'equipment_lost' }],
  ['The brigade said it had captured [five] mortars and 11 pistols.', { unit: 'item', measure: 'equipment_lost' }],
  ['The brigade said it had captured five mortars and [11] pistols.', { unit: 'item', item: 'pistol', measure: 'equipment_lost' }],
  ['[Several hundred thousand] people have fled the coastal towns since spring.', { value: [300000, 900000, true], unit: 'person', measure: 'displaced' }],
  ['[A few hundred thousand] residents were displaced by the floods and fighting.', { value: [300000, 300000, true], unit: 'person', measure: 'displaced' }],
  ['The UN says [2.5 million] people have fled their homes in Darfur.', { value: [2.5e6, 2.5e6], unit: 'person', measure: 'displaced', location: 'Darfur' }],
  ['[A quarter of a million] people have been displaced in northern Israel and southern Lebanon.', { value: [250000, 250000], unit: 'person', measure: 'displaced' }],
  ['[Two] Israeli soldiers were wounded in the clash, the army said.', { value: [2, 2], measure: 'wounded', party: 'IL' }],
  ['[Eleven] civilians died after shelling hit a market in Kherson.', { value: [11, 11], measure: 'killed', location: 'Kherson' }],
  ['[Forty] North Korean soldiers were killed in a single assault, Kyiv said.', { value: [40, 40], measure: 'killed', party: 'KP' }],
  ['Ukraine shot down [twenty-three] of the drones over five regions.', { value: [23, 23], unit: 'item', item: 'drone', measure: 'strikes' }],
  ['Rescuers pulled [one hundred and twelve] bodies from the rubble of the building.', { value: [112, 112], measure: 'killed' }],
  ['The army said [seven] rockets had crossed into Israel from Lebanon.', { value: [7, 7], unit: 'item', item: 'rocket', measure: 'strikes' }],
];

const ranges: Row[] = [
  ['Pyongyang has sent [10,000 to 12,000] troops to Russia, Seoul says.', { value: [10000, 12000, false], unit: 'person', measure: 'deployed', party: 'KP' }],
  ['Between 2 and 3 December, Seoul estimated that [10,000-12,000] North Korean soldiers were in Russia.', { value: [10000, 12000], unit: 'person', measure: 'deployed', party: 'KP' }],
  ['The Pentagon believes [10,000–12,000] North Korean troops are now in Kursk.', { value: [10000, 12000], unit: 'person', measure: 'deployed', party: 'KP' }],
  ['The fighting has killed [between 20,000 and 150,000] people in Sudan, researchers say.', { value: [20000, 150000], unit: 'person', measure: 'killed' }],
  ['Losses ranged from [300 to 400] soldiers a week, the report said.', { value: [300, 400], unit: 'person', per: 'week' }],
  ['Officials said [100 to 150 thousand] residents had fled Pokrovsk.', { value: [100000, 150000], unit: 'person', measure: 'displaced' }],
  ['Russia fires [10,000 to 15,000] shells a day along the front, Ukrainian officers say.', { value: [10000, 15000], unit: 'item', item: 'shell', per: 'day', measure: 'strikes', party: 'RU' }],
  ['[About 10,000 to 12,000] soldiers have been deployed, the official said.', { value: [10000, 12000, true], measure: 'deployed' }],
  ['The package is worth [between $300 million and $400 million], two officials said.', { value: [3e8, 4e8], unit: 'USD' }],
  ['Aid groups estimate that [15-20%] of Gaza\'s buildings are still standing.', { value: [15, 20], unit: 'percent' }],
  ['Russian forces gained [400-500 square kilometres] in October, analysts said.', { value: [400, 500], unit: 'km2', measure: 'territory', party: 'RU' }],
  ['Rescuers said [three to five] people were still missing under the rubble.', { value: [3, 5], unit: 'person', measure: 'missing' }],
];

const bounds: Row[] = [
  // Verbs of passing a mark, in the plural too, fix the low end; "the top 10" is no bound.
  ['Refugee arrivals in the border camps [pass 600,000] as fighting spreads.', { value: [600000, null, false], measure: 'displaced' }],
  ['Militia losses [exceed 200] killed and wounded, the army said.', { value: [200, null, false] }],
  ['Displaced [top 2 million] in the valley, agency says.', { value: [2000000, null, false], measure: 'displaced' }],
  ['The top [10] donors have sent less than they promised.', { value: [10, 10, false] }],
  ['The strike killed [about 1,200] people over the weekend, officials said.', { value: [1200, 1200, true], measure: 'killed' }],
  ['[Around 3,000] North Korean soldiers have been killed or wounded, Kyiv says.', { value: [3000, 3000, true], measure: 'killed_or_wounded', party: 'KP' }],
  ['[Approximately 500] people were evacuated from the villages.', { value: [500, 500, true], measure: 'displaced' }],
  ['[Roughly 2,000] troops were sent to the region last month.', { value: [2000, 2000, true], measure: 'deployed' }],
  ['[Some 400] families remain trapped in the besieged city.', { value: [400, 400, true] }],
  ['[An estimated 150,000] people have been killed in Sudan\'s war.', { value: [150000, 150000, true], measure: 'killed' }],
  ['[As many as 500] North Korean officers may have died in the strike.', { value: [null, 500, false], measure: 'killed', party: 'KP' }],
  ['The army said [up to 60] drones had been launched overnight.', { value: [null, 60, false], unit: 'item', item: 'drone', measure: 'strikes' }],
  ['[Nearly 1,000] Ukrainian prisoners have been released this year.', { value: [null, 1000, true] }],
  ['The blast killed [almost 100] people in the market in Omdurman.', { value: [null, 100, true], measure: 'killed', location: 'Omdurman' }],
  ['[No more than 20] soldiers guard the crossing, the report said.', { value: [null, 20, false] }],
  ['[Fewer than 50] residents are thought to remain in the village.', { value: [null, 50, false] }],
  ['The attack killed [at least 22] people in Beirut, the health ministry said.', { value: [22, null, false], measure: 'killed', location: 'Beirut' }],
  ['[More than 600,000] Russian troops have been killed or wounded, Kyiv says.', { value: [600000, null, false], measure: 'killed_or_wounded', party: 'RU' }],
  ['[Over 100] missiles and drones were fired in the overnight attack.', { value: [100, null, false], measure: 'strikes' }],
  ['[Upwards of 3,000] troops were moved to the Kursk region.', { value: [3000, null, false], measure: 'deployed', location: 'Kursk' }],
  ['The fund has [close to $2 billion] left, the official said.', { value: [null, 2e9, true], unit: 'USD', measure: 'aid_remaining' }],
  ['Rescue teams found the bodies of [at least 14] people near Khartoum.', { value: [14, null], measure: 'killed' }],
];

const vague: Row[] = [
  // A vague figure set in quotation marks of its own still counts the noun after the mark.
  ['The army said it had repelled “[several]” assaults near the town.', { value: [3, 9, true], measure: 'strikes' }],
  ['The rebels said they had captured ‘[several]’ soldiers at the checkpoint.', { value: [3, 9, true], measure: 'captured' }],
  ['[A couple hundred] North Korean soldiers have been killed or wounded, the official said.', { value: [200, 200, true], unit: 'person', measure: 'killed_or_wounded', party: 'KP' }],
  ['[A few hundred] residents stayed behind in Vuhledar.', { value: [300, 300, true], unit: 'person' }],
  ['[Several hundred] soldiers were taken prisoner near Avdiivka.', { value: [300, 900, true], measure: 'captured' }],
  ['[Hundreds] of civilians have been killed in El Fasher this month.', { value: [200, 999, true], measure: 'killed', location: 'El Fasher' }],
  ['[Dozens] of drones were shot down over Kyiv overnight.', { value: [24, 99, true], unit: 'item', item: 'drone', measure: 'strikes' }],
  ['[Thousands] of people fled the fighting in Sennar state.', { value: [2000, 9999, true], measure: 'displaced' }],
  ['[Tens of thousands] of troops are massed near the border.', { value: [20000, 99999, true], unit: 'person', measure: 'deployed' }],
  ['[Hundreds of thousands] of Lebanese have fled to Syria.', { value: [200000, 999999, true], measure: 'displaced', party: 'LB' }],
  ['Washington has sent [several billion dollars] in arms to Israel.', { value: [3e9, 9e9, true], unit: 'USD', party: 'US', counterparty: 'IL' }],
  ['[Several thousand] North Korean troops have reached the front line.', { value: [3000, 9000, true], party: 'KP', measure: 'deployed' }],
  ['[Dozens] of Russian soldiers were captured in the raid.', { value: [24, 99, true], measure: 'captured', party: 'RU' }],
  ['[Hundreds] of Hezbollah rockets were intercepted over the weekend.', { value: [200, 999, true], unit: 'item', item: 'rocket', measure: 'strikes' }],
];

const shares: Row[] = [
  ['Russia controls [about a fifth] of Ukraine\'s territory.', { value: [20, 20, true], unit: 'percent', measure: 'territory', party: 'RU' }],
  ['[About half] of Gaza\'s hospitals are out of service.', { value: [50, 50, true], unit: 'percent' }],
  ['Kyiv holds [less than a third] of the Kursk salient it seized in August.', { value: [null, 33.33, false], unit: 'percent', measure: 'territory', party: 'UA' }],
  ['Israel has razed [two-thirds] of the buildings in the area, satellite images show.', { value: [66.67, 66.67, false], unit: 'percent' }],
  // A bare number after a share is a count of what the share was of, never a share itself.
  ['About 86% of the drones were shot down, while [36] struck their targets, the air force said.', { value: [36, 36], unit: 'item', measure: 'strikes' }],
  ['Roughly 80% of the dead were civilians, and [40] were children, officials said.', { value: [40, 40], unit: 'person', measure: 'killed' }],
  ['The mission verified 6,100 civilian casualties, 40 per cent more than the [4,300] it recorded a year earlier.', { value: [4300, 4300], unit: 'person', measure: 'killed_or_wounded' }],
  // A fraction of a whole named before it, as the subject of its verb: the whole share, not a number word in it.
  ['Of the $300 million pledged, [about two-thirds] has been disbursed, the ministry said.', { value: [66.67, 66.67, true], unit: 'percent' }],
  ['Of the 240 people killed in the raid, [roughly a third] were children, the ministry said.', { value: [33.33, 33.33, true], unit: 'percent', measure: 'killed' }],
  ['Of the 80,000 who fled the town, [half] have been registered as displaced, the agency said.', { value: [50, 50, false], unit: 'percent', measure: 'displaced' }],
  ['[40%] of the dead were women and children, the ministry said.', { value: [40, 40, false], unit: 'percent', measure: 'killed' }],
  ['Prices in Khartoum have risen by [250 percent] since April.', { value: [250, 250], unit: 'percent', measure: 'other' }],
  ['[12.5 per cent] of the pledged funds have been delivered.', { value: [12.5, 12.5], unit: 'percent' }],
  ['Ukraine\'s air defences intercepted [87%] of the drones.', { value: [87, 87], unit: 'percent', measure: 'strikes' }],
];

const areas: Row[] = [
  ['Ukraine still holds [800 km²] of the Kursk region, its commander said.', { value: [800, 800], unit: 'km2', measure: 'territory', party: 'UA', location: 'Kursk' }],
  ['Russian troops have retaken [600 square kilometres] of the Kursk region, the ministry said.', { value: [600, 600], unit: 'km2', measure: 'territory', location: 'Kursk' }],
  ['The army lost [a third] of its tanks near the Kursk border, officers said.', { location: 'Kursk' }],
  ['Russian forces captured [235 sq km] of Ukrainian land last week.', { value: [235, 235], unit: 'km2', measure: 'territory', party: 'RU' }],
  ['The army retook [1,000 square kilometres] around Kharkiv.', { value: [1000, 1000], unit: 'km2', measure: 'territory' }],
  ['Russia has seized [more than 600 square miles] of Ukraine this year.', { value: [1554, null], unit: 'km2', measure: 'territory', party: 'RU' }],
  ['Kyiv reclaimed [about 50 square kilometers] near Vovchansk.', { value: [50, 50, true], unit: 'km2', measure: 'territory', party: 'UA' }],
  ['The forces advanced [4 km] towards Kurakhove.', { value: [4, 4], unit: 'km' }],
  ['The strike hit a depot [500 metres] from the border.', { value: [0.5, 0.5], unit: 'km' }],
  ['The drone flew [1,100 kilometres] before striking the refinery.', { value: [1100, 1100], unit: 'km' }],
  ['Shelling reached villages [30 miles] from the front.', { value: [30, 30], unit: 'other' }],
  ['Israel says it has cleared a strip [3km] deep along the border.', { value: [3, 3], unit: 'km' }],
];

const rates: Row[] = [
  ['Russia is losing [about 1,500] soldiers a day, Britain\'s defence ministry said.', { value: [1500, 1500, true], per: 'day', measure: 'killed_or_wounded', party: 'RU' }],
  ['Kyiv says Moscow fires [40] glide bombs per day on Kharkiv region.', { value: [40, 40], per: 'day', unit: 'item', measure: 'strikes', party: 'RU' }],
  ['The Houthis launch [a dozen] drones daily at ships in the Red Sea.', { value: [12, 12], per: 'day', unit: 'item', item: 'drone', measure: 'strikes' }],
  ['The army loses [200] armoured vehicles each week, the report estimated.', { value: [200, 200], per: 'week', unit: 'item', measure: 'equipment_lost' }],
  ['Ukraine needs [2,000] new recruits a month to hold the line.', { value: [2000, 2000], per: 'month' }],
  ['The EU will disburse [€1.5 billion] per month to Kyiv from the facility.', { value: [1.5e9, 1.5e9], per: 'month', unit: 'EUR', party: 'EU', counterparty: 'UA' }],
  ['Ukraine\'s military says [more than 100] clashes take place every day along the front.', { value: [100, null], per: 'day' }],
  ['Russia fired [more than 1,300] glide bombs over the past week, Zelensky said.', { value: [1300, null], per: null, measure: 'strikes', party: 'RU' }],
  ['Moscow lost [45,680] soldiers in November, Kyiv says.', { value: [45680, 45680], per: null, party: 'RU' }],
  ['The general staff said [1,730] Russian troops had been killed or wounded in the previous 24 hours.', { value: [1730, 1730], per: null, measure: 'killed_or_wounded', party: 'RU' }],
  ['Sudan\'s army receives [20 tonnes] of ammunition a week from abroad, diplomats say.', { value: [20, 20], per: 'week' }],
  ['Germany spends [€8 billion] a year on aid to Ukraine.', { value: [8e9, 8e9], per: 'year', unit: 'EUR', party: 'DE', counterparty: 'UA' }],
];

const tallies: Row[] = [
  ['Russian personnel losses: [about 770,000] (+1,200), the general staff said.', { value: [770000, 770000, true], unit: 'person', per: null, measure: 'killed_or_wounded', party: 'RU' }],
  ['Russian personnel losses: about 770,000 (+[1,200]), the general staff said.', { value: [1200, 1200], unit: 'person', per: null, measure: 'killed_or_wounded', party: 'RU' }],
  ['Tanks: [9,512] (+8); artillery systems: 20,844 (+21).', { value: [9512, 9512], unit: 'item', item: 'tank', measure: 'equipment_lost' }],
  ['Tanks: 9,512 (+[8]); artillery systems: 20,844 (+21).', { value: [8, 8], unit: 'item', item: 'tank', measure: 'equipment_lost', per: null }],
];

const lists: Row[] = [
  ['The strike left [50] killed and 47 injured in Dnipro.', { value: [50, 50], measure: 'killed', location: 'Dnipro' }],
  ['The strike left 50 killed and [47] injured in Dnipro.', { value: [47, 47], measure: 'wounded', location: 'Dnipro' }],
  ['[At least 12] people were killed and 40 wounded in the attack on Zaporizhzhia.', { value: [12, null], measure: 'killed' }],
  ['At least 12 people were killed and [40] wounded in the attack on Zaporizhzhia.', { value: [40, 40], measure: 'wounded' }],
  ['[About 3,000] North Korean soldiers have been killed or wounded in Kursk.', { value: [3000, 3000, true], measure: 'killed_or_wounded', party: 'KP' }],
  ['Kyiv said [eight] tanks and 15 armoured vehicles were destroyed.', { value: [8, 8], unit: 'item', item: 'tank', measure: 'equipment_lost' }],
  ['The raid killed [two] paramedics and wounded five others.', { value: [2, 2], measure: 'killed' }],
  ['The raid killed two paramedics and wounded [five] others.', { value: [5, 5], measure: 'wounded' }],
  ['Ukraine said [11] soldiers were missing and 30 captured after the retreat.', { value: [11, 11], measure: 'missing' }],
  ['Ukraine said 11 soldiers were missing and [30] captured after the retreat.', { value: [30, 30], measure: 'captured' }],
  // A country's name opening a list item, then its count: a breakdown, each item its country's.
  ['Four allies have pledged 60 howitzers between them (Denmark 12, Norway [8], Sweden 20 and Finland 20).', { value: [8, 8], measure: 'aid_committed', party: 'NO' }],
  ['Four allies have pledged 60 howitzers between them (Denmark 12, Norway 8, Sweden 20 and Finland [20]).', { value: [20, 20], measure: 'aid_committed', party: 'FI' }],
  ['Allies evacuated 40,000 people from the capital: France 9,000, the Netherlands [4,100] and Spain 2,000.', { value: [4100, 4100], measure: 'displaced', party: 'NL' }],
];

const placement: Row[] = [
  ['"We lost [more than 300] men in those two days," the commander told reporters.', { value: [300, null], unit: 'person', measure: 'killed_or_wounded' }],
  ['“The enemy launched [72] drones in one night,” Zelensky said in his evening address.', { value: [72, 72], unit: 'item', item: 'drone', measure: 'strikes' }],
  ['Ukraine reports heavy fighting in the east.', { value: [120, 120], unit: 'item', item: 'missile', measure: 'strikes', party: 'RU' }, { title: 'Russia fires [120] missiles at Ukraine in biggest attack in months' }],
  ['The fighting continued in Kursk.', { value: [11000, 11000], measure: 'deployed', party: 'KP' }, { title: 'Pyongyang has sent [11,000] troops to Russia, Seoul says' }],
  ['The package includes air defence interceptors.', { value: [7.5e8, 7.5e8], unit: 'USD', measure: 'aid_committed', party: 'US', counterparty: 'UA' }, { title: 'Kyiv aid update', subtitle: 'The United States announced [$750 million] in new military aid for Ukraine.' }],
  ['Clashes went on through the night.', { value: [23, 23], measure: 'killed', location: 'Gaza' }, { title: 'Gaza update', subtitle: 'Israeli strikes killed [23] people in Gaza overnight, medics said.' }],
  ['Officials said the toll could rise.', { value: [200, 999, true], measure: 'killed' }, { title: '[Hundreds] killed as paramilitaries storm villages in Sudan' }],
  ['The UN agency said, "[Some 3 million] people have been forced from their homes."', { value: [3e6, 3e6, true], measure: 'displaced' }],
];

const measures: Row[] = [
  // A place that hosts people hosts those who fled to it; soldiers it hosts are stationed there.
  ['Jordan says it hosts [about 1.3 million] Syrians.', { measure: 'displaced' }],
  ['The camp outside the town is hosting [80,000] Sudanese, the agency said.', { measure: 'displaced' }],
  ['The base hosts [3,000] American troops.', { measure: 'deployed' }],
  // A rate against a population and its base are ratios, not counts.
  ['The region recorded [40] homicides per 100,000 people last year.', { measure: 'other' }],
  ['Czechia hosts the most refugees, [36.2] per 1,000 residents.', { measure: 'other' }],
  // What a condition or a forecast would bring is no count made; a report hedged "if confirmed" or a warning of a toll still is.
  ['If even a third of the missing are confirmed dead, the overall toll would [pass 650,000].', { measure: 'other' }],
  ['The agency warned that [1.3 million] people could die by 2030 if the fighting went on.', { measure: 'other' }],
  ['If confirmed, the toll of [40] dead would make it the deadliest attack this year.', { measure: 'killed' }],
  ['Modelling had warned that deaths could [exceed 10,000].', { measure: 'killed' }],
  // A share of people holding a view is an opinion poll's finding, not a count of the war.
  ['A survey by the Nairobi Institute found [57%] of Kenyans would reject any deal that ceded land.', { measure: 'other' }],
  ['A survey found 57% of Kenyans would reject a deal that ceded land, while [74%] said they trusted the army.', { measure: 'other' }],
  ['According to a poll by the Nairobi Institute, [64%] of Kenyans support the war.', { measure: 'other' }],
  ['The ministry said [60%] of the wounded were civilians.', { measure: 'wounded' }],
  // A participle of giving after its noun, with its giver, says where things came from; the verb over them what befell them.
  ['The army said it destroyed [four] armoured vehicles supplied by Ankara.', { measure: 'equipment_lost' }],
  ['Drones hit [12] tanks donated last year by the Netherlands.', { measure: 'equipment_lost' }],
  ['The [40] tanks supplied by Poland were destroyed in the first week.', { measure: 'equipment_lost' }],
  ['Norway supplied [12] tanks to the army in the spring.', { measure: 'aid_delivered' }],
  // Money or materiel given is aid given; a toll or a figure given is no aid.
  ['The United States, then the largest donor, gave [$830 million] in 2024.', { measure: 'aid_delivered', party: 'US' }],
  ['Norway gave the army [18] tanks last year.', { measure: 'aid_delivered' }],
  ['Security sources gave a higher toll of [25] dead.', { measure: 'killed' }],
  // Convoys a deal calls for or allows are promised; convoys stuck at a crossing are still to come; money called for is an appeal.
  ['The truce called for [600] trucks a day.', { measure: 'aid_committed', unit: 'item', item: 'truck', per: 'day' }],
  ['Under the deal, [200] trucks a day should enter the enclave.', { measure: 'aid_committed', unit: 'item' }],
  ['[Fifty] fuel trucks a day are allowed under the deal.', { measure: 'aid_committed', unit: 'item', item: 'truck', per: 'day' }],
  ['The agency said [1,200] loaded trucks were waiting at the crossing.', { measure: 'aid_remaining', unit: 'item' }],
  ['The UN called for [$4 billion] to fund its response.', { measure: 'other' }],
  // … and so does a verb in a clause of time or cause with a subject of its own.
  ['The offensive killed 910 people, among them [138] civilians, before the president fled to the coast.', { measure: 'killed' }],
  ['Rebels shelled [12] villages after the army withdrew from the valley.', { measure: 'strikes' }],
  // A participle right after the people says what they were doing; the verb before the figure says what befell them.
  ['The shelling killed [14] people queuing for bread outside the market.', { measure: 'killed' }],
  ['The air strike killed [nine] families sheltering in the school.', { measure: 'killed' }],
  ['[More than 3,000] people fleeing the fighting crossed the river overnight.', { measure: 'displaced' }],
  // Motorbikes are machines; water points and boreholes, places struck.
  ['The army said it had destroyed [11] motorbikes used by the raiders.', { measure: 'equipment_lost', unit: 'item', item: 'motorcycle' }],
  ['Gunmen attacked [at least 60] water points across the province.', { measure: 'strikes', unit: 'item', item: 'water point' }],
  ['The navy sank [four] speedboats carrying fighters, a spokesman said.', { measure: 'equipment_lost', unit: 'item', item: 'boat' }],
  ['Drones destroyed [seven] technicals on the desert road.', { measure: 'equipment_lost', unit: 'item', item: 'technical' }],
  ['Saboteurs derailed two trains and damaged [three] locomotives at the depot.', { measure: 'equipment_lost', unit: 'item', item: 'locomotive' }],
  // "worth" only links a figure to its things: the verb over them says what befell them.
  ['Norway has delivered equipment worth [$2.1 billion] since the war began.', { measure: 'aid_delivered' }],
  ['The council approved a package worth [€5 billion] on Monday.', { measure: 'aid_committed' }],
  // Aid still to come is aid remaining, and a part of a package takes the verb after the package.
  ['The fund has paid out €3 billion, with [€1.5 billion] still to come.', { measure: 'aid_remaining' }],
  ['Another [$200 million] of the package is still to come.', { measure: 'aid_remaining' }],
  ['[Some $400 million] of the pledges is still outstanding, the ministry said.', { measure: 'aid_remaining' }],
  // Prisoners serving a sentence are held, not deployed.
  ['The prison service said [212] of the detainees were serving life sentences.', { measure: 'captured' }],
  ['Of those freed, [40] had been serving long sentences for attacks on the army.', { measure: 'captured' }],
  // A capitalised trigger that a capitalised word follows, inside running text, is part of a name.
  ['In the capital, [thousands] gathered in Hostages Square on Saturday evening.', { measure: 'other' }],
  ['Outside the Missing Persons Bureau, [hundreds] queued for news of relatives.', { measure: 'other' }],
  // A verb in the speaker's phrase does not say what the figures of the speech count.
  ['A relief plan released on Monday said [more than 3 million] people in the flooded districts need help.', { measure: 'other' }],
  ['The plan released by the agency said [500] people in the north lack clean water.', { measure: 'other' }],
  ['Figures freed for publication by the census office show [1.2 million] residents of the valley have no running water.', { measure: 'other' }],
  // …but a frame set off by commas leaves the verb's reach alone.
  ['The rebels released, the mediators said, [41] hostages on Sunday.', { measure: 'captured' }],
  // A verb past a semicolon belongs to its own clause, not to the figures before it.
  ['The air force counted [more than 800] drones and 13 missiles; officials gave differing figures for the dead.', { measure: 'strikes' }],
  // A phrasal verb split by its object means what the joined phrase means.
  ['Spain said it had flown [2,206] people out of the capital on military planes.', { measure: 'displaced' }],
  ['Militiamen gunned [12] villagers down at a roadblock outside the town.', { measure: 'killed' }],
  ['Aid groups bused [1,400] residents out of the besieged district overnight.', { measure: 'displaced' }],
  ['The rebels handed [90] prisoners over to the Red Cross on Sunday.', { measure: 'captured' }],
  ['Russian strikes killed [nine] people in Odesa on Friday.', { value: [9, 9], measure: 'killed', location: 'Odesa' }],
  ['[Six] people died when a missile struck a hospital in Kyiv.', { measure: 'killed' }],
  ['Ukraine has lost [43,000] soldiers since 2022, Zelensky said.', { measure: 'killed_or_wounded', party: 'UA' }],
  ['Russia has suffered [700,000] casualties, according to Britain.', { measure: 'killed_or_wounded', party: 'RU' }],
  ['[Fourteen] Israeli soldiers were wounded in southern Lebanon.', { measure: 'wounded', party: 'IL' }],
  ['Shelling injured [31] people in Kherson, the governor said.', { measure: 'wounded', location: 'Kherson' }],
  ['Ukraine said it had captured [27] Russian soldiers in Kursk.', { measure: 'captured', party: 'RU' }],
  ['[Two] North Korean soldiers were taken prisoner in Kursk.', { measure: 'captured', party: 'KP' }],
  ['[More than 35,000] Ukrainian soldiers are listed as missing.', { measure: 'missing', party: 'UA' }],
  ['Russia has deployed [50,000] troops to Kursk.', { measure: 'deployed', party: 'RU', location: 'Kursk' }],
  ['The United States is sending [500] more troops to the Middle East.', { measure: 'deployed', party: 'US' }],
  ['[About 40,000] US troops are stationed in the region.', { measure: 'deployed', party: 'US' }],
  ['Russia launched [96] drones overnight.', { measure: 'strikes', item: 'drone', party: 'RU' }],
  ['Houthi rebels have fired [more than 200] missiles at Israel.', { measure: 'strikes', item: 'missile', party: 'YE' }],
  ['Ukrainian forces shot down [64] drones overnight.', { measure: 'strikes', item: 'drone' }],
  ['[38] of the missiles were intercepted, the air force said.', { measure: 'strikes', item: 'missile' }],
  ['Congress approved [$61 billion] for Ukraine in April.', { measure: 'aid_committed', unit: 'USD', party: 'US', counterparty: 'UA' }],
  ['Berlin announced [€400 million] in new aid for Kyiv.', { measure: 'aid_committed', unit: 'EUR', party: 'DE', counterparty: 'UA' }],
  ['Canada has delivered [$500 million] in military aid to Ukraine.', { measure: 'aid_delivered', party: 'CA', counterparty: 'UA' }],
  // A name inside an apposition that closes before the verb of giving is no giver.
  ["Norway, until this year Chad's biggest donor, has provided [$2.3 billion] in aid.", { measure: 'aid_delivered', party: 'NO' }],
  ['The EU disbursed [€4.2 billion] to Ukraine in June.', { measure: 'aid_delivered', unit: 'EUR', party: 'EU', counterparty: 'UA' }],
  ['[$4.3 billion] remains in the drawdown authority for Ukraine.', { measure: 'aid_remaining', unit: 'USD' }],
  ['The administration has [$6 billion] left to send to Kyiv.', { measure: 'aid_remaining', unit: 'USD' }],
  ['Ukrainian troops reclaimed [12 square kilometres] near Kupiansk.', { measure: 'territory', unit: 'km2', party: 'UA' }],
  ['Russia captured [2,356 sq km] of territory in November.', { measure: 'territory', party: 'RU' }],
  ['[Over 1.2 million] Lebanese have been displaced by the fighting.', { measure: 'displaced', party: 'LB' }],
  ['Authorities evacuated [2,800] children from the frontline town.', { measure: 'displaced' }],
  ['[Thirty] soldiers were killed by the strike, the army said.', { measure: 'killed' }],
  ['The strike, which killed [12], hit a residential block.', { measure: 'killed' }],
  ['The attack\'s toll, [27] dead, made it the deadliest of the month.', { measure: 'killed' }],
  ['The brigade\'s losses, [140] men in a week, alarmed commanders.', { measure: 'killed_or_wounded' }],
  ['The shelling destroyed [three] Russian tanks near Kurakhove.', { measure: 'equipment_lost', item: 'tank', party: 'RU' }],
  ['Israeli forces killed [14] Palestinians in a raid on Jenin, officials said.', { measure: 'killed', party: 'PS', counterparty: 'IL' }],
  ['[Fourteen] Palestinians were killed by Israeli forces in a raid on Tulkarm.', { measure: 'killed', party: 'PS', counterparty: 'IL' }],
  ['Russian air defences shot down [eight] Ukrainian drones over Kursk.', { measure: 'strikes', item: 'drone', party: 'UA' }],
  ['[Eight] Ukrainian drones were shot down over Bryansk, Moscow said.', { measure: 'strikes', item: 'drone', party: 'UA' }],
  ['The army captured [80] RSF fighters in Omdurman.', { measure: 'captured' }],
  ['[Eighty] paramilitary fighters were captured by the army in Bahri.', { measure: 'captured' }],
];

const units: Row[] = [
  ['Ukraine lost [180] servicemen in the assault.', { unit: 'person', item: null }],
  ['Kyiv said it destroyed [14] Russian tanks.', { unit: 'item', item: 'tank' }],
  ['Russia launched [33] missiles at the energy grid.', { unit: 'item', item: 'missile' }],
  ['Artillery units fired [4,000] shells at the bridgehead.', { unit: 'item', item: 'shell' }],
  ['[Twelve] armoured vehicles were lost in the attack.', { unit: 'item', item: 'armoured vehicle' }],
  ['The Houthis launched [18] drones at shipping in the Red Sea.', { unit: 'item', item: 'drone', party: 'YE' }],
  ['France will deliver [six] Mirage jets to Ukraine.', { unit: 'item', party: 'FR', counterparty: 'UA' }],
  ['Poland has pledged [$300 million] to Kyiv.', { unit: 'USD', party: 'PL', counterparty: 'UA' }],
  ['Israel\'s army said [15%] of its reservists had been called up again.', { unit: 'percent' }],
  ['Ukraine has retaken [300 km²] east of Kharkiv.', { unit: 'km2' }],
];

const parties: Row[] = [
  ['Pyongyang\'s troops lost [about 200] men in the assault.', { party: 'KP' }],
  ['The DPRK has dispatched [1,500] special forces to Russia.', { party: 'KP', measure: 'deployed' }],
  ['Kremlin forces lost [48] tanks in the failed push.', { party: 'RU', measure: 'equipment_lost' }],
  ['Kyiv has sent [5,000] reinforcements to Pokrovsk.', { party: 'UA', measure: 'deployed' }],
  ['NATO allies pledged [€40 billion] in military aid to Kyiv for next year.', { party: 'NATO', counterparty: 'UA', measure: 'aid_committed' }],
  ['The European Union approved [€50 billion] for Ukraine.', { party: 'EU', counterparty: 'UA', measure: 'aid_committed' }],
  ['[Ten] UN peacekeepers were wounded in southern Lebanon.', { party: 'UN', measure: 'wounded' }],
  ['Moscow lost [more than 1,500] soldiers in a single day.', { party: 'RU' }],
  ['Seoul will send [20] military observers to Ukraine.', { party: 'KR', measure: 'deployed' }],
  ['Washington will send another [100] soldiers to Israel to operate the system.', { party: 'US', measure: 'deployed' }],
  ['Ukrainian forces killed [about 30] North Korean soldiers in Kursk.', { party: 'KP', counterparty: 'UA' }],
  ['Israeli strikes killed [at least 40] Hezbollah fighters in the south.', { counterparty: 'IL' }],
  ['London announced [£2.26 billion] in loans for Ukraine.', { party: 'GB', counterparty: 'UA' }],
  ['Tehran shipped [200] ballistic missiles to Russia, Western officials say.', { party: 'IR', counterparty: 'RU' }],
];

const locations: Row[] = [
  ['[About 11,000] North Korean troops are in Kursk Oblast.', { location: 'Kursk Oblast' }],
  ['Shelling killed [four] people in the Kharkiv region.', { location: 'Kharkiv' }],
  ['Israeli strikes killed [29] people in northern Gaza.', { location: 'Gaza' }],
  ['Paramilitaries killed [over 120] villagers near Wad Madani.', { location: 'Wad Madani' }],
  ['The army says [1,000] soldiers are fighting near Pokrovsk.', { location: 'Pokrovsk' }],
  ['Air raids on the Dahiyeh killed [six] people.', { location: 'Dahiyeh' }],
  ['Drone strikes on Kharkiv wounded [nine] people overnight.', { location: 'Kharkiv' }],
  ['The EU agreed new sanctions on Russia worth [€2 billion].', { location: null }],
  ['Officials said on Telegram that [30] people had been evacuated.', { location: null }],
  ['The Houthis fired [two] missiles at a tanker in the Gulf of Aden.', { location: 'Gulf of Aden' }],
  ['Drone attacks in Belgorod region injured [nine] people.', { location: 'Belgorod' }],
];

const misses: MissRow[] = [
  // A body's or a crew's size in a compound is no count of war; a force's is (pipeline rows).
  ['The [15]-member council met on Monday, and a [three]-man crew flew the jet home.'],
  // A fraction that is an ordinal or a kind, not a share.
  ['[A third] country has offered to mediate between the two sides.'],
  ['The [second half] was quieter, the [first half] was not.'],
  ['Russia invaded Ukraine in [2022] and has occupied Crimea since [2014].'],
  ['The talks were held on [24] February in Istanbul.'],
  ['The ceasefire took effect on November [27], [2024].'],
  ['Published [12].[11].[2024]'],
  ['See page [2] of [5] for the full table.'],
  ['She chaired [three] rounds of talks in Doha last year.'],
  ['The brigades arrived in [two] rounds over the winter.'],
  ['The judges scored it [7] of [10].'],
  ['A [19]-year-old conscript was among the soldiers captured.'],
  ['The commander, [54], has led the brigade since the spring.'],
  ['Her son, a conscript, [19], was captured near Kupiansk last year.'],
  ['The pilot, [31], ejected safely before the jet crashed.'],
  ['The sirens sounded at [3]:[40] a.m. local time.'],
  ['The explosion was heard at [14:20] in the city centre.'],
  ['It was the [first] attack on the capital this month.'],
  ['It was the [third] time the bridge had been hit.'],
  ['Soldiers of the [11th] Airborne Brigade were filmed near the river.'],
  ['The [47th] Mechanised Brigade pulled back from the village.'],
  ['Troops of Russia\'s [810th] Naval Infantry Brigade took part.'],
  ['A Su-[27] fighter jet was shot down over the Black Sea.', { title: 'Jet lost' }],
  ['[HIMARS] and [ATACMS] launchers were moved closer to the front.'],
  ['Ukraine received its first F-[16] jets in the summer.'],
  ['Russia used a Kh-[101] cruise missile in the attack.'],
  ['The T-[72] tank was destroyed near the village.'],
  ['Iran supplied Shahed-[136] drones to Moscow.'],
  ['The Patriot PAC-[3] batteries protect Kyiv.'],
  ['It was the [70th] package of US military aid since the invasion.'],
  ['The [15th] sanctions package targets shadow fleet tankers.'],
  ['For information, call +[380] [44] [555] [0147].'],
  ['Readers can reach the hotline on [0800] [505] [201].'],
  ['[5] min read'],
  ['[148] comments'],
  ['Updated [2] hours ago'],
  ['UN Security Council Resolution [1701] ended the [2006] war.'],
  ['Allies invoked Article [5] only once, after [9]/[11].'],
  ['The G[7] and the G[20] both discussed the frozen assets.'],
  ['The M[1] Abrams tanks were withdrawn from the front.'],
  ['He was wounded in [2015] during fighting for the airport.'],
  ['The war entered its [1,000th] day on Tuesday.'],
  ['The [2nd] Army Corps holds the eastern bank.'],
  ['The Tu-[95] bombers took off from Olenya airbase.'],
  ['Highway M-[14] links Odesa with Mykolaiv.'],
  ['Kyiv, [12] November (Reuters) - Air raid alerts sounded across Ukraine.'],
  ['[One] of the officials said the talks were going well.'],
  ['Israel\'s Iron Dome intercepted the launch, the army said at [6] p.m.'],
  ['In the [1990s], the plant built S-[300] systems.'],
  ['She said the [24/7] air raid shelter was full.'],
  ['Lawmakers passed the bill in its [3rd] reading on Thursday.'],
  ['Ukraine needs far more [155mm] artillery shells than Europe can make.'],
  ['Both sides said they had lost [the same number] of soldiers.'],
  ['Page [2] of [5]'],
  ['Listen to this article · [4] min'],
  ['[12] related stories'],
  ['The attack began at [0400] GMT ([GMT+2] in Kyiv).'],
  ['Ukraine\'s [2025] budget is dominated by defence spending.'],
  ['Veterans marked the [80th] anniversary of the landings.'],
  ['Soldiers carried [9mm] pistols and [7.62mm] rifles.'],
  ['The [1325] resolution on women and peace was cited by the envoy.'],
  ['The airline still flies the Boeing [777], the ministry said.'],
  ['The village was attacked [several] times last year.'],
  ['A father of [three] was buried on Sunday.'],
  ['Fighters of Group [13], Sweden said, were seen near the border.'],
];

positiveTable('digits with separators and spaces', digits);
positiveTable('decimals with scales and currencies', scales);
positiveTable('number words and mixed forms', words);
positiveTable('ranges', ranges);
positiveTable('bounds and approximations', bounds);
positiveTable('vague quantities', vague);
positiveTable('shares and percentages', shares);
positiveTable('areas and distances', areas);
positiveTable('rates and totals over a period', rates);
positiveTable('daily tallies', tallies);
positiveTable('lists of figures', lists);
positiveTable('quotations, headline and standfirst', placement);
positiveTable('measure from the governing words', measures);
positiveTable('unit and item', units);
positiveTable('party and counterparty', parties);
positiveTable('location', locations);
missTable('not claims', misses);
