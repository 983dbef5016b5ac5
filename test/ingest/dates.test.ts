import { describe, expect, it } from 'vitest';
import { dateFromUrl, dateLineParts, datelineDate, datelineOutlet, dateOrderOf, parseDate, parseUserDate } from '../../src/ingest/dates.js';

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
    ['Sunday, 27 April 2025', '2025-04-27'],
    ['29.08.2025, 18:05', '2025-08-29'],
    ['Aug. 29, 2025', '2025-08-29'],
    ['Updated: August 10, 2025, 09:45 IST', '2025-08-10'],
    ['04/05/2025', '2025-05-04'],
    ['20-11-2024', '2024-11-20'],
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

describe('day first or month first', () => {
  it.each([
    ['04/05/2025', 'mdy', '2025-04-05'],
    ['04/05/2025', 'dmy', '2025-05-04'],
    ['04/05/2025', undefined, '2025-05-04'],
    ['04.05.2025', 'mdy', '2025-05-04'],
    ['13/05/2025', 'mdy', '2025-05-13'],
    ['05/13/2025', 'dmy', '2025-05-13'],
  ] as const)('%s read %s → %s', (input, order, expected) => {
    expect(parseDate(input, { order })).toBe(expected);
  });

  it.each([
    ['en-US', 'mdy'],
    ['en-us', 'mdy'],
    ['en-GB', 'dmy'],
    ['uk', 'dmy'],
    ['de-DE', 'dmy'],
    ['en', undefined],
    [null, undefined],
  ] as const)('page language %s → %s', (lang, order) => {
    expect(dateOrderOf(lang)).toBe(order);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://news.example/2025/04/27/drones-over-odesa/', '2025-04-27'],
    ['https://news.example/world/2025/4/7/slug', '2025-04-07'],
    ['https://news.example/20250427/slug.html', '2025-04-27'],
    ['https://news.example/world/ukraine-says-russia-lost-1340-troops/', null],
    ['https://news.example/2025/13/40/slug', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => expect(dateFromUrl(url)).toBe(expected));
});

describe('date lines', () => {
  it.each([
    ['Sunday, 27 April 2025', ['Sunday, 27 April 2025']],
    ['29.08.2025, 18:05', ['29.08.2025, 18:05']],
    ['Posted on February 27, 2025 at 10:15 GMT', ['Posted on February 27, 2025 at 10:15 GMT']],
    ['Marta Koval | Lviv | Updated: August 10, 2025, 09:45 IST', ['Updated: August 10, 2025, 09:45 IST']],
    ['Words by Ana Lima · 30 October 2024 · 12 min read', ['30 October 2024']],
  ])('%s is a date line', (text, parts) => expect(dateLineParts(text)).toEqual(parts));

  it.each([
    ['On 27 April 2025 the ministry said 40 drones had been shot down.'],
    ['The brigade lost 12 vehicles between 3 and 9 May 2025 near the river.'],
    ['No date in this line at all'],
  ])('%s is not', (text) => expect(dateLineParts(text)).toEqual([]));
});

describe('wire datelines', () => {
  it('dates a dateline that gives the year and names the credited outlet', () => {
    expect(datelineDate('SEOUL, 2 September 2025 – About 2,000 soldiers are now estimated to have died.')).toBe('2025-09-02');
    expect(datelineDate('THE HAGUE, March 1, 2019 (Harbour Wire) - Chlorine was used.')).toBe('2019-03-01');
    expect(datelineDate('KYIV, Dec 3 (Harbour Wire) - No year here.')).toBeNull();
    expect(datelineOutlet('KYIV, Dec 3 (Harbour Wire) - No year here.')).toBe('Harbour Wire');
    expect(datelineOutlet('Officials said (on Monday) - that was all.')).toBeNull();
  });

  // A story filed from two places names both, joined by a slash.
  it.each([
    ['TARSO CITY/MERVAL, 12 May 2025 (Harbour Wire) - Shelling went on.', '2025-05-12', 'Harbour Wire'],
    ['KINDU/LOMA, March 4, 2024 (Coast Desk) — Aid arrived.', '2024-03-04', 'Coast Desk'],
    ['NEW HARBOUR / OLD TOWN, 9 June 2023 – Talks resumed.', '2023-06-09', null],
  ])('reads a dateline from two places: %s', (text, date, outlet) => {
    expect(datelineDate(text)).toBe(date);
    expect(datelineOutlet(text)).toBe(outlet);
  });
  // … but a sentence with a slash before a date is no dateline.
  it.each([
    'Officials and/or aides said, on 12 May 2025, that talks resumed.',
    'Fighting resumed/stopped on Monday, 3 March 2025.',
  ])('no dateline: %s', (text) => {
    expect(datelineDate(text)).toBeNull();
  });
});
