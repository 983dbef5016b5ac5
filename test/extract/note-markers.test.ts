/**
 * A note's marker in square brackets ("…the port.[2] We assess", "[3] Rebel statement, …")
 * is no count, wherever the sentence splitter leaves its brackets; the figures around it are.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';

const article = (text: string) => ({ title: 'Weekly assessment', subtitle: null, text, published: '2024-06-14', outlet: null, url: null }) as never;

type Row = [text: string, notes: string[], claims: string[]];
const rows: Row[] = [
  ['The rebels claimed 14 attacks on the port.[2] We assess that the claim is inflated.', ['2'], ['14']],
  ['Shelling killed 9 civilians in Ost.[4]\n\n[4] Regional governor, statement on 11 June 2024.', ['4'], ['9']],
  ['[1] Rebel statement, 11 June 2024, read on local radio.\n\n[2] Navy press release, 12 June 2024.', ['1', '2'], []],
  ['At least 30 people were wounded [5], the ministry said.', ['5'], ['At least 30']],
];

describe('note markers in square brackets', () => {
  for (const [text, notes, claims] of rows) {
    it(text.split('\n')[0], () => {
      const quotes = extractClaims(article(text)).filter((c) => c.measure !== 'other').map((c) => c.quote);
      for (const n of notes) expect(quotes).not.toContain(n);
      for (const c of claims) expect(quotes).toContain(c);
    });
  }
});
