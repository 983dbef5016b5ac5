import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ingest/text.js';

const SEED_LAYOUT = [
  'Ukraine says it shot down 48 of 61 drones over the south',
  'The air force said most of the drones targeted the Odesa region, where debris damaged two apartment blocks.',
  'Ukraine’s air force said on Tuesday that it shot down 48 of 61 drones launched overnight.',
  'Regional governor Oleh Kiper said three people were treated for cuts.',
  'Read also:',
  '- Odesa port traffic recovers after summer strikes',
  '- How Ukraine counts the drones it downs',
  'You could close this page. Or you could help us keep reporting.',
  'For as little as the cost of a coffee a month, you can support independent reporting.',
  'Become a supporter or see other ways to help.',
].join('\n');

describe('parseText (seed layout)', () => {
  const a = parseText(SEED_LAYOUT);
  it('takes the headline and the standfirst', () => {
    expect(a.title).toBe('Ukraine says it shot down 48 of 61 drones over the south');
    expect(a.subtitle).toMatch(/^The air force said most/);
  });
  it('keeps one paragraph per line and ends at the appeal', () => {
    expect(a.text.split('\n\n')).toEqual([
      'Ukraine’s air force said on Tuesday that it shot down 48 of 61 drones launched overnight.',
      'Regional governor Oleh Kiper said three people were treated for cuts.',
    ]);
  });
  it('turns the "Read also" list into related links', () => {
    expect(a.related).toEqual([
      { title: 'Odesa port traffic recovers after summer strikes', url: null },
      { title: 'How Ukraine counts the drones it downs', url: null },
    ]);
  });
  it('has no outlet and no date it was not given', () => {
    expect(a.outlet).toBeNull();
    expect(a.published).toBeNull();
    expect(parseText(SEED_LAYOUT, { published: '2025-03-04' }).published).toBe('2025-03-04');
  });
});

describe('parseText (blank-line paragraphs)', () => {
  it('joins hard-wrapped lines and reads a date line under the headline', () => {
    const a = parseText(
      [
        'Kyiv and Moscow swap 150 prisoners each',
        'Published 4 March 2025',
        '',
        'KYIV, March 4 - Ukraine and Russia exchanged 150 prisoners of war each',
        'on Tuesday, officials on both sides said.',
        '',
        'It was the second exchange this year.',
      ].join('\n'),
    );
    expect(a.published).toBe('2025-03-04');
    expect(a.subtitle).toBeNull(); // the dateline paragraph is body, not a standfirst
    expect(a.text).toBe('KYIV, March 4 - Ukraine and Russia exchanged 150 prisoners of war each on Tuesday, officials on both sides said.\n\nIt was the second exchange this year.');
  });

  it.each([
    [['KEY FIGURES', '12.4 million people internally displaced', '3.9 million refugees in neighbouring countries', '$4.16 billion required'], ['KEY FIGURES', '12.4 million people internally displaced', '3.9 million refugees in neighbouring countries', '$4.16 billion required']],
    [['Key figures this week', '- 41 air strikes recorded', '- 12 villages burned'], ['Key figures this week', '41 air strikes recorded', '12 villages burned']],
    // Wrapped prose that happens to open lines with figures stays one paragraph: it ends with a stop.
    [['The agency said fighting had displaced', '12,000 people in the north and', '3,000 more in the south.'], ['The agency said fighting had displaced 12,000 people in the north and 3,000 more in the south.']],
  ])('keeps a block of figure lines with no sentence in it as a paragraph per line: %j', (block, want) => {
    const a = parseText(['A flash update on the fighting', '', 'The situation worsened again this week, aid groups said.', '', ...block, '', 'The agency will report again next week.'].join('\n'));
    expect(a.text.split('\n\n').slice(1, -1)).toEqual(want);
  });

  it('keeps each item of a bulleted list in a block as a paragraph of its own, with its wrapped lines', () => {
    const a = parseText(
      [
        'The toll in numbers',
        '',
        'The figures below come from the agency.',
        '',
        '• Killed: 4,120',
        '• Wounded: 9,870, most of them',
        'in the eastern districts',
        '- 300 missing in the hills',
        '',
        'The agency updates them every week.',
      ].join('\n'),
    );
    expect(a.text.split('\n\n')).toEqual([
      'The figures below come from the agency.',
      'Killed: 4,120',
      'Wounded: 9,870, most of them in the eastern districts',
      '300 missing in the hills',
      'The agency updates them every week.',
    ]);
  });

  it('reads a one-line file as a headline', () => {
    expect(parseText('Just a headline with 5 drones').title).toBe('Just a headline with 5 drones');
  });

  it('normalises whitespace and CRLF line ends', () => {
    const a = parseText('Title\u00a0 here\r\nA standfirst that reads like one, with a comma.\r\nBody  text\twith   gaps.\r\nSecond paragraph.');
    expect(a.title).toBe('Title here');
    expect(a.text).toBe('Body text with gaps.\n\nSecond paragraph.');
  });
});

describe('parseText: dates and outlets of wire copy', () => {
  it.each([
    [
      'a dateline with its year',
      ['Port strikes continue', '', 'ODESA, 3 May 2025 (Harbour Wire) – Drones hit the port of Odesa overnight, the regional governor said, damaging two grain silos.'],
      '2025-05-03',
      'Harbour Wire',
    ],
    [
      'a closing date line and a copyright line',
      ['Port strikes continue', '', 'Drones hit the port of Odesa overnight, the regional governor said, damaging two grain silos.', '', 'Saturday, 3 May 2025 14:20 GMT', '', '© 2025 Harbour Wire. All rights reserved.'],
      '2025-05-03',
      'Harbour Wire',
    ],
    [
      'a dateline that names the country after the city',
      ['Port strikes continue', '', 'LOSKA, Marrenia, 14 January 2025 (Harbour Wire) - Drones hit the port overnight, the regional governor said, damaging two grain silos.'],
      '2025-01-14',
      'Harbour Wire',
    ],
    [
      'a dateline with a weekday',
      ['Port strikes continue', '', 'ODESA, Friday 3 January 2025 – Drones hit the port overnight, the regional governor said, damaging two grain silos.'],
      '2025-01-03',
      null,
    ],
    [
      'a byline row with its date between bars',
      ['Port strikes continue', '', 'By Hana Idris | 5 August 2024 | Harbour Review', '', 'Drones hit the port overnight, the regional governor said, damaging two grain silos.'],
      '2024-08-05',
      null,
    ],
    [
      'a standfirst and a date line under the headline with no blank line between',
      ['Port strikes continue', 'The governor says two silos burned; the port is shut.', 'Published on 21/03/2024 - 18:42', '', 'Drones hit the port overnight, the regional governor said, damaging two grain silos.'],
      '2024-03-21',
      null,
    ],
    [
      'a standfirst and a byline row of parts',
      ['Port strikes continue', 'The governor says two silos burned; the port is shut.', 'OPINION | 2 November 2024 | By Hana Idris', '', 'Drones hit the port overnight, the regional governor said, damaging two grain silos.'],
      '2024-11-02',
      null,
    ],
  ])('%s', (_name, lines, published, outlet) => {
    const a = parseText(lines.join('\n'));
    expect(a.published).toBe(published);
    expect(a.outlet).toBe(outlet);
    expect(a.text).not.toMatch(/Saturday, 3 May/);
  });

  it('keeps the standfirst of a header block whose date line follows it', () => {
    const a = parseText(['Port strikes continue', 'The governor says two silos burned; the port is shut.', 'Posted: 5 Jul 2024', '', 'Drones hit the port overnight, the regional governor said, damaging two grain silos.'].join('\n'));
    expect(a.published).toBe('2024-07-05');
    expect(a.subtitle).toBe('The governor says two silos burned; the port is shut.');
    expect(a.text).toBe('Drones hit the port overnight, the regional governor said, damaging two grain silos.');
  });

  it.each([
    ['The war began on 24 February 2022.'],
    ['The siege ended on 3 May 2025.'],
    ['Fighting in the city resumed on Monday, 3 March 2025.'],
  ])('keeps a short first sentence with a date in it as text: %s', (line) => {
    const a = parseText(['Port strikes continue', '', line, '', 'Drones hit the port overnight.'].join('\n'), { published: '2025-06-01' });
    expect(a.published).toBe('2025-06-01');
    expect(a.text.startsWith(line)).toBe(true);
  });

  it.each([
    ['ODESA, 3 May 2025 — Drones hit two silos, the governor said.', '2025-05-03', null],
    ['ODESA, 3 May 2025 (Harbour Wire) – Drones hit two grain silos.', '2025-05-03', 'Harbour Wire'],
    ['LOSKA, Marrenia, 14 January 2025 - Shelling killed four people.', '2025-01-14', null],
  ])('keeps a short paragraph that opens with a wire dateline as the body\'s first: %s', (line, published, outlet) => {
    const a = parseText(['Port strikes continue', '', line, '', 'The port is shut.'].join('\n'));
    expect(a.published).toBe(published);
    expect(a.outlet).toBe(outlet);
    expect(a.text).toBe(`${line}\n\nThe port is shut.`);
  });

  it('leaves a date inside a sentence to the sentence', () => {
    const a = parseText(['Port strikes continue', '', 'On 3 May 2025 drones hit the port of Odesa, the regional governor said, damaging two grain silos.'].join('\n'));
    expect(a.published).toBeNull();
    expect(a.outlet).toBeNull();
  });
});

describe('parseText: a standfirst glued to the dateline', () => {
  it('takes the line before a wire dateline as the standfirst, and the dateline\'s credit as the outlet', () => {
    const a = parseText(
      [
        'Court convicts three over the downing of the airliner',
        'Judges order the three to pay damages to the relatives of all 298 people aboard',
        'THE HAGUE, Netherlands, Nov 17 (Harbour Wire) - A court on Thursday found three men guilty of murdering all 298 people aboard the airliner.',
        '',
        'The court acquitted a fourth defendant for lack of evidence.',
      ].join('\n'),
    );
    expect(a.subtitle).toBe('Judges order the three to pay damages to the relatives of all 298 people aboard');
    expect(a.outlet).toBe('Harbour Wire');
    expect(a.text.startsWith('THE HAGUE, Netherlands, Nov 17 (Harbour Wire) -')).toBe(true);
  });
});

describe('parseText: the outlet at the end of a byline row', () => {
  it.each([
    ['By Tomas Reyes, Harbour Review | 14 May 2025', 'Harbour Review'],
    ['By Ana Ruiz and Tomas Reyes, Ost Evening Post | 2 March 2024', 'Ost Evening Post'],
    ['By Ana Ruiz, in Port Alma | 2 March 2024', null],
    ['By Ana Ruiz | 2 March 2024', null],
  ])('%s', (row, outlet) => {
    const a = parseText(['Navy sinks 14 rebel boats', row, '', 'The navy said on Tuesday that it had sunk 14 rebel boats overnight.'].join('\n'));
    expect(a.outlet).toBe(outlet);
    expect(a.published).not.toBeNull();
  });
});

// Files whose every paragraph stands apart, the headline's too. The standfirst is the short
// paragraph a date line or a wire dateline follows; a short lede with neither after it is body.
const STANDFIRST = 'The navy says most of the boats were sunk near the coast; the rebels deny any losses.';
const DATELINE_LEDE = 'PORT ALMA — The navy said on Tuesday that it had sunk 14 rebel boats overnight.';
const PLAIN_LEDE = 'The navy said on Tuesday that it had sunk 14 rebel boats overnight.';
describe('parseText: layouts with blank lines under the headline', () => {
  it.each([
    ['standfirst, date line, body', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', '14 May 2025', '', PLAIN_LEDE], STANDFIRST, '2025-05-14', PLAIN_LEDE],
    ['date line, standfirst, dateline body', ['Navy sinks 14 rebel boats', '', '14 May 2025', '', STANDFIRST, '', DATELINE_LEDE], STANDFIRST, '2025-05-14', DATELINE_LEDE],
    ['standfirst, dateline body', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', DATELINE_LEDE], STANDFIRST, null, DATELINE_LEDE],
    ['standfirst, byline row, body', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', 'By Tomas Reyes | 14 May 2025 | Harbour Review', '', PLAIN_LEDE], STANDFIRST, '2025-05-14', PLAIN_LEDE],
    ['runs of blank lines', ['Navy sinks 14 rebel boats', '', '', STANDFIRST, '', '', '14 May 2025', '', '', PLAIN_LEDE], STANDFIRST, '2025-05-14', PLAIN_LEDE],
    ['standfirst under the headline, date line, body', ['Navy sinks 14 rebel boats', STANDFIRST, '', '14 May 2025', '', PLAIN_LEDE], STANDFIRST, '2025-05-14', PLAIN_LEDE],
    ['a short lede and no standfirst', ['Navy sinks 14 rebel boats', '', PLAIN_LEDE, '', 'The rebels denied it.'], null, null, `${PLAIN_LEDE}\n\nThe rebels denied it.`],
    ['a date line and a short lede', ['Navy sinks 14 rebel boats', '', '14 May 2025', '', PLAIN_LEDE, '', 'The rebels denied it.'], null, '2025-05-14', `${PLAIN_LEDE}\n\nThe rebels denied it.`],
    // A hyphen inside the first word is no wire dateline's dash.
    // A byline block: credit lines and a date line, with times, zones and "ago" labels.
    ['standfirst, credit and date lines, body', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', 'Interview by Ana Ruiz', '8 August 2024', '', PLAIN_LEDE], STANDFIRST, '2024-08-08', PLAIN_LEDE],
    ['standfirst, two credits and a dated time', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', 'By Ana Ruiz in Port Alma and Tomas Reyes in Ost', 'Wednesday 13 March 2024 06.00 GMT', '', PLAIN_LEDE], STANDFIRST, '2024-03-13', PLAIN_LEDE],
    ['a credit with its desk above the date', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', 'By Ana Ruiz and Tomas Reyes, Fact Check Desk', '5 December 2024', '', PLAIN_LEDE], STANDFIRST, '2024-12-05', PLAIN_LEDE],
    ['a credit over where and when it was filed', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', 'By Ana Ruiz', 'Ost region, 10 February 2025', '', PLAIN_LEDE], STANDFIRST, '2025-02-10', PLAIN_LEDE],
    ['a credit over a place and a weekday date', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', 'By Ana Ruiz', 'Port Alma, Tuesday 4 March 2025', '', PLAIN_LEDE], STANDFIRST, '2025-03-04', PLAIN_LEDE],
    ['a credit, then a date line updated hours ago', ['Navy sinks 14 rebel boats', '', 'By Ana Ruiz', '', 'May 14, 2025 3:52 PM GMT+1 Updated 2 hours ago', '', PLAIN_LEDE], null, '2025-05-14', PLAIN_LEDE],
    // A date line with a section's or an outlet's name beside it, and an outlet's name over a date line.
    ['date line with its section', ['Navy sinks 14 rebel boats', '', '20 May 2025 — Humanitarian affairs', '', PLAIN_LEDE], null, '2025-05-20', PLAIN_LEDE],
    ['review, date and section in a row', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', 'Harbour Review | 2 October 2025 | Defence & Security', '', PLAIN_LEDE], STANDFIRST, '2025-10-02', PLAIN_LEDE],
    ['an outlet over a date line', ['Navy sinks 14 rebel boats', '', STANDFIRST, '', 'Andes Courier', '17 July 2025', '', PLAIN_LEDE], STANDFIRST, '2025-07-17', PLAIN_LEDE],
    ['a desk credit is no standfirst', ['Navy sinks 14 rebel boats', '', 'Published 27 May 2025 · Last updated 28 May 2025, 16:10 BST', '', 'By our coast desk', '', PLAIN_LEDE], null, '2025-05-27', PLAIN_LEDE],
    // A byline or date row right under the headline ends the header: the paragraph after it is the lede.
    ['byline row right under the headline, then the lede', ['Navy sinks 14 rebel boats', 'By Tomas Reyes, Harbour Review | 14 May 2025', '', PLAIN_LEDE, '', 'The rebels denied it.'], null, '2025-05-14', PLAIN_LEDE],
    ['date line right under the headline, then the lede', ['Navy sinks 14 rebel boats', '14 May 2025', '', PLAIN_LEDE, '', 'The rebels denied it.'], null, '2025-05-14', PLAIN_LEDE],
    ['date line right under the headline, then a standfirst before a dateline', ['Navy sinks 14 rebel boats', '14 May 2025', '', STANDFIRST, '', DATELINE_LEDE], STANDFIRST, '2025-05-14', DATELINE_LEDE],
    // A press release: a label and its issuer's name over the dated lead.
    ['a press release', ['Navy sinks 14 rebel boats', '', 'PRESS RELEASE — FOR IMMEDIATE RELEASE', '', 'Ost Foundation for Human Rights', '', 'Port Alma, 9 October 2025 — The navy said on Tuesday that it had sunk 14 rebel boats overnight.'], null, '2025-10-09', 'PRESS RELEASE'],
    ['published and modified lines are no standfirst', ['Navy sinks 14 rebel boats', '', 'Published on 21/02/2025 - 17:42', 'Modified on 21/02/2025 - 18:05', '', PLAIN_LEDE], null, '2025-02-21', PLAIN_LEDE],
    ['a standfirst that opens with "A UK-based"', ['Monitor counts 54 dead', 'A UK-based monitor says at least 54 fighters have died since Monday.', '', '19 December 2024', '', PLAIN_LEDE], 'A UK-based monitor says at least 54 fighters have died since Monday.', '2024-12-19', PLAIN_LEDE],
  ])('%s', (_name, lines, subtitle, published, textStart) => {
    const a = parseText((lines as string[]).join('\n'));
    expect(a.subtitle).toBe(subtitle);
    expect(a.published).toBe(published);
    expect(a.text.startsWith(textStart as string)).toBe(true);
  });
});

describe('parseText: what stands over the headline, and credits before the dateline', () => {
  it.each([
    // A label naming the kind of piece is no headline.
    ['a press release label', ['Press release', '', 'Navy sinks 14 rebel boats', '', STANDFIRST, '', 'From: Ministry of Defence and the Navy Minister', 'Published 24 September 2025', '', PLAIN_LEDE], 'Navy sinks 14 rebel boats', STANDFIRST, '2025-09-24', null],
    ['an analysis label', ['ANALYSIS', 'Navy sinks 14 rebel boats', '', PLAIN_LEDE, '', 'The rebels denied it.'], 'Navy sinks 14 rebel boats', null, null, null],
    ['a numbered communiqué label', ['Communiqué No. 12', '', 'Navy sinks 14 rebel boats', '', '14 May 2025', '', PLAIN_LEDE], 'Navy sinks 14 rebel boats', null, '2025-05-14', null],
    // A letterhead: the issuer's name lines, then a label with a place and a date, then the headline.
    ['a letterhead', ['Republic of Ostland', 'Ministry of Defence – Press Office', '', 'Communiqué No. 31', 'Port Alma, 14 August 2025', '', 'Navy sinks 14 rebel boats', '', PLAIN_LEDE], 'Navy sinks 14 rebel boats', null, '2025-08-14', 'Ministry of Defence – Press Office'],
    // An outlet's name alone over the headline is its masthead.
    ['a masthead', ['Harbour Review', '', 'One year on, the navy still counts the boats it sank', '', STANDFIRST, '', 'Ana Ruiz', 'Sep 25, 2024', '', PLAIN_LEDE], 'One year on, the navy still counts the boats it sank', STANDFIRST, '2024-09-25', 'Harbour Review'],
    // A byline before the wire dateline: the dateline still credits the outlet.
    ['a byline over the dateline', ['Navy sinks 14 rebel boats', 'By Ana Ruiz and Tomas Reyes', 'PORT ALMA, Dec 11 (Harbour Wire) - The navy said on Thursday it had sunk 14 rebel boats.', 'The rebels denied it.'], 'Navy sinks 14 rebel boats', null, null, 'Harbour Wire'],
  ])('%s', (_name, lines, title, subtitle, published, outlet) => {
    const a = parseText((lines as string[]).join('\n'));
    expect(a.title).toBe(title);
    expect(a.subtitle).toBe(subtitle);
    expect(a.published).toBe(published);
    expect(a.outlet).toBe(outlet);
  });
});

// A table written with bars, a row per line, reads as an HTML table's rows do: cells apart by tabs.
describe('parseText: tables written with bars', () => {
  it.each([
    ['bars between cells', ['Country | Missing | Found', 'Ostria | 1,200 | 300', 'Marren | 640 | 90'], ['Country\tMissing\tFound', 'Ostria\t1,200\t300', 'Marren\t640\t90']],
    ['Markdown, with a rule under the header', ['| Month | Drones |', '|---|---:|', '| March | 4,198 |', '| April | 3,870 |'], ['Month\tDrones', 'March\t4,198', 'April\t3,870']],
    ['a row of another width ends the table', ['Side | Killed', 'Ostria | 40', 'Marren | 12', 'Total | 52 | (est.)'], ['Side\tKilled', 'Ostria\t40', 'Marren\t12', 'Total | 52 | (est.)']],
    ['one row of bars alone is no table', ['The count | so far | is 40 dead.', 'The army said more may have died.'], ['The count | so far | is 40 dead.', 'The army said more may have died.']],
  ])('%s', (_name, rows, want) => {
    const a = parseText(['Counting the missing', 'The commission gave its figures on Monday.', 'Officials met in Ost on Monday.', ...(rows as string[]), 'The figures are provisional.'].join('\n'));
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs.slice(1, 1 + (want as string[]).length)).toEqual(want);
  });
});

// A liveblog written as text: day headings and times of day on lines of their own stamp its entries.
describe('parseText: a liveblog in plain text', () => {
  const text = [
    'Ost live: shelling resumes',
    '',
    'Published 8 March 2025, 07:00 GMT | Updated 9 March 2025, 15:30 GMT',
    '',
    'Saturday 8 March 2025',
    '',
    '07:10 GMT',
    'The governor said 14 people had been killed overnight.',
    '',
    'The mayor said the water station was hit.',
    '',
    '16:45 GMT',
    'Rescuers said 30 people were wounded.',
    '',
    'Sunday 9 March 2025',
    '',
    '08:00 GMT',
    'The governor said on Sunday that the toll had risen to 21.',
  ].join('\n');
  const a = parseText(text);
  it('dates the article by its published line, not by a day heading', () => expect(a.published).toBe('2025-03-08'));
  it('keeps the stamps out of the text', () => {
    expect(a.text).not.toMatch(/GMT|Sunday 9 March/);
    expect(a.text.split('\n\n')).toHaveLength(4);
  });
  it('gives each entry the day of the heading above its time', () => {
    expect(a.entries?.map((e) => [e.published, a.text.slice(e.start, e.end).slice(0, 20)])).toEqual([
      ['2025-03-08T07:10', 'The governor said 14'],
      ['2025-03-08T16:45', 'Rescuers said 30 peo'],
      ['2025-03-09T08:00', 'The governor said on'],
    ]);
  });
});
