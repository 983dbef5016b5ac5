/**
 * The table runner checks itself: a wrong expectation must fail, so that a green table
 * means the extractor agrees with it and not that the runner compared nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkMiss, checkRow, FILLER, pageOf, sameName, type MissRow, type Row } from './helpers.js';

const GOOD: Row = ['Russia launched [96] drones overnight, the air force said.', { value: [96, 96, false], unit: 'item', item: 'drone' }];

describe('table runner', () => {
  it.each(['direct', 'pipeline'] as const)('passes a right row (%s)', (run) => {
    expect(() => checkRow(GOOD, run)).not.toThrow();
  });

  it.each<[string, Row, RegExp]>([
    ['a wrong value', ['Russia launched [96] drones overnight.', { value: [97, 97] }], /value: expected \[97,97\]/],
    ['a wrong quote extent', ['Russia launched [96 drones] overnight.', {}], /quote: expected "96 drones"/],
    ['a wrong unit', ['Russia launched [96] drones overnight.', { unit: 'person' }], /unit: expected "person"/],
    ['a wrong source', ['Russia launched [96] drones overnight, the air force said.', { source: null }], /source: expected null/],
    ['a wrong statedOn', ['Russia launched [96] drones overnight.', { statedOn: '2020-01-01' }], /statedOn: expected "2020-01-01"/],
    ['a wrong hedge set', ['Russia launched [about 96] drones overnight.', { hedges: [] }], /hedges: expected \[\]/],
    ['a mark where nothing is claimed', ['The [first] drones arrived overnight.', {}], /no claim at \[first\]/],
    ['two marks in one row', ['Russia launched [96] drones and [12] missiles.', {}], /exactly one quote/],
  ])('fails a row with %s', (_, row, message) => {
    expect(() => checkRow(row, 'direct')).toThrow(message);
  });

  it('fails a miss row that holds a claim', () => {
    const row: MissRow = ['Russia launched [96] drones overnight.'];
    expect(() => checkMiss(row, 'direct')).toThrow(/not claims, but got: body:"96"/);
  });

  it('keeps the row text and its offsets through the reader', () => {
    const texts = { title: 'War update', subtitle: '', body: 'First paragraph about 96 drones.\n\nSecond one.' };
    const article = pageOf({ field: 'body', texts, marks: [] }, {});
    expect(article.title).toBe('War update');
    expect(article.text).toBe(`${texts.body}\n\n${FILLER}`);
  });

  it.each<[string, string, boolean]>([
    ['senior US military official', 'US military official', true],
    ['NATO\'s secretary general', 'NATO secretary general', true],
    ['the Pentagon', 'Pentagon', true],
    ['Kirby', 'John Kirby', true],
    ['Pentagon', 'State Department', false],
    ['general staff', 'air force', false],
  ])('compares names as the scorer does: %s ~ %s is %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});
