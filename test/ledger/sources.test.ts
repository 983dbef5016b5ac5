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
  ['the General Staff of the Armed Forces of Ukraine', { norm: '@ua armed forces general staf', surname: null }],
  ['Institute for the Study of War', { norm: 'institute study war', surname: null }],
  ['Russian Defence Ministry', { norm: '@ru defence ministry', surname: null }],
];

describe('sourceIdentity', () => {
  it.each(cases)('%s', (name, expected) => {
    expect(sourceIdentity({ name })).toMatchObject(expected);
  });
});

/** Names a reader would call one source: each row resolves to one key, directly or through an acronym. */
const SAME: [string, string | null, string, string | null][] = [
  ['ISW', null, 'Institute for the Study of War', 'US'],
  ["Britain's defence ministry", 'GB', 'the British Ministry of Defence', 'GB'],
  ['UK MoD', 'GB', "Britain's Ministry of Defence", 'GB'],
  ['Russian MoD', 'RU', "Russia's Defence Ministry", 'RU'],
  ['President Zelensky', 'UA', 'Volodymyr Zelensky', 'UA'],
  ['Volodymyr Zelenskyy', 'UA', 'Volodymyr Zelensky', 'UA'],
  ['US Defense Department', 'US', 'U.S. Defence Department', 'US'],
  ['UN refugee agency, UNHCR', 'UN', 'UNHCR', 'UN'],
  ['General Staff', 'UA', "Ukraine's General Staff", 'UA'],
  ['United Nations', 'UN', 'UN', 'UN'],
  ['WHO', 'UN', 'World Health Organization', 'UN'],
  ['International Committee of the Red Cross', 'UA', 'International Committee of the Red Cross', 'RU'],
  ['Alexei Smirnov, the acting governor of the Kursk region', 'RU', "Kursk's acting governor, Alexei Smirnov", 'RU'],
  ['DeepState, a Ukrainian monitoring group', 'UA', 'DeepState', 'UA'],
  ['On 16 September Zelensky', 'UA', 'Zelensky', 'UA'],
  ['Commander-in-Chief Oleksandr Syrskyi', 'UA', 'Oleksandr Syrskyi', 'UA'],
  ['Russian Security Council Secretary Sergei Shoigu', 'RU', 'Sergei Shoigu', 'RU'],
  ['Gen McKenzie', 'US', 'Frank McKenzie', 'US'],
  ["Seoul's spy agency", 'KR', "South Korea's spy agency", 'KR'],
  ['UN humanitarian office OCHA', 'UN', 'UN Office for the Coordination of Humanitarian Affairs', 'UN'],
];

/** Names that must stay apart. */
const APART: [string, string | null, string, string | null][] = [
  ["Britain's Ministry of Defence", 'GB', "Russia's Ministry of Defence", 'RU'],
  ["Britain's Defence Intelligence", 'GB', "Britain's Ministry of Defence", 'GB'],
  ['UK MoD', 'GB', 'Russian MoD', 'RU'],
  ['Ukraine', 'UA', 'Kyiv', 'UA'],
  ['Pentagon officials', 'US', 'US officials', 'US'],
  ['John Kirby', 'US', 'John Kirkby', 'US'],
  ['White House official', 'US', 'WHO', 'UN'],
];

/** Keys as the store meets them: by name, by initials, by surname; a name with no country meets any one country's. */
function keys(name: string, affiliation: string | null): { keys: Set<string>; countryless: boolean } {
  const id = sourceIdentity({ name, affiliation });
  return { keys: new Set([id.norm, ...id.keys, ...id.declared, ...(id.surname ? [`surname:${id.surname}`] : [])]), countryless: id.countryless };
}

function meet(a: ReturnType<typeof keys>, b: ReturnType<typeof keys>): boolean {
  const strip = (ks: Set<string>) => new Set([...ks].map((k) => k.replace(/^@\w+ /, '')));
  const [x, y] = a.countryless || b.countryless ? [strip(a.keys), strip(b.keys)] : [a.keys, b.keys];
  return [...x].some((k) => y.has(k));
}

describe('one name per source', () => {
  it.each(SAME)('%s (%s) = %s (%s)', (a, affA, b, affB) => {
    expect(meet(keys(a, affA), keys(b, affB))).toBe(true);
  });
  it.each(APART)('%s (%s) ≠ %s (%s)', (a, affA, b, affB) => {
    const x = sourceIdentity({ name: a, affiliation: affA });
    const y = sourceIdentity({ name: b, affiliation: affB });
    expect(new Set([x.norm, ...x.keys]).has(y.norm) || new Set([y.norm, ...y.keys]).has(x.norm)).toBe(false);
  });
});
