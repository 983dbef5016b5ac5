/**
 * "What time is the number about": the period of each marked figure (contract: `period`).
 * Sentences of our own; the default publication date is Wednesday 2024-11-20 (Monday is
 * 2024-11-18, Sunday 2024-11-17). Rows that need another day say so.
 */
import { positiveTable, type Row } from './helpers.js';

const span = (start: string | null, end: string | null) => ({ period: { start, end } });

const ranges: Row[] = [
  // A range the date parser reads as one date: both ends, the first taking the year of the sentence.
  ['The monitors logged [42] shelling incidents from 3 February to 19 April this year.', span('2024-02-03', '2024-04-19')],
  ['Rescue teams pulled [18] survivors from the rubble on 11–12 October.', span('2024-10-11', '2024-10-12')],
  ['Between 1 July and 30 September 2023, [312] homes were destroyed in the province.', span('2023-07-01', '2023-09-30')],
  ['The mission counted [1,150] civilian deaths from May 2019 to August 2021.', span('2019-05', '2021-08')],
  ['The group said [96] fighters were captured between June and September 2022.', span('2022-06', '2022-09')],
  // "between 4 and 9 March": the first day in the month of the second.
  ['Inspectors found [27] unexploded shells between 4 and 9 March.', span('2024-03-04', '2024-03-09')],
  // "on 14 and 15 September": two days of one month, both covered.
  ['Shelling on 14 and 15 September killed [31] people, the monitor said.', span('2024-09-14', '2024-09-15')],
  ['Fighting on 2 and 3 November forced [4,000] people to flee.', span('2024-11-02', '2024-11-03')],
];

const owned: Row[] = [
  // A weekday's event named as the figure's own ("Friday's assault", "Sunday's clashes"): that day.
  ["In Friday's assault alone, [at least 89] civilians were killed, the ministry said.", { ...span('2024-11-15', '2024-11-15'), statedOn: '2024-11-15' }],
  ["Sunday's clashes left [14] soldiers dead, the army said.", { ...span('2024-11-17', '2024-11-17'), statedOn: '2024-11-17' }],
  // A headline drops the article: "in first half of 2023", "in first quarter".
  ['Air strikes killed [1,120] civilians in first half of 2023, the monitor said.', span('2023-01', '2023-06')],
  ['Attacks on clinics rose to [212] in third quarter, the agency said.', span('2024-07', '2024-09')],
  // A part of a month counted in weeks or days: those days, not the whole month.
  ['In the first week of March the artillery fired [1,071] shells, the monitor said.', span('2024-03-01', '2024-03-07')],
  ['During the first two weeks of June, [4,000] people fled the district, the agency said.', span('2024-06-01', '2024-06-14')],
  ['In the second week of February, [55] soldiers were wounded near the pass.', span('2024-02-08', '2024-02-14')],
  ['In the last week of October, [300] people were killed in the valley, the mission said.', span('2024-10-25', '2024-10-31')],
  ['In the last ten days of May, [120] drones were shot down over the port.', span('2024-05-22', '2024-05-31')],
  ['In the first days of May, [120] drones were shot down over the port.', span('2024-05', '2024-05')],
  // A span of so many days that ended on a day: those days up to it.
  ['The rebels took [40] villages during a three-day offensive that ended on Friday 15 November, the army said.', span('2024-11-13', '2024-11-15')],
  // A month or a weekday named as the figure's own; the first or last months of a year.
  ["The ministry put November 2023's gains at [730 square kilometres].", span('2023-11', '2023-11')],
  ["The monitor puts March's advance at [143 square kilometres].", span('2024-03', '2024-03')],
  ["Even after Monday's [$1.2 billion] tranche, more money is left in the fund.", span('2024-11-18', '2024-11-18')],
  ["Even after Monday's $1.2 billion tranche, [billions] are left in the fund.", { period: null }],
  ['Analysts said [some 160,000] casualties were inflicted in the first four months of 2024 alone.', span('2024-01', '2024-04')],
  ['The army lost [120] tanks in the last three months of 2023.', span('2023-10', '2023-12')],
  // A relative clause on the figure's own noun, or the verb that gives its measure, tells its event.
  ['On Monday, the navy said it had intercepted 14 of [20] drones that the rebels launched overnight.', span('2024-11-18', '2024-11-18')],
  ['On Monday, the navy said it had intercepted [14] of 20 drones that the rebels launched overnight.', span('2024-11-18', '2024-11-18')],
  ['The contingent of [3,000] troops that Kenya sent in June 2023 has since doubled.', span('2023-06', '2023-06')],
  // Two weekdays named together cover both; "the previous day" is the day before the statement.
  ['[At least 4,100] people fled the town on Sunday and Monday.', span('2024-11-17', '2024-11-18')],
  ['The army said [19] soldiers were killed the previous day.', span('2024-11-19', '2024-11-19')],
  // "a year earlier" is the year before the statement's; a season as precise as its year, "since" one from its first month.
  ['The donors pledged €5.1 billion on Monday, down from [€6.2 billion] a year earlier.', span('2023', '2023')],
  ['Since the start of summer, the province has been hit by [more than 1,800] strikes, the governor said.', span('2024-06', null)],
  ['The rebels took [about 900 square kilometres] last summer, the army said.', span('2023', '2023')],
  ['[31] of the freed men had been held since the spring of 2022.', span('2022', null)],
  // A date after a determiner names a thing ("its 7 May strikes"), not the day of saying: it dates the event.
  ['Kenya says its 7 May strikes hit [nine] rebel camps across the border.', { ...span('2024-05-07', '2024-05-07'), statedOn: '2024-11-20' }],
  // "May" after a preposition or "and" in mid-sentence is the month, which the date parser drops for fear of the verb.
  ['The figures for May were [137] killed and 591 wounded, the mission said.', span('2024-05', '2024-05')],
  // … and the month a document's figures are for is what they cover, not the day they were given.
  ["The mission's figures for May were [137] civilians killed.", { ...span('2024-05', '2024-05'), statedOn: '2024-11-20' }],
  ["The ministry's data for March show [412] strikes on the port.", { ...span('2024-03', '2024-03'), statedOn: '2024-11-20' }],
  ['The rebels took [12] villages in April and May.', span('2024-04', '2024-05')],
  ['[About 300] families have returned since May, the agency said.', span('2024-05', null)],
  // A "since" clause as long as a sentence's opening may be: its day starts the span and dates no statement.
  ['Since the Northern Alliance launched its offensive on the border towns of the eastern province on 27 October, [at least 378] civilians have been killed, the UN said.', { ...span('2024-10-27', null), statedOn: '2024-11-20' }],
  ['Since rival factions of the rebel movement in the hills above the port began fighting each other on 9 September, [12,000] people have fled.', { ...span('2024-09-09', null), statedOn: '2024-11-20' }],
  ['Prime Minister Jane May said [40] soldiers had been wounded.', { period: null }],
  // A frame set between commas inside the clause leaves it running on: its day is the figure's event's.
  ['[About 120] rockets, the army said, had crossed the border on Monday.', { ...span('2024-11-18', '2024-11-18'), statedOn: '2024-11-18' }],
  ['[Some 40] drones, the air force said on Tuesday, were shot down over the capital.', { period: null, statedOn: '2024-11-19' }],
  ['[70] of the freed men were from the port, the army said on Monday, adding that some had been held since 2022.', { period: null, statedOn: '2024-11-18' }],
  // A determiner right after a verb of saying opens the reported clause: a day in it is the event's,
  // both its period and (rule 2) its statement's; after "told" it opens the hearer, and the day is the telling's.
  ['The police said the raid on Monday killed [17] villagers.', { ...span('2024-11-18', '2024-11-18'), statedOn: '2024-11-18' }],
  ['The governor says the air strikes on Sunday wounded [40] people.', { ...span('2024-11-17', '2024-11-17'), statedOn: '2024-11-17' }],
  ['The army said a drone attack on Monday destroyed [three] of its tanks.', { ...span('2024-11-18', '2024-11-18'), statedOn: '2024-11-18' }],
  ['The police told the BBC on Monday that [17] villagers had been killed.', { period: null, statedOn: '2024-11-18' }],
  ['The police said on Monday that [17] villagers had been killed.', { period: null, statedOn: '2024-11-18' }],
  ['The police said in a statement on Monday that [17] villagers had been killed.', { period: null, statedOn: '2024-11-18' }],
  // The day a document was made public, in the speaker's phrase, dates the statement, not the figure.
  ['A survey published in October said [4,000] households had been displaced.', { period: null, statedOn: '2024-10' }],
  ['Figures released by the health office on Monday show [212] people were wounded.', { period: null, statedOn: '2024-11-18' }],
  ['A report issued by the monitoring group in September found that [96] schools had been hit.', { period: null, statedOn: '2024-09' }],
  // A date after a figure of comparison is that figure's; "in a single day" names no day.
  ['Volunteers now make up [27%] of the identified dead, up from 14% in 2023, the monitor found.', { period: null }],
  ['Rebels now hold [under a quarter] of the province, compared with nearly 35% on 1 March.', { period: null }],
  ['The rebels lost a record [2,030] fighters in a single day, the army said.', { period: null }],
  // Two years named together are one span; a number that is a share is no day of the month.
  ['The council said its pledge for 2025 and 2026 would rise to [€900 million].', span('2025', '2026')],
  ['[Some 8,000] people were killed in the fighting between 1991 and 1993.', span('1991', '1993')],
  ['The monitor counted [310 square kilometres] of gains in October, 12% less than in September.', span('2024-10', '2024-10')],
  // A month opening the sentence before a parenthetical frame is the figure's.
  ['In August, the monitor said, the rebels lost an average of [40] fighters a day.', span('2024-08', '2024-08')],
  // "most of them", "west of the town" compare nothing: the day after them is the figure's.
  ['The guards released [75] detainees, most of them teenagers, in the early hours of 9 November.', span('2024-11-09', '2024-11-09')],
  ['Shelling killed [six] villagers west of the town on 2 November.', span('2024-11-02', '2024-11-02')],
  // "last year" right after a day or a month sets its year.
  ['Drone strikes killed [50] civilians in the district on 5 November last year.', span('2023-11-05', '2023-11-05')],
  ['In March last year, [12] soldiers were killed near Ost.', span('2023-03', '2023-03')],
  ['On 3 May this year, [40] people died in the floods.', span('2024-05-03', '2024-05-03')],
];

const partsOfYear: Row[] = [
  // A half, quarter or months of a year told from the statement's year; "the last quarter" is the fourth.
  ['In the second half of last year, the rebels lost [4,300] fighters, the army said.', span('2023-07', '2023-12')],
  ['Customs seized [96] smuggled rifles in the third quarter of this year.', span('2024-07', '2024-09')],
  ['[About 2,600] families fled the valley in the first three months of the year.', span('2024-01', '2024-03')],
  ['Shelling destroyed [418] homes in the last quarter of 2022, the council found.', span('2022-10', '2022-12')],
  // … and a half of the statement's month, to the day.
  ['The mission recorded [77] ceasefire breaches in the first half of the month.', span('2024-11-01', '2024-11-15')],
  // … and of a month named ("the second half of October"); a quarter with no year is the statement's
  // year's, or last year's if it has not begun; "the previous quarter" is the one before the quarter named.
  ['The brigade lost [30] tanks in the second half of October.', span('2024-10-16', '2024-10-31')],
  ['In the first half of February, the rebels pushed [about 60 kilometres] south.', span('2024-02-01', '2024-02-15')],
  ['[At least 310] people were abducted in the second quarter, the mission said.', span('2024-04', '2024-06')],
  ['At least 310 people were abducted in the second quarter, up from [280] in the previous quarter.', span('2024-01', '2024-03')],
];

const lengthTo: Row[] = [
  // A span of a stated length up to a date starts that length before it.
  ['[Some 14,000] people crossed the border in the four months to October, the agency said.', span('2024-07', '2024-10')],
  ['Rebel gunners fired [530] shells in the week to 16 November.', span('2024-11-10', '2024-11-16')],
  ['The air force said it had struck [about 320] targets in the 48 hours to Monday morning.', span('2024-11-17', '2024-11-18')],
  ['The port handled [2.3 million tonnes] of grain in the three months to the end of 2023.', span('2023-10', '2023-12')],
  // A month that opens a list of months spans them all.
  ['[At least 420] people were killed in August, September and October, the group said.', span('2024-08', '2024-10')],
  ['[Some 300] people fled in August and September, the agency said.', span('2024-08', '2024-09')],
  // A week's total told as "in a week" covers the statement's last seven days.
  ['Rebels fired [nearly 900] shells in a week, the army said on Wednesday.', span('2024-11-14', '2024-11-20')],
  ['Throughout the week, the rebels have fired [over 600] rockets at the city, the governor wrote.', span('2024-11-14', '2024-11-20')],
  ['Over the course of the week, [about 2,000] families left the valley.', span('2024-11-14', '2024-11-20')],
  ['Throughout the week of 4 November, [310] shells hit the port.', span('2024-11-04', '2024-11-04')],
];

const daysBack: Row[] = [
  // Spans told back from the statement's day: the night before it, whole days of hours, a month.
  ['Within the last 24 hours, [11] villages came under fire, the governor said.', span('2024-11-20', '2024-11-20')],
  ['Throughout the night, air defences shot down [37] drones over the capital.', span('2024-11-20', '2024-11-20')],
  ['Rescuers pulled [23] people from the rubble over the past 48 hours.', span('2024-11-19', '2024-11-20')],
  ['Over the past month, [about 900] families returned to the town, officials said.', span('2024-10-21', '2024-11-20')],
  // … but the night of a dated day keeps its date.
  ['Police counted [62] drones in the night of 14 November.', span('2024-11-14', '2024-11-14')],
  // A count as it stood at an hour of the statement's day.
  ['The minister said that as of 4 p.m. [25] people had been killed.', span(null, '2024-11-20')],
  ['By noon the toll had risen to [31], the mayor said.', span(null, '2024-11-20')],
  ['As of this morning, [1,200] people were sheltering in the metro.', span(null, '2024-11-20')],
  ['As of 5pm on Monday, [100,400] people had crossed the border.', span(null, '2024-11-18')],
  // Days named for a feast, and "this morning", are days like any other: the last such on or before the statement.
  ['On Christmas Day, a drone strike killed [five] fighters, the army said.', { ...span('2023-12-25', '2023-12-25'), statedOn: '2023-12-25' }],
  ["A car bomb on New Year's Eve killed [seven] soldiers.", span('2023-12-31', '2023-12-31')],
  ["Yesterday's strikes killed [two] people, the mayor said this morning.", { ...span('2024-11-19', '2024-11-19'), statedOn: '2024-11-20' }],
];

const weekend: Row[] = [
  // The weekend before the statement (a Wednesday): its Saturday and Sunday.
  ['Over the weekend, the navy intercepted [16] drones off the coast.', span('2024-11-16', '2024-11-17')],
  ['The ministry said [nine] soldiers died in weekend clashes near the border.', span('2024-11-16', '2024-11-17')],
  // … said on its Sunday, up to that Sunday.
  ['On Sunday the mayor said [54] homes had been damaged during the weekend.', span('2024-11-16', '2024-11-17')],
];

const otherClause: Row[] = [
  // A date in a clause that closes before the figure (a relative clause, a first conjunct of another time) is that clause's.
  ['The militia, which seized the dam on 4 July, now guards [about 600] prisoners there.', { period: null }],
  ['Rebels stormed the airport on 2 October and still hold [14] of its hangars.', { period: null }],
  ['The coalition, which entered the war in 2015, has stationed [2,500] troops in the south.', { period: null }],
  // … but a date after two verbs is both figures', and a sentence's opening adverbial all its clauses'.
  ['Gunmen abducted [31] villagers and burned 200 homes in October.', span('2024-10', '2024-10')],
  ['Gunmen abducted 31 villagers and burned [200] homes in October.', span('2024-10', '2024-10')],
  ['In October, the militia, which holds the dam, detained [85] fishermen.', span('2024-10', '2024-10')],
];

const since: Row[] = [
  // "since last year", "since it joined the offensive in mid-November": the start, open-ended.
  ['The first [16] jets had been handed over since last year, the ministry said.', span('2023', null)],
  ['The rebels say they have overrun [more than 90] posts since they joined the offensive in mid-August.', span('2024-08', null)],
  ['[About 900] people have been killed since the 3rd Brigade entered the town on 27 January, the mayor said.', span('2024-01-27', null)],
  // A "since" clause whose date comes after its verb: the start, open-ended.
  ['The brigade has retaken [64 square kilometres] since crossing the river on 2 September, its commander said.', span('2024-09-02', null)],
  ['[At least 85] people have been killed since the truce between the two factions took effect on 14 October.', span('2024-10-14', null)],
  // The day a span began is no event day: the statement is dated by its publication (statedOn rule 2 does not apply).
  ['Since the rebels took Loska on 29 June, [more than 70,000] people have fled the district, the agency said.', { ...span('2024-06-29', null), statedOn: '2024-11-20' }],
  ['[More than 300] people have been killed since Sunday evening, the ministry said.', { ...span('2024-11-17', null), statedOn: '2024-11-20' }],
  ['The offensive that started on 1 October has displaced [90,000] people, the agency said.', { statedOn: '2024-11-20' }],
  ['The army said 726 soldiers had died, [346] of them during the ground operation that began on 27 October.', { statedOn: '2024-11-20' }],
  ['In the first days of the truce, which took effect on 14 October, [4,200] aid trucks crossed, the agency said.', { statedOn: '2024-11-20' }],
  // … while a day the figure's own event happened on still dates it.
  ['Rebels freed [40] prisoners on Sunday, the ministry said.', { ...span('2024-11-17', '2024-11-17'), statedOn: '2024-11-17' }],
  // A "since" without its year looks back from a statement dated years before the publication.
  ['On 2 April 2022 the governor said [310] homes had burned since November.', span('2021-11', null)],
  ['In a report dated 9 March 2023, the agency said [4,700] families had fled since 20 December.', span('2022-12-20', null)],
  ['On 5 June 2023 the army said it had downed [44] drones since January.', span('2023-01', null)],
  // "since the truce", "since the war began": from the day the article gave that event before.
  ['The truce, which took effect on 14 October, has mostly held.\n\nThe council said [52] people had been killed since the truce.', span('2024-10-14', null)],
  ['The rebels launched their offensive on 3 August.\n\nAid groups say [40,000] people have fled since the offensive began.', span('2024-08-03', null)],
  // … and none when the article never dated it.
  ['Aid groups say [40,000] people have fled since the offensive began.', { period: null }],
  // A dateline's day is when the story was filed: it spans none of the figures after it.
  ['MARREN, 12 November 2024 (Meridian Wire) – [At least 340] people have been killed in the valley since 3 October, the health office said.', span('2024-10-03', null)],
  ['LOSKA, Friday 15 November 2024 (Meridian Wire) – Rebels shelled the port, killing [nine] people, the governor said.', { period: null }],
];

const whenClause: Row[] = [
  // A figure in a "when" clause happened on the date the clause hangs on, even after "since".
  ['It was the heaviest barrage since 26 August, when rebel gunners fired [127] rockets at Ost, the army said.', span('2024-08-26', '2024-08-26')],
  ['The siege began on 7 October 2023, when militants stormed the border, killing [some 1,200] people.', span('2023-10-07', '2023-10-07')],
  ['That was the smallest gain since August 2023, when the rebels took [363 square kilometres].', span('2023-08', '2023-08')],
  // A when-clause closed by a comma and a new subject leaves the figure in the main clause, where "since" opens its span.
  ['Since 18 March 2024, when the truce collapsed, the ministry has reported [4,335] people killed.', { period: { start: '2024-03-18', end: null } }],
];

const ahead: Row[] = [
  // A date a verb looks forward to lies ahead of the publication date (2024-11-20), not a year back.
  ['Payments of [€1 billion] a month will follow from January to March, the fund said.', span('2025-01', '2025-03')],
  ['The last [12] jets are due to arrive in December, the ministry said.', span('2024-12', '2024-12')],
  ['The last [12] jets are due to arrive in February, the ministry said.', span('2025-02', '2025-02')],
  // A past verb keeps the past year.
  ['In February, [40] soldiers were killed near Ost.', span('2024-02', '2024-02')],
];

const began: Row[] = [
  // An event said to have begun on a date starts the span of what it has done since.
  ['The clashes, which began on 3 October, have killed [at least 70] people, medics said.', span('2024-10-03', null)],
  ['Flooding that started in June 2023 has forced [about 40,000] people from their homes.', span('2023-06', null)],
];

const nearest: Row[] = [
  // A relative span nearer the figure than a date in the same clause is the figure's.
  ['The navy said [about 400] sailors had been mobilised this year, while 900 more had arrived in March and April.', span('2024', '2024')],
  ['Regional officials said [52] people were hurt in the previous 24 hours, bringing the toll since Monday to 300.', span('2024-11-20', '2024-11-20')],
  // A relative word right after a date only qualifies the date.
  ['Medics treated [61] patients between 2 January and 28 February this year.', span('2024-01-02', '2024-02-28')],
];

const samePeriod: Row[] = [
  // "over the same period" takes the span of a figure before it, in the paragraph before too.
  ['The army said it had repelled 45 attacks over the past 24 hours.\n\nOver the same period, enemy gunners fired [210] shells at the town.', span('2024-11-20', '2024-11-20')],
  ['Officials counted 60 dead in October.\n\nIn that time, [3,400] people left through the river crossings.', span('2024-10', '2024-10')],
  // … but a figure with its own date keeps it.
  ['The agency recorded 2,100 deaths in the first half of 2024.\n\nIt counted [480] in June alone and 2,100 over the same period.', span('2024-06', '2024-06')],
  // … and moved to another year when the words say so.
  ['In the first half of 2024 the mission verified 6,100 civilian casualties, up from the [4,300] it recorded in the same period of 2023.', span('2023-01', '2023-06')],
  ['The monitor counted 2,100 deaths between April and June.\n\nIn the same period a year earlier, it had recorded [1,379] killings.', span('2023-04', '2023-06')],
  ['Shelling killed 300 people in March, against [120] in the same month last year.', span('2023-03', '2023-03')],
  ['Shelling killed 300 people in March, and [120] more died of wounds over the same period.', span('2024-03', '2024-03')],
];

const undated: Row[] = [
  // "since the war began" with no date: no period, even when another clause holds one.
  ['The charity said [more than 5,000] schools had been damaged since the war began, and that it had rebuilt 40 in October.', { period: null }],
  // … unless the date follows: the start.
  ['[At least 1,200] civilians have died since the offensive began in March 2023, monitors said.', span('2023-03', null)],
];

const openings: Row[] = [
  // A time adverbial that opens the sentence sets the time of the reported clause too.
  ['In 2021 alone, the monitors said that [73] aid workers had been killed.', span('2021', '2021')],
  ['Officials counted 60 dead in October.\n\nOver that period, the agency said that [3,400] people had left.', span('2024-10', '2024-10')],
  ['At a meeting of donors in Rome on 9 March, the minister pledged [40] generators.', span('2024-03-09', '2024-03-09')],
  // … after a wire dateline too; and a span that opens the sentence is the figure's, never the day of saying.
  ['HARBOUR CITY, 2 May (Wire) — In 2021 alone, the monitors counted [73] attacks on clinics.', span('2021', '2021')],
  ['Between January and March, the agency documented [212] deaths.', { ...span('2024-01', '2024-03'), statedOn: '2024-11-20' }],
  ['So far this year, the agency has recorded [12,000] newly displaced people, after floods displaced 2.4 million in 2023.', { ...span('2024', '2024'), statedOn: '2024-11-20' }],
  ['Since February 2022, the monitors have counted [900] strikes on the port.', span('2022-02', null)],
  ['From mid-April to the end of May, the office recorded [460] deaths.', { ...span('2024-04', '2024-05'), statedOn: '2024-11-20' }],
  ['Between January 2022 and the end of April 2024, the office recorded [460] deaths.', { ...span('2022-01', '2024-04'), statedOn: '2024-11-20' }],
  // … but one that places the statement does not.
  ['In a briefing on Monday, the mayor said that [14] shelters had been opened.', { period: null }],
  ['In March last year, the envoy told reporters that [9,000] families had been displaced.', { period: null }],
  // A date after a verb of publishing dates the document, not what its figure covers.
  ['When the monitors published a report in January 2023, it listed [9,000] names.', { period: null }],
];

const given: Row[] = [
  // The day a figure was given is the statement's, not a span the figure covers.
  ['The regional council put the number of damaged homes at [1,700] on 3 November.', { period: null }],
  ['The army offered a lower count on 12 October, saying [about 90] soldiers had been captured.', { period: null }],
  // … but a year the figure is about stays its span.
  ['For the whole of 2023, the monitors put the toll at [2,400].', span('2023', '2023')],
];

const endOf: Row[] = [
  // "the end of November": as precise as the text, the month; a count as it stood then.
  ['Donors had sent [€3.1 billion] as of the end of October, the fund said.', span(null, '2024-10')],
  ['The register listed [41,200] people at the end of September.', span(null, '2024-09')],
  ['The register listed [41,200] people at the end of September 2023.', span(null, '2023-09')],
  ['Police said [80] bodies had been found since the withdrawal at the end of March.', span('2024-03', null)],
  // "by the end of" a year: the end of a span whose start the text leaves open.
  ['The rebels had lost [about 700] armoured vehicles by the end of 2022.', span(null, '2022')],
  ['By the end of last year, the brigade had cleared [1,400] mines.', span(null, '2023')],
  ['The agency expects to resettle [25,000] refugees by the end of this year.', span(null, '2024')],
  // … but "at the end of" a year stays the year.
  ['The coalition kept [about 2,000] troops in the country at the end of 2021.', span('2021', '2021')],
];

positiveTable('period: ranges of dates', ranges);
positiveTable('period: the day a figure was given', given);
positiveTable('period: the end of a month or a year', endOf);
positiveTable('period: an opening adverbial', openings);
positiveTable('period: the nearest span', nearest);
positiveTable('period: over the same period', samePeriod);
positiveTable('period: spans the text does not date', undated);
positiveTable('period: a month or day of its own, months of a year', owned);
positiveTable('period: parts of a year told from the statement', partsOfYear);
positiveTable('period: a length of time to a date', lengthTo);
positiveTable('period: days and a month back from the statement', daysBack);
positiveTable('period: the weekend', weekend);
positiveTable('period: a date of another clause', otherClause);
positiveTable('period: since a dated event', since);
positiveTable('period: what began on a date', began);
positiveTable('period: the date a when clause hangs on', whenClause);
positiveTable('period: dates ahead of the report', ahead);
