/**
 * Liveblogs: a claim in a timestamped entry with no date of its own is dated by its entry,
 * not by the page; a claim that gives its own date keeps it.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import type { Article } from '../../src/contract.js';

/** Entries as [time, paragraph]; the page's own date is the first day of the blog. */
function liveblog(entries: Array<[string, string]>, published = '2025-03-01'): Article {
  let text = '';
  const ranges: NonNullable<Article['entries']> = [];
  for (const [time, para] of entries) {
    if (text) text += '\n\n';
    const start = text.length;
    text += para;
    ranges.push({ start, end: text.length, published: time });
  }
  return { title: 'Live: fighting around Ostrava Bay', subtitle: null, published, outlet: 'Test Wire', url: null, text, related: [], entries: ranges };
}

const rows: Array<[what: string, entries: Array<[string, string]>, quote: string, statedOn: string]> = [
  ['an undated claim in the second entry', [['2025-03-01T08:00:00Z', 'The shelling began before dawn.'], ['2025-03-02T14:30:00Z', 'The regional governor said 14 people were killed in the night.']], '14', '2025-03-02'],
  ['an undated claim in the first entry', [['2025-03-01T08:00:00Z', 'The army said 40 drones were shot down.'], ['2025-03-03T09:00:00Z', 'Rescue work continued.']], '40', '2025-03-01'],
  ['a claim dated in its own words keeps its date', [['2025-03-01T08:00:00Z', 'Fires burned near the port.'], ['2025-03-04T10:00:00Z', 'On 2 March the ministry said 300 homes had been damaged.']], '300', '2025-03-02'],
  ['a later entry several days on', [['2025-03-01T08:00:00Z', 'Talks resumed.'], ['2025-03-06T18:00:00Z', 'Officials said 1,200 prisoners had been exchanged.']], '1,200', '2025-03-06'],
];

describe('liveblog entries date their claims', () => {
  for (const [what, entries, quote, statedOn] of rows) {
    it(what, () => {
      const claims = extractClaims(liveblog(entries));
      const claim = claims.find((c) => c.quote.includes(quote));
      expect(claim, `no claim for ${quote}`).toBeDefined();
      expect(claim!.statedOn).toBe(statedOn);
    });
  }

  it('an article without entries is dated by the page', () => {
    const article = { ...liveblog([['2025-03-05T08:00:00Z', 'The governor said 14 people were killed.']]), entries: undefined };
    const claim = extractClaims(article).find((c) => c.quote === '14');
    expect(claim?.statedOn).toBe('2025-03-01');
  });
});
