/**
 * The outlet's own count is the outlet asserting it (contract: source null): "a Harbour Wire
 * tally" in Harbour Wire copy has no source, while another outlet's count keeps its own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';

const article = (outlet: string | null, text: string) => ({ title: 'Weekly strikes', subtitle: null, text, published: '2025-03-14', outlet, url: null }) as never;

type Row = [outlet: string | null, text: string, quote: string, source: string | null];
const rows: Row[] = [
  ['Harbour Wire', 'Rebels fired more than 500 drones last week, according to a Harbour Wire tally of army data.', 'more than 500', null],
  ['Harbour Wire', "Harbour Wire's analysis of satellite images found 40 destroyed tanks.", '40', null],
  ['The Harbour Wire', 'Rebels fired 300 drones last week, according to a Harbour Wire count.', '300', null],
  ['Agence France-Presse', 'An AFP tally showed that 62 civilians had been killed since May.', '62', null],
  // Another outlet's count, and figures the outlet only relays, keep their source.
  ['Harbour Wire', 'A Reuters tally showed that 62 civilians had been killed since May.', '62', 'Reuters'],
  ['Harbour Wire', 'The army told Harbour Wire that 12 soldiers had been wounded.', '12', 'army'],
  [null, 'Rebels fired 300 drones last week, according to a Harbour Wire count.', '300', 'Harbour Wire'],
];

describe("the outlet's own count", () => {
  for (const [outlet, text, quote, source] of rows) {
    it(`${outlet ?? '(no outlet)'}: ${text}`, () => {
      const claim = extractClaims(article(outlet, text)).find((c) => c.quote === quote);
      expect(claim).toBeDefined();
      if (source === null) expect(claim!.source).toBeNull();
      else expect(claim!.source?.name.toLowerCase()).toContain(source.toLowerCase());
    });
  }
});
