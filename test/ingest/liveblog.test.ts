import { describe, expect, it } from 'vitest';
import { entryRanges, splitEntries, stampOf } from '../../src/ingest/liveblog.js';

describe('stampOf', () => {
  it.each([
    [{ text: '15:10', datetime: '2025-10-15T15:10:00+01:00' }, '2025-10-15T15:10'],
    [{ text: 'Wed 15 Oct 2025 15.10 BST' }, '2025-10-15T15:10'],
    [{ text: '29.08.2025, 18:05' }, '2025-08-29T18:05'],
    [{ text: 'Sunday, 27 April 2025' }, '2025-04-27'],
    [{ text: '10:45' }, '2025-04-27T10:45'],
    [{ text: '10:45 GMT' }, '2025-04-27T10:45'],
    [{ text: '8.05pm' }, '2025-04-27T20:05'],
  ])('%j → %s', (block, expected) => expect(stampOf(block, '2025-04-27')).toBe(expected));

  it.each([
    [{ text: 'Air defences shot down 31 of 40 drones over the south overnight, the governor said.' }],
    [{ text: '22.2 million people in need' }],
    [{ text: '25 Oct 2023', cell: true }],
    [{ text: '1,000' }],
  ])('%j is not a stamp', (block) => expect(stampOf(block, '2025-04-27')).toBeNull());

  it('needs the page date for a time alone', () => expect(stampOf({ text: '10:45' }, null)).toBeNull());
});

describe('splitEntries and entryRanges', () => {
  const blocks = [
    { text: 'Key facts so far.' },
    { text: '18:20' },
    { text: 'The governor said 12 people were wounded.' },
    { text: 'Rescue work goes on.' },
    { text: '17:05' },
    { text: 'Air defences shot down 31 drones.' },
  ];

  it('opens an entry at each stamp and keeps its time', () => {
    const live = splitEntries(blocks, '2025-04-27');
    expect(live?.stamps).toEqual(['2025-04-27T18:20', '2025-04-27T17:05']);
    expect(live?.blocks.map((b) => [b.text, b.entry])).toEqual([
      ['Key facts so far.', -1],
      ['The governor said 12 people were wounded.', 0],
      ['Rescue work goes on.', 0],
      ['Air defences shot down 31 drones.', 1],
    ]);
    const text = live!.blocks.map((b) => b.text).join('\n\n');
    const entries = entryRanges(live!.blocks, live!.stamps);
    expect(entries.map((e) => [text.slice(e.start, e.end), e.published])).toEqual([
      ['The governor said 12 people were wounded.\n\nRescue work goes on.', '2025-04-27T18:20'],
      ['Air defences shot down 31 drones.', '2025-04-27T17:05'],
    ]);
  });

  it('reads one date line, or a published/updated pair, as a dated article, not a liveblog', () => {
    expect(splitEntries([{ text: 'Sunday, 27 April 2025' }, { text: 'Air defences shot down 31 drones.' }], null)).toBeNull();
    expect(
      splitEntries([{ text: 'Published 27 April 2025' }, { text: 'Updated 28 April 2025' }, { text: 'Air defences shot down 31 drones.' }], null),
    ).toBeNull();
  });
});
