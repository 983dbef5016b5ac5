/**
 * Tables in the reader (src/ingest/tables.ts): a data table becomes its caption, then one
 * paragraph per row with the cells separated by tabs, header rows included; a table that
 * lays out the page (one row, cells holding menus, lists or other tables, one column) is
 * read as before, a paragraph per cell.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/index.js';
import { page, PROSE, raw } from './helpers.js';

const read = (table: string) => parseArticle(raw(page({ body: `${PROSE.map((p) => `<p>${p}</p>`).join('\n')}\n${table}\n<p>The ministry did not say how the figures were counted.</p>` }), 'page.html'));
/** The body paragraphs between the prose and the closing line. */
const paragraphsOf = (table: string): string[] => {
  const ps = read(table).text.split('\n\n');
  return ps.slice(PROSE.length, -1);
};

describe('data tables: a paragraph per row, cells separated by tabs', () => {
  it.each([
    [
      'a caption, a header row and rows',
      '<table><caption>Drones launched at the south, 2024</caption><thead><tr><th>Month</th><th>Launched</th><th>Downed</th></tr></thead><tbody><tr><td>March</td><td>1,204</td><td>1,100</td></tr><tr><td>April</td><td>988</td><td>n/a</td></tr></tbody></table>',
      ['Drones launched at the south, 2024', 'Month\tLaunched\tDowned', 'March\t1,204\t1,100', 'April\t988\tn/a'],
    ],
    [
      'row labels in <th>, rows straight under <table>',
      '<table><tr><th>Region</th><th>Killed</th></tr><tr><th>Ost</th><td>12</td></tr><tr><th>Marren</th><td>7</td></tr></table>',
      ['Region\tKilled', 'Ost\t12', 'Marren\t7'],
    ],
    [
      'an empty cell keeps its column, an empty first header too',
      '<table><tr><th></th><th>Shells</th><th>Rockets</th></tr><tr><td>May</td><td></td><td>40</td></tr></table>',
      ['\tShells\tRockets', 'May\t\t40'],
    ],
    [
      'a cell spanning columns is followed by an empty one',
      '<table><tr><th>Side</th><th colspan="2">Losses</th></tr><tr><td>North</td><td>300</td><td>120</td></tr></table>',
      ['Side\tLosses', 'North\t300\t120'],
    ],
    [
      'a cell spanning rows leaves an empty cell below it',
      '<table><tr><th>Country</th><th>Year</th><th>Refugees</th></tr><tr><td rowspan="2">Chad</td><td>2023</td><td>400,000</td></tr><tr><td>2024</td><td>620,000</td></tr></table>',
      ['Country\tYear\tRefugees', 'Chad\t2023\t400,000', '\t2024\t620,000'],
    ],
    [
      'words in a cell, across inline tags, line breaks and a paragraph',
      '<table><tr><th>What</th><th>Figure</th></tr><tr><td><p>Civilians <em>killed</em></p></td><td>more than<br>2,300</td></tr></table>',
      ['What\tFigure', 'Civilians killed\tmore than 2,300'],
    ],
  ])('%s', (_name, table, expected) => {
    expect(paragraphsOf(table)).toEqual(expected);
  });
});

describe('layout tables: read as before, a paragraph per cell', () => {
  it.each([
    ['one row (a masthead)', '<table><tr><td>THE VALLEY POST</td><td>News</td><td>Region</td><td>Contacts</td></tr></table>'],
    ['a cell holding a menu', '<table><tr><td><ul><li>News</li><li>Sport</li></ul></td><td>Weather</td></tr><tr><td>Markets</td><td>Culture</td></tr></table>'],
    ['a cell holding a heading', '<table><tr><td><h3>Inside the siege</h3>A reporter’s diary</td><td>Photos</td></tr><tr><td>Week one</td><td>Week two</td></tr></table>'],
    ['a table inside a cell', '<table><tr><td><table><tr><td>A</td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table></td><td>Side</td></tr><tr><td>E</td><td>F</td></tr></table>'],
    ['one column', '<table><tr><td>Editor’s note</td></tr><tr><td>This story was updated.</td></tr></table>'],
  ])('%s', (_name, table) => {
    const text = read(table).text;
    expect(text).not.toContain('\t');
  });

  it('the cells of a one-row table stay separate paragraphs', () => {
    expect(paragraphsOf('<table><tr><td>Updated on Monday</td><td>Correction appended</td></tr></table>')).toEqual(['Updated on Monday', 'Correction appended']);
  });
});
