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
];

const since: Row[] = [
  // A "since" clause whose date comes after its verb: the start, open-ended.
  ['The brigade has retaken [64 square kilometres] since crossing the river on 2 September, its commander said.', span('2024-09-02', null)],
  ['[At least 85] people have been killed since the truce between the two factions took effect on 14 October.', span('2024-10-14', null)],
];

positiveTable('period: ranges of dates', ranges);
positiveTable('period: since a dated event', since);
