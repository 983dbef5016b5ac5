/**
 * Describes a speaker phrase: its name without leading articles, kind, whether it is
 * anonymous, and its affiliation from the words in it.
 */
import type { SourceKind } from '../../contract.js';
import { INSTITUTIONS, PEOPLE, SPEAKER_HEADS, ANONYMOUS_HEADS } from '../lexicon/institutions.js';
import { MULTI_PARTY_WORDS } from '../lexicon/countries.js';
import { REPORTS_SPEAKER } from '../lexicon/reporting.js';
import { COMPLEMENT_ADJECTIVES } from '../lexicon/grammar.js';
import { caselessAlternation, execAll, memo } from '../lexicon/pattern.js';
import { findEntities, lookupWritten, type Entity } from './entities.js';
import { ITEM_NOUNS } from '../lexicon/nouns.js';

/** A state's own organs, which speak for a state and never for an international body. */
export const STATE_ORGAN_WORDS = String.raw`ministry|ministries|government|authorities|authority|administration|police|gendarmerie|army|military|armed\s{1,2}forces|junta|regime|presidency|parliament|cabinet`;
/** Heads of a state's own bodies: where one of them sits is whose it is. */
const STATE_BODY = new RegExp(String.raw`\b(?:${STATE_ORGAN_WORDS})$`, 'i');

export interface Speaker {
  name: string;
  kind: SourceKind;
  anonymous: boolean;
  affiliation: string | null;
  /** The phrase is an outlet (news agency, newspaper, broadcaster). */
  outlet: boolean;
  /** Pronoun or definite short form that needs an antecedent ("he", "the ministry"). */
  anaphor: 'person' | 'thing' | 'plural' | 'definite' | 'first' | null;
  /** The head noun of a definite short form ("ministry"). */
  head: string | null;
  /** A named person ("John Kirby"). */
  named: boolean;
  /** Speaks for several countries ("Western officials"): no affiliation by design. */
  multi: boolean;
  /**
   * No country by design, so none may be guessed from the text around it: several countries
   * ("Western officials") or an international body the contract gives no code ("the African Union").
   */
  stateless: boolean;
}

const HEADS = caselessAlternation(Object.keys(SPEAKER_HEADS));
const HEAD_RE = new RegExp(String.raw`(?<![\p{L}])(?<h>${HEADS})(?:s|es)?(?![\p{L}])`, 'giu');
const MULTI_RE = new RegExp(String.raw`(?<![\p{L}])(?:${caselessAlternation(MULTI_PARTY_WORDS)})(?![\p{L}])`, 'iu');
/** Where a complement inside a speaker phrase starts: "sources | familiar with the matter". */
const COMPLEMENT_START = new RegExp(String.raw`(?<=\S\s)(?:${COMPLEMENT_ADJECTIVES.join('|')})\s+(?:with|to|on|in|about)\b`, 'i');
const LEADING = /^(?:(?:the|a|an|its|their|his|her|our)\s+)+/i;
/** Time words that can open a subject phrase without a comma ("Last week Russia's ministry said"). */
const LEADING_TIME = /^(?:(?:last|this|next|earlier|later)\s+(?:week|month|year|night|weekend)|earlier|later|yesterday|today|meanwhile|separately|also|previously|then|now|however|(?:on|in|at|by)\s+[\w\s]+?,|(?:on\s+|by\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+same\s+day|that\s+day)(?:\s+(?:morning|afternoon|evening|night))?,?)\s+/i;
const PRONOUNS: Record<string, Speaker['anaphor']> = {
  he: 'person', she: 'person', his: 'person', her: 'person', it: 'thing', they: 'plural', its: 'thing', their: 'plural',
  // The first person outside a quotation: an interview's answers, a statement's own voice.
  i: 'first', we: 'first', "i'd": 'first', "we'd": 'first', "i've": 'first', "we've": 'first', "i'm": 'first', "we're": 'first',
};
/** Kinds of thing counted that never speak (drones, tanks, strikes, munitions, targets). */
const COUNTED_CLASSES = new Set(['projectile', 'equipment', 'materiel', 'target']);
/** Nouns of what is counted, never of who speaks. */
const COUNT_HEADS = new Set(['fatalities', 'deaths', 'casualties', 'killings', 'injuries', 'losses', 'arrivals', 'departures', 'evacuations', 'abductions', 'kidnappings']);
/** A person's name: two or more capitalised words ("Pat Ryder", "Alyona Getmanchuk"). */
/** Tried on the phrase's last 80 characters only: a name is short, and the scan stays linear. */
const PERSON_NAME = /(?:^|\s)(?<!\b(?:in|of|from|at|for|on|to)\s)(?<!\p{Lu}[\p{L}'’-]*\s)(?<n>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)+)$/u;
/** A name that opens the phrase before an appositive: "Colonel Nazar Voloshyn, a spokesman for…". */
const LEADING_NAME = /^(?<n>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)+),\s+(?:a|an|the|\p{Lu}[\p{L}'’-]*['’]s)\s/u;
const OUTLET_NOUNS = /\b(?:newspaper|broadcaster|news agency|agency|outlet|daily|channel|news site|website|television|TV|radio|magazine|service)\b/i;

/** Adverbs and auxiliaries between a speaker and the verb; the look-behind keeps the scan linear. */
const TRAILING_ADVERBS = /(?<!\s)(?:\s(?:also|then|later|earlier|separately|further|however|previously|first|now|again|still|had|has|have|would|will))+\s*$/i;

/** A surname as written: a capital, then letters with at least one small one ("Kirby", "McKenzie", "O'Brien", "al-Masri" aside). */
const SURNAME = /^\p{Lu}(?=[\p{L}'’-]*\p{Ll})[\p{L}'’-]+$/u;
/** A kind of place after a country's adjective: "the Mauritanian town of", "the Sudanese capital". */
const LOCATED_AFTER = /^\s{1,2}(?:(?:border|frontier|eastern|western|northern|southern|central)\s{1,2})?(?:town|city|village|region|province|district|state|capital|port|county|camp|enclave|island)\b/i;
/** A body's figures named by its country or acronym: "the latest UN figures", "Ukrainian data". */
const STATEMENT_TAIL = /\b(?:figures|data|count|tally|estimate|estimates|report|numbers|statistics)$/i;

/** International bodies listed with no code (OSCE, African Union, IMF), in lower case as the text may write them. */
const CODELESS_BODIES = new Set(Object.entries(INSTITUTIONS).filter(([, i]) => i.kind === 'international' && i.affiliation === null).map(([n]) => n.toLowerCase()));

/**
 * `s` with no "(" left open: a bracket whose ")" the trim took off gets it back ("the Halden
 * Institute (HI)"), and a phrase cut inside brackets ("the Halden Institute (HI, a think
 * tank") drops the open "(…" tail.
 */
function closeBrackets(s: string, untrimmed: string): string {
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')') open.pop();
  }
  if (!open.length) return s;
  if (open.length === 1 && /^\s*\)/.test(untrimmed.slice(s.length))) return `${s})`;
  return s.slice(0, open[0]).trimEnd();
}

/** A statement noun right after a body's name: "AFP analysis", "Airwars' tally". */
const STATEMENT_HEAD = /^(?:['’]s?)?\s{1,2}(?:own\s{1,2}|latest\s{1,2}|new\s{1,2})?(?:analysis|tally|count|calculations?|estimates?|review|reckoning|figures|data|assessment)$/i;

/** A wire dateline before the first words: "KYIV (Reuters) - ", "MARREN, Nov 17 (Meridian Wire) – ". */
/** (Also its tail alone, "10 (Wire) - ", where the phrase was cut at the dateline's comma.) */
const DATELINE = /^(?:\p{Lu}[\p{L}.'’\/ -]{1,40}?(?:,\s{1,2}[\p{L}\d .]{1,20})?|[\p{L}\d .]{1,20})\s{1,2}\([^()]{1,40}\)\s{1,2}[-–—]\s{1,2}/u;

/** Closing quotes, brackets and stops that end a speaker phrase. */
const CLOSING = new Set(['”', '"', "'", '’', ')', ',', ':', ';']);

/** `s` less the run of `chars` at its end: a scan from the end, where an anchored regex would retry from every start of a long run. */
function trimEnd(s: string, chars: Set<string>): string {
  let end = s.length;
  while (end > 0 && chars.has(s[end - 1])) end--;
  return s.slice(0, end);
}

/** A power that installed, appointed or runs a body, or that it sides with: "Russian-installed", "Moscow-appointed", "Hamas-run", "pro-Russian". */
const INSTALLED = /(?:\b(?<c>\p{Lu}[\p{L}]+)-(?:installed|appointed|imposed|run|controlled|administered)\b|\b[Pp]ro-(?<c2>\p{Lu}[\p{L}]+))/u;

export function cleanName(np: string): string {
  // ("09:40 Kharkiv regional governor …": a live blog's time stamp, cut at its colon, is no part of the name.)
  const untrimmed = np.trim().replace(DATELINE, '').replace(/^[“"'‘(]+/, '').replace(/^\d{1,2}\s+(?=\p{Lu})/u, '').trim();
  let s = closeBrackets(trimEnd(untrimmed, CLOSING).trim(), untrimmed);
  for (let i = 0; i < 3; i++) s = s.replace(LEADING_TIME, '').replace(LEADING, '');
  // "The military official also revealed": adverbs between speaker and verb are not the name.
  s = s.replace(TRAILING_ADVERBS, '');
  return s.replace(/\s+/g, ' ').trim();
}

/** Two countries of different codes joined by "and" or a comma in the phrase. */
function coordinated(name: string, entities: Entity[]): boolean {
  const own = entities.filter((e) => e.code && (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'metonym'));
  for (let i = 1; i < own.length; i++) {
    if (own[i].code === own[i - 1].code) continue;
    if (/^\s{0,2}(?:,|and|,\s{1,2}and|&)\s{1,2}(?:the\s{1,2})?$/i.test(name.slice(own[i - 1].end, own[i].start))) return true;
  }
  return false;
}

/** The speaker of "media reports say", "reportedly": no one, only the hedge (shared; not to be mutated). */
export const REPORTS: Speaker = { name: REPORTS_SPEAKER, kind: 'other', anonymous: true, affiliation: null, outlet: false, anaphor: null, head: null, named: false, multi: true, stateless: true };

/** Reads a speaker phrase (memoised: the result is shared and must not be mutated). */
export const describeSpeaker = memo(readCoordinated);

/** Where "and" joins two phrases in a speaker's name, at the top level: not inside a name the lexicon knows. */
const TOP_AND = /\s(?:and|&)\s/g;

/**
 * "Mediazona and the BBC said", "the Kenyan army and Somali officials said": two speakers
 * together. Each half read alone must be a speaker; their countries agree or the pair
 * speaks for no one country. A common noun of no country ("residents and Sudanese
 * medics") lends the pair the other half's; a named body of none ("Mediazona") does not.
 */
function readCoordinated(np: string): Speaker | null {
  const whole = readSpeaker(np);
  if (!whole || whole.anaphor || whole.multi) return whole;
  const name = whole.name;
  const inNames = findEntities(name).filter((e) => e.kind === 'institution' || e.kind === 'outlet' || e.kind === 'person');
  for (const m of name.matchAll(TOP_AND)) {
    const at = m.index!;
    if (inNames.some((e) => e.start < at && e.end > at)) continue;
    // Capitals on both sides join words of one name ("National Security and Defence Council").
    if (/\p{Lu}[\p{L}.'’-]*$/u.test(name.slice(0, at)) && /^\p{Lu}/u.test(name.slice(at + m[0].length))) continue;
    const a = describeSpeaker(name.slice(0, at));
    const b = describeSpeaker(name.slice(at + m[0].length));
    if (!a || !b || a.anaphor || b.anaphor) continue;
    const nameless = (x: Speaker) => !x.named && !x.outlet && !!x.head;
    let affiliation: string | null = null;
    if (a.affiliation === b.affiliation) affiliation = a.affiliation;
    else if (a.affiliation === null && nameless(a)) affiliation = b.affiliation;
    else if (b.affiliation === null && nameless(b)) affiliation = a.affiliation;
    const multi = affiliation === null && (a.affiliation !== null || b.affiliation !== null);
    return {
      ...whole,
      kind: a.kind === b.kind ? a.kind : whole.kind,
      anonymous: a.anonymous && b.anonymous,
      affiliation,
      outlet: a.outlet && b.outlet,
      named: a.named || b.named,
      multi: whole.multi || multi,
      stateless: whole.stateless || multi,
    };
  }
  return whole;
}

function readSpeaker(np: string): Speaker | null {
  const name = cleanName(np);
  // "Finland-based analysis group": the country before "-based" reads as a name.
  if (/\p{L}-based\b/u.test(name)) {
    const sp = readSpeaker(np.replace(/(\p{L})-based\b/gu, '$1 based'));
    return sp ? { ...sp, name } : null;
  }
  const definiteArticle = /^\s*(?:the|this|that)\s/i.test(np);
  if (!name || name.length > 140) return null;
  const lower = name.toLowerCase();
  if (lower in PRONOUNS) {
    return { name, kind: 'other', anonymous: false, affiliation: null, outlet: false, anaphor: PRONOUNS[lower], head: null, named: false, multi: false, stateless: false };
  }
  const words = name.split(/\s+/);
  if (words.length > 16) return null;
  // "Military airstrikes recorded: 41", "Fatalities reported: 2,614": a count's label before a participle names no speaker.
  const last = words[words.length - 1].toLowerCase();
  // (A think tank speaks.)
  if (COUNT_HEADS.has(last) || (last in ITEM_NOUNS && COUNTED_CLASSES.has(ITEM_NOUNS[last].cls) && !/\bthink[\s-]tanks?$/i.test(name))) return null;
  const exact = lookupWritten(name);
  const entities = findEntities(name);
  // "sources close to the investigation", "officials familiar with the assessment": nouns in
  // the complement say what the speakers know, not who they are.
  const complement = COMPLEMENT_START.exec(name)?.index ?? name.length;
  const heads = execAll(HEAD_RE, name).filter((m) => m.index < complement).map((m) => m.groups!.h.toLowerCase());
  const head = heads.length ? heads[heads.length - 1] : null;
  const knownPerson = entities.find((e) => e.kind === 'person');
  // A leading name counts only when no country, place or body is part of it ("Ukraine's General Staff, …").
  const leading = LEADING_NAME.exec(name)?.groups?.n ?? null;
  const leadingName = leading && !entities.some((e) => e.kind !== 'person' && e.start < leading.length) ? leading : null;
  const personName = PERSON_NAME.exec(name.slice(-80))?.groups?.n ?? leadingName;
  const outletEntity = entities.find((e) => e.kind === 'outlet');
  const institution = entities.find((e) => e.kind === 'institution');
  // "the UN mission in Ukraine": a country after in/for/to is where, not whose.
  // "a spokesman for Ukraine's Khortytsia grouping": a possessive after "for" still owns what follows.
  // "the defence ministry in Moscow", "officials in Kyiv": a seat of power after "in" is where the body sits.
  // ("figures from the British Defence Ministry": a country's adjective names whose the noun after it is, whatever the preposition.)
  const country = entities.find((e) => (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'metonym') && (e.possessive || (e.kind === 'demonym' && /^\s{1,2}\p{Lu}/u.test(name.slice(e.end, e.end + 3)) && !LOCATED_AFTER.test(name.slice(e.end, e.end + 24))) || !/\b(?:in|for|to|on|with|from|against)\s+(?:the\s+)?$/i.test(name.slice(Math.max(0, e.start - 10), e.start)) || (e.kind === 'metonym' && /\bin\s+(?:the\s+)?$/i.test(name.slice(Math.max(0, e.start - 8), e.start)))));
  const place = entities.find((e) => e.kind === 'place');
  // "the health ministry in Gaza", "the government in Khartoum": a state body answers to where it sits.
  const seat = head && STATE_BODY.test(head) ? entities.find((e) => e.code && e.kind === 'country' && /\bin\s{1,2}(?:the\s{1,2})?$/i.test(name.slice(Math.max(0, e.start - 8), e.start))) : undefined;

  // "officials in the Mauritanian town of Fassala", "a doctor in the Sudanese city of El Fasher": where
  // the speaker is, named by its country's adjective.
  const located = entities.find((e) => e.code && e.kind === 'demonym' && /\bin\s{1,2}the\s{1,2}$/i.test(name.slice(Math.max(0, e.start - 8), e.start)) && LOCATED_AFTER.test(name.slice(e.end, e.end + 24)));

  let kind: SourceKind = 'other';
  let outlet = false;
  if (exact?.kind === 'outlet' || (outletEntity && OUTLET_NOUNS.test(name)) || (outletEntity && words.length <= 3)) {
    kind = 'media';
    outlet = true;
  } else if (head && lower.endsWith(head) && SPEAKER_HEADS[head] && SPEAKER_HEADS[head] !== 'other') {
    // The head noun at the end names the speaker's role: "US military official" is an official.
    kind = SPEAKER_HEADS[head];
  } else if (institution) {
    kind = INSTITUTIONS[institution.text]?.kind ?? 'official';
  } else if (head) {
    kind = SPEAKER_HEADS[head] ?? 'other';
  } else if (knownPerson) {
    kind = PEOPLE[knownPerson.text]?.kind ?? 'official';
  } else if (exact && (exact.kind === 'country' || exact.kind === 'metonym')) {
    kind = 'official';
  }
  // A lone capitalised word is a surname, unless it names a side ("Houthis", "Hezbollah").
  if (kind === 'other' && words.length === 1 && SURNAME.test(name) && !head && !exact) kind = 'person';
  if (head && /intelligence|\bspy\b/.test(lower) && kind !== 'media' && kind !== 'international') kind = 'intelligence';
  if (head && /\b(?:military|army|armed forces|air force|general staff|commander|navy)\b/i.test(lower) && kind === 'official' && !/official/i.test(lower)) kind = 'military';

  const surname = words.length === 1 && SURNAME.test(name) && !country && !exact && !head;
  // "COGAT told the AP", "the MNDAA said": an acronym names a body, known or not.
  const acronym = words.length <= 2 && /^\p{Lu}{2,12}$/u.test(words[words.length - 1]) && !country;
  if (acronym && kind === 'other') kind = 'official';
  const coordination = coordinated(name, entities);
  const valid =
    (coordination && words.length <= 8) || surname || acronym || !!head || !!knownPerson || !!outletEntity || !!institution || !!exact || !!personName ||
    (country && (words.length <= 2 || (words.length <= 4 && STATEMENT_TAIL.test(name))));
  if (!valid) return null;

  let affiliation: string | null = null;
  // "Israeli and Palestinian officials", "Denmark, Norway and Sweden": coordinated countries speak for no one of them.
  const multi = MULTI_RE.test(name) || coordination;
  // "the Kiel Institute's Ukraine Support Tracker": a named body owns the phrase, unless a
  // possessive or demonym before it says whose it is ("Britain's Ministry of Defence").
  const owner = country && institution && institution.code && !(country.start < institution.start && (country.possessive || country.kind === 'demonym')) ? institution : null;
  // "the Levant Casualty Monitor, a Cyprus-based group": where a body is based says whose it is.
  const based = entities.find((e) => e.code && (e.kind === 'country' || e.kind === 'place' || e.kind === 'metonym') && (/^[- ]based\b/i.test(name.slice(e.end, e.end + 7)) || /\bbased\s+in\s+(?:the\s+)?$/i.test(name.slice(Math.max(0, e.start - 14), e.start))));
  // "AFP analysis of ISW data", "the Kyiv School tally of UN figures": a body that heads the
  // phrase owns it, not one named in its "of …" complement.
  const headEnd = name.search(/\s(?:of|from)\s/);
  const header = headEnd > 0 && (!country || country.start >= headEnd) ? entities.find((e) => e.code && e.end <= headEnd && (e.kind === 'outlet' || e.kind === 'institution')) : undefined;
  // "Russian-installed officials", "the Moscow-appointed governor", "pro-Russian authorities": an
  // occupying power's administration answers to that power, not to the land it holds.
  const installer = INSTALLED.exec(name);
  const installedBy = installer ? findEntities(installer.groups!.c ?? installer.groups!.c2).find((e) => e.code && (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'metonym'))?.code ?? null : null;
  if (multi) affiliation = null;
  else if (installedBy) affiliation = installedBy;
  else if (header && STATEMENT_HEAD.test(name.slice(header.end, headEnd))) affiliation = header.code;
  else if (based) affiliation = based.code;
  else if (owner) affiliation = owner.code;
  else if (country) affiliation = country.code;
  else if (institution?.code) affiliation = institution.code;
  else if (knownPerson?.code) affiliation = knownPerson.code;
  else if (outletEntity) affiliation = outletEntity.code;
  else if (seat) affiliation = seat.code;
  else if (located) affiliation = located.code;
  else if (place) affiliation = place.code;
  else if (exact?.code) affiliation = exact.code;

  // The lexicon's null for an international body is a decision (it speaks for its members);
  // for a state body ("Defence Ministry") it only means the name alone does not say whose.
  const codeless = !!institution && institution.code === null && CODELESS_BODIES.has(institution.text.replace(/\s+/g, ' ').toLowerCase());
  // Unnamed people: "a senior official", "sources", "Diplomats in New York", "a brigade officer".
  const indefinite = /^\s*(?:a|an|one|two|three|several|some|unnamed)\s/i.test(np) || (!!head && /s$/.test(lower.split(/\s+/).pop() ?? ''));
  const anonymous = !personName && !knownPerson && !!head && (ANONYMOUS_HEADS.has(head) || (indefinite && SPEAKER_HEADS[head] !== 'media' && !institution && !outletEntity));
  // "the ministry", "the official", "the update": a short definite phrase naming no one.
  // ("the Washington-based think tank": a body of a sort, placed, still points back.)
  const definite = definiteArticle && !multi && (!affiliation || !!based) && !personName && !knownPerson && !institution && !outletEntity && !!head && words.length <= 3;
  return {
    name,
    kind,
    anonymous,
    affiliation,
    outlet,
    anaphor: definite ? 'definite' : null,
    head,
    named: !!knownPerson || surname || !!leadingName || (!!personName && !entities.some((e) => e.kind !== 'person' && e.kind !== 'demonym' && name.lastIndexOf(personName) <= e.start + 1 && e.end >= name.length - 1)),
    multi,
    stateless: multi || (codeless && affiliation === null),
  };
}
