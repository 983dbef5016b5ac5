/**
 * Finds the names in a sentence that stand for a country or body: country names,
 * demonyms, metonyms ("Kyiv", "the Kremlin"), institutions with an affiliation, places
 * from the gazetteer and well-known people. Shared by the party and source attachers.
 */
import { COUNTRIES } from '../lexicon/countries.js';
import { INSTITUTIONS, OUTLETS, PEOPLE } from '../lexicon/institutions.js';
import { PLACES } from '../lexicon/places.js';
import { alternation } from '../lexicon/pattern.js';

export type EntityKind = 'country' | 'demonym' | 'metonym' | 'institution' | 'outlet' | 'place' | 'person';

export interface Entity {
  start: number;
  end: number;
  text: string;
  code: string | null;
  kind: EntityKind;
  /** Written as a possessive ("Russia's"). */
  possessive: boolean;
}

interface Entry {
  code: string | null;
  kind: EntityKind;
}

const TABLE = new Map<string, Entry>();
function add(name: string, entry: Entry): void {
  if (!TABLE.has(name)) TABLE.set(name, entry);
}
for (const [code, [names, demonyms, metonyms]] of Object.entries(COUNTRIES)) {
  for (const n of names) add(n, { code, kind: 'country' });
  for (const d of demonyms) add(d, { code, kind: 'demonym' });
  for (const m of metonyms) add(m, { code, kind: 'metonym' });
}
for (const [name, i] of Object.entries(INSTITUTIONS)) add(name, { code: i.affiliation, kind: 'institution' });
for (const [name, code] of Object.entries(OUTLETS)) add(name, { code, kind: 'outlet' });
for (const [name, p] of Object.entries(PEOPLE)) add(name, { code: p.affiliation, kind: 'person' });
for (const [code, places] of Object.entries(PLACES)) for (const p of places) add(p, { code, kind: 'place' });

/** Case-insensitive lookup for multi-word names; acronyms and short names must match case. */
const LOWER = new Map<string, Entry & { name: string }>();
for (const [name, e] of TABLE) LOWER.set(name.toLowerCase().replace(/[’]/g, "'"), { ...e, name });

const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<name>${alternation(TABLE.keys())})(?<poss>['’]s?)?(?![\p{L}\p{N}])`,
  'giu',
);

/** Names that are only names when capitalised as written ("US", "the North", "Austin"). */
function caseOk(written: string, canonical: string): boolean {
  if (written === canonical) return true;
  if (/^[A-Z.]+$/.test(canonical)) return false; // acronyms: exact case only
  // Multi-word names may differ in the case of function words ("the Kremlin").
  return written[0] === written[0].toUpperCase() && written.toLowerCase() === canonical.toLowerCase();
}

export function findEntities(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const name = m.groups!.name;
    const e = LOWER.get(name.toLowerCase().replace(/[’]/g, "'"));
    if (!e || !caseOk(name, e.name)) continue;
    // "the North" is North Korea only as a noun phrase of its own, not "the North Atlantic".
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: name,
      code: e.code,
      kind: e.kind,
      possessive: !!m.groups!.poss,
    });
  }
  return out;
}

export function lookupName(name: string): Entry | undefined {
  return LOWER.get(name.toLowerCase().replace(/[’]/g, "'"));
}
