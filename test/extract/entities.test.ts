/**
 * The name scanner jumps from capital to capital and reads tokens only from there, so
 * what counts as the start of a token, a possessive and a multi-word name is tested here.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/extract/attachers/entities.js';
import { COUNTRIES } from '../../src/extract/lexicon/countries.js';
import { INSTITUTIONS, OUTLETS, PEOPLE } from '../../src/extract/lexicon/institutions.js';
import { PLACES } from '../../src/extract/lexicon/places.js';

type Row = [text: string, found: Array<[name: string, code: string | null, kind: string, possessive: boolean]>];

describe('findEntities', () => {
  const table: Row[] = [
    ["Russia's army and the Kremlin said", [['Russia', 'RU', 'country', true], ['Kremlin', 'RU', 'metonym', false]]],
    ['Russia’s losses grew', [['Russia', 'RU', 'country', true]]],
    ["RUSSIA'S losses grew", []],
    ['The North fired; North Korea denied it', [['North', 'KP', 'country', false], ['North Korea', 'KP', 'country', false]]],
    ['U.S. officials met NATO (NATO) in Kyiv', [['U.S.', 'US', 'country', false], ['NATO', 'NATO', 'country', false], ['NATO', 'NATO', 'country', false], ['Kyiv', 'UA', 'metonym', false]]],
    ['in St. Petersburg and Saint Petersburg', [['St. Petersburg', 'RU', 'place', false], ['Saint Petersburg', 'RU', 'place', false]]],
    ['-Russia and Ukraine', [['Russia', 'RU', 'country', false], ['Ukraine', 'UA', 'country', false]]],
    ['the Institute for the Study of War said', [['Institute for the Study of War', 'US', 'institution', false]]],
    ['ISW, the Pentagon and Reuters', [['ISW', 'US', 'institution', false], ['Pentagon', 'US', 'metonym', false], ['Reuters', 'GB', 'outlet', false]]],
    ['Ministry of Defence of Ukraine', [['Ministry of Defence', null, 'institution', false], ['Ukraine', 'UA', 'country', false]]],
    ['The Hague and Hague', [['Hague', 'NL', 'metonym', false]]],
    ['ukraine in lower case is no name', []],
    ['McRussia and xUkraine are inside other words', []],
    ['Київ, Москва and Ukraine', [['Ukraine', 'UA', 'country', false]]],
    ['North  Korea with two spaces', [['North  Korea', 'KP', 'country', false]]],
    ['North\u00a0Korea with a no-break space', [['North\u00a0Korea', 'KP', 'country', false]]],
    // An armed group that fights in one country counts as that country (contract: RSF → SD, M23 → CD).
    ['ELN guerrillas and FARC dissidents clashed', [['ELN', 'CO', 'demonym', false], ['FARC', 'CO', 'demonym', false]]],
    ['The TTP and the Baloch Liberation Army', [['TTP', 'PK', 'demonym', false], ['Baloch Liberation Army', 'PK', 'demonym', false]]],
    ['The Arakan Army took the town from Boko Haram', [['Arakan Army', 'MM', 'demonym', false], ['Boko Haram', 'NG', 'demonym', false]]],
    ['', []],
  ];
  it.each(table)('%j', (text, found) => {
    expect(findEntities(text).map((e) => [e.text, e.code, e.kind, e.possessive])).toEqual(found);
  });

  it('gives offsets that point at the name as written', () => {
    const text = 'Officials in Kyiv and the Kremlin said Russia’s army lost ground.';
    for (const e of findEntities(text)) expect(text.slice(e.start, e.end).startsWith(e.text)).toBe(true);
  });

  // The scan skips capitals whose word starts no name by a hash of the word: every name
  // of every table, and its possessive, must still be found where it stands.
  const names = [
    ...Object.values(COUNTRIES).flatMap(([n, d, m]) => [...n, ...d, ...m]),
    ...Object.keys(INSTITUTIONS),
    ...Object.keys(OUTLETS),
    ...Object.keys(PEOPLE),
    ...Object.values(PLACES).flat(),
  ];
  // The scanner reads names from a capital, through letters, digits and ' ’ . & -.
  const scannable = names.filter((n) => /^\p{Lu}[\p{L}\d'’.&\- ]*$/u.test(n.replace(/^the\s+/i, '')));
  it.each(scannable)('finds %s as written, and its possessive', (name) => {
    const written = name.replace(/^the\s+/i, '');
    // A name listed with its article anywhere ("The Guardian") is a name only after it.
    const article = names.some((n) => n.toLowerCase() === `the ${written.toLowerCase()}`);
    const before = article ? 'Officials said the ' : 'Officials said ';
    for (const [tail, possessive] of [[' acted.', false], ["'s army acted.", true]] as const) {
      const text = `${before}${written}${tail}`;
      const hit = findEntities(text).find((e) => e.start === before.length);
      expect(hit, text).toBeDefined();
      expect(text.slice(hit!.start, hit!.end)).toBe(possessive ? `${written}'s` : written);
      expect(hit!.possessive).toBe(possessive);
    }
  });
});

