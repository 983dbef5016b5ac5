/**
 * Sources as entities: one name per source, across articles. A surface form is reduced to
 * a key that the other ways of writing the same name reduce to as well:
 *
 * - people: titles, roles and descriptions dropped ("NSC spokesperson John Kirby",
 *   "Ivan Petrov, the acting governor of the border region"); spelling variants of a
 *   transliteration folded ("Zelenskyy" / "Zelensky", "Stéphane" / "Stephane"); a bare
 *   surname ("President Zelensky" → "Zelensky") finds the one person who has it;
 * - organisations: a country's name, adjective or possessive becomes its code ("Britain's
 *   defence ministry", "the British Ministry of Defence", "UK …" → GB), word order and
 *   little words do not count ("Ministry of Defence" / "Defence Ministry"), US and British
 *   spelling agree ("defense" / "defence"); a name that gives no country takes the
 *   source's affiliation ("General Staff" said by a Ukrainian source = "Ukraine's General
 *   Staff");
 * - acronyms: a long form also answers to its initials ("Institute for the Study of War"
 *   → ISW, "Ministry of Defence" → MoD, "Defence Ministry" → MoD), and an acronym given in
 *   apposition or brackets ("the UN refugee agency, UNHCR") is a name of the same source.
 *
 * Watch out for:
 * - organisations ("the General Staff of the Armed Forces of Ukraine") are not persons:
 *   their last word is not a surname, so they never merge on it;
 * - two people sharing a surname: a bare surname then stays its own source;
 * - short initials collide ("AF", "DI"): only acronyms of three letters or more count;
 * - capitals and seats of power ("Kyiv", "the Kremlin") are not the country's name: a
 *   government speaking through them stays its own source.
 */
import type { Source } from '../contract.js';
import { COUNTRIES } from '../extract/lexicon/countries.js';

/** Role and title words that precede a name ("spokesperson", "Gen.", "Defense Minister"). */
const ROLE_WORDS = new Set(
  [
    'spokesperson', 'spokesman', 'spokeswoman', 'spokesmen', 'press', 'secretary', 'minister', 'ministers', 'deputy',
    'president', 'prime', 'vice', 'chief', 'head', 'commander', 'general', 'gen', 'lt', 'col', 'colonel', 'major',
    'maj', 'admiral', 'adm', 'sergeant', 'captain', 'capt', 'mr', 'mrs', 'ms', 'dr', 'sir', 'senator', 'sen', 'rep',
    'representative', 'ambassador', 'envoy', 'adviser', 'advisor', 'director', 'governor', 'gov', 'mayor', 'official',
    'officials', 'analyst', 'lawmaker', 'chairman', 'chairwoman', 'chair', 'coordinator', 'communications', 'defense',
    'defence', 'foreign', 'national', 'security', 'council', 'nsc', 'top', 'former', 'senior', 'acting', 'regional',
    'military', 'intelligence', 'agency', 'said', 'according', 'to', 'of', 'the', 'and', 'for', 'strategic', 'state',
    'wing', 'field', 'marshal', 'judge', 'presiding', 'justice', 'interior', 'energy', 'health', 'information',
    // Dates stand before names in running text ("On 16 September Zelensky said").
    'on', 'in', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ].map((w) => w.toLowerCase()),
);

/** Titles that make the name after them a person's, in capitals too ("Secretary Sergei Shoigu", "Lt Gen Maly Socheata"). */
const TITLES = new Set([
  'secretary', 'president', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'commander', 'general', 'gen', 'chief', 'head',
  'director', 'governor', 'mayor', 'ambassador', 'envoy', 'adviser', 'advisor', 'chairman', 'chairwoman', 'colonel', 'col', 'major',
  'maj', 'admiral', 'adm', 'captain', 'capt', 'lt', 'sergeant', 'senator', 'sen', 'state',
]);

/** Little words in ROLE_WORDS that end a name but do not make what follows a person ("Observatory for Human Rights"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'to', 'on', 'in', 'according', 'said']);

/** Words that mark an organisation: such a name is never reduced to a "surname". */
const ORG_WORDS = /\b(ministry|staff|forces|force|army|navy|council|agency|institute|service|services|office|department|committee|commission|organi[sz]ation|nations|union|group|command|administration|government|intelligence|police|guard|center|centre|bureau|fund|bank|news|press|times|post|tass|reuters|ria|cnn|bbc|ap|afp|isw|un|nato|ohchr|unhcr|kremlin|pentagon|general staff|headquarters|hq|mission|monitoring)\b/i;

const NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;

/** A lower-case connector between capitalised words marks an institution's name ("Treatment of Prisoners of War"). */
const ORG_CONNECTOR = /\p{Lu}[\p{L}'’.-]*\s+(of|for|on|and|in)\s+(the\s+)?\p{Lu}/u;

export interface SourceIdentity {
  /** Normalised full surface form (with the affiliation's country when the name needs it to say whose). */
  aliasNorm: string;
  /** Normalised core name: the entity key. */
  norm: string;
  /** Display form of the core name. */
  display: string;
  /** Lower-case surname when the core looks like a person's name. */
  surname: string | null;
  /** The core is a single capitalised word that could be a bare surname ("Kirby"). */
  bareSurname: boolean;
}

/** Little words that do not tell two organisations apart ("Ministry of Defence" / "Defence Ministry"). */
const STOP_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'a', 'an', 'to', 'own', 's']);

/** Head nouns that also stand first with "of" ("Defence Ministry" = "Ministry of Defence" → MoD). */
const HEAD_NOUNS = new Set(['ministry', 'department', 'office', 'agency', 'service', 'council', 'committee', 'commission', 'directorate']);

/**
 * Words that name a body only together with a country ("the defence ministry", "General
 * Staff", "police"): a name made of them alone takes the source's affiliation as its
 * country. Folded spelling, as orgWords compares them.
 */
const GENERIC_BODY_WORDS = new Set([
  'ministry', 'ministries', 'defence', 'health', 'interior', 'foreign', 'afairs', 'emergencies', 'emergency', 'energy', 'justice',
  'finance', 'general', 'staf', 'armed', 'forces', 'force', 'air', 'army', 'navy', 'military', 'police', 'intelligence', 'service',
  'services', 'agency', 'ofice', 'government', 'oficials', 'oficial', 'authorities', 'administration', 'regional', 'national',
  'federal', 'state', 'border', 'guard', 'security', 'council', 'command', 'headquarters', 'civil', 'protection', 'rescue',
  'prosecutor', 'court', 'parliament', 'central', 'bank', 'statistics', 'spy', 'coast', 'department', 'directorate', 'top',
]);

/** Initials shorter than this collide too often to identify a source ("AF", "DI"). */
const MIN_ACRONYM = 3;

/** US and British spellings, folded to one. Data: one pair per line. */
const SPELLING: [RegExp, string][] = [
  [/ense\b/g, 'ence'], // defense → defence
  [/ization\b/g, 'isation'], // organization → organisation
  [/\bcenter\b/g, 'centre'],
  [/\btheater\b/g, 'theatre'],
  [/\bprogram\b/g, 'programme'],
  [/\blabor\b/g, 'labour'],
];

/**
 * Country names and adjectives, normalised, longest first → "@code" ("united kingdom" →
 * "@gb"). An adjective counts only when it comes from one of the names ("British" from
 * "Britain"): the lexicon also lists the sides a country's figures belong to ("Hezbollah"
 * for Lebanon), and those speak for themselves.
 */
const SAME_STEM = 4;
const COUNTRY_FORMS: [string, string][] = Object.entries(COUNTRIES)
  .flatMap(([code, [names, adjectives]]) => {
    const stems = names.map((n) => normaliseName(n).slice(0, SAME_STEM));
    const own = adjectives.filter((a) => stems.includes(normaliseName(a).slice(0, SAME_STEM)));
    return [...names, ...own].map((n): [string, string] => [normaliseName(n), `@${code.toLowerCase()}`]);
  })
  .filter(([n]) => n.length > 0 && !n.startsWith('the '))
  .sort((a, b) => b[0].length - a[0].length);
const COUNTRY_PATTERN = new RegExp(`\\b(${COUNTRY_FORMS.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');
const COUNTRY_CODE = new Map(COUNTRY_FORMS);

/**
 * A capital or seat of power in the possessive stands for its country ("Seoul's spy
 * agency" = South Korea's); alone ("Kyiv said") it stays its own source.
 */
const SEATS: [string, string][] = Object.values(COUNTRIES).flatMap(([names, , seats]) => seats.map((n): [string, string] => [n.replace(/^the /i, ''), names[0]]));
const SEAT_POSSESSIVE = new RegExp(`\\b(${SEATS.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})['’]s\\b`, 'g');
const SEAT_COUNTRY = new Map(SEATS);

/** "NIS", "MoD", "UNHCR": a word of capitals (a lower-case letter between them at most). */
const ACRONYM = /^(?=.{2,8}$)[A-Z](?:[a-z]?[A-Z])+$/;

/** ", a Ukrainian monitoring group", ", the head of …": a description after the name. */
const DESCRIPTION = /,\s+(a|an|the)\s+/i;

export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(the|a|an) /, '')
    .trim();
}

/** Spelling folded: accents dropped, doubled letters single, a final -iy/-yi/-ii/-i as -y ("Zelenskyy" = "Zelenskiy" = "Zelensky"). */
export function foldSpelling(norm: string): string {
  let s = norm.normalize('NFD').replace(/\p{M}+/gu, '');
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  return s
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(iy|yi|ii|i)\b/g, 'y');
}

export interface SourceIdentity {
  /** Normalised full surface form (with the affiliation's country when the name needs it to say whose). */
  aliasNorm: string;
  /** The entity key: a person's folded core name, or an organisation's folded word set with its country. */
  norm: string;
  /** Display form of the core name. */
  display: string;
  /** Folded surname when the core looks like a person's name. */
  surname: string | null;
  /** The core is a single capitalised word that could be a bare surname ("Kirby"). */
  bareSurname: boolean;
  /**
   * Initials: of a long form ("isw" for "Institute for the Study of War", and an acronym
   * given beside it), or the name itself when written as initials. A long form's meet
   * only a name written as initials, never another long form with the same initials.
   */
  keys: string[];
  /** Initials the text gives beside the name ("the UN refugee agency, UNHCR"): both written and initials. */
  declared: string[];
  /** The name is itself an acronym ("ISW", "UK MoD"): a long form seen later names the source better. */
  acronym: boolean;
  /** A country and a head noun alone ("the British ministry"): the one such body already known, if only one. */
  generic: { country: string; head: string } | null;
  /** Neither the name nor the affiliation gives a country: its initials may meet those of any one country ("ISW"). */
  countryless: boolean;
}

/** "the UN refugee agency, UNHCR" → name and the acronym given beside it; also "… (OHCHR)". */
function splitApposition(full: string): { name: string; given: string | null } {
  const bracket = full.match(/^(?<name>.+?)\s*\((?<acr>[A-Za-z]{2,8})\)?\s*$/);
  if (bracket?.groups && ACRONYM.test(bracket.groups.acr)) return { name: bracket.groups.name, given: bracket.groups.acr };
  const comma = full.match(/^(?<name>.+?),?\s+(?<acr>[A-Za-z]{2,8})$/);
  // "the UN humanitarian office OCHA": initials after a name of two words or more.
  // Not "AFP analysis of ISW": after a little word the initials are another body's.
  const tail = comma?.groups?.name.trim().split(' ').pop()?.toLowerCase() ?? '';
  if (comma?.groups && ACRONYM.test(comma.groups.acr) && /\s/.test(comma.groups.name.trim()) && !STOP_WORDS.has(tail) && !['by', 'from', 'with', 'at'].includes(tail) && !comma.groups.name.split(' ').every((t) => ACRONYM.test(t))) {
    return { name: comma.groups.name, given: comma.groups.acr };
  }
  return { name: full, given: null };
}

/** Organisation key: country codes for country words, spelling folded, little words dropped, sorted. */
function orgWords(name: string, affiliation: string | null | undefined): { words: string[]; country: string[]; implied: boolean; keyCountry: string[] } {
  const norm = normaliseName(name.replace(SEAT_POSSESSIVE, (m, seat: string) => SEAT_COUNTRY.get(seat) ?? m)).replace(COUNTRY_PATTERN, (m) => ` ${COUNTRY_CODE.get(m) ?? m} `);
  const tokens = foldSpelling(norm).split(/\s+/).filter((t) => t && !STOP_WORDS.has(t));
  const named = [...new Set(tokens.filter((t) => t.startsWith('@')))];
  const words = tokens.filter((t) => !t.startsWith('@'));
  // "General Staff", said by a Ukrainian source, is Ukraine's General Staff; the
  // International Committee of the Red Cross is itself whoever is said to speak for it.
  const generic = words.length > 0 && words.every((w) => GENERIC_BODY_WORDS.has(w));
  const country = named.length === 0 && affiliation && generic ? [`@${affiliation.toLowerCase()}`] : named;
  // Initials are short and collide across bodies: they keep the affiliation's country whatever the words.
  const keyCountry = named.length === 0 && affiliation ? [`@${affiliation.toLowerCase()}`] : named;
  return { words, country, implied: named.length === 0 && country.length > 0, keyCountry };
}

function key(country: string[], words: string[]): string {
  return [...country, ...[...words].sort()].join(' ');
}

/**
 * Initials of a long form, as keys: "Institute for the Study of War" → isw; "Defence
 * Ministry" → mod; with the country, so "Russian MoD" is never Britain's.
 */
function acronymKeys(name: string, country: string[]): string[] {
  const norm = foldSpelling(normaliseName(name).replace(COUNTRY_PATTERN, ' ')).split(/\s+/).filter(Boolean);
  const content = norm.filter((t) => !STOP_WORDS.has(t));
  if (content.length < 2) return [];
  const forms = [norm.filter((t) => t !== 'own' && t !== 's')];
  if (content.length >= 3) forms.push(content);
  // "Defence Ministry" is also "Ministry of Defence".
  if (HEAD_NOUNS.has(content[content.length - 1]) && !norm.includes('of')) forms.push([content[content.length - 1], 'of', ...content.slice(0, -1)]);
  const out = new Set<string>();
  for (const f of forms) {
    const acr = f.map((t) => t[0]).join('');
    if (acr.length < MIN_ACRONYM) continue;
    out.add(key(country, [acr]));
  }
  return [...out];
}

export function sourceIdentity(source: Pick<Source, 'name'> & { affiliation?: string | null }): SourceIdentity {
  const surface = source.name.trim().replace(/\s+/g, ' ');
  const aliasNorm = normaliseName(surface);
  // A description after the name is not part of it; a person named after a role is ("head of X, Jane Doe").
  const segments = surface.split(/\s*,\s*/).filter(Boolean);
  const lastSegment = segments[segments.length - 1] ?? surface;
  const described = DESCRIPTION.test(surface) ? surface.slice(0, surface.search(DESCRIPTION)) : null;
  const candidates = [described, segments.length > 1 && isPersonRun(lastSegment) ? lastSegment : null, surface].filter((c): c is string => !!c);
  for (const c of candidates) {
    const person = personIdentity(c, aliasNorm);
    if (person) return person;
  }
  const { name, given } = splitApposition(described ?? surface);
  const { words, country, implied, keyCountry } = orgWords(name, source.affiliation);
  const norm = words.length || country.length ? key(country, words) : aliasNorm;
  const keys = new Set(acronymKeys(name, keyCountry));
  const declared = given ? [key(keyCountry, [foldSpelling(given.toLowerCase())])] : [];
  const bare = name.replace(/^the /i, '').trim();
  const own = bare.split(' ').filter((t) => !COUNTRY_CODE.has(normaliseName(t)));
  const acronym = own.length > 0 && own.every((t) => ACRONYM.test(t));
  // Written as initials: these are the keys a long form's initials must meet.
  const initials = acronym ? [key(keyCountry, words)] : [...keys];
  const generic = !acronym && country.length === 1 && words.length === 1 && HEAD_NOUNS.has(words[0]) ? { country: country[0], head: words[0] } : null;
  // "the health ministry" names Lebanon's or Gaza's as its affiliation says: the surface form alone is no key.
  const surfaceKey = implied ? `${aliasNorm} ${country[0]}` : aliasNorm;
  return { aliasNorm: surfaceKey, norm, display: bare, surname: null, bareSurname: false, keys: initials, declared, acronym, generic, countryless: keyCountry.length === 0 };
}

/** A role word, or a hyphenated one ("Commander-in-Chief"). */
function isRole(t: string): boolean {
  return t.toLowerCase().replace(/[.’']/g, '').split('-').every((p) => ROLE_WORDS.has(p));
}

function isPersonRun(s: string): boolean {
  const tokens = s.split(' ');
  return tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => NAME_TOKEN.test(t) && !isRole(t)) && !ORG_WORDS.test(s);
}

function personIdentity(full: string, aliasNorm: string): SourceIdentity | null {
  // The trailing run of capitalised non-role tokens is the person's name.
  const tokens = full.replace(/,/g, ' ').split(' ').filter(Boolean);
  const core: string[] = [];
  let i = tokens.length - 1;
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (!NAME_TOKEN.test(t) || isRole(t)) break;
    core.unshift(t.replace(/[’']s$/, ''));
  }
  // "National Security Council spokesperson John Kirby", "Russian Security Council Secretary
  // Sergei Shoigu": a role in lower case, or a title, before a full name makes it a person,
  // whatever institution comes first.
  const role = i >= 0 ? tokens[i].toLowerCase().replace(/[.’']/g, '') : '';
  const afterRole = core.length >= 2 && ((ROLE_WORDS.has(tokens[i]) && !CONNECTORS.has(tokens[i])) || TITLES.has(role));
  if (!afterRole && (ORG_WORDS.test(full) || ORG_CONNECTOR.test(full))) return null;
  if (core.length === 0 || core.length > 4) return null;
  // A lone word of capitals is an acronym, not a surname ("ISW", "CSIS").
  if (core.length === 1 && ACRONYM.test(core[0])) return null;
  // A country's name or adjective is not a surname ("Britain", "Ukrainian").
  if (core.some((t) => COUNTRY_CODE.has(normaliseName(t)))) return null;
  const display = core.join(' ');
  const norm = foldSpelling(normaliseName(display));
  const surname = foldSpelling(normaliseName(core[core.length - 1]));
  return { aliasNorm, norm, display, surname, bareSurname: core.length === 1, keys: [], declared: [], acronym: false, generic: null, countryless: true };
}
