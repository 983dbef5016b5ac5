/**
 * The speakers named so far in an article, in reading order, to resolve later short
 * mentions: "he said", "it said", "the ministry said", "Kirby said", "the official added".
 * Also remembers each speaker's last statement date for the contract's date carry-over.
 *
 * Watch out for: "he"/"she" want a person, "it" an institution or country; a definite
 * phrase ("the ministry") takes the latest speaker whose name has that word, else the
 * latest speaker's affiliation.
 */
import type { Source } from '../../contract.js';
import type { Frame } from '../attachers/SourceAttacher.js';
import { STATE_ORGAN_WORDS, type Speaker } from '../attachers/speakers.js';
import { findEntities, lookupName, type Entity } from '../attachers/entities.js';
import { SPEAKER_HEADS } from '../lexicon/institutions.js';
import { memo } from '../lexicon/pattern.js';
import { ATTACKER_AFTER, DATELINE, NOT_A_SIDE } from '../attachers/PartyAttacher.js';

interface Entry {
  source: Source;
  speaker: Speaker;
  /** The source's name in lower case, for the name lookups. */
  lower: string;
}

/**
 * Sources are built only here, each from the same literal, so that all share one hidden
 * class (the key order is also the order of their JSON).
 */
function source(name: string, kind: Source['kind'], anonymous: boolean, affiliation: string | null, via: string[], cited: Source['cited']): Source {
  return { name, kind, anonymous, affiliation, via, cited };
}

/** A copy of `s` that relays through `via`. */
export function withVia(s: Source, via: string[]): Source {
  return source(s.name, s.kind, s.anonymous, s.affiliation, via, s.cited);
}

function entry(source: Source, speaker: Speaker): Entry {
  // A body found by the words it was called by ("the Britain-based monitor") is found by them again.
  const lower = source.name.toLowerCase();
  return { source, speaker, lower: speaker.name === source.name ? lower : `${lower} | ${speaker.name.toLowerCase()}` };
}

const PLURAL = /s$/;
/** Nouns that name a body by its sort, not its name: "the group", "the monitor", "the organisation". */
const GENERIC_BODIES = new Set(['group', 'agency', 'organisation', 'organization', 'body', 'monitor', 'watchdog', 'charity', 'ngo', 'observatory', 'collective', 'network', 'coalition', 'alliance', 'think tank', 'institute', 'armed group', 'militia']);
/** Kinds of speaker such nouns may stand for ("the group" may be an armed one). */
const GENERIC_KINDS = new Set(['ngo', 'research', 'international', 'other', 'military']);
/** Bodies of a sort that watch, count or help, never fight: "the monitor said" after "the army said" is no army. */
const CIVIL_KINDS = new Set(['ngo', 'research', 'international', 'other']);
const CIVIL_BODIES = new Set(['monitor', 'watchdog', 'charity', 'ngo', 'observatory', 'think tank', 'institute']);
/** Documents named for their author: "the statement said" speaks for whoever issued one last (a report keeps its own name). */
const DOCUMENT_HEADS = new Set(['statement', 'bulletin', 'communique', 'communiqué', 'release']);
/** Those who watch a war rather than take part: a crowd of them is of no country by default. */
const OBSERVER_KINDS = new Set(['research', 'international', 'ngo', 'media']);
/** Unnamed people who watch a war from outside it ("analysts", "diplomats", "experts"): the country it is fought in is not theirs. */
const OUTSIDE_CROWDS = new Set(['analysts', 'experts', 'observers', 'bloggers', 'commentators', 'specialists', 'diplomats', 'monitors', 'journalists', 'reporters', 'researchers', 'scholars', 'academics']);
/** Unnamed "sources", with no role or place to them ("sources", "two sources", "field sources", "security sources"). */
const SOURCES = /^(?:(?:two|three|several|some|multiple|many|other)\s)?(?:(?:field|security|humanitarian|diplomatic|informed|reliable|independent|rescue)\s)?sources$/i;
/** Where a speaker phrase's complement starts: "sources | familiar with the matter". */
const COMPLEMENT = /(?<!\S)(?:familiar|close|briefed|knowledgeable|speaking|who|with\s+knowledge)\b/i;

/**
 * A speaker's name reduced to what stays the same when it is named again, in lower case:
 * a person's surname ("Alexei Smirnov, the governor" = "Smirnov"), a listed body's or
 * outlet's name, a body's proper name without the country before it ("Ukrainian Air Force" =
 * "Air Force"), else the last word.
 */
const nameKey = memo((name: string): string => {
  const known = findEntities(name).find((e) => e.kind === 'outlet' || e.kind === 'institution' || e.kind === 'person');
  // Bodies share last words ("Kiel Institute", "Royal United Services Institute"); people are named again by surname.
  if (known && known.kind !== 'person') return known.text.replace(/\s+/g, ' ').toLowerCase();
  const pair = known ? null : /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/u.exec(name)?.[0];
  const basis = known?.text ?? pair ?? name;
  const words = basis.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const last = (words.pop() ?? basis).toLowerCase();
  // "The military said on Wednesday …; the army says …": one body under its two common names.
  if (SAME_BODY[last]) return SAME_BODY[last];
  // "Police said on Sunday …; a police spokesman said …": a body's spokesperson speaks as the body.
  if (SPOKESPERSON.has(last) && words.length >= 1 && !pair) {
    const body = words[words.length - 1].toLowerCase();
    if (SAME_BODY[body]) return SAME_BODY[body];
    if (BODY_WORDS.has(body)) return body;
  }
  if (pair && last in SPEAKER_HEADS) {
    // "Halden Institute" and "Marren Institute" are two bodies; "Ukrainian Navy" and "Navy" one.
    const own = words.filter((w) => !SIDE_KINDS.has(lookupName(w.replace(/['’]s$/, ''))?.kind ?? ''));
    if (own.length) return `${own.join(' ').toLowerCase()} ${last}`;
  }
  return last.replace(/['’]s$/, '');
});
const SIDE_KINDS = new Set(['country', 'demonym', 'metonym']);
/** Common names of one body that a report uses in turn. */
const SAME_BODY: Record<string, string> = { military: 'military', army: 'military' };
const SPOKESPERSON = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Bodies a spokesperson speaks for by a common noun ("a police spokesman", "the ministry spokeswoman"). */
const BODY_WORDS = new Set(['police', 'ministry', 'government', 'presidency', 'agency', 'mission', 'gendarmerie']);

/** Words a long name's initials skip: "Center for Strategic and International Studies" is CSIS. */
const LINKS = new Set(['of', 'for', 'and', 'the']);
const ACRONYM = /^\p{Lu}{2,12}$/u;

interface Acronyms {
  /** As the text writes them: the name itself ("CSIS") or in brackets after it. */
  written: string[];
  /** The initials of each run of capitalised words ("Halden Institute for Strategic Research" → HISR). */
  initials: string[];
}

const acronymsOf = memo((name: string): Acronyms => {
  const written: string[] = [];
  const initials: string[] = [];
  const tokens = name.split(/\s+/);
  if (tokens.length === 1 && ACRONYM.test(name)) written.push(name);
  let run = '';
  let pending = false;
  for (const t of tokens) {
    const bracket = /^\((\p{Lu}{2,12})(?![\p{L}])/u.exec(t);
    if (bracket) written.push(bracket[1]);
    const word = t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    // An owner's name ("South Korea's") and a hyphened modifier ("Kurdish-led") stand before the body's name, outside its initials.
    const outside = /['’]s?$/.test(word) || /-\p{Ll}/u.test(word);
    if (!bracket && outside) {
      if (run.length >= 2) initials.push(run);
      run = '';
      pending = false;
      continue;
    }
    if (!bracket && /^\p{Lu}\p{Ll}/u.test(word)) {
      run += word[0];
      pending = false;
    } else if (!bracket && run && !pending && LINKS.has(word)) {
      pending = true;
    } else {
      if (run.length >= 2) initials.push(run);
      run = '';
      pending = false;
    }
    // A comma or bracket ends the name: "Halden Institute, Marren" is not HIM.
    if (run && /[,;:)]$/.test(t)) {
      if (run.length >= 2) initials.push(run);
      run = '';
      pending = false;
    }
  }
  if (run.length >= 2) initials.push(run);
  return { written, initials };
});

/** "the Russian side", "Moscow's side": the side a speaker stands on. */
const SIDE_AFTER = /^(?:['’]s)?\s{1,2}side\b/i;

export class SpeakerHistory {
  private entries: Entry[] = [];
  /** The article's own country: the side a speaker with no other clue speaks for. Asked for at most once. */
  homeCountry: () => string | null = () => null;
  private home: { code: string | null } | null = null;
  private dates = new Map<string, string>();

  /** Acronyms the article has written, and initials of the long names it has used, each to the key of its first bearer. */
  private byAcronym = new Map<string, string>();
  private byInitials = new Map<string, string>();

  /**
   * One key per speaker however it is written: "Alexei Smirnov, the governor" = "Smirnov",
   * and a long name = its acronym ("the Center for Strategic and International Studies
   * (CSIS)" = "CSIS"), whichever comes first. The acronym's key is the first bearer's, so a
   * body keeps one key even if its two names were given different countries.
   */
  keyOf(s: Source): string {
    const own = `${nameKey(s.name)}|${s.affiliation ?? ''}`;
    const { written, initials } = acronymsOf(s.name);
    if (!written.length && !initials.length) return own;
    // Two long names with the same initials are not one body; only an acronym written out joins them.
    for (const a of written) {
      const k = this.byAcronym.get(a) ?? this.byInitials.get(a);
      if (k !== undefined) return k;
    }
    for (const a of initials) {
      const k = this.byAcronym.get(a);
      if (k !== undefined) return k;
    }
    for (const a of written) this.byAcronym.set(a, own);
    for (const a of initials) if (!this.byInitials.has(a)) this.byInitials.set(a, own);
    return own;
  }

  /** The date of the latest dated statement ("on the same day", "that evening"). */
  lastDate: string | null = null;

  dateOf(s: Source | null): string | null {
    return s ? this.dates.get(this.keyOf(s)) ?? null : null;
  }

  remember(source: Source, date: string | null): void {
    const sp = this.speakers.get(source);
    if (sp) this.add(entry(source, sp));
    if (date) {
      this.dates.set(this.keyOf(source), date);
      this.lastDate = date;
    }
  }

  private speakers = new WeakMap<Source, Speaker>();
  /** Where the current sentence's speakers start in `entries`. */
  private mark = 0;

  /** A new sentence: pronouns look first at speakers named earlier in the same sentence. */
  beginSentence(): void {
    this.mark = this.entries.length;
  }

  /**
   * A person introduced without a speech act ("Oleksandr Syrskyi, Ukraine's top
   * commander, spoke to reporters"), so that a later "he said" finds them.
   */
  mention(sp: Speaker): void {
    this.add(entry(source(sp.name, sp.kind, sp.anonymous, sp.affiliation, [], null), sp));
  }

  private add(e: Entry): void {
    this.entries.push(e);
    // Anaphors reach back a few paragraphs at most; keep the list short.
    if (this.entries.length > 64) this.entries.splice(0, this.entries.length - 64);
  }

  /** `entities`: the sentence's names, when the caller has them or will need them too. */
  resolve(frame: Frame, sentence: string, entities: () => Entity[] = () => findEntities(sentence)): Source {
    const s = this.resolveSource(frame, sentence, entities);
    this.speakers.set(s, frame.speaker.anaphor ? { ...frame.speaker, anaphor: null, named: this.namedOf(s) } : frame.speaker);
    return s;
  }

  private namedOf(s: Source): boolean {
    return /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(s.name);
  }

  /** Whom an anaphor points at ("its", "he", "the ministry"), or null when nobody fits. */
  private anaphorOf(frame: Frame, sentence: string, entities: () => Entity[], via: string[], cited: Source['cited']): Source | null {
    const sp = frame.speaker;
    const entries = this.entries;
    const make = (e: Entry | undefined, name?: string): Source | null =>
      e ? source(name ?? e.source.name, e.source.kind, e.source.anonymous, e.source.affiliation, via, cited) : null;
    let found: Source | null = null;
    switch (sp.anaphor) {
      case 'person':
        found = make(entries.findLast((e) => e.speaker.named || (!PLURAL.test(e.speaker.head ?? '') && (e.speaker.kind === 'official' || e.speaker.kind === 'military') && !e.speaker.outlet && e.speaker.head !== 'ministry')));
        break;
      case 'thing': {
        // "X said …, bringing its count to…": the speaker just named in this sentence.
        let here: Entry | undefined;
        for (let i = entries.length - 1; i >= this.mark && !here; i--) if (thingLike(entries[i].speaker) && !entries[i].speaker.anonymous) here = entries[i];
        if (here) {
          found = make(here);
          break;
        }
        // "Moscow has not updated its toll since 2022, when it acknowledged…": the
        // sentence's own subject comes before any earlier speaker.
        // A demonym ("Syrians", "Russian forces") is people or a modifier, never the "it" that speaks.
        const subject = entities().find((x) => x.code && x.start < frame.start && x.kind !== 'outlet' && x.kind !== 'person' && x.kind !== 'place' && x.kind !== 'demonym' && !/\b(?:of|in|to|for|from|at|on|against|with)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, x.start - 14), x.start)));
        if (subject) found = source(subject.text, 'official', false, subject.code, via, cited);
        else found = make(entries.findLast((e) => thingLike(e.speaker) && !e.speaker.anonymous));
        break;
      }
      case 'first':
        // "We have reports of 31 missing", "I'd say 1,000 men": the last speaker the text named, a person or a body.
        found = make(entries.findLast((e) => !e.speaker.outlet && !e.speaker.anaphor && (e.speaker.named || (!e.source.anonymous && e.source.kind !== 'media'))));
        break;
      case 'plural':
        found = make(entries.findLast((e) => PLURAL.test(e.speaker.head ?? '') || !e.speaker.named));
        break;
      case 'definite': {
        const head = sp.head ?? '';
        const full = sp.name.toLowerCase();
        // "the group said" after "the Syrian Observatory …, a Britain-based monitor": a generic noun for a body
        // points at the last body of that sort named, whatever its own name.
        // ("the Washington-based think tank": a body of that sort based there.)
        const fits = (e: Entry) => !sp.affiliation || e.source.affiliation === sp.affiliation;
        // (By its head word or by its sort, whichever was named last: "the monitor" after "the Britain-based monitor".)
        const byHead = entries.findLastIndex((e) => e.lower.includes(head) && fits(e));
        const kinds = CIVIL_BODIES.has(head) ? CIVIL_KINDS : GENERIC_KINDS;
        const bySort = GENERIC_BODIES.has(head) ? entries.findLastIndex((e) => !e.source.anonymous && kinds.has(e.source.kind) && !e.speaker.outlet && fits(e)) : -1;
        const match = entries.findLast((e) => e.lower.includes(full)) ?? entries[Math.max(byHead, bySort)] ??
          (DOCUMENT_HEADS.has(head) ? entries.findLast((e) => !e.speaker.outlet && !DOCUMENT_HEADS.has(e.speaker.head ?? '')) : undefined);
        if (match) found = make(match);
        else if (sp.affiliation) break;
        else {
          // "On the Russian side, the defence ministry said …": a side named outside the report is the speaker's.
          const side = entities().find((x) => x.code && !NOT_A_SIDE.has(x.code) && (x.kind === 'demonym' || x.kind === 'country') && !x.possessive && SIDE_AFTER.test(sentence.slice(x.end, x.end + 12)) && (frame.trailing ? x.start >= frame.end : x.end <= frame.start));
          // "In neighbouring Mali, the army said …": the country the sentence places it in.
          const placed = side ? undefined : entities().find((x) => x.code && x.kind === 'country' && !NOT_A_SIDE.has(x.code) && x.end <= frame.start && /\bin\s{1,2}(?:neighbouring\s{1,2}|neighboring\s{1,2})?$/i.test(sentence.slice(Math.max(0, x.start - 18), x.start)));
          const latestSpeaker = this.lastNonMedia();
          if (side) found = source(sp.name, sp.kind, sp.anonymous, side.code, via, cited);
          else if (placed) found = source(sp.name, sp.kind, sp.anonymous, placed.code, via, cited);
          // (A speaker the text placed nowhere, "security sources", passes on no country: the body is read as if named first.)
          else if (latestSpeaker && latestSpeaker.source.affiliation && mayInherit(sp, latestSpeaker)) found = source(sp.name, sp.kind, sp.anonymous, latestSpeaker.source.affiliation, via, cited);
        }
        break;
      }
      default:
        break;
    }
    return found;
  }

  /** The latest speaker that is no news outlet: a wire's country is where it is based, not where others stand. */
  private lastNonMedia(): Entry | undefined {
    return this.entries.findLast((x) => x.source.kind !== 'media');
  }

  /** A pronoun speaker ("its", "he", "their") points at someone named before it. */
  canResolve(frame: Frame, sentence: string, entities: () => Entity[]): boolean {
    const a = frame.speaker.anaphor;
    if (a !== 'person' && a !== 'thing' && a !== 'plural') return true;
    return this.anaphorOf(frame, sentence, entities, [], null) !== null;
  }

  private resolveSource(frame: Frame, sentence: string, entities: () => Entity[]): Source {
    const sp = frame.speaker;
    // A literal, not a spread: its arrays are made ready for strings from the start.
    const via: string[] = [];
    via.push(...frame.via);
    const cited = frame.cited ? { name: frame.cited.name, kind: frame.cited.kind, affiliation: frame.cited.affiliation } : null;
    const make = (e: Entry | undefined, name?: string): Source | null =>
      e ? source(name ?? e.source.name, e.source.kind, e.source.anonymous, e.source.affiliation, via, cited) : null;
    // Latest first: findLast (no reversed copy per statement).
    const entries = this.entries;
    const found = this.anaphorOf(frame, sentence, entities, via, cited);
    if (found) return found;
    // A bare surname ("Lee said") names someone introduced earlier in full.
    if (!sp.affiliation && /^\p{Lu}[\p{L}'’-]+$/u.test(sp.name)) {
      const e = entries.findLast((x) => x.source.name.split(/[^\p{L}'’-]+/u).includes(sp.name));
      if (e) return make(e)!;
    }
    let affiliation = sp.affiliation;
    // Unnamed groups ("local activists", "witnesses", "sources") speak for no country unless the sentence gives one.
    // "sources familiar with the matter", "people close to the talks": the noun before the complement counts.
    const cut = COMPLEMENT.exec(sp.name);
    const core = cut ? sp.name.slice(0, cut.index).trimEnd() : sp.name;
    const crowd = sp.anonymous && /s$/i.test(core.split(/\s+/).pop() ?? '');
    if (!affiliation && !sp.stateless && sp.anaphor === null) {
      const lower = sp.name.toLowerCase();
      const e = entries.findLast((x) => x.lower.includes(lower));
      if (e) affiliation = e.source.affiliation;
      if (!affiliation) {
        // A speaker with no country of its own ("foreign ministry spokesman X") speaks for
        // the country the sentence is about.
        // An international body named in the sentence is seldom the speaker's own ("the council told the UN …").
        // "… killed in Israeli attacks": a side named by its strikes or forces is who attacked, seldom who speaks.
        // (A dateline's city is where the story was filed: "NAIROBI (Wire) — Donors pledged …".)
        const filed = DATELINE.exec(sentence)?.[0].length ?? 0;
        const others = entities().filter((x) => x.code && x.start >= filed && x.kind !== 'outlet' && x.kind !== 'person' && (x.start < frame.start || x.start >= frame.end) && (sp.kind === 'international' || !NOT_A_SIDE.has(x.code)) && !((x.kind === 'demonym' || x.possessive) && ATTACKER_AFTER.test(sentence.slice(x.end, x.end + 40))));
        // Where the events are ("in Lebanon") before whoever acted there ("Israeli strikes").
        // Unnamed people take a country only from an institution in the sentence ("…, the Pentagon…").
        const atPlace = (x: { start: number }) => /\b(?:in|across|inside)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, x.start - 10), x.start));
        // What the speaker reports ("… that Israel had violated it") is seldom where it stands; a
        // name outside the report ("On the Russian side, the ministry said …") may be.
        const reported = (x: { start: number }) => (frame.trailing ? x.start < frame.start : x.start >= frame.end);
        const pool = crowd ? others.filter((x) => x.kind === 'institution' || atPlace(x)) : others.filter((x) => x.kind === 'institution' || atPlace(x) || !reported(x));
        const inSentence = pool.find((x) => /\b(?:in|across|inside)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, x.start - 10), x.start))) ?? pool[0];
        if (inSentence) affiliation = inSentence.code;
      }
    }
    // An unnamed crowd ("local officials", "community leaders") takes no country from earlier
    // speakers, but is of the country the article is about, as its own people are.
    // (A news agency's country says where it is based, not where its sources stand: "Defence ministry spokesman X" after AFP is not French.)
    const near = this.lastNonMedia();
    if (!affiliation && !sp.stateless && !crowd && near && mayInherit(sp, near)) affiliation = near.source.affiliation;
    // "Sources" alone say nothing of where they stand; nor does a monitor, researcher, aid group
    // or outlet the text does not base anywhere (contract: affiliation only where the text fixes one).
    if (!affiliation && !sp.stateless && !OBSERVER_KINDS.has(sp.kind) && !(crowd && (SOURCES.test(core) || OUTSIDE_CROWDS.has(core.split(/\s+/).pop()!.toLowerCase())))) affiliation = (this.home ??= { code: this.homeCountry() }).code;
    return source(sp.name, sp.kind, sp.anonymous, affiliation, via, cited);
  }
}

/** A state's own organ named anywhere in a speaker's name ("the military government", "the interior ministry in Bamako"). */
const STATE_ORGAN = new RegExp(String.raw`\b(?:${STATE_ORGAN_WORDS})\b`, 'i');

/** Whether a speaker the text does not place may take the country of an earlier one. */
function mayInherit(sp: Speaker, from: Entry): boolean {
  // (A state's organ is no international body's, whoever spoke last: "the military government" after a UN office.)
  // (Nor a researcher's, an aid group's or an outlet's, whose country is only where it is based: a defence
  // ministry's spokesman after "an analyst at a Nairobi think tank" is not Kenyan.)
  return !(STATE_ORGAN.test(sp.name) && (NOT_A_SIDE.has(from.source.affiliation ?? '') || OBSERVER_KINDS.has(from.source.kind)));
}

/** Heads of bodies, never of a person: capitals that end in one ("Air Force", "Southern Command") name a body "it" can stand for. */
const BODY_HEADS = new Set(['air force', 'navy', 'army', 'command', 'general staff', 'ministry', 'department', 'office', 'council',
  'commission', 'agency', 'service', 'forces', 'armed forces', 'directorate', 'bureau', 'committee', 'brigade', 'regiment',
  'battalion', 'corps', 'guard', 'division', 'mission', 'institute', 'centre', 'center', 'observatory', 'foundation',
  'association', 'society', 'union', 'movement', 'alliance', 'federation', 'league', 'initiative', 'organization',
  'organisation', 'programme', 'program', 'coalition', 'authority', 'headquarters', 'network', 'air defence', 'air defense']);

/** A speaker "it" can stand for: no person's name. */
function thingLike(sp: Speaker): boolean {
  return !sp.named || (!!sp.head && BODY_HEADS.has(sp.head) && sp.name.toLowerCase().endsWith(sp.head));
}
