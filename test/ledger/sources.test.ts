/** Source identities: what a surface form reduces to (pure; the merging itself is in the contract suite). */
import { describe, expect, it } from 'vitest';
import { sourceIdentity } from '../../src/ledger/sources.js';

const cases: [string, { norm: string; surname: string | null }][] = [
  ['John Kirby', { norm: 'john kirby', surname: 'kirby' }],
  ['NSC spokesperson John Kirby', { norm: 'john kirby', surname: 'kirby' }],
  ['Kirby', { norm: 'kirby', surname: 'kirby' }],
  ['National Security Council spokesperson John Kirby', { norm: 'john kirby', surname: 'kirby' }],
  ['President Volodymyr Zelensky', { norm: 'volodymyr zelensky', surname: 'zelensky' }],
  ['Regional governor Oleh Kiper', { norm: 'oleh kiper', surname: 'kiper' }],
  ["Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", { norm: 'ukraine coordination headquarters for the treatment of prisoners of war', surname: null }],
  ['the General Staff of the Armed Forces of Ukraine', { norm: 'general staff of the armed forces of ukraine', surname: null }],
  ['Institute for the Study of War', { norm: 'institute for the study of war', surname: null }],
  ['Russian Defence Ministry', { norm: 'russian defence ministry', surname: null }],
];

describe('sourceIdentity', () => {
  it.each(cases)('%s', (name, expected) => {
    expect(sourceIdentity({ name })).toMatchObject(expected);
  });
});
