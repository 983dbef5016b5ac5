/**
 * Tables (src/extract/tables.ts): each figure of a row is a claim whose sentence is the row,
 * read with its column header, its row's other cells, the caption before the table and a
 * "Source:" note under it. Rows are written as the reader writes them (cells separated by
 * tabs, one paragraph per row); the pipeline run renders them as an HTML <table> first.
 * The tables are invented. Default publication date: 2024-11-20.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { missTable, positiveTable, type MissRow, type Row } from './helpers.js';

/** The table with the first `cell` (a whole cell's text) marked as the expected quote. */
function marking(table: string): (cell: string) => string {
  return (cell) => {
    const at = table.search(new RegExp(`(?<=^|\\t)${cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\t|\\n|$)`, 'm'));
    if (at < 0) throw new Error(`no cell ${cell}`);
    return `${table.slice(0, at)}[${cell}]${table.slice(at + cell.length)}`;
  };
}

// A header that names what is launched, months as row labels, the sides in the caption, the source in a note under it.
const launches = marking(
  [
    'Shelling along the border grew heavier in the first months of the year, officials on both sides said.',
    'Eritrean shells and rockets fired into Ethiopia, January–March 2024',
    'Month\tShells fired\tRockets fired',
    'January 2024\t1,204\t96',
    'February 2024\t1,388\tn/a',
    'March 2024\t1,517\t143',
    'Source: Ethiopian defence ministry daily reports.',
  ].join('\n\n'),
);

// A label column saying what each row counts; a source column and a date column.
const tolls = marking(
  [
    'Estimates of the toll vary widely, and each monitor counts differently.',
    'What is counted\tFigure\tCounted by\tEstimate date',
    'Civilians killed in air strikes\tmore than 2,300\tVesna Civic Monitor\tMay 2024',
    'Fighters captured\tabout 640\tKenyan army\t3 June 2024',
  ].join('\n\n'),
);

// The date of the statement inside the source cell ("UNHCR, Jan. 2024"); a period column.
const counts = marking(
  [
    'Aid agencies have published several estimates of what the war has cost.',
    'Toll\tNumber\tPeriod covered\tCounted by',
    'Deaths from fighting\t12,400\t2019 to end of 2023\tSahel Rights Observatory, Feb. 2024',
    'People displaced\t310,000\tMarch 2020 to Jan. 2024\tUNHCR, Jan. 2024',
  ].join('\n\n'),
);

// A caption with its source and release date; a country column; a column of shares.
const refugees = marking(
  [
    'Most of those who fled went to neighbouring countries, the agency said.',
    'Refugees from Sudan registered in neighbouring countries, end of June 2024. Source: UNHCR, data released 15 July 2024',
    'Country\tRefugees\tShare of total',
    'Chad\t620,000\t41.2%',
    'Egypt\t512,000\t34.0%',
  ].join('\n\n'),
);

// Rows labelled by country: each row's dead and wounded are that country's; refugees a country hosts are not.
const byCountry = marking(
  [
    'The toll rose on both sides of the border, the agencies said.',
    'Casualties by country, as of 1 November 2024',
    'Country\tKilled\tWounded',
    'Kenya\t1,432\t3,902',
    'Somalia\t2,871\t6,554',
  ].join('\n\n'),
);

// Column headers that are bodies: each column is its own source. Months take the header's year; the unit is the caption's.
const trackers = marking(
  [
    'The two trackers count the ground differently, but both show the pace slowing.',
    "Russia's monthly gains in Ukraine (square kilometres)",
    'Month (2024)\tISW\tDeepState',
    'October\t610\t480',
    'November\t702\t533',
  ].join('\n\n'),
);

// Money in millions stated once in the caption; a column of donors gives the side.
const pledges = marking(
  [
    'Donors have been slower to pay than to promise, the figures show.',
    'Military aid to Ukraine, 2024 ($ million)',
    'Donor\tPledged\tDelivered',
    'Germany\t7,100\t5,200',
    'Netherlands\t2,900\t2,450',
  ].join('\n\n'),
);

// No header row: the first row already holds a figure; the paragraph before introduces the table.
const bulletin = marking(
  [
    'The health ministry gave the following figures for the week:',
    'Killed\t214',
    'Wounded\t530',
  ].join('\n\n'),
);

// Months with no year under a caption that names one; a mass noun of arms as a header; a known body in brackets closing the caption.
const armour = marking(
  [
    'The brigade lost more armour in the winter than in the rest of the year together.',
    'Armour lost by the 12th Brigade, 2023 (ISW)',
    'Month\tTanks\tArtillery',
    'January\t21\t7',
    'February\t34\t11',
  ].join('\n\n'),
);

positiveTable("tables: a caption's one year, a header of arms by their mass noun, a body in brackets as the source", [
  [armour('7'), { unit: 'item', item: 'artillery system', measure: 'equipment_lost', period: { start: '2023-01', end: '2023-01' }, source: { name: 'ISW' } }],
  [armour('34'), { item: 'tank', measure: 'equipment_lost', period: { start: '2023-02', end: '2023-02' } }],
]);

positiveTable('tables: a header names what is counted, the row its period, the caption whose', [
  [launches('1,388'), { unit: 'item', item: 'shell', measure: 'strikes', party: 'ER', counterparty: 'ET', period: { start: '2024-02', end: '2024-02' }, statedOn: '2024-11-20' }],
  [launches('143'), { unit: 'item', item: 'rocket', measure: 'strikes', party: 'ER', period: { start: '2024-03', end: '2024-03' } }],
  [launches('1,204'), { source: { name: 'Ethiopian defence ministry', affiliation: 'ET' } }],
]);

positiveTable('tables: a label column, a source column and a date column', [
  [tolls('more than 2,300'), { value: [2300, null], unit: 'person', measure: 'killed', source: { name: 'Vesna Civic Monitor' }, statedOn: '2024-05' }],
  [tolls('about 640'), { value: [640, 640, true], measure: 'captured', source: { name: 'Kenyan army', affiliation: 'KE' }, statedOn: '2024-06-03', hedges: ['about'] }],
]);

positiveTable('tables: the date in a source cell, a period column', [
  [counts('12,400'), { measure: 'killed', source: { name: 'Sahel Rights Observatory' }, statedOn: '2024-02', period: { start: '2019', end: '2023' } }],
  [counts('310,000'), { measure: 'displaced', source: { name: 'UNHCR', affiliation: 'UN' }, statedOn: '2024-01', period: { start: '2020-03', end: '2024-01' } }],
]);

positiveTable('tables: the caption gives the source and its date, a column the place', [
  [refugees('620,000'), { unit: 'person', measure: 'displaced', party: 'SD', location: 'Chad', source: { name: 'UNHCR', affiliation: 'UN' }, statedOn: '2024-07-15' }],
  [refugees('34.0%'), { value: [34, 34], unit: 'percent', measure: 'displaced', location: 'Egypt', statedOn: '2024-07-15' }],
]);

positiveTable('tables: a country row names whose its losses are, not where refugees went', [
  [byCountry('1,432'), { measure: 'killed', party: 'KE' }],
  [byCountry('6,554'), { measure: 'wounded', party: 'SO' }],
  [refugees('512,000'), { measure: 'displaced', party: 'SD', location: 'Egypt' }],
]);

positiveTable('tables: a header that is a body is its column\'s source', [
  [trackers('610'), { unit: 'km2', measure: 'territory', party: 'RU', source: { name: 'ISW', affiliation: 'US' }, period: { start: '2024-10', end: '2024-10' } }],
  [trackers('533'), { unit: 'km2', measure: 'territory', party: 'RU', source: { name: 'DeepState', affiliation: 'UA' }, period: { start: '2024-11', end: '2024-11' } }],
]);

positiveTable('tables: units in the caption, sides in a column', [
  [pledges('7,100'), { value: [7.1e9, 7.1e9], unit: 'USD', measure: 'aid_committed', party: 'DE' }],
  [pledges('2,450'), { value: [2.45e9, 2.45e9], unit: 'USD', measure: 'aid_delivered', party: 'NL' }],
]);

positiveTable('tables: no header row, an introduction before it', [
  [bulletin('214'), { unit: 'person', measure: 'killed', source: { name: 'health ministry' } }],
  [bulletin('530'), { unit: 'person', measure: 'wounded' }],
]);

const misses: MissRow[] = [
  // A column of changes between two others counts nothing of its own.
  ['Homicide victims by state, January to June.\n\nState\t2025\t2024\tChange\n\nOst\t1,268\t1,702\t[−25.5%]\n\nMarren\t811\t246\t[+229.7%]'],
  // … nor does a column of ranks.
  ['Largest donors of military aid, in billions of euros allocated.\n\nRank\tCountry\tMilitary aid\n\n[1]\tNorway\t12.6\n\n[2]\tDenmark\t10.1'],
  // A cell with no figure, a header of years, a table of words.
  [launches('n/a')],
  ['Refugees registered, by year, with the agency.\n\nCountry\t[2023]\t2024\n\nChad\t400,000\t620,000'],
  ['Who holds what along the front, by district.\n\nDistrict\tHeld by\tStatus\n\nOst\tgovernment\t[contested]\n\nMarren\trebels\t[stable]'],
];
missTable('tables: not claims', misses);

describe('tables: what the claim says of its row', () => {
  const text = launches('96').replace(/\[|\]/g, '');
  const claims = extractClaims({ title: 'Border shelling', subtitle: null, published: '2024-11-20', outlet: null, url: null, text, related: [] });
  const row = claims.filter((c) => c.sentence.startsWith('January 2024'));

  it('one claim per figure of the row, its sentence the row, its quote the cell', () => {
    expect(row.map((c) => c.quote)).toEqual(['1,204', '96']);
    for (const c of row) {
      expect(c.sentence).toBe('January 2024\t1,204\t96');
      expect(text.slice(c.span[0], c.span[1])).toBe(c.quote);
    }
  });

  it('none from the header row, the caption or the "n/a" cell', () => {
    expect(claims.filter((c) => c.sentence.includes('\t')).map((c) => c.quote)).toEqual(['1,204', '96', '1,388', '1,517', '143']);
  });

  it('nothing from a table of words', () => {
    const words = 'District\tHeld by\n\nOst\tgovernment\n\nMarren\trebels';
    expect(extractClaims({ title: 'Front', subtitle: null, published: '2024-11-20', outlet: null, url: null, text: words, related: [] })).toEqual([]);
  });
});

describe('a table written with bars in a plain-text article', () => {
  it('reads each figure under its column header', async () => {
    const { parseText } = await import('../../src/ingest/text.js');
    const article = parseText(
      [
        'Thousands still missing after the war',
        'The commission gave its latest figures on Monday.',
        'The commission for missing persons said on Monday that the search would go on.',
        'Country | Reported missing | Still missing',
        'Ostria | 31,500 | 7,600',
        'Marren | 6,200 | 1,800',
        'The figures exclude people reported after 2010.',
      ].join('\n'),
    );
    const claims = extractClaims(article, { published: '2024-11-20' }).filter((c) => c.field === 'body');
    expect(claims.map((c) => [c.quote, c.measure, c.unit])).toEqual([
      ['31,500', 'missing', 'person'],
      ['7,600', 'missing', 'person'],
      ['6,200', 'missing', 'person'],
      ['1,800', 'missing', 'person'],
    ]);
  });
});
