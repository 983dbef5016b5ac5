/**
 * Where the number is about: a gazetteer place or a proper-noun phrase after
 * in/near/around/across/into, with its region word ("Kursk Oblast", "Russia's Kursk region").
 *
 * Watch out for: "in November" (a month, not a place), "in a statement".
 */
import { alternation, caselessAlternation, execAll, rememberLast } from '../lexicon/pattern.js';
import { REGION_WORDS } from '../lexicon/places.js';
import type { Entity } from './entities.js';

const PLACE_AFTER = new RegExp(
  String.raw`\b(?<prep>in|near|around|across|into|inside|at|from|to|outside|over|off|of|on)\s+(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?(?<p>(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]+(?:['’]s)?\s+(?:of\s+)?){0,3}\p{Lu}[\p{L}'’-]+)(?:\s+(?:${alternation(REGION_WORDS)}))?)`,
  'gu',
);
const REGION_END = new RegExp(String.raw`\b(?:${caselessAlternation(REGION_WORDS)})$`, 'i');
const NOT_PLACE = /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|Operation)\b/;

/** PLACE_AFTER's matches in a clause: a sentence's figures often share one clause. */
const placesIn = rememberLast((region: string) => execAll(PLACE_AFTER, region));

/**
 * `areaEnd`: where an area figure's unit ends ("800 km²"): right there, "of the Kursk
 * region" says where the area lies; anywhere else "of" names a whole, not a place.
 */
export function attachLocation(text: string, start: number, clause: [number, number], ents: Entity[], areaEnd: number | null = null): string | null {
  const found: Array<{ at: number; p: string }> = [];
  for (const m of placesIn(text.slice(clause[0], clause[1]))) {
    const prepAt = clause[0] + m.index!;
    if (m.groups!.prep === 'of' && !(areaEnd != null && prepAt >= areaEnd && prepAt <= areaEnd + 1)) continue;
    const p = m.groups!.p.replace(/^the\s+/, '');
    if (NOT_PLACE.test(p)) continue;
    const at = clause[0] + m.index! + m[0].indexOf(m.groups!.p);
    // "strikes on the Dahiyeh": only a gazetteer place after "on" ("sanctions on Russia" is no place).
    const kinds = m.groups!.prep === 'on' ? ['place'] : ['place', 'country', 'metonym'];
    const known = ents.some((e) => e.start >= at && e.start < at + p.length + 4 && kinds.includes(e.kind));
    if (m.groups!.prep === 'on' && !known) continue;
    // An unknown name counts after "near"/"around" or with a region word; "in January" never.
    const loose = /^(?:near|around|outside|off)$/i.test(m.groups!.prep) || /^(?:Gulf|Sea|Bay|Strait|Lake|River|Gulf of)\b/.test(p);
    if (!known && !loose && !REGION_END.test(p)) continue;
    found.push({ at, p });
  }
  if (!found.length) return null;
  found.sort((a, b) => Math.abs(a.at - start) - Math.abs(b.at - start));
  return found[0].p;
}
