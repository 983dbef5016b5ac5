/**
 * The name scanner jumps from capital to capital and reads tokens only from there, so
 * what counts as the start of a token, a possessive and a multi-word name is tested here.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/extract/attachers/entities.js';

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
    ['', []],
  ];
  it.each(table)('%j', (text, found) => {
    expect(findEntities(text).map((e) => [e.text, e.code, e.kind, e.possessive])).toEqual(found);
  });

  it('gives offsets that point at the name as written', () => {
    const text = 'Officials in Kyiv and the Kremlin said Russia’s army lost ground.';
    for (const e of findEntities(text)) expect(text.slice(e.start, e.end).startsWith(e.text)).toBe(true);
  });
});
