import { describe, expect, it } from 'vitest';
import { parseDate, parseUserDate } from '../../src/ingest/dates.js';

describe('parseDate', () => {
  it.each([
    ['2024-11-20', '2024-11-20'],
    ['2024-11-20T17:48:00+09:00', '2024-11-20'],
    ['2024-12-17T23:42:00-05:00', '2024-12-17'],
    ['2024/03/05 10:00', '2024-03-05'],
    ['December 2, 2024 9:15 AM GMT', '2024-12-02'],
    ['Dec. 2, 2024', '2024-12-02'],
    ['Posted on February 27, 2025', '2025-02-27'],
    ['Sunday 7 September 2025 16:20', '2025-09-07'],
    ['13 August 2024, 18:05', '2024-08-13'],
    ['2nd of March, 2025', '2025-03-02'],
    ['Published : 2024-11-20 17:48', '2024-11-20'],
    ['20.11.2024', '2024-11-20'],
    ['11/20/2024', '2024-11-20'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([[''], ['no date here'], ['31 February 2025'], ['2024-13-01'], ['12,480 views'], [null]])('misses %s', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('parseUserDate', () => {
  it('accepts ISO and written dates, refuses junk', () => {
    expect(parseUserDate('2024-12-17')).toBe('2024-12-17');
    expect(parseUserDate('17 December 2024')).toBe('2024-12-17');
    expect(parseUserDate('yesterday')).toBeNull();
    expect(parseUserDate('2024-02-30')).toBeNull();
  });
});
