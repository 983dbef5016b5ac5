/**
 * The runner: the article's sentences in reading order; passes over all of them (finders
 * and refiners, statements, dates, names); then, sentence by sentence, the speaker
 * history and the attachers per mention; then the cross-sentence carry rules. The only
 * code that turns mentions into spans.
 */
import type { Article, Claim, ClaimField, ClaimPeriod, Evidence, Measure, Source } from '../contract.js';
import { paragraphs, sentences, type Segment } from '../text/sentences.js';
import { FINDERS, REFINERS } from './default.js';
import type { Context, Mention } from './types.js';
import { fromDraft, keepMentions } from './mention.js';
import { attachUnit, type UnitResult } from './attachers/UnitAttacher.js';
import { attachMeasure, findTriggers, leadInMeasure, isTriggerWord, OWN_VERB_BEFORE, type TriggerHit } from './attachers/MeasureAttacher.js';
import { leadInLoser, partyReadings, sentTo, sidesOf, NOT_A_SIDE, NO_SIDES, DATELINE, type PartyResult, type Sides } from './attachers/PartyAttacher.js';
import { chooseParty, partyCandidates, type PartyCandidate, type PartyProposal } from './attachers/PartyChooser.js';
import { attachLocation } from './attachers/LocationAttacher.js';
import { attachPeriod, EVENT_DATED, eventKind, REFERENCE_EVENT_BEFORE, WEEKDAY_OWN } from './attachers/PeriodAttacher.js';
import { attachHedges, sentenceHedge } from './attachers/HedgeAttacher.js';
import { findEntities, type Entity } from './attachers/entities.js';
import { mayHoldFrame, reportOnly, titleFrames, type Frame } from './attachers/SourceAttacher.js';
import { chooseFrame } from './attachers/FrameChooser.js';
import { readModel, tokenAt, type SentenceModel } from './sentence/model.js';
import { modelFrames, STATEMENT_NOUNS } from './sentence/frames.js';
import { describeSpeaker, type Speaker } from './attachers/speakers.js';
import { dayOnOrBefore, findDates, MONTH_WORD, yearsIn, type DateHit, type DateReference } from './attachers/dates.js';
import { SpeakerHistory, withVia } from './carry/SpeakerHistory.js';
import { REPORTS_SPEAKER } from './lexicon/reporting.js';
import { CIVILIAN_NOUNS, ITEM_NOUNS, itemNoun, MILITARY_PERSON_NOUNS, MODEL_DESIGNATOR, MULTIPLIER_AFTER, PERSON_NOUNS } from './lexicon/nouns.js';
import { BORDER_CROSSING, COMING_BACK, HOSTING, MOVED_VERBS, type QuantityClass } from './lexicon/measures.js';
import { anyCue, execAll, rememberLast } from './lexicon/pattern.js';
import { cellFigures, readTables, type TableCell, type TableRowCells } from './tables.js';

const AID_WORDS = /\b(?:aid|assistance|package|loan|funding|funds|fund|support|weapons|drawdown|authority|grant|budget|finance|financing|contribution|tranche|payments?|scheme|pledge)\b/i;
/** Cheap test before the date parser: only sentences with a month, weekday or day word can hold a date. */
const DATE_WORDS = new RegExp(String.raw`${MONTH_WORD}|day\b|yesterday|tonight|\bweek|\bmonth|\byear|\b(?:19|20)\d{2}\b`, 'i');
/** A sentence that opens with a person and an appositive: "Oleksandr Syrskyi, Ukraine's top commander, …". */
const SUBJECT_PERSON = /^(?<np>(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}?[\p{Lu}][\p{L}'’.-]*,\s+(?:the\s+|a\s+|an\s+|[\p{Lu}][\p{L}'’]*\s+)[^,]{2,80}?)(?=,)/u;
/** A role, then the person's name: "Ukraine's foreign minister, Andrii Sybiha, met…". */
/** (Also after an article: "An RSF adviser, Amos Kariuki, denied…", "The group's spokesman, Ines Barra, said…".) */
const SUBJECT_ROLE = /^(?<np>(?:\p{Lu}[\p{L}'’.-]*['’]s|The|A|An)\s(?:[\p{L}'’-]+\s){0,3}[\p{Ll}-]+,\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})(?=,)/u;
/** Cheap superset of SUBJECT_PERSON and SUBJECT_ROLE for a whole paragraph: a comma before an article or a capital. */
const SUBJECT_CUE = /,\s+(?:the|an?)\s|,\s+[^\sa-z]/;
/**
 * How much a name says about where an article's events happen: a place or a country
 * after "in" says most; a demonym or a capital ("Russian strikes", "Moscow said") names
 * an actor as often as a place.
 */
/** The datelines that open lines of `text`, as [start, end) offsets. */
function datelines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const d = DATELINE.exec(text.slice(at, Math.min(end, at + 120)));
    if (d) out.push([at, at + d[0].length]);
    at = end + 1;
  }
  return out;
}

function placeWeight(text: string, e: Entity): number {
  const where = /\b(?:in|across|inside|throughout)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 12), e.start));
  if (where) return 2;
  if (e.kind === 'place') return 1;
  if (e.kind === 'country') return 1;
  return 0.5;
}

/** Sources that report on aid without giving it: outlets, researchers, NGOs. */
const OBSERVERS = new Set(['media', 'research', 'ngo']);
const MOVED_SET = new Set(MOVED_VERBS);
/** Verbs of crossing into a place: who crosses says whether it is flight or deployment. */
const CROSSING = new Set(['crossed into', 'crossed from', 'crossing from', 'crossed', 'crossing', 'entered', 'entering', 'arrived', 'arrivals', 'moved into', ...BORDER_CROSSING]);
const CIVILIAN_SET = new Set(CIVILIAN_NOUNS);
const HOSTING_SET = new Set(HOSTING);
/** After machines moved: a destination that is a sea, a region, a border or a base, not a country. */
const REGION_AFTER = /^[^.;]{0,25}?\bto\s{1,2}(?:the\s{1,2})?(?:[\p{L}-]+\s{1,2}){0,2}?(?:region|border|front|front\s{1,2}line|sea|gulf|strait|coast|area|base|zone|mediterranean|caribbean|pacific|atlantic|baltic|arctic|peninsula|theatre|theater)\b/iu;
/** Arms and help named in a sentence: money paid or worth something there may be aid. */
const ARMS_WORDS = /\b(?:packages|missiles?|munitions|ammunition|shells|drones?|jets|tanks|howitzers|air\s{1,2}defen[cs]e|military|humanitarian|donors?|allies|reconstruction)\b/i;
/** Triggers of money that make aid only in a sentence about aid: paying, spending, buying, being worth. */
const WEAK_AID = new Set(['worth', 'paid', 'pays', 'pay', 'paid out', 'pays out', 'pay out', 'spent', 'spends', 'spend', 'buy', 'purchase', 'pay for', 'invested', 'contract', 'deal']);
/** Triggers that count the dead as bodies. */
const REMAINS = /^(?:bodies|dead bodies|coffins|remains)$/;
/** A verb of killing right before captives counted ("executed 12 prisoners"), or their dying right after ("prisoners died in custody"). */
const CAPTIVES_KILLED_BEFORE = /\b(?:killed|killing|executed|executing|murdered|shot\s{1,2}dead|massacred)\s{1,2}(?:(?:at\s{1,2}least|about|some|more\s{1,2}than|nearly|around|up\s{1,2}to)\s{1,2})?$/i;
const WOUNDING_BEFORE = /\b(?:wounded|wounding|injured|injuring|maimed)\s{1,2}(?:(?:at\s{1,2}least|about|some|more\s{1,2}than|nearly|around|up\s{1,2}to)\s{1,2})?$/i;
const WOUNDED_AFTER = /^[^,;.]{0,20}?\b(?:were|have\s{1,2}been|had\s{1,2}been)\s{1,2}(?:wounded|injured|hurt)\b/i;
const CAPTIVES_KILLED_AFTER = /^[^,;.]{0,20}?\b(?:died|were\s{1,2}killed|have\s{1,2}been\s{1,2}killed|had\s{1,2}been\s{1,2}killed|were\s{1,2}executed|had\s{1,2}been\s{1,2}executed|have\s{1,2}died|had\s{1,2}died)\b/i;
/** Hostages and prisoners: the dead among them handed back are captives returned (contract). */
const CAPTIVES = /\b(?:hostages?|captives?|prisoners?|detainees?|abductees?)\b/i;
/** Verbs of handing over and exchanging. */
const EXCHANGE = /\b(?:handed\s{1,2}over|hand\s{1,2}over|hands\s{1,2}over|swap(?:ped|s)?|exchang(?:e|ed|es)|repatriat\w*|returned|return|received|transferred)\b/i;
/** Verbs of going back: captives freed in an exchange, or the displaced going home. */
const RETURN_VERBS = new Set(['returned', 'come home', 'returned home', ...COMING_BACK]);
/** Words of captivity, exchange and release in a sentence. */
const CAPTIVITY = /\b(?:captiv\w*|prisoners?|pows?|hostages?|swaps?|swapped|exchanged?|exchanges|released|freed|detain\w*|held|abduct\w*|deport\w*)\b/i;
const PERSON_MEASURES = new Set<Measure>(['killed', 'wounded', 'killed_or_wounded', 'captured', 'missing', 'deployed', 'displaced']);
const AID_MEASURES = new Set<Measure>(['aid_committed', 'aid_delivered', 'aid_remaining']);
const VICTIM_MEASURES = new Set<Measure>(['killed', 'wounded', 'killed_or_wounded', 'missing', 'displaced']);
const CLAUSE_START = /(?:\bthat\s|;\s*|\bwhile\s|,\s*but\s|\bwhereas\s)(?![^;]*(?:\bthat\s|;|\bwhile\s|,\s*but\s|\bwhereas\s))/;
const CUMULATIVE = /\b(?:since|so far|in total|to date|overall|total(?:led|s|ed)?|as of|cumulative)\b/i;
/** CUMULATIVE on a sentence: its figures ask in turn. */
const cumulative = rememberLast((sentence: string) => CUMULATIVE.test(sentence));

const FIGURE_CUE = anyCue(FINDERS.map((f) => f.cue));
/** Each finder's evidence tag, built once. */
const FINDER_TAGS = new Map(FINDERS.map((f) => [f, `finder/${f.name}`]));
/** False when no finder can match in `text`: most sentences of a report hold no figure. */
function mayHoldFigure(text: string): boolean {
  return FIGURE_CUE.test(text);
}

/** Figures of one sentence (or short field), offsets into `ctx.text`. */
export function runFinders(ctx: Context): Mention[] {
  if (!mayHoldFigure(ctx.text)) return [];
  const drafts: Mention[] = [];
  for (const f of FINDERS) {
    if (!f.cue.test(ctx.text)) continue;
    f.pattern.lastIndex = 0;
    for (const m of execAll(f.pattern, ctx.text)) {
      let d = null;
      try {
        d = f.extract(ctx, m as RegExpExecArray);
      } catch {
        d = null;
      }
      if (!d) continue;
      drafts.push(fromDraft(d, [FINDER_TAGS.get(f)!]));
    }
  }
  let mentions = drafts;
  for (const r of REFINERS) mentions = r.refine(ctx, mentions);
  return keepMentions(mentions, (m) => m.end > m.start && (m.low != null || m.high != null));
}

/** A "sentence" with no word beside its figures ("449", "2.", "[1]"): a table cell or a list marker says nothing of what it counts. */
function wordless(text: string, mentions: Mention[]): boolean {
  if (!mentions.length) return false;
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    rest += text.slice(at, m.start);
    at = m.end;
  }
  rest += text.slice(at);
  return !/\p{L}{2,}/u.test(rest);
}

/** A line that asks ("How many …?") or heads a list ("Refugees by host country:"). */
const ASKS_OR_HEADS = /[?:]$/;
/** A short line of a list: a label and a figure, no sentence of its own ("Egypt — 1.5 million (UNHCR)"). */
const LIST_LINE = /^(?:[^.!?]|\.(?=\d)){0,60}\d(?:[^.!?]|\.(?=\d)){0,40}$/;

/**
 * The lead-in of the paragraph that starts at `at`: the question right before it, or the
 * heading line over the run of short list lines it belongs to. Null when it has none.
 */
function leadIn(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 1500), at);
  // Only a paragraph's first line has a lead-in: nothing but blanks after the last line break.
  const br = before.lastIndexOf('\n');
  if (br < 0 || /\S/.test(before.slice(br + 1))) return null;
  const lines = before.split('\n').map((l) => l.trim()).filter(Boolean);
  const eol = text.indexOf('\n', at);
  const own = text.slice(at, eol < 0 ? text.length : eol).trim();
  const last = lines[lines.length - 1];
  if (!last) return null;
  if (last.endsWith('?')) return last;
  // A list line's heading, over the list lines before it.
  if (!LIST_LINE.test(own)) return null;
  for (let i = lines.length - 1, n = 0; i >= 0 && n < 20; i--, n++) {
    if (ASKS_OR_HEADS.test(lines[i])) return lines[i].length <= 160 ? lines[i] : null;
    if (!LIST_LINE.test(lines[i])) return null;
  }
  return null;
}

/** A sentence that ends in a colon: what follows is its list. */
const HEADS_LIST = /:\s*$/;
/** A list's item: a short paragraph of its own. */
function listItem(text: string, at: number): boolean {
  const eol = text.indexOf('\n', at);
  return (eol < 0 ? text.length : eol) - at <= 220;
}

/** What a question or a heading counts: "How many attacks …", "the number of drones …". */
const ASKED = /\b(?:how\s{1,2}many|number\s{1,2}of|count\s{1,2}of|tally\s{1,2}of|total\s{1,2}of)\s{1,2}/i;
function askedUnit(lead: string, m: Mention): UnitResult | null {
  const a = ASKED.exec(lead);
  if (!a) return null;
  const u = unitAt(lead, a.index + a[0].length - 1, m);
  return u.cls === 'none' ? null : u;
}

/** The unit the words from `at` name, as if a figure stood right before them ("attacks did you record", "airstrikes in …"). */
function unitAt(text: string, at: number, m: Mention): UnitResult {
  return attachUnit(text, { ...m, start: at, end: at });
}

/** A name and an opening bracket right before a count: "Sagaing (". */
const BRACKET_AFTER_NAME = /\p{Lu}[\p{L}'’.-]*\s?\(\s?$/u;

/** A paragraph that answers the question just before it ("How many …?" / "Roughly 63,000."), or one marked "A:". */
function answers(text: string, at: number): boolean {
  if (/^A\s?[:.]\s/.test(text.slice(at, at + 4))) return true;
  const before = text.slice(Math.max(0, at - 400), at).trimEnd();
  return /\?["”’*]*$/.test(before) && text.slice(Math.max(0, at - 4), at).includes('\n');
}

/**
 * A transcript's speaker label opening a paragraph, in capitals: "MS. WHITCOMBE: Sure. …",
 * "DEPUTY PRESS SECRETARY DANA WHITCOMBE:" on a line of its own.
 */
const CAPS_LABEL = /^(?<np>\p{Lu}[\p{Lu}.'’ -]{1,50}?\p{Lu}\.?):(?:\s|$)/u;
/** A label of the one who asks: their words are questions, no one's claims. */
const ASKER_LABEL = /^(?:Q|QUESTION|INTERVIEWER|REPORTER|MODERATOR|Q\s?&\s?A)\s?:/i;

/** "MS. WHITCOMBE" → "Ms. Whitcombe": a label in capitals, written as names are, so it reads as a name. */
function capsToName(np: string): string {
  const name = np.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  // ("MS. WHITCOMBE", "COL. MBEKI": an honorific or a rank cut short before a surname is no part of the name the
  // surname gives; blanks keep the offsets.)
  return name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Col|Gen|Maj|Capt|Lt|Adm|Sgt|Brig)\.?\s(?=\p{Lu})/u, (h) => ' '.repeat(h.length));
}

/** A speaker a transcript's label names: a person or an office speaking for itself. */
function turnSpeaker(s: Source): boolean {
  return !s.anonymous && (s.kind === 'official' || s.kind === 'military' || s.kind === 'person' || s.kind === 'international' || s.kind === 'other');
}

/** A named person as a source: an interview's subject. */
function isPersonSource(s: Source): boolean {
  return !s.anonymous && (s.kind === 'official' || s.kind === 'military' || s.kind === 'person' || s.kind === 'other' || s.kind === 'research') && /\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u.test(s.name);
}

/** "The interview was held in Nairobi on 12 November": the day the interview took place. */
const INTERVIEW_HELD = /\b(?:interview|briefing|press\s{1,2}conference)\b[^.?!]{0,80}?\b(?:conducted|held|recorded|took\s{1,2}place|carried\s{1,2}out|given)\b[^.?!]{0,60}/i;
function interviewDate(text: string, ref: DateReference): string | null {
  const m = INTERVIEW_HELD.exec(text);
  if (!m) return null;
  for (const d of findDates(m[0], ref)) if (d.value && d.kind === 'day') return d.value;
  return null;
}

/** A sentence-level hedge and where it stands. */
interface Hedged {
  paragraph: number;
  start: number;
  hedge: string;
}

interface Work {
  field: ClaimField;
  text: string;
  mention: Mention;
  sentence: Segment;
  paragraph: number;
  unit: UnitResult;
  measure: Measure;
  /** 'ruled-out': words around the figure say it is no count (a difference, a ratio); nothing may give it a measure later. */
  measureHow: 'trigger' | 'default' | 'inherited' | 'none' | 'ruled-out';
  /** Listed as a member of the figure before it ("among them 500 officers"). */
  memberOf?: boolean;
  /** The figure this one is a part or member of ("100 of them", "among them 500 officers"): whose the whole is, the part is. */
  whole?: Work;
  party: string | null;
  counterparty: string | null;
  partyHow: string;
  /** Every reading of the sentence's party rules, first the one they trust most. */
  partyReadings: PartyResult[];
  /** For aid: the country the sentence sends it to ("for Ukraine", "to Kyiv"), if it names one. */
  sentTo?: string | null;
  /** The values the chooser weighed, with their features and scores. */
  partyCandidates: PartyCandidate[];
  location: string | null;
  frame: Frame | null;
  source: Source | null;
  sourceHow: 'own' | 'inherited' | 'none' | 'reported';
  statedOn: string | null;
  dateOwn: boolean;
  /** The statement's date is the day a document was made public. */
  documentDate?: boolean;
  hedges: string[];
  evidence: Evidence[];
  /** The source's last dated statement before this figure (carry-over). */
  carriedDate: string | null;
  /** What the period is read from once the statement's date is settled. */
  clause: [number, number];
  dates: DateHit[];
  model: SentenceModel | null;
  /** The dates of the sentence's statements: never a figure's period. */
  statementDates: Array<DateHit | null>;
  period: ClaimPeriod | null;
  /** The table cell the figure stands in (tables.ts), if any. */
  cell?: TableCell;
}

function shiftDay(d: string | null, days: number): string | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return null;
  const t = Date.parse(`${d}T12:00:00Z`) + days * 864e5;
  return new Date(t).toISOString().slice(0, 10);
}

function normaliseDate(d: string | null | undefined): string | null {
  if (!d) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(d.trim());
  return m ? m[1] : null;
}

/** What reading one article keeps from sentence to sentence. */
interface Reading {
  published: string | null;
  ref: DateReference;
  history: SpeakerHistory;
  work: Work[];
  /** Figures of a quotation that runs on into a later sentence, waiting for the speaker named where it closes. */
  quoted?: Work[];
  hedged: Hedged[];
  sides: () => Sides;
}

/** The last statement of a paragraph: its figures without a frame of their own are its. */
interface Said {
  source: Source;
  date: string | null;
  /** An interview's subject answering: the interview's day dates the answer. */
  interview?: boolean;
  /** A list's lead-in: the side it says lost what the list counts. */
  loser?: string | null;
}

/** One sentence that holds a figure, as its figures' attachers read it. */
interface FigureSentence {
  field: ClaimField;
  text: string;
  paragraph: number;
  sentence: Segment;
  mentions: Mention[];
  frames: Frame[];
  model: SentenceModel | null;
  resolved: Array<Source | null>;
  frameDates: Array<DateHit | null>;
  dates: DateHit[];
  triggers: ReturnType<typeof findTriggers>;
  entities: Entity[];
  onlyReported: boolean;
  previous: Said | null;
  hedge: string | null;
}

// The runner is split into functions for the article, its plan of sentences, one sentence
// and one figure: the engine optimises and, when a rare path first runs, deoptimises each
// on its own, so a long run of articles reaches full speed after a few hundred sentences,
// not thousands.
/**
 * `trace`, when given, receives each claim's party candidates in claim order: what
 * scripts/fit-party.mjs fits the chooser's weights on.
 */
export function extract(article: Article, publishedOverride?: string | null, trace?: PartyCandidate[][], partyWeights?: Readonly<Record<string, number>>): Claim[] {
  const published = normaliseDate(article.published) ?? normaliseDate(publishedOverride ?? null);
  // Years written in the article date partial dates only when publication is unknown: read on first need.
  let years: number[] | null = null;
  const ref = {
    published,
    get years(): number[] {
      return (years ??= yearsIn(article.title, article.subtitle ?? '', article.text));
    },
  };
  const history = new SpeakerHistory();
  // The headline's actor: its first country that is not a recipient or a place ("for Ukraine", "in Kursk").
  const titleCountry = findEntities(article.title).find((e) => e.code && (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'metonym' || e.kind === 'place') && !/\b(?:for|to|in|into|against|from|at|on)\s+(?:the\s+)?$/i.test(article.title.slice(Math.max(0, e.start - 10), e.start)) && !/^\s+(?:says|said|claims|reports|estimates|accuses)\b/i.test(article.title.slice(e.end, e.end + 12)));
  // The article's most named country, read only when a speaker needs it: a scan of every word.
  let counts: Map<string, number> | null = null;
  const countries = (): Map<string, number> => {
    if (counts) return counts;
    counts = new Map<string, number>();
    const all = [article.title, article.subtitle ?? '', article.text].join('\n');
    // A dateline names where a story was filed ("BEIRUT (AP) —"): no side of it.
    const filed = datelines(all);
    for (const e of findEntities(all)) {
      if (filed.some(([a, b]) => e.start >= a && e.end <= b)) continue;
      if (e.code && (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'metonym' || e.kind === 'place')) counts.set(e.code, (counts.get(e.code) ?? 0) + placeWeight(all, e));
    }
    return counts;
  };
  // A speaker's home is a state: the UN or the EU, however often named, is no one's country by default.
  history.homeCountry = () => [...countries().entries()].filter(([code]) => !NOT_A_SIDE.has(code)).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // The sides of the conflict as this article names them, read on first need.
  let sides: Sides | null = null;
  const sidesNow = (): Sides => (sides ??= sidesOf(countries()));
  const st: Reading = { published, ref, history, work: [], hedged: [], sides: sidesNow };
  const fields: Array<[ClaimField, string]> = [
    ['title', article.title],
    ['subtitle', article.subtitle ?? ''],
    ['body', article.text],
  ];
  const tables = readTables(article.text, ref, (s) => runFinders({ field: 'body', text: s, published }));
  const headings = new Map<number, string | null>();
  const plan = planSentences(fields, tables, headings);
  const sections = sectionsOf(headings);
  // Each pass goes over all the article's sentences before the next starts: one pass's
  // code and compiled patterns stay hot in the processor's caches, where reading sentence
  // by sentence cycled through all of them for every sentence (18% slower). Each of these
  // passes reads a sentence alone; only the reading after them carries anything from one
  // sentence to the next.
  for (const p of plan) p.mentions = p.cell ? cellFigures(p.cell, runFinders({ field: p.field, text: p.s.text, published })) : wordless(p.s.text, (p.mentions = runFinders({ field: p.field, text: p.s.text, published }))) ? NONE : p.mentions;
  for (const p of plan) readFrames(p);
  for (const p of plan) if (p.hedged) p.hedge = sentenceHedge(p.s.text);
  for (const p of plan) if (!p.frames.length) p.subject = subjectOf(p.s.text);
  // A liveblog entry's own time is the reference for the dates written in it.
  const entries = article.entries ?? [];
  const entryDate = (offset: number): string | null => normaliseDate(entries.find((e) => e.start <= offset && offset < e.end)?.published ?? null);
  const refAt = (p: Planned): DateReference => {
    const d = p.field === 'body' && entries.length ? entryDate(p.s.start) : null;
    return d ? { published: d, years: ref.years } : ref;
  };
  for (const p of plan) {
    if (!(p.mentions.length || p.frames.length) || !DATE_WORDS.test(p.s.text)) continue;
    // "GAZA CITY, 1 January 2024 (Wire) –": the day a story was filed dates neither its figures nor their span.
    const filed = p.opens ? DATELINE.exec(p.s.text)?.[0].length ?? 0 : 0;
    p.dates = findDates(p.s.text, refAt(p)).filter((d) => d.start >= filed);
  }
  for (const p of plan) if (p.mentions.length) p.triggers = findTriggers(p.s.text);
  for (const p of plan) if (p.mentions.length) p.entities = findEntities(p.s.text);
  for (const p of plan) if (p.mentions.length && !p.frames.length) p.reportOnly = reportOnly(p.s.text);
  let previous: Said | null = null;
  // An interview's answers are its subject's words: the person it quotes before its first question,
  // on the day it says the interview was held.
  let interviewee: Said | null = null;
  let asked = false;
  // A statement that ends in a colon heads the list under it ("The agency gave the toll in its
  // update:"): the list's short items, a paragraph each, are its words.
  let heads: Said | null = null;
  // A transcript's turns: the paragraphs under a speaker's label are that speaker's, until the next label;
  // a question's label ends the turn.
  let turn: Said | null = null;
  let labelled = false;
  for (const p of plan) {
    const label = p.opens && p.field === 'body' ? (ASKER_LABEL.test(p.s.text) ? 'asker' : CAPS_LABEL.test(p.s.text) ? 'speaker' : null) : null;
    if (label) labelled = true;
    if (label === 'asker') turn = null;
    // (A label ending in a colon heads a turn, not a list.)
    if (label) heads = null;
    const answer = p.opens && p.field === 'body' && answers(p.text, p.s.start);
    if (answer && !asked) {
      asked = true;
      if (interviewee) interviewee = { source: interviewee.source, date: interviewDate(article.text, refAt(p)), interview: true };
    }
    let inherited = p.opens ? (answer ? interviewee : label ? null : turn) : previous;
    if (p.opens && !answer) {
      if (heads && p.field === 'body' && listItem(p.text, p.s.start)) inherited = heads;
      else heads = null;
    }
    const before = st.work.length;
    previous = readSentence(st, p, inherited);
    if (p.field === 'body' && previous && !label && HEADS_LIST.test(p.s.text) && /^\s*\n/.test(p.text.slice(p.s.end, p.s.end + 3))) {
      heads = { ...previous, loser: leadInLoser(p.s.text, p.entities ?? findEntities(p.s.text)) };
    }
    if (!asked && previous && isPersonSource(previous.source)) interviewee = previous;
    if (label === 'speaker') {
      turn = previous && turnSpeaker(previous.source) ? { source: previous.source, date: interviewDate(article.text, refAt(p)) ?? previous.date, interview: true } : null;
      // (The labelled answer itself is said on the day the transcript gives, as the turn's later paragraphs are.)
      if (turn?.date) for (const w of st.work.slice(before)) if (w.source?.name === turn.source.name && (!w.dateOwn || w.statedOn === previous!.date)) [w.statedOn, w.dateOwn] = [turn.date, true];
    }
    // (Outside a transcript no turn runs on: a paragraph with no label of its own speaks for itself.)
    else if (!labelled) turn = null;
  }
  // A liveblog entry's own time dates the claims in it that have no date of their own.
  carry(st.work, st.hedged, published, history, titleCountry, st.work.length ? sidesNow() : NO_SIDES, entryDate, sections, partyWeights);
  if (trace) for (const w of st.work) trace.push(w.partyCandidates);
  // The last figure with a period so far: "over the same period" reaches back to it. Kept
  // as the claims are made, since a paragraph may hold a hundred thousand figures.
  let lastPeriod: Work | null = null;
  const claims: Claim[] = [];
  // The days the article gives its truce, war or offensive, read on first need.
  let events: Map<string, string> | null = null;
  const eventDate = (kind: string): string | null => (events ??= datedEvents(article.text, ref)).get(kind) ?? null;
  // The outlet's own count is the outlet asserting it (contract: source null): "a Reuters tally" in Reuters copy.
  const ownOutlet = outletWords(article.outlet);
  for (const w of st.work) {
    if (w.source && ownOutlet && isOwnOutlet(w.source, ownOutlet)) {
      w.source = null;
      w.sourceHow = 'none';
    }
    claims.push(toClaim(w, lastPeriod && lastPeriod.paragraph >= w.paragraph - 1 ? lastPeriod.period : null, eventDate));
    if (w.period) lastPeriod = w;
  }
  return claims;
}

/** Outlets' short names, as their copy names them. */
const OUTLET_SHORT: Record<string, string> = { 'agence france-presse': 'afp', 'associated press': 'ap', 'deutsche presse-agentur': 'dpa', 'agencia efe': 'efe' };

/** The words of an outlet's name (lower case, no "the"), and its short name if it has one; null for none. */
function outletWords(outlet: string | null | undefined): { words: string[]; short: string | null } | null {
  const name = outlet?.toLowerCase().replace(/^the\s+/, '').trim();
  if (!name) return null;
  return { words: name.split(/\s+/), short: OUTLET_SHORT[name] ?? null };
}

/** A source that is the article's own outlet, or its count: "Reuters", "a Reuters tally of air force data", "AFP's analysis". */
function isOwnOutlet(src: Source, own: { words: string[]; short: string | null }): boolean {
  const words = src.name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const at = words.findIndex((w, i) => own.words.every((o, k) => words[i + k] === o));
  const lead = at >= 0 ? at : own.short ? words.indexOf(own.short) : -1;
  // (The outlet must head the name: "figures cited by Reuters" names another's figures.)
  return lead >= 0 && lead <= 1 && (src.kind === 'media' || words.length <= own.words.length + 1 || words.slice(lead).some((w) => STATEMENT_NOUNS.has(w)));
}

/** One sentence to read, with what the passes over all sentences found in it. */
interface Planned {
  field: ClaimField;
  /** The field's whole text. */
  text: string;
  paragraph: number;
  s: Segment;
  /** The first sentence of its paragraph. */
  opens: boolean;
  /** It starts inside a quotation a sentence before it opened; one is still open at its end. */
  inQuote?: boolean;
  quoteRunsOn?: boolean;
  /** The paragraph holds a sentence hedge somewhere. */
  hedged: boolean;
  /** The sentence's figures, offsets its own. */
  mentions: Mention[];
  frames: Frame[];
  /** The sentence model, read when the sentence holds a figure or may hold a statement. */
  model: SentenceModel | null;
  /** Its own hedge ("could not be verified"), read when the paragraph holds one. */
  hedge: string | null;
  /** The person it opens with, read when it has no statement. */
  subject: Speaker | null;
  /** Read when it holds a figure or a statement. */
  dates: DateHit[];
  /** Read when it holds a figure. */
  triggers: TriggerHit[] | null;
  entities: Entity[] | null;
  /** Read when it holds a figure and no statement. */
  reportOnly: boolean;
  /** A figure of a table: the sentence is what the table says of it (tables.ts). */
  cell?: TableCell;
}

/** A heading line: a few words with no sentence's end and no figure but an item's number ("1. INDONESIA (PAPUA)", "SOMALIA"). */
const HEADING = /^(?:\d{1,2}[.)]\s{1,2})?[^\d.!?:;,]{2,58}$/;

/** The countries a heading names, when it is a heading: one code, null for none or several; undefined for no heading. */
function headingCountry(text: string): string | null | undefined {
  const t = text.trim();
  if (!HEADING.test(t) || t.split(/\s+/).length > 8) return undefined;
  const codes = new Set(findEntities(t).filter((e) => e.code && e.code.length === 2 && (e.kind === 'country' || e.kind === 'place')).map((e) => e.code!));
  return codes.size === 1 ? [...codes][0] : null;
}

/** The sections of a roundup: only when two or more headings each name one country (else an article's lone heading would re-side it). */
function sectionsOf(headings: Map<number, string | null>): Array<[number, string | null]> {
  const named = [...headings.values()].filter((c) => c !== null).length;
  return named >= 2 ? [...headings.entries()].sort((a, b) => a[0] - b[0]) : [];
}

/**
 * The sentences of the article's fields in reading order, less paragraphs that leave nothing
 * behind; `headings` receives each short heading paragraph and the one country it names.
 */
function planSentences(fields: Array<[ClaimField, string]>, tables: Map<number, TableRowCells> | null, headings: Map<number, string | null>): Planned[] {
  const plan: Planned[] = [];
  let paragraphNo = 0;
  let table = 0;
  for (const [field, text] of fields) {
    if (!text) continue;
    const paras = field === 'body' ? paragraphs(text) : [{ start: 0, end: text.length, text }];
    for (const para of paras) {
      // A table's rows are one paragraph; each figure is read on its own, as the table states it.
      const rows = field === 'body' ? tables?.get(para.start) : undefined;
      if (rows) {
        if (rows.table !== table) paragraphNo++;
        table = rows.table;
        for (const cell of rows.cells) plan.push({ field, text, paragraph: paragraphNo, s: { start: cell.start, end: cell.end, text: cell.context }, opens: true, hedged: false, mentions: NONE, frames: NO_FRAMES, model: null, hedge: null, subject: null, dates: NO_DATES, triggers: null, entities: null, reportOnly: false, cell });
        continue;
      }
      table = 0;
      paragraphNo++;
      if (field === 'body' && para.text.length <= 60) {
        const h = headingCountry(para.text);
        if (h !== undefined) headings.set(paragraphNo, h);
      }
      // A paragraph with no figure, no statement and no named subject leaves nothing behind.
      // (A transcript's speaker or question label opens or ends a turn, figures or not.)
      if (field === 'body' && !mayHoldFigure(para.text) && !mayHoldFrame(para.text, field) && !SUBJECT_CUE.test(para.text) && !CAPS_LABEL.test(para.text) && !ASKER_LABEL.test(para.text)) continue;
      // A sentence hedge is rare: one scan of the paragraph spares one per sentence.
      const hedged = sentenceHedge(para.text) !== null;
      let opens = true;
      let quoted = false;
      for (const s of sentences(para.text, para.start)) {
        const inQuote = quoted;
        quoted = quoteOpenAfter(s.text, quoted);
        plan.push({ field, text, paragraph: paragraphNo, s, opens, hedged, mentions: NONE, frames: NO_FRAMES, model: null, hedge: null, subject: null, dates: NO_DATES, triggers: null, entities: null, reportOnly: false, inQuote, quoteRunsOn: quoted });
        opens = false;
      }
    }
  }
  return plan;
}
const NONE: Mention[] = [];

/** Whether a quotation is open after `text`, given whether one was open before it (curly marks open and close; a straight one toggles). */
function quoteOpenAfter(text: string, open: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 0x22) open = !open;
  }
  return open;
}

/** The sentence model and its reporting frames, for a sentence with a figure or a possible statement. */
function readFrames(p: Planned): void {
  const frames: Frame[] = [];
  if (p.field === 'title') titleFrames(p.s.text, frames);
  // A body line that opens "Name: …" (an interview's answers, a live blog's key points) is that speaker's, as a headline's is.
  // (A transcript's label in capitals, "MS. WHITCOMBE: …", reads as the name it is.)
  else if (p.field === 'body' && p.opens && p.s.text.includes(':')) {
    const caps = CAPS_LABEL.exec(p.s.text);
    titleFrames(caps ? capsToName(caps.groups!.np) + p.s.text.slice(caps.groups!.np.length) : p.s.text, frames, true);
  }
  if (!p.mentions.length && !mayHoldFrame(p.s.text, p.field)) {
    p.frames = frames.length ? frames : NO_FRAMES;
    return;
  }
  const entities = (p.entities ??= findEntities(p.s.text));
  const names: Array<[number, number]> = [];
  for (const e of entities) names.push([e.start, e.end]);
  const numbers: Array<[number, number]> = [];
  for (const m of p.mentions) numbers.push([m.start, m.end]);
  p.model = readModel(p.s.text, names, numbers, p.inQuote === true);
  for (const f of modelFrames(p.model, p.field, entities)) if (!frames.some((o) => o.start <= f.start && f.end <= o.end)) frames.push(f);
  frames.sort((a, b) => a.start - b.start);
  p.frames = frames.length ? frames : NO_FRAMES;
}
const NO_FRAMES: Frame[] = [];
const NO_DATES: DateHit[] = [];

/**
 * Reads one sentence: its statements into the speaker history, its figures into
 * `st.work`. Returns the paragraph's last statement after it.
 */
function readSentence(st: Reading, p: Planned, previous: Said | null): Said | null {
  const { history } = st;
  const { field, text, paragraph, s, mentions, hedge, dates } = p;
  let { frames } = p;
  // "The figure could not be independently verified." qualifies its figures and those before it.
  if (hedge) st.hedged.push({ paragraph, start: s.start, hedge });
  if (!mentions.length && !frames.length) {
    // Most sentences: no figure and no statement, only a possible subject.
    if (!p.quoteRunsOn) st.quoted = undefined;
    history.beginSentence();
    if (p.subject) history.mention(p.subject);
    return previous;
  }
  // The sentence's names, scanned at most once and only if a speaker or a figure needs them.
  let sentenceEntities = p.entities;
  const entitiesOf = (): Entity[] => (sentenceEntities ??= findEntities(s.text));
  // Speakers are resolved and remembered in reading order, so "its" later in the
  // sentence finds the one named before it; statements without figures count too.
  history.beginSentence();
  // "Its count was 12 dead, the ministry said": a pronoun with nobody before it to point
  // at names no one; its frame leaves the sentence's other frames to speak.
  if (frames.some((f) => f.speaker.anaphor !== null)) frames = frames.filter((f) => f.speaker.anaphor === null || history.canResolve(f, s.text, entitiesOf));
  // Loops into array literals, not map(): see mapMentions (mention.ts).
  const frameDates: Array<DateHit | null> = [];
  for (const f of frames) frameDates.push(frameDate(s.text, f, dates));
  const resolved: Array<Source | null> = [];
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (f.speaker.name === REPORTS_SPEAKER) {
      resolved.push(null);
      continue;
    }
    const r = history.resolve(f, s.text, entitiesOf);
    const d = frameDates[i];
    history.remember(r, d && d.kind !== 'vague' && d.kind !== 'same' ? d.value : null);
    resolved.push(r);
  }
  if (!frames.length && p.subject) history.mention(p.subject);
  settleQuote(st, p, frames, resolved, frameDates);
  if (!mentions.length) return lastStatement(resolved, frameDates);
  const onlyReported = (p.reportOnly && !frames.length) || frames.some((f) => f.speaker.name === REPORTS_SPEAKER);
  const fs: FigureSentence = {
    field,
    text,
    paragraph,
    sentence: s,
    mentions,
    frames,
    model: p.model,
    resolved,
    frameDates,
    dates,
    // Set by the triggers pass for every sentence with a figure.
    triggers: p.triggers!,
    entities: entitiesOf(),
    onlyReported,
    previous,
    hedge,
  };
  let prevWork: Work | null = null;
  const firstWork = st.work.length;
  for (const m of mentions) {
    prevWork = readFigure(st, fs, m, prevWork);
    if (p.cell) tableFigure(prevWork, p.cell, st.work[st.work.length - 1]);
    st.work.push(prevWork);
  }
  if (p.quoteRunsOn) (st.quoted ??= []).push(...st.work.slice(firstWork).filter((w) => w.sourceHow !== 'own'));
  if (frames.length) return lastStatement(resolved, frameDates);
  return onlyReported ? null : previous;
}

/**
 * "“We lost 12 men. We also lost three tanks,” the commander said": a quotation that runs over
 * several sentences is the speaker's named where it closes, the figures of its first sentences too.
 */
function settleQuote(st: Reading, p: Planned, frames: Frame[], resolved: Array<Source | null>, frameDates: Array<DateHit | null>): void {
  const waiting = st.quoted;
  if (!waiting?.length || p.quoteRunsOn) return;
  st.quoted = undefined;
  if (!p.inQuote) return;
  const i = resolved.findIndex((r) => r !== null);
  const source = i >= 0 ? resolved[i] : null;
  if (!source) return;
  const d = frameDates[i];
  for (const w of waiting) {
    if (w.paragraph !== p.paragraph) continue;
    w.source = source;
    w.sourceHow = 'own';
    w.frame = frames[i];
    if (d?.value && d.kind !== 'vague' && d.kind !== 'same' && !w.dateOwn) {
      w.statedOn = d.value;
      w.dateOwn = true;
    }
    w.evidence.push({ field: 'source', pass: 'quotation', span: null, text: source.name });
  }
}

/** After a verb of committing oneself: to send people ("pledged to send up to", "agreed to deploy another"). */
const PLEDGED_TO_SEND = /^\s{1,2}to\s{1,2}(?:send|deploy|contribute|station|dispatch)\s{1,2}(?:(?:up\s{1,2}to|about|around|some|nearly|another|a\s{1,2}further|an\s{1,2}additional|more\s{1,2}than|at\s{1,2}least)\s{1,2})?$/i;

/** The sentence's last statement, for the figures after it in the paragraph; null when it was only reported. */
function lastStatement(resolved: Array<Source | null>, frameDates: Array<DateHit | null>): Said | null {
  const source = resolved[resolved.length - 1];
  return source ? { source, date: frameDates[frameDates.length - 1]?.value ?? null } : null;
}

/** Every field of one figure that its sentence gives; `prevWork` is the sentence's figure before it. */
function readFigure(st: Reading, fs: FigureSentence, m: Mention, prevWork: Work | null): Work {
  const { history, published } = st;
  const { field, frames, resolved, frameDates, dates, onlyReported, sentence: s, hedge: h } = fs;
  const local = s.text;
  let unit = attachUnit(local, m);
  if (unit.cls === 'none' && fs.model) unit = countedNoun(fs.model, m, unit);
  // "Drone launches rose to 2,560": the subject's noun is what the bare figure counts.
  const subject = unit.cls === 'none' ? subjectNoun(local, m) : null;
  if (subject) unit = { ...unit, ...subject.unit, nounEnd: unit.nounEnd };
  let inherited = false;
  // "29 drones were intercepted, and 48 more overnight": "more" counts what the figure before it counted.
  const more = unit.noun === 'more' && ELLIPTIC_MORE.test(local.slice(m.end, unit.nounEnd));
  if (more && prevWork && prevWork.unit.cls !== 'none') {
    unit = { ...prevWork.unit, nounEnd: unit.nounEnd, noun: null };
    inherited = true;
  }
  // A bare figure in a list counts what the figure before it counts ("354 in February"); not one past a
  // semicolon ("fires 550 missiles at Israel; 28 killed"), which starts a clause of its own.
  // (A bare number after a share is no share: "86% of the drones were shot down, while 36 struck" counts
  // what the share was of.)
  const pastSemicolon = !!prevWork && /;/.test(local.slice(prevWork.mention.end, m.start));
  // ("killing nine people and destroying 1,600 shelters": a figure a verb of its own governs counts what that verb names.)
  const ownVerb = OWN_VERB_BEFORE.test(local.slice(Math.max(0, m.start - 40), m.start));
  if (unit.cls === 'none' && prevWork && !pastSemicolon && !ownVerb) {
    if (prevWork.unit.cls !== 'share') {
      unit = { ...prevWork.unit, nounEnd: unit.nounEnd, noun: null };
      inherited = true;
    } else if (prevWork.unit.of === 'person' || prevWork.unit.of === 'projectile' || prevWork.unit.of === 'equipment') {
      unit = { ...unit, cls: prevWork.unit.of, unit: prevWork.unit.of === 'person' ? 'person' : 'item' };
      inherited = true;
    }
  }
  // "An estimated 25,000 others have crossed": with no figure before it in the sentence, "others" are people.
  if (unit.cls === 'none' && !inherited && !prevWork && OTHERS_AFTER.test(local.slice(m.end, m.end + 10))) unit = { ...unit, cls: 'person', unit: 'person' };
  const frame = fs.model ? chooseFrame(fs.model, frames, m.start, m.end)?.frame ?? nearestFrame(frames, m.start, fs.text) : frames[0] ?? null;
  const clause = clauseOf(local, m, frame);
  const triggers = governing(fs.model, fs.triggers, m.start, unit.nounEnd) ?? (subject ? fs.triggers.filter((t) => t.start >= subject.start && t.end <= m.start) : fs.triggers);
  const classOf = (o: Mention): QuantityClass => {
    let cls = CLASS_OF.get(o);
    if (cls === undefined) {
      const u = attachUnit(local, o);
      cls = u.cls === 'none' && fs.model ? countedNoun(fs.model, o, u).cls : u.cls;
      CLASS_OF.set(o, cls);
    }
    return cls;
  };
  let mr = attachMeasure(local, m, unit.nounEnd, unit.cls, triggers, fs.mentions, [0, local.length], unit.of, classOf);
  // "airstrikes in Sagaing (41), Magway (19) and Chin (12)": a bare count in brackets after a name counts
  // the noun the list hangs on.
  if (!mr && unit.cls === 'none' && BRACKET_AFTER_NAME.test(local.slice(Math.max(0, m.start - 40), m.start)) && /^\s?\)/.test(local.slice(m.end, m.end + 2))) {
    for (let i = triggers.length - 1; i >= 0; i--) {
      const t = triggers[i];
      if (t.end > m.start || m.start - t.end > 120) continue;
      const head = unitAt(local, t.start, m);
      if (head.cls === 'none' || head.nounEnd > t.end || head.nounEnd <= t.start) continue;
      // The noun's own trigger, or else its default measure (below), counts the bracketed figures.
      unit = { ...head, nounEnd: unit.nounEnd, noun: null };
      mr = attachMeasure(local, m, unit.nounEnd, head.cls, [t], fs.mentions, [0, local.length]);
      break;
    }
  }
  // "A further 38 were destroyed over the border": a bare figure whose verb counts things, not
  // people, counts the things the paragraph (or the one before) last counted.
  // ("fired 14 missiles; 13 were intercepted": past a semicolon, a clause of its own does the same.)
  if (!mr && (unit.cls === 'none' || (more && !inherited)) && (!prevWork || pastSemicolon)) {
    const last = lastThing(st.work, fs.paragraph);
    const again = last ? attachMeasure(local, m, unit.nounEnd, last.unit.cls, triggers, fs.mentions, [0, local.length]) : null;
    if (last && again) {
      mr = again;
      unit = { ...last.unit, nounEnd: unit.nounEnd, noun: null };
    }
  }
  let measure: Measure = 'other';
  let how: Work['measureHow'] = 'none';
  if (mr) {
    measure = mr.measure;
    how = 'trigger';
  } else if (prevWork && prevWork.unit.cls === unit.cls && prevWork.measure !== 'other' && listJoin(local.slice(prevWork.unit.nounEnd, m.start))) {
    // "41 tanks, 63 armoured vehicles and 18 guns": one frame for the list.
    measure = prevWork.measure;
    how = 'inherited';
  } else if (inherited && prevWork) {
    measure = prevWork.measure;
    how = 'inherited';
  } else {
    const d = defaultMeasure(unit, local);
    if (d) {
      measure = d;
      how = 'default';
    }
  }
  // "How many attacks did you record? — 212, up from 170.", "Refugees by host country: / Egypt — 1.5 million":
  // an answer or a list line with no word of its own for what it counts counts what its lead-in asks or heads.
  if (measure === 'other' && how === 'none' && fs.field === 'body') {
    const lead = leadIn(fs.text, s.start);
    if (lead) {
      const asked = unit.cls === 'none' ? askedUnit(lead, m) : null;
      if (asked) unit = { ...asked, nounEnd: unit.nounEnd, noun: null };
      const found = leadInMeasure(lead, unit.cls);
      if (found && found !== 'other') {
        measure = found;
        how = 'inherited';
      }
    }
  }
  if (unit.cls === 'none' && PERSON_MEASURES.has(measure)) unit = { ...unit, unit: 'person', cls: 'person' };
  // "Hezbollah still has tens of thousands of rockets", "a stockpile of 1,500 missiles": weapons held, not fired.
  if (measure === 'strikes' && how === 'default' && unit.cls === 'projectile' && HELD_BEFORE.test(local.slice(Math.max(0, m.start - 40), m.start))) {
    measure = 'other';
    how = 'none';
  }
  // "1 in 4 of the casualties", "nine out of ten homes": the two numbers of a ratio are no counts.
  // (Both numbers small: "about 4,000 out of some 12,000 deployed" is a part and its whole.)
  if (measure !== 'other' && m.low !== null && m.low <= 100 && (RATIO_AFTER.test(local.slice(m.end, m.end + 24)) || RATIO_BEFORE.test(local.slice(Math.max(0, m.start - 24), m.start)))) {
    measure = 'other';
    how = 'none';
  }
  // "36.2 per 1,000 residents", "a rate of 9 per 100,000": a rate against a population and its base are ratios (contract: other).
  if (measure !== 'other' && (PER_POPULATION_AFTER.test(local.slice(m.end, m.end + 40)) || /\bper\s{1,2}$/i.test(local.slice(Math.max(0, m.start - 5), m.start)))) {
    measure = 'other';
    how = 'ruled-out';
  }
  // "deaths rose 40%", "up 50% on the year", "40% more than": a change in per cent is no share of a whole (contract: other).
  if (measure !== 'other' && unit.cls === 'share' && (SHARE_CHANGE_BEFORE.test(local.slice(Math.max(0, m.start - 30), m.start)) || SHARE_CHANGE_AFTER.test(local.slice(m.end, m.end + 24)))) {
    measure = 'other';
    how = 'ruled-out';
  }
  // "If even a third of the missing are dead, the toll would pass 650,000", "1.3 million people could die by 2030": what a
  // condition or a forecast would bring is no count made (contract: projections are not claims).
  if (measure !== 'other' && (HYPOTHETICAL.test(local) || FORECAST_AFTER.test(local.slice(unit.nounEnd, unit.nounEnd + 60)))) {
    measure = 'other';
    how = 'ruled-out';
  }
  // "57% of Ukrainians would reject a deal", "a poll found 74% backed the army": a share of people holding a view is
  // an opinion poll's finding, no count of the war.
  if (measure !== 'other' && unit.cls === 'share' && (OPINION_AFTER.test(local.slice(m.end, m.end + 70)) || POLL_BEFORE.test(local.slice(Math.max(0, m.start - 120), m.start)))) {
    measure = 'other';
    how = 'ruled-out';
  }
  // "about 1,000 more than in 2023", "60 square kilometres more in March than in February", "2,000 fewer than
  // the year before": a difference between two counts is no count (contract: changes are other).
  if (measure !== 'other' && (DIFFERENCE_AFTER.test(local.slice(m.end, m.end + 90)) || (unit.nounEnd > m.end && DIFFERENCE_AFTER.test(local.slice(unit.nounEnd, unit.nounEnd + 90))))) {
    measure = 'other';
    how = 'ruled-out';
  }
  // "40 of the promised tanks are still to be sent", "has not yet allocated €1 billion": aid not yet sent is what remains,
  // whatever pledge or delivery word stands nearer.
  if (AID_MEASURES.has(measure) && measure !== 'aid_remaining' && (STILL_TO_COME_AFTER.test(local.slice(unit.nounEnd, unit.nounEnd + 60)) || AWAITING_BEFORE.test(local.slice(Math.max(0, m.start - 30), m.start)) || (mr?.trigger && mr.trigger.end <= m.start && NOT_YET_BEFORE.test(local.slice(Math.max(0, mr.trigger.start - 20), mr.trigger.start))))) {
    measure = 'aid_remaining';
  }
  // "Inflation reached 145%", "lost 25% of its value", "10% of its refining capacity": a share of an
  // economy, a price or a capacity is no count of war (contract: shares of capacity or output → other).
  if (measure !== 'other' && unit.cls === 'share' && (ECONOMIC_WHOLE.test(local.slice(m.end, m.end + 60)) || ECONOMIC_SUBJECT.test(local.slice(Math.max(0, m.start - 50), m.start)))) {
    measure = 'other';
    how = 'none';
  }
  // "a village about 10 kilometres west of the town", "30 to 40 km from the front line": a distance
  // places something; it is no ground taken. A size ("covers 30,000 square kilometres") neither.
  // ("pushed 10 kilometres into the region", "penetrated 12 kilometres deep": a verb of advancing before it makes the length ground taken.)
  if (measure === 'territory' && ((unit.cls === 'length' && DISTANCE_AFTER.test(local.slice(unit.nounEnd, unit.nounEnd + 40)) && !(mr?.trigger && mr.trigger.end <= m.start && ADVANCING.test(mr.trigger.phrase) && /^\s{1,2}(?:(?:about|around|some|nearly|almost|up\s{1,2}to|more\s{1,2}than|at\s{1,2}least|roughly|another|a\s{1,2}further)\s{1,2})?$/i.test(local.slice(mr.trigger.end, m.start)))) || (unit.cls === 'area' && SIZE_BEFORE.test(local.slice(Math.max(0, m.start - 30), m.start)) && !AREA_TAKEN_BEFORE.test(local.slice(Math.max(0, m.start - 60), m.start))))) {
    measure = 'other';
    how = 'none';
  }
  // "paid the militia 9 billion rubles in wages", "gas projects worth $60 billion": money paid, spent or
  // worth something is aid only where the sentence speaks of aid.
  if (AID_MEASURES.has(measure) && how === 'trigger' && unit.cls === 'money' && mr?.trigger && WEAK_AID.has(mr.trigger.phrase) && !AID_WORDS.test(local) && !ARMS_WORDS.test(local)) {
    measure = 'other';
    how = 'none';
  }
  // "sent 10 warships to the Caribbean", "moved six bombers to the region": platforms moved to a sea, a region or a
  // border are deployed, not given (what goes to a country is given).
  if (AID_MEASURES.has(measure) && how === 'trigger' && unit.cls === 'equipment' && mr?.trigger && MOVED_SET.has(mr.trigger.phrase) && REGION_AFTER.test(local.slice(unit.nounEnd, unit.nounEnd + 60))) measure = 'deployed';
  // "sent 300 drones against 36 locations": weapons sent at a target are fired, not given.
  if (AID_MEASURES.has(measure) && unit.cls === 'projectile' && AIMED_AFTER.test(local.slice(unit.nounEnd, unit.nounEnd + 30))) {
    measure = 'strikes';
  }
  // "4,000 Rwandan troops had crossed into Congo": soldiers crossing a border are deployed, not displaced.
  if (measure === 'displaced' && how === 'trigger' && mr?.trigger && CROSSING.has(mr.trigger.phrase) && unit.military) measure = 'deployed';
  // ("The base hosts 3,000 American troops": soldiers a place hosts are stationed there.)
  if (measure === 'displaced' && how === 'trigger' && mr?.trigger && HOSTING_SET.has(mr.trigger.phrase) && unit.noun && MILITARY_PERSON_NOUNS.has(unit.noun)) measure = 'deployed';
  // Civilians who arrive or are moved somewhere are people displaced, not a deployment.
  if (measure === 'deployed' && how === 'trigger' && mr?.trigger && MOVED_SET.has(mr.trigger.phrase) && unit.noun && CIVILIAN_SET.has(unit.noun)) measure = 'displaced';
  // "freed 25 hostages and handed over eight bodies": the remains of captives handed back are captives returned (contract).
  if (measure === 'killed' && how === 'trigger' && mr?.trigger && REMAINS.test(mr.trigger.phrase) && EXCHANGE.test(local) && CAPTIVES.test(local)) measure = 'captured';
  // "executed 9 prisoners", "40 prisoners died in custody", "killed 13 displaced people": captives or
  // displaced people killed or wounded are the dead or the wounded; the verb counts them, not their plight.
  if ((measure === 'captured' || measure === 'displaced') && how === 'trigger' && mr?.trigger && mr.trigger.start >= m.start && mr.trigger.end <= unit.nounEnd) {
    const before = local.slice(Math.max(0, m.start - 30), m.start);
    const after = local.slice(unit.nounEnd, unit.nounEnd + 40);
    if (CAPTIVES_KILLED_BEFORE.test(before) || CAPTIVES_KILLED_AFTER.test(after)) measure = 'killed';
    else if (WOUNDING_BEFORE.test(before) || WOUNDED_AFTER.test(after)) measure = 'wounded';
  }
  // Civilians who go back to their town are displaced people returning (contract), unless the sentence tells of captives.
  if (measure === 'captured' && how === 'trigger' && mr?.trigger && RETURN_VERBS.has(mr.trigger.phrase) && unit.noun && CIVILIAN_SET.has(unit.noun) && !CAPTIVITY.test(local)) measure = 'displaced';
  const readings = [...partyReadings(local, m.start, m.end, unit.nounEnd, measure, unit.cls, mr?.trigger ?? null, fs.entities, clause, st.sides())];
  const fi = frame ? frames.indexOf(frame) : -1;
  let source: Source | null = fi >= 0 ? resolved[fi] : null;
  // "Kenya has pledged to send 1,000 police officers", "Chad, which agreed to send 400 soldiers": a state
  // that commits itself to sending people sends its own.
  const pledger = source?.affiliation;
  if (measure === 'deployed' && frame && frame.verbEnd <= m.start && pledger && !NOT_A_SIDE.has(pledger) && source!.kind !== 'media' && PLEDGED_TO_SEND.test(local.slice(frame.verbEnd, m.start))) {
    readings.unshift({ party: pledger, counterparty: null, how: 'deployer-subject' });
  }
  // "Russia had lost the following:" over "tanks – 10,047": the lead-in's loser is whose the items are.
  if (fs.previous?.loser && !frames.length && (VICTIM_MEASURES.has(measure) || measure === 'equipment_lost') && !readings.some((r) => DECISIVE.has(r.how))) {
    readings.unshift({ party: fs.previous.loser, counterparty: null, how: 'loser-subject' });
  }
  const pr: PartyResult = readings[0] ?? { party: null, counterparty: null, how: 'none' };
  let sourceHow: Work['sourceHow'] = source ? 'own' : 'none';
  if (fi >= 0 && !source) sourceHow = 'reported';
  else if (!source && onlyReported) sourceHow = 'reported';
  else if (!source && field === 'body' && fs.previous && !onlyReported) {
    source = fs.previous.source;
    sourceHow = 'inherited';
  }
  // Date: the statement's own date, else a day in the figure's clause.
  let statedOn: string | null = null;
  let dateOwn = false;
  let documentDate = false;
  if (sourceHow === 'inherited' && fs.previous?.interview && fs.previous.date) {
    statedOn = fs.previous.date;
    dateOwn = true;
  }
  let estimateDate: DateHit | null = null;
  const fd = fi >= 0 ? frameDates[fi] : null;
  if (fd) {
    dateOwn = true;
    documentDate = DOCUMENT_DATES.has(fd);
    statedOn =
      fd.kind === 'same'
        ? history.dateOf(source) ?? history.lastDate
        : fd.kind === 'before'
          ? shiftDay(history.lastDate ?? published, -1)
          : fd.value;
  } else {
    // "the latest estimate, which dates from August 2024, put …", "its most recent estimate, from June 2024, is …":
    // the day an estimate was made is its statement's.
    // (The date reader may keep the "from" in the date's own text.)
    // … and so is the day a document before the figure was made public: "a study published in March said …".
    const made = dates.find((d) => d.value && d.end <= m.start && (ESTIMATE_FROM.test(local.slice(Math.max(0, d.start - 60), d.start) + (/^from\s/i.test(local.slice(d.start, d.end)) ? 'from ' : '')) || DOCUMENT_MADE_BEFORE.test(local.slice(Math.max(0, d.start - 80), d.start))));
    const cd = made ?? clauseDate(local, dates, clause, m);
    const eventDay = cd || !published ? null : weekdayEvent(local, clause);
    if (cd) {
      statedOn = cd.value;
      dateOwn = true;
      if (made) estimateDate = made;
    } else if (eventDay) {
      // "killed in Thursday's bombing": the event's day, named by its possessive, in the figure's own clause.
      statedOn = dayOnOrBefore(eventDay, published!);
      dateOwn = statedOn !== null;
    }
  }
  const w: Work = {
    field,
    text: fs.text,
    mention: m,
    sentence: s,
    paragraph: fs.paragraph,
    unit,
    measure,
    measureHow: how,
    party: pr.party,
    counterparty: pr.counterparty,
    partyHow: pr.how,
    partyReadings: readings,
    sentTo: AID_MEASURES.has(measure) ? sentTo(local, fs.entities, clause) : null,
    partyCandidates: [],
    location: attachLocation(local, m.start, clause, fs.entities, unit.cls === 'area' ? unit.nounEnd : null),
    frame,
    source,
    sourceHow,
    statedOn,
    dateOwn,
    documentDate,
    hedges: attachHedges(local, m.bound, clause, h),
    evidence: [],
    carriedDate: source ? history.dateOf(source) : null,
    clause,
    dates,
    model: fs.model,
    // "On Friday, 390 Ukrainians came home, Zelensky said": before a closing frame, the opening
    // date is the event's too, so it stays a candidate for the period.
    statementDates: [...frameDates.map((d, i) => (d && frames[i].trailing && d.end <= frames[i].start && d.start < m.start ? null : d)), estimateDate],
    period: null,
  };
  if (frame) w.evidence.push({ field: 'source', pass: 'SourceAttacher', span: [s.start + frame.start, s.start + frame.verbEnd], text: local.slice(frame.start, frame.verbEnd) });

  if (mr?.trigger) w.evidence.push({ field: 'measure', pass: 'MeasureAttacher', span: [s.start + mr.trigger.start, s.start + mr.trigger.end], text: local.slice(mr.trigger.start, mr.trigger.end) });
  if (fd && fd.end > fd.start) w.evidence.push({ field: 'statedOn', pass: 'dates', span: [s.start + fd.start, s.start + fd.end], text: local.slice(fd.start, fd.end) });
  return w;
}

/**
 * The verb a figure is the subject of ("2,700 had been wounded", "300 were killed"): after
 * the counted noun, auxiliaries and adverbs, a trigger that starts there governs the
 * figure and decides its measure, whatever other triggers stand nearer before it.
 */
function governing(model: SentenceModel | null, triggers: TriggerHit[], start: number, nounEnd: number): TriggerHit[] | null {
  if (!model) return null;
  const ts = model.tokens;
  // Through a modifier of the subject ("recruits sent to the front have been killed",
  // "900 of the 2,000 recruits sent in May were wounded") to its verb group.
  for (let k = tokenAt(model, nounEnd), n = 0; k < ts.length && n < GOVERNING_REACH; k++, n++) {
    const t = ts[k];
    if ((t.tag === 'PUNCT' && t.text !== '-') || t.tag === 'SCONJ' || t.tag === 'REL' || t.tag === 'CCONJ' || t.tag === 'QUOTE') return null;
    if (t.tag !== 'AUX') continue;
    let v = k;
    while (v < ts.length && (ts[v].tag === 'AUX' || ts[v].tag === 'ADV' || ts[v].tag === 'NEG')) v++;
    if (v >= ts.length) return null;
    const at = ts[v].start;
    const hit = triggers.filter((h) => h.start === at);
    // A trigger inside the figure's own noun phrase ("31,000 displaced people have moved") still counts first.
    if (hit.length) return [...hit, ...triggers.filter((h) => h.start >= start && h.end <= nounEnd)];
    // "about 4,000 have become battle casualties", "3,000 were refugees": after a copula
    // the predicate noun names what the figure counts.
    if (!COPULAS.has(ts[v].lower) && ts[k].lower !== 'were' && ts[k].lower !== 'are' && ts[k].lower !== 'was' && ts[k].lower !== 'is') return null;
    for (let j = COPULAS.has(ts[v].lower) ? v + 1 : v, n = 0; j < ts.length && n < PREDICATE_REACH; j++, n++) {
      const tj = ts[j];
      if (tj.tag === 'PUNCT' || tj.tag === 'SCONJ' || tj.tag === 'REL' || tj.tag === 'CCONJ' || tj.tag === 'VERB') return null;
      const pred = triggers.filter((h) => h.start === tj.start);
      if (pred.length) return pred;
    }
    return null;
  }
  return null;
}
/** Verbs that link a subject to what it is: their predicate noun names the figure's measure. */
const COPULAS = new Set(['become', 'became', 'becomes', 'remain', 'remained', 'remains']);
/** How many tokens a predicate noun may stand after its copula ("become [battle] casualties"). */
const PREDICATE_REACH = 4;
/** How many tokens after its noun a figure's verb group may start. */
const GOVERNING_REACH = 9;

/** What joins the items of one list, or a part to its whole: "41 tanks, 63 vehicles and …", "3,000 recruits, among them 90 officers". */
const LIST_JOINS = new Set(['', ',', 'and', 'or', ', and', ', or']);
const PART_JOINS = new Set(['including', 'among them', 'of them', 'of whom', 'with']);
/** Read on the words, not by a pattern: runs of spaces must cost linear time. */
function listJoin(gap: string): boolean {
  const g = gap.trim().replace(/\s+/g, ' ').replace(/ ,/g, ',');
  return LIST_JOINS.has(g) || PART_JOINS.has(g.replace(/^, ?/, ''));
}

/** Plural endings of nouns for people ("miners", "journalists", "Syrians", "fishermen", "evacuees"). */
const PERSON_ENDING = /(?:ers|ors|ists|ians|men|ees|ants|ents|ives|ites)$/;
/** Endings like people's that name things: "38 incidents", "12 settlements", "four power plants". */
// ("1,600 shelters", "40 tents", "12 sites", "six generators": things, though they end as "miners" and "migrants" do.)
const THING_ENDING = /(?:(?<!displace)ments|incidents|accidents|events|plants|grants|restaurants|tents|contents|sites|satellites|shelters|containers|trailers|computers|transformers|generators|towers|quarters|borders|centers|chambers|barriers|heaters|boosters|markers|papers|letters|numbers|orders|layers|rivers|tractors|reactors|sectors|corridors|elevators|bunkers|buffers|filters|meters|litres|liters)$/;

/**
 * A figure the unit lexicon could not read, followed by a noun: what it counts is that
 * noun ("155 apartment buildings", "seven flats", "two rounds"), a thing with no measure
 * of its own, unless the noun's ending names people. Only a figure with no noun after it
 * ("wounded 1,835", "1,200 a day") waits for a trigger or the carry rules.
 */
function countedNoun(model: SentenceModel, m: Mention, unit: UnitResult): UnitResult {
  const ts = model.tokens;
  const first = tokenAt(model, m.end);
  let k = first;
  // Modifiers before the head: "apartment buildings", "junta troops", "Hezbollah targets".
  for (;;) {
    // "33 armoured fighting vehicles", "40 guided bombs": a participle before a noun modifies it.
    while (k < ts.length && (ts[k].tag === 'ADJ' || ts[k].tag === 'NOUN' || ts[k].tag === 'PROPN' || (ts[k].tag === 'VERB' && /(?:ing|ed)$/.test(ts[k].lower))) && !knownNoun(ts[k].lower) && ts[k + 1] && (ts[k + 1].tag === 'NOUN' || (ts[k + 1].tag === 'VERB' && /ing$/.test(ts[k + 1].lower) && ts[k + 2]?.tag === 'NOUN') || (ts[k].tag === 'PROPN' && ts[k + 1].tag === 'PROPN') || (ts[k + 1].tag === 'PROPN' && ts[k + 2]?.tag === 'NOUN')) && !model.figure[k + 1] && k - first < 5) k++;
    // "728 attack and decoy drones": coordinated modifiers share the head after them.
    const c = ts[k + 1];
    if (c && c.tag === 'CCONJ' && (c.lower === 'and' || c.lower === 'or') && !knownNoun(ts[k].lower) && ts[k + 2] && (ts[k + 2].tag === 'NOUN' || ts[k + 2].tag === 'ADJ') && (ts[k + 3]?.tag === 'NOUN' || ts[k + 3]?.tag === 'ADJ' || ts[k + 3]?.tag === 'PROPN') && k - first < 4) {
      k += 2;
      continue;
    }
    break;
  }
  // "65,000 pieces of equipment", "three types of missiles": the noun after "of" is counted.
  if (ts[k] && PARTITIVES.has(ts[k].lower) && ts[k + 1]?.lower === 'of') {
    const sub = countedNoun(model, { ...m, end: ts[k + 1].end }, unit);
    return sub.cls === 'none' ? unit : sub;
  }
  const t = ts[k];
  // "90,000 Lebanese have fled": a demonym in -ese standing alone is its people ("Sudanese refugees" is not alone).
  if (t && k === first && t.tag === 'PROPN' && /ese$/i.test(t.text) && !(ts[k + 1] && (ts[k + 1].tag === 'NOUN' || ts[k + 1].tag === 'PROPN' || ts[k + 1].tag === 'ADJ'))) return { ...unit, unit: 'person', cls: 'person', noun: t.lower, nounEnd: t.end };
  // "79 F-16s", "12 T-72s", "three Su-25s": a model designator in the plural counts machines.
  if (t && (k === first || ts.slice(first, k).every((x) => x.tag === 'PROPN' || x.tag === 'ADJ')) && MODEL_PLURAL.test(t.text)) return { ...unit, unit: 'item', item: t.text.slice(0, -1), cls: 'equipment', noun: t.lower, nounEnd: t.end };
  // "one Su-30", "one MiG-21 Bison": a single machine of a model.
  if (t && k === first && m.low === 1 && m.high === 1 && MODEL_SINGLE.test(t.text)) return { ...unit, unit: 'item', item: t.text, cls: 'equipment', noun: t.lower, nounEnd: t.end };
  if (!t || t.tag !== 'NOUN' || model.figure[k] || t.cap || !/^\p{Ll}[\p{L}-]+$/u.test(t.text)) return unit;
  // A word of the measures the tagger took for a modifier is the verb ("Thousands flee port district");
  // ("849 evacuation centres": a noun of the measures still modifies one.)
  for (let j = first; j < k; j++) if (isTriggerWord(ts[j].lower) && VERB_FORM.test(ts[j].lower)) return unit;
  const phrase = ts.slice(first, k + 1).map((x) => x.lower).join(' ');
  // "three times more drones", "five times as many": a multiplier, not occasions.
  if (t.lower === 'times' && MULTIPLIER_AFTER.test(model.text.slice(t.end, t.end + 12))) return { ...unit, unit: 'other', cls: 'thing', noun: t.lower, nounEnd: t.end };
  const item = itemNoun(phrase) ?? itemNoun(t.lower);
  if (item) return { ...unit, unit: 'item', item: item.item, cls: item.cls, noun: t.lower, nounEnd: t.end };
  if (PERSON_NOUN_SET.has(t.lower)) return { ...unit, unit: 'person', cls: 'person', noun: t.lower, nounEnd: t.end, military: MILITARY_PERSON_NOUNS.has(t.lower) };
  if (isTriggerWord(t.lower) || isTriggerWord(phrase)) return unit;
  // A participle reaches only a noun the lexicon knows: "killed 12 unarmed …" is no thing counted.
  // (Nor a word of the measures the tagger took for a modifier: "Thousands flee port district".)
  for (let j = first; j < k; j++) if (ts[j].tag === 'VERB') return unit;
  if (PERSON_ENDING.test(t.lower) && !THING_ENDING.test(t.lower)) return { ...unit, unit: 'person', cls: 'person', noun: t.lower, nounEnd: t.end };
  return { ...unit, unit: 'other', cls: 'thing', noun: t.lower, nounEnd: t.end };
}
const PERSON_NOUN_SET = new Set(PERSON_NOUNS);
/** Words of the measures that are only verbs ("flee", "fled", "died"), never a modifier as "attack drones" or "evacuation centres" have. */
const VERB_FORM = /^(?:flee|flees|die|dies|escape|escapes|return|returns|cross|crosses|\p{Ll}+ed)$/u;
/** A maker's model in the plural: letters, a hyphen, a number ("F-16s", "MiG-29s", "T-72s", "S-300s"). */
const MODEL_PLURAL = new RegExp(`^${MODEL_DESIGNATOR}s$`, 'u');
const MODEL_SINGLE = new RegExp(`^${MODEL_DESIGNATOR}$`, 'u');

/**
 * A bare figure that completes a verb of amount ("drone launches rose to 2,560", "May's
 * drone total had been 3,974", "missile launches hit a record 127"): the counted noun of
 * the subject just before the verb, and where that subject starts.
 */
function subjectNoun(text: string, m: Mention): { unit: Pick<UnitResult, 'unit' | 'item' | 'cls' | 'noun' | 'military'>; start: number } | null {
  const from = Math.max(0, m.start - 70);
  const before = text.slice(from, m.start);
  const v = AMOUNT_VERB.exec(before);
  // "put the number of rebel fighters at about 3,000": the noun of what is numbered.
  const put = v ? null : NUMBER_PUT_AT.exec(before);
  if (!v && !put) return null;
  // "Missile launches, by contrast, rose to 127": an aside between subject and verb.
  // ("The death toll from the strike on Odesa has risen to 45": the head is before its
  // prepositional phrases; the strike is where the toll comes from, not what it counts.)
  const whole = put ? put.groups!.np : before.slice(0, v!.index).replace(/,\s[^,]{1,30},\s{0,2}$/, '');
  let open = 0;
  for (const c of whole.matchAll(SUBJECT_CLAUSE_START)) open = c.index! + c[0].length;
  const np = whole.slice(open).replace(SUBJECT_PP, '');
  const words = np.split(/[^\p{L}'’-]+/u).filter(Boolean).slice(-4);
  // A clause break between the subject and the verb: no subject of this verb.
  if (!words.length || /[.;:,]\s{0,2}$/.test(np)) return null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].toLowerCase().replace(/['’]s$/, '');
    const item = itemNoun(w);
    // The subject starts at the word before its noun ("drone launches", "missile total").
    const start = put ? from + put.index! : from + np.lastIndexOf(words[Math.max(0, i - 1)]);
    if (item) return { unit: { unit: 'item', item: item.item, cls: item.cls, noun: w, military: false }, start };
    if (PERSON_NOUN_SET.has(w) && w !== 'more') return { unit: { unit: 'person', item: null, cls: 'person', noun: w, military: MILITARY_PERSON_NOUNS.has(w) }, start };
  }
  return null;
}
/** Words and marks after which a subject's own clause starts ("estimated that Ukraine's losses …"). */
const SUBJECT_CLAUSE_START = /\b(?:that|which|who|whom|when|while|because|said|says|estimated|estimates)\s|[,;:]\s/gi;
/** A prepositional phrase after a subject's head, to the end of the subject: " from the missile strike on Odesa". */
const SUBJECT_PP = /(?<=[\p{L}'’])\s{1,2}(?:from|in|on|at|after|during|since|near|across|over)\s[^,;:]*$/iu;
/** What each of a sentence's numbers counts, read once however many figures and triggers ask (attachMeasure). */
const CLASS_OF = new WeakMap<Mention, QuantityClass>();
/** Right after weapons: what they were aimed at. */
const AIMED_AFTER = /^\s{0,2}(?:\p{L}+\s{1,2})?(?:against|at|towards|toward|on)\s/u;
/** After a length: where it is measured from ("west of", "from the front line", "away", "inside"). */
const DISTANCE_AFTER = /^\s{0,2}(?:\(|,)?\s{0,2}(?:[\p{L}]+\s{1,2}(?:\(|,)?\s{0,2})?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s{1,2}of|from|away|inside|into|beyond|behind|short\s{1,2}of|outside|off|across|wide|long|deep|high)\b/iu;
/** Verbs of moving a front forward: the length after them is the depth of the advance. */
const ADVANCING = /^(?:pushed|penetrated|advanced|advance|advancing|advances)$/;
/** Before a count of weapons: a verb of holding or a store of them ("still has", "a stockpile of", "an arsenal of"). */
const HELD_BEFORE = /\b(?:has|have|had|possess(?:es|ed)?|holds?|held|keeps?|kept|stockpiles?\s{1,2}of|stocks?\s{1,2}of|arsenal\s{1,2}of|inventory\s{1,2}of|reserves?\s{1,2}of|stored|amassed|stockpiled)\s{1,2}(?:(?:still|about|around|some|nearly|almost|roughly|an\s{1,2}estimated|more\s{1,2}than|at\s{1,2}least|up\s{1,2}to|as\s{1,2}many\s{1,2}as|over)\s{1,2})*$/i;
/** A ratio's first number, before its second: "1 in 4", "one in every five", "nine out of ten". */
const RATIO_AFTER = /^\s{1,2}(?:in|out\s{1,2}of)\s{1,2}(?:every\s{1,2})?(?:\d{1,3}(?![\d,.])|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s{1,2}hundred|100)\b(?![\s-]{1,2}(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|regions?|provinces?|districts?|countries|villages|towns|cities|places|locations|areas)\b)/i;
/** …and its second number, after its first. */
const RATIO_BEFORE = /(?:(?<![\d,.])\d{1,2}|\bone|\btwo|three|four|five|six|seven|eight|nine)\s{1,2}(?:in|out\s{1,2}of)\s{1,2}(?:every\s{1,2})?$/i;
/** After a figure: the population it is counted against ("per 1,000 residents", "per 100,000 people", "per capita"). */
const PER_POPULATION_AFTER = /^(?:\s{1,2}[A-Za-z-]+)?\s{1,2}(?:per|for\s{1,2}every|in\s{1,2}every)\s{1,2}(?:(?:1|10|100)(?:,000)+|1000|10000|100000|one\s{1,2}(?:hundred\s{1,2})?thousand|(?:ten|a|one)\s{1,2}(?:hundred\s{1,2})?thousand|a\s{1,2}million|million|capita|head)\b/i;
/** A sentence set as a condition and its outcome: "If …, the toll would …" ("if confirmed" only hedges a report). */
const HYPOTHETICAL = /^\s{0,2}(?:(?:but|and|even)\s{1,2})?if\s{1,2}(?!confirmed\b|verified\b|true\b)[^,]{3,160},[^.;]*\b(?:would|could|might)\s{1,2}(?!have\b)/i;
/** After a figure's noun: a death or flight foretold for a later year ("could die by 2030", "would be displaced by 2050"). */
const FORECAST_AFTER = /^[^.;,]{0,20}?\b(?:could|would|will|might|may)\s{1,2}(?:die|be\s{1,2}killed|be\s{1,2}displaced|lose\s{1,2}their\s{1,2}lives|flee|starve)\b[^.;]{0,30}?\bby\s{1,2}(?:the\s{1,2}end\s{1,2}of\s{1,2})?(?:19|20)\d{2}\b/i;
/** After a share: of people, then a verb of holding a view ("of Ukrainians would reject", "of respondents said they backed"). */
const OPINION_AFTER = /^\s{1,2}(?:said|say|says)\s{1,2}(?:that\s{1,2})?(?:they|it)\s{1,2}(?:would|trusted|trust|supported|support|backed|back|opposed|oppose|wanted|want|favou?red|favou?r|believed|believe|thought|think|approved|approve|feared|fear|felt|feel)\b|^\s{0,2}(?:of\s{1,2}(?:all\s{1,2}|the\s{1,2})?(?:[\p{L}-]+\s{1,2}){0,2}?(?:\p{Lu}[\p{L}-]*s|people|respondents|voters|citizens|adults|residents|those\s{1,2}(?:polled|surveyed|asked)|Americans|Europeans|Israelis|Palestinians|Ukrainians|Russians)\s{1,2}(?:(?:now|still|also|strongly)\s{1,2})?(?:would|say|said|says|support|supported|supports|oppose|opposed|opposes|back|backed|backs|believe|believed|believes|think|thought|thinks|trust|trusted|trusts|want|wanted|wants|favou?r|favou?red|favou?rs|reject|rejected|rejects|approve|approved|approves|disapprove|disapproved|agree|agreed|agrees|disagree|expect|expected|expects|feel|felt|feels|prefer|preferred|prefers|are\s{1,2}(?:willing|ready|against|in\s{1,2}favou?r)))\b/u;
/** Before a share: a poll or survey that found it ("A survey by the institute found", "according to a poll"). */
const POLL_BEFORE = /\b(?:poll|polls|survey|surveys|opinion\s{1,2}poll|polling)\b[^.;:]{0,90}?\b(?:found|finds|showed|shows|suggested|suggests|say|says|said|indicated|indicates)\s{1,2}(?:that\s{1,2})?(?:(?:about|some|nearly|almost|around|over|more\s{1,2}than|just|only)\s{1,2})?$|\baccording\s{1,2}to\s{1,2}(?:a|the|an)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,3}?(?:poll|survey)\b[^.;:]{0,40}?,\s{1,2}(?:(?:about|some|nearly|almost|around|over|more\s{1,2}than|just|only)\s{1,2})?$/iu;
/** After a share: a whole that is an economy, a price or a capacity ("of its value", "of Russia's refining capacity"). */
const ECONOMIC_WHOLE = /^\s{0,2}(?:of\s{1,2}(?:the\s{1,2}|its\s{1,2}|their\s{1,2}|[\p{L}'’-]+['’]s\s{1,2})?(?:[\p{L}-]+\s{1,2}){0,2}(?:value|output|revenues?|capacity|economy|exports|imports|budget|production|harvest|reserves|earnings|income|savings|vote|votes)\b)/iu;
/** Before a share, in its clause: a subject that is a rate of an economy or a poll ("inflation reached", "turnout was"). */
const ECONOMIC_SUBJECT = /\b(?:inflation|unemployment|turnout|prices|price|growth|the\s{1,2}economy|gdp|interest\s{1,2}rates?|exchange\s{1,2}rate|approval|poll|polls)\b[^,;.:]{0,30}$/i;
/** "controls an area of 34,000 km²": ground held or taken, given as the size of its area. */
// ("Russian gains this year total 2,800 square kilometres": ground taken, summed.)
const AREA_TAKEN_BEFORE = /(?:\b(?:controls?|controlled|controlling|holds?|held|occupies|occupied|occupy|seized|captured|took|taken|retook|retaken|gained|lost|liberated|recaptured)\s{1,2}(?:(?:an|the|a\s{1,2}total)\s{1,2})?area\s{1,2}of|\b(?:gains|advances|losses)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,3}?total(?:led|ed|s)?)\s{1,2}(?:(?:just|some|about|around|roughly|nearly|almost|over|under|more\s{1,2}than|less\s{1,2}than)\s{1,2})*$/iu;
/** Before an area: the size of a place, not ground changing hands. */
const SIZE_BEFORE = /\b(?:covers?|covering|spans?|spanning|measures?|measuring|area\s{1,2}of|size\s{1,2}of|totals?)\s{1,2}(?:(?:just|some|about|around|roughly|nearly|almost|over|under|more\s{1,2}than|less\s{1,2}than)\s{1,2})*$/i;

/** "put the number of X at", "estimated the strength of X at": X is what the figure counts. */
const NUMBER_PUT_AT = /\b(?:put|puts|putting|placed|places|estimated|estimates|estimate|set|sets)\s{1,2}(?:the\s{1,2})?(?:number|total|count|figure|tally|strength|size)\s{1,2}of\s{1,2}(?<np>[^,.;:()]{1,60}?)\s{1,2}at\s{1,2}$/i;
/** Verbs that give a subject its amount, right before the figure. */
const AMOUNT_VERB = /\s(?:(?:had|has|have)\s{1,2}been|was|were|is|are|rose|fell|dropped|climbed|jumped|grew|(?:has|have|had)\s{1,2}(?:grown|risen|increased|fallen|dropped|swelled)|hit|reached|totalled|totaled|stood\s{1,2}at|came\s{1,2}to|amounted\s{1,2}to)(?:\s{1,2}(?:to|at))?(?:\s{1,2}(?:a|an)\s{1,2}(?:record|peak|high|low|total)(?:\s{1,2}of)?)?\s{1,2}$/i;
/** Nouns that count what follows "of". */
const PARTITIVES = new Set(['pieces', 'piece', 'units', 'unit', 'types', 'kinds', 'items', 'sets', 'batches', 'consignments', 'shipments']);
function knownNoun(w: string): boolean {
  return PERSON_NOUN_SET.has(w) || w in ITEM_NOUNS;
}

/**
 * Between `from` and `to`, a verb with a subject of its own that is not the figure's phrase
 * ("… of the territory Ukraine seized in August", "… the money Congress approved in April"),
 * except in a "since" clause, which states the figure's start.
 */
function anotherSubjectsVerb(model: SentenceModel, from: number, to: number, ownVerb = -1, nounEnd = -1): boolean {
  const ts = model.tokens;
  const a = tokenAt(model, from);
  const b = tokenAt(model, to);
  // "22 drones that Russia launched overnight": a relative clause on the figure's own noun tells its event.
  const n = nounEnd >= 0 ? tokenAt(model, nounEnd) : -1;
  const relative = n >= 0 && (ts[n]?.lower === 'that' || ts[n]?.lower === 'which') ? n : -1;
  for (let j = a + 2; j < b; j++) {
    if (ts[j].tag !== 'VERB' || /ing$/.test(ts[j].lower) || ts[j].start === ownVerb) continue;
    if (relative >= 0 && j > relative && !ts.slice(relative, j).some((t) => t.tag === 'PUNCT' || t.tag === 'CCONJ')) continue;
    const subj = ts[j - 1];
    // A name or a pronoun as the verb's subject ("Ukraine seized", "they took"); a noun before a
    // participle is the figure's own phrase ("soldiers killed since 2022").
    if ((subj.tag === 'PROPN' || subj.tag === 'PRON') && ts[j + 1]?.tag !== 'NOUN' && !model.figure[j - 1] && !ts.slice(a, j).some((t) => t.lower === 'since')) return true;
  }
  return false;
}

/** The frame of its sentence nearest before a figure that no frame reaches: the sentence goes on reporting. */
function nearestFrame(frames: Frame[], pos: number, text: string): Frame | null {
  let best: Frame | null = null;
  for (const f of frames) if (f.verbEnd <= pos && !f.speaker.outlet && f.speaker.name !== REPORTS_SPEAKER) best = f;
  // ("Iran says 224 killed; missiles kill eight in Israel": past a semicolon, a second report the frame does not reach.)
  return best && !text.slice(best.verbEnd, pos).includes(';') ? best : null;
}

/** The named person a sentence opens with ("Oleksandr Syrskyi, Ukraine's top commander, …"), so that a later "he said" finds them; or null. */
function subjectOf(text: string): Speaker | null {
  // "Lebanese President Joseph Aoun condemned the strikes.": a named person as the subject of any verb.
  const subject = (text.includes(',') ? SUBJECT_PERSON.exec(text) ?? SUBJECT_ROLE.exec(text) : null) ?? SUBJECT_ACTING.exec(text);
  const sp = subject ? describeSpeaker(subject.groups!.np) : null;
  return sp && sp.named && !sp.anaphor ? sp : null;
}
/** A capitalised subject phrase and the past-tense verb after it ("Rwandan government spokeswoman Yolande Makolo rejected"). */
const SUBJECT_ACTING = /^(?<np>\p{Lu}[\p{L}'’.-]*(?:\s{1,2}[\p{L}'’.-]+){1,7}?)\s{1,2}(?=(?:has\s{1,2}|had\s{1,2})?(?:\p{Ll}+ed|met|told|wrote|spoke|said|gave|made|took|sent|led)\b)/u;

/** A number that ends a name ("told France 24", "Channel 12 reported"): no figure the verb would cross. */
const NAME_NUMBER = /(?<=\p{Lu}[\p{L}'’.-]*\s{1,2})\d{1,3}(?![\d,.]|\s{1,2}(?:\p{Ll}|[%$€£]))/gu;
/** Words allowed between a reporting verb and its date: "told reporters on", "said in an update on". */
// ("says its 3 June raids hit": a date after a determiner names a thing, not the day of saying.)
// ("said the air strikes of Sunday killed": a determiner right after a verb of saying opens the
// reported clause, and a date inside it is that clause's; after "told" it opens the hearer: "told
// the BBC on Monday".)
const AFTER_VERB = { test: (gap: string, verb = ''): boolean => gap.length <= 120 && !/\d/.test(gap.replace(NAME_NUMBER, '')) && (gap.match(/[\p{L}'’-]+/gu) ?? []).length <= 9 && !/\b(?:its|their|his|her|our|your|my|the|this|these|those)\s{1,2}$/i.test(gap) && !(CLAUSE_OPENS.test(gap) && !OBJECT_FIRST_VERB.test(verb)) };
/** A reported clause's first words: a complementiser or a determiner and a word after it. */
const CLAUSE_OPENS = /^\s{0,2}(?:that\s{1,2})?(?:the|a|an|its|their|his|her|this|these|those)\s{1,2}[\p{L}'’-]+\s/iu;
/** Verbs whose first object is the hearer or a document, not the reported clause ("published a report on Monday"). */
const OBJECT_FIRST_VERB = /^(?:told|tells|tell|telling|informed|informs|briefed|briefs|assured|assures|reminded|warned|warns|wrote\s{1,2}to|published|publishes|released|releases|issued|issues|posted|posts|gave|gives)\b/i;

/** Dates read as the day a document was made public (frameDate), for later mentions of "the report". */
const DOCUMENT_DATES = new WeakSet<DateHit>();
/** A source that is a document or its authors, named again without a date: "the report says", "the authors estimate". */
const DOCUMENT_SPEAKER = /^(?:the\s+)?(?:report|study|survey|analysis|paper|assessment|update|authors|researchers)$/i;

/** Before the day an estimate or count was made: "which dates from", "estimate, from". */
const ESTIMATE_FROM = /\b(?:(?:dates|dated|dating)\s{1,2}from|(?:estimate|estimates|figure|figures|count|data|tally|census|survey)(?:\s{1,2}for\s{1,2}[^,]{1,40})?,\s{1,2}from)\s{1,2}(?:the\s{1,2}end\s{1,2}of\s{1,2}|early\s{1,2}|late\s{1,2}|mid-?\s{0,2})?$/i;
/** A document and the participle of its making right before a date: "a study published in", "figures released by the agency on". */
const DOCUMENT_MADE_BEFORE = /\b(?:report|study|survey|analysis|assessment|update|plan|paper|bulletin|review|statement|estimate|figures|data|census|audit|document|snapshot|appeal)s?\s{1,2}(?:(?:[\p{L}-]+\s{1,2}){0,5}?by\s{1,2}[^,.;:]{1,40}?\s{1,2})?(?:published|released|issued|dated|posted|presented|unveiled|made\s{1,2}public)\s{1,2}(?:(?:on|in|at\s{1,2}the\s{1,2}end\s{1,2}of|late|early)\s{1,2})?$/iu;
/** "published in December", "given in April", "released on 3 June": the day a statement was made public. */
// (… with its maker between: "released by the agency on Tuesday".)
const PUBLISHED_BEFORE = /\b(?:(?:published|released|issued|given|dated|posted|presented|unveiled|made\s+public)\s+(?:by\s{1,2}(?:the\s{1,2})?\p{Lu}?[\p{L}'’-]+(?:\s{1,2}[\p{L}'’-]+){0,4}?\s+)?(?:(?:on|in|at\s+the\s+end\s+of|late|early)\s+)?|(?:statement|update|report|briefing|interview|post|announcement|speech|address|communiqu[eé])\s+(?:on|of|dated)\s+)$/iu;

/**
 * Before a date that closes or runs a span ("between January and March", "from May to the end of
 * June", "so far this year", "since last year"): a statement is made on a day, so such a date
 * is the span a figure covers, never the day of saying.
 */
// ("the mission's figures for May": the span a document covers, not the day it was given.)
const SPAN_CLOSED_BEFORE = /(?:\b(?:between|from)\s{1,2}(?:[\p{L}\d.,-]+\s{1,2}){1,4}(?:and|to|until|through)|\bso\s{1,2}far|\bsince|\bthroughout|\b(?:figures|data|numbers|toll|tally|count|report|update|statistics)\s{1,2}for)\s{1,2}(?:the\s{1,2})?(?:(?:end|start|beginning|middle)\s{1,2}of\s{1,2}(?:the\s{1,2})?)?(?:mid-?\s{0,2}|early\s{1,2}|late\s{1,2})?$/iu;

function closesSpan(text: string, d: DateHit): boolean {
  return SPAN_CLOSED_BEFORE.test(text.slice(Math.max(0, d.start - 50), d.start));
}

/** Verbs of counting: a year set before them is the span counted ("In 2006, the mission recorded 34,452 killed"). */
const TALLY_VERB = /^(?:recorded|records|counted|counts|documented|documents|registered|registers|verified|verifies|logged|logs|tallied|tallies)$/i;

/**
 * A year alone dates a statement only where it stands for the saying: opening the sentence ("In 2008 the
 * agency said"), or after the verb ("said in 2019"); not in a clause between ("the mission, which began
 * its count in 2009, recorded …"), nor before a verb of counting.
 */
function yearSays(text: string, d: DateHit, f: Frame): boolean {
  if (TALLY_VERB.test(text.slice(f.verbStart, f.verbEnd))) return false;
  // ("began its count in 2003": the year a count or a body began is no day of saying.)
  if (d.start > f.start && /\b(?:began|begun|begins|started|starts|launched|founded|set\s{1,2}up|established|since)\b/i.test(text.slice(Math.max(0, f.start - 24), d.start))) return false;
  // (… or opening a clause of its own: "…, and in 2015, during the fight for Mosul, it put the number at …".)
  return d.end > f.start || /(?:^\s{0,2}|[,;]\s{1,2}(?:and\s{1,2}|but\s{1,2})?|\b(?:and|but|while)\s{1,2})(?:in|during)\s{1,2}(?:(?:early|late|mid-?)\s{0,2})?$/i.test(text.slice(Math.max(0, d.start - 30), d.start));
}

function frameDate(text: string, f: Frame, dates: DateHit[]): DateHit | null {
  const [a, b] = f.dateRegion;
  // "The monitor's last update, published in September and covering the war up to July, showed …",
  // "according to a report released on 3 June by …": the statement's own day, told of the statement.
  // (Also in a phrase that opens the sentence before the speaker: "In an estimate published in 2022, X said".)
  const opening = (d: DateHit) => d.end <= f.start && f.start - d.end < 60 && /^[^.;:]*,\s*[^,]*$/.test(text.slice(d.end, f.start));
  const made = dates.find((d) => d.value && d.kind !== 'period' && ((d.start >= f.start - 2 && d.start <= Math.max(b, f.end) + 60) || opening(d)) && PUBLISHED_BEFORE.test(text.slice(Math.max(0, d.start - 70), d.start)));
  if (made) {
    DOCUMENT_DATES.add(made);
    return made;
  }
  const inside = dates.filter((d) => d.start >= a && d.start < Math.max(b, f.verbEnd + 1) && d.kind !== 'period' && !closesSpan(text, d) && (d.end <= f.start || AFTER_VERB.test(text.slice(f.verbEnd, d.start), text.slice(f.verbStart, f.verbEnd))) && (d.kind !== 'year' || yearSays(text, d, f)));
  // "since December 2024, when Zelensky said…": the date the clause hangs on.
  const when = dates.find((d) => d.value && d.end <= f.start && /^\s*(?:,\s*)?when\s+$/i.test(text.slice(d.end, f.start)));
  if (when) return when;
  const same = dates.find((d) => d.kind === 'same' && d.start >= f.start);
  if (!inside.length) return same ?? null;
  // Explicit dates before vague ones ("Ten days earlier, on 17 December"), then the nearest to the verb.
  const rank = (d: DateHit) => (d.kind === 'vague' || d.kind === 'same' ? 1 : 0);
  inside.sort((x, y) => rank(x) - rank(y) || Math.abs(x.start - f.verbEnd) - Math.abs(y.start - f.verbEnd));
  return inside[0];
}

/** Between a figure and a day after it: only its noun, then "and" with a second verb and its own count. */
const SHARED_ADJUNCT = /^(?:\s{1,2}[\p{L}-]+){0,2}\s{1,2}and\s{1,2}\p{L}+ed\s{1,2}(?:(?:about|some|at\s{1,2}least|nearly|almost|more\s{1,2}than|another|over)\s{1,2})?[\d\p{L}][\d,.]*(?:\s{1,2}[\p{L}-]+){0,2}?\s{1,2}(?:on\s{1,2})?$/u;
/** Words that put a day in another clause or event than the figure's. */
const ANOTHER_CLAUSE = /\b(?:before|after|until|ahead\s+of|by|but|while|since|when|than|compared)\b|\band\s+(?:still|also|then|now|later|has|have|had|is|are|was|were)\b|\band\s+\w+ed\b/i;

/** "compared with 40% on 1 January", "up from 300 in May": a figure of comparison, dated as what it was then. */
const COMPARED_BEFORE = /\b(?:compared\s{1,2}(?:with|to)|up\s{1,2}from|down\s{1,2}from|against)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,3}$/iu;

/**
 * Before the day a span began: any day in a since-clause ("since Wednesday", "since the RSF seized
 * Singa on"), or the day a relative clause says something began ("the operation that began on", "the
 * truce, which took effect on").
 */
const SPAN_BEGAN_BEFORE = /\bsince\s(?:[^,.;:]{0,110}?\s)?$|\b(?:that|which)\s{1,2}(?:had\s{1,2}|has\s{1,2})?(?:began|begun|started|erupted|broke\s{1,2}out|resumed|took\s{1,2}effect|opened|was\s{1,2}launched)\s{1,2}$/i;
/** From a day to its figure through a when-clause and nothing else: ", when Russia fired ". */
const WHEN_AFTER = /^,?\s{1,2}when\s{1,2}[^,;:()“”"]{0,80}$/i;

/** The weekday a possessive gives the figure's event in its clause ("in Thursday's bombing", "put Friday's toll at"), or null. */
function weekdayEvent(text: string, clause: [number, number]): string | null {
  const local = text.slice(clause[0], clause[1]);
  const w = WEEKDAY_OWN.exec(local);
  if (!w || REFERENCE_EVENT_BEFORE.test(local.slice(Math.max(0, w.index - 24), w.index))) return null;
  return w.groups!.day.toLowerCase();
}

function clauseDate(text: string, dates: DateHit[], clause: [number, number], m: Mention): DateHit | null {
  // The day of a figure of comparison is when it held, not when it was reported.
  if (COMPARED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return null;
  // An event's own day: "freed on Saturday", "as of 8 August" — not "28 November brought…".
  const c = dates.filter((d) => d.start >= clause[0] && d.end <= clause[1] && d.kind === 'day' && d.value && /^(?:on\b|as of\b|overnight|into\b)|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)/i.test(text.slice(d.start, d.end).trim()) || (d.kind === 'day' && d.value && /\b(?:on|as of|into|hours of)\s+$/i.test(text.slice(Math.max(clause[0], d.start - 10), d.start)) && d.start >= clause[0] && d.end <= clause[1]));
  // "since 2 October, when the rebels fired 96 rockets": a when-clause happened on the day it hangs on.
  const hung = dates.find((d) => (d.kind === 'day' || d.kind === 'period') && d.value?.length === 10 && !d.endValue && d.end <= m.start && WHEN_AFTER.test(text.slice(d.end, m.start)));
  if (hung) return hung;
  // "19 January: Hamas handed over three women": a dated entry's label dates its sentence.
  const label = dates.find((d) => d.kind === 'day' && d.value && d.start === 0 && /^\s*[:—–-]/.test(text.slice(d.end, d.end + 3)));
  if (label) return label;
  // "the toll since the offensive began on 27 October rose to 405": the day a span began is no event day of the figure.
  const began = (d: DateHit): boolean => SPAN_BEGAN_BEFORE.test(text.slice(Math.max(0, d.start - 120), d.start));
  // "before Trump's inauguration on 20 January": the day of another event.
  // "launched its incursion on 6 August and still controls 1,000 km²": another clause's day.
  // ("killed 11 people and wounded 28 on Sunday": a day after two coordinated verbs and their counts is both verbs'.)
  const own = c.filter((d) => !began(d) && (!ANOTHER_CLAUSE.test(text.slice(Math.min(m.end, d.start), Math.max(m.start, d.end))) || (d.start >= m.end && SHARED_ADJUNCT.test(text.slice(m.end, d.start)))));
  if (!own.length) return null;
  own.sort((x, y) => Math.abs(x.start - m.start) - Math.abs(y.start - m.start));
  return own[0];
}

/** After a frame set between commas, the clause it interrupts going on in lower case: ", had crossed". */
// (A participle after it, ", adding that", opens a clause of the frame's own.)
const PARENTHETICAL_AFTER = /^\s{0,2},\s{1,2}(?:had|has|have|were|was|are|is|would|will|could|may|might|\p{Ll}+ed)\b/u;

function clauseOf(text: string, m: Mention, frame: Frame | null): [number, number] {
  let start = 0;
  let end = text.length;
  if (frame && frame.verbEnd <= m.start) start = frame.verbEnd;
  const left = text.slice(start, m.start);
  const c = CLAUSE_START.exec(left);
  if (c) start += c.index + c[0].length;
  // ("About 120 rockets, the military said, had crossed on Wednesday": a frame set between commas inside the
  // clause leaves it running on after it.)
  if (frame && frame.start >= m.end && !PARENTHETICAL_AFTER.test(text.slice(frame.end, frame.end + 6))) end = frame.start;
  const semi = text.indexOf(';', m.end);
  if (semi >= 0 && semi < end) end = semi;
  return [start, end];
}

function defaultMeasure(unit: UnitResult, sentence: string): Measure | null {
  switch (unit.cls) {
    case 'projectile':
    case 'target':
      return 'strikes';
    case 'equipment':
      // A labelled daily tally of equipment is a tally of losses ("Tanks: 9,512 (+8)").
      return unit.label ? 'equipment_lost' : null;
    case 'area':
      return 'territory';
    // A length with no verb of advance or control is a distance ("about 60 km to the west"), not ground taken.
    case 'length':
      return null;
    case 'person':
      return unit.military ? 'deployed' : null;
    case 'money':
      return AID_WORDS.test(sentence) ? 'aid_committed' : null;
    default:
      return null;
  }
}

/** Cross-sentence rules, in reading order. Small functions, for the reason given at findFrames (SourceAttacher.ts). */
function carry(work: Work[], hedged: Hedged[], published: string | null, history: SpeakerHistory, titleCountry: Entity | undefined, sides: Sides, entryDate: (offset: number) => string | null, sections: Array<[number, string | null]>, partyWeights?: Readonly<Record<string, number>>): void {
  partitives(work);
  members(work);
  inheritMeasures(work);
  spreadHedges(work, hedged);
  const c: Carried = { published, history, titleCountry, sides, sections, entryDate, partyWeights, lastByMeasure: new Map(), strikesParty: null, lastParty: null, dateBySource: new Map(), documentDate: null, aidRecipient: aidRecipientOf(work), displacedFrom: displacedOrigin(work) };
  work.forEach((w, i) => {
    carryOne(w, c);
    othersOf(w, work[i - 1]);
    elidedOf(w, work[i - 1]);
  });
}

/** "killed 68 Ethiopian migrants and wounded 47 others": "others" are more of the people just counted. */
const OTHERS_AFTER = /^\s{1,2}others\b/i;

/**
 * A figure of "others" right after a figure in its sentence counts more of the same people,
 * so it is whose they are when that figure's own words named their side.
 */
function othersOf(w: Work, prev: Work | undefined): void {
  if (!prev || prev.field !== w.field || prev.sentence.start !== w.sentence.start || w.cell || !prev.party) return;
  if (!OTHERS_AFTER.test(w.sentence.text.slice(w.mention.end)) || !PERSON_MEASURES.has(w.measure)) return;
  if (w.partyReadings.some((r) => OWN_SIDE_READINGS.has(r.how))) return;
  if (!prev.partyReadings.some((r) => OWN_SIDE_READINGS.has(r.how) && r.party === prev.party)) return;
  w.party = prev.party;
  w.counterparty = prev.counterparty;
  w.partyHow = 'others-of';
}

/** How a figure's side was read from its own noun ("440 militants", "Danes (21)"), or from a list's noun it shares. */
const NOUN_SIDE_HOWS = new Set(['noun-phrase', 'label-before', 'noun-from', 'of-tally', 'enemy-noun', 'elided-noun']);
/** A figure's "noun" that only tells what befell the people: "14 captured and 9 wounded". */
const FATE_WORD = /^(?:dead|killed|wounded|injured|hurt|missing|captured|detained|taken\s+prisoner)$/i;
/** Between two figures of one list: commas, "and", auxiliaries and verbs of counting, no name. */
// ("killed four Kenyan soldiers and wounded 11 more": a second verb of fate may open the next item.)
const LIST_BETWEEN = /^(?:\s{1,2}[\p{L}-]+){0,6}?(?:\s{0,2},|\s{1,2}and|\s{0,2},\s{1,2}and|\s{0,2};)\s{1,2}(?:(?:wounded|injured|hurt|captured|detained|arrested|killed)\s{1,2})?(?:(?:a\s{1,2}further|another|at\s{1,2}least|some|about|nearly|almost|over|more\s{1,2}than)\s{1,2})?$/u;

/**
 * "440 militants were killed, 26 captured and 24 wounded": a bare figure in a list after one
 * whose noun named a side counts more of those people (the noun is left out, not changed),
 * so it is theirs whatever the speaker or the paragraph suggests.
 */
function elidedOf(w: Work, prev: Work | undefined): void {
  if (!prev || prev.field !== w.field || prev.sentence.start !== w.sentence.start || w.cell || prev.cell || !prev.party) return;
  if ((w.unit.noun && !FATE_WORD.test(w.unit.noun)) || !PERSON_MEASURES.has(w.measure) || !PERSON_MEASURES.has(prev.measure)) return;
  if (!NOUN_SIDE_HOWS.has(prev.partyHow) || w.partyHow === 'shared' || w.partyReadings.some((r) => OWN_SIDE_READINGS.has(r.how) || DECISIVE.has(r.how))) return;
  if (!LIST_BETWEEN.test(w.sentence.text.slice(prev.mention.end, w.mention.start))) return;
  w.party = prev.party;
  w.counterparty = prev.counterparty;
  w.partyHow = 'elided-noun';
}

/** "30 of the roughly 90 tanks": between a part and the figure for its whole. */
const PART_OF = /^\s{1,2}of\s{1,2}(?:(?:the|its|their|an?)\s{1,2}|(?:the\s{1,2})?(?:[\p{L}-]+\s{1,2}){0,2}[\p{L}-]+['’]s?\s{1,2})?(?:(?:roughly|about|around|some|nearly|almost|approximately|estimated|over)\s{1,2})?$/iu;
/** Nouns of a place's people as a whole: a share of them is what a verb after them counts. */
const POPULATION_NOUNS = new Set(['people', 'residents', 'inhabitants', 'population', 'citizens', 'population of']);
/** The figure's measure came from a word after its noun ("2.1 million people have fled"), not one inside its phrase. */
function verbAfterNoun(w: Work): boolean {
  const span = w.evidence.find((e) => e.field === 'measure' && e.pass === 'MeasureAttacher')?.span;
  // ("the 1.2 million people who fled": a relative clause's verb is the whole's own.)
  return !!span && span[0] - w.sentence.start >= w.unit.nounEnd && !/\b(?:who|that|which|whom)\b/i.test(w.sentence.text.slice(w.unit.nounEnd, span[0] - w.sentence.start));
}

/**
 * "Twelve of those", "half of them", "90% of the total": a part of the figure before. A
 * whole named only as a count ("the total", "that number") points back as a pronoun does.
 */
const PART_OF_BEFORE = /^\s{1,2}of\s{1,2}(?:them|those|these|whom|which|(?:the|that|this)\s{1,2}(?:total|tally|figure|number|sum|count)(?=\s{0,2}(?:[,.;:)]|$)|\s{1,2}(?:were|was|are|is|have|has|had|came|come|went|lay|lie|lies|remain|remained)\b))/i;

/**
 * A part counts what its whole counts: "destroyed 30 of the roughly 90 tanks" gives 30
 * the tanks and their measure; "Twelve of those were …" takes the paragraph's figure
 * before it. A share keeps its percent and takes only the measure.
 */
function partitives(work: Work[]): void {
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const next = work[i + 1];
    let whole: Work | undefined;
    if (next && next.field === w.field && next.sentence.start === w.sentence.start && PART_OF.test(w.sentence.text.slice(w.mention.end, next.mention.start))) whole = next;
    else if (PART_OF_BEFORE.test(w.sentence.text.slice(w.mention.end, w.mention.end + 32))) {
      for (let k = i - 1; k >= 0 && work[k].paragraph === w.paragraph && work[k].field === w.field; k--) {
        if (work[k].measure !== 'other') {
          whole = work[k];
          break;
        }
      }
    }
    if (!whole || whole.measure === 'other') continue;
    if (whole !== next) w.whole = whole;
    // "90% of the city's 2.1 million people have fled": the share is the verb's subject; the
    // people as a whole are the population it is a share of, and the verb after them is not theirs.
    if (whole === next && w.unit.cls === 'share' && w.measure === 'other' && whole.measureHow === 'trigger' && POPULATION_NOUNS.has(whole.unit.noun ?? '') && verbAfterNoun(whole)) {
      w.measure = whole.measure;
      w.measureHow = 'inherited';
      whole.measure = 'other';
      whole.measureHow = 'none';
      continue;
    }
    if (w.measure !== 'other' && w.unit.cls !== 'none') continue;
    if (w.unit.cls === 'none') w.unit = { ...whole.unit, nounEnd: w.unit.nounEnd, noun: null };
    if (w.measure === 'other') {
      w.measure = whole.measure;
      w.measureHow = 'inherited';
    }
  }
}

/** "…, among them 500 officers", "including 6,000 Americans", "of whom 24": a member of the whole before it. */
const MEMBERS_OF = /(?:\bamong\s{1,2}(?:them|whom)|\bincluding|\bof\s{1,2}(?:whom|which))(?:\s{1,2}(?:some|about|around|nearly|almost|more\s{1,2}than|at\s{1,2}least|over))?\s{0,2}$/i;

/**
 * The members a sentence lists of a whole count what the whole counts: "evacuated 79,000
 * civilians, among them 6,000 Americans" are evacuees, whatever a noun of their own
 * would suggest on its own. Only a figure whose measure no verb of its own gave.
 */
function members(work: Work[]): void {
  // The whole each member was listed under: a list's later members share its first one's,
  // found without walking back over the list (a list can be long).
  const wholeOf = new Map<Work, number>();
  for (let i = 1; i < work.length; i++) {
    const w = work[i];
    const prev = work[i - 1];
    // The list goes on: "including 500 officers and three generals".
    const k = prev.memberOf && prev.sentence.start === w.sentence.start && prev.field === w.field ? wholeOf.get(prev)! : i - 1;
    const whole = work[k];
    if (!whole || whole.field !== w.field || whole.sentence.start !== w.sentence.start) continue;
    const between = w.sentence.text.slice(work[i - 1].mention.end, w.mention.start);
    if (k === i - 1 ? !MEMBERS_OF.test(between) : !LIST_GOES_ON.test(between)) continue;
    w.memberOf = true;
    wholeOf.set(w, k);
    w.whole = whole;
    // A figure that inherited from the member before it follows the whole now.
    if ((w.measureHow === 'trigger' && w.measure !== 'other') || (w.measureHow === 'inherited' && k === i - 1) || whole.measure === 'other') continue;
    if (w.unit.cls !== whole.unit.cls && w.unit.cls !== 'none') continue;
    w.measure = whole.measure;
    w.measureHow = 'inherited';
    if (w.unit.cls === 'none') w.unit = { ...whole.unit, nounEnd: w.unit.nounEnd, noun: null };
  }
}
/** Between two members of one list: "500 officers and three generals", "6,000 Americans, more than 73,500 Afghans". */
const LIST_GOES_ON = /^[^.;:()]{0,40}?(?:,|\band\b)(?:\s{1,2}(?:some|about|around|nearly|almost|more\s{1,2}than|at\s{1,2}least|over))?\s{0,2}$/i;

/** The kind of count a figure's unit makes, for the measure a figure without a frame inherits. */
function group(w: Work): string | null {
  return w.unit.cls === 'share' ? 'share' : w.unit.cls === 'person' || w.unit.cls === 'none' ? 'person' : w.unit.cls === 'money' ? 'money' : null;
}

/** "48 more", "56 more overnight": "more" standing for the noun, with nothing after it. */
const ELLIPTIC_MORE = /^\s{1,2}more$/i;
/** After aid: words that say it has not gone yet ("are still to be sent", "have yet to arrive", "were still waiting at"). */
// ("remain to be delivered", "are due to arrive next year": still to come.)
const STILL_TO_COME_AFTER = /^[^,;.]{0,30}?\b(?:still\s{1,2}to\s{1,2}be|remains?\s{1,2}to\s{1,2}be|(?:is|are)\s{1,2}(?:still\s{1,2})?due\s{1,2}to\s{1,2}(?:arrive|follow|be\s{1,2}(?:sent|delivered|shipped|handed\s{1,2}over))|yet\s{1,2}to\s{1,2}(?:be|arrive|reach|leave|cross)|(?:not\s{1,2}yet|still\s{1,2}not|has\s{1,2}not|have\s{1,2}not)\s{1,2}(?:yet\s{1,2})?(?:been\s{1,2})?(?:sent|delivered|allocated|disbursed|arrived|spent|shipped|handed\s{1,2}over|reached|transferred|materiali[sz]ed)|still\s{1,2}(?:waiting|awaiting|unspent|unused|undelivered)|(?:are|were|is|was)\s{1,2}(?:still\s{1,2})?(?:waiting|stuck|stranded)|remains?\s{1,2}(?:undisbursed|unspent|unused|undelivered))\b/i;
/** Before aid: a side still waiting for it ("is still awaiting 1 million shells"). */
const AWAITING_BEFORE = /\b(?:awaiting|waiting\s{1,2}for|yet\s{1,2}to\s{1,2}receive)\s{1,2}(?:(?:the|about|some|around|nearly|more\s{1,2}than|another)\s{1,2})?$/i;
/** Before a verb of giving: "has not yet allocated", "have yet to deliver". */
const NOT_YET_BEFORE = /\b(?:not\s{1,2}yet|yet\s{1,2}to|still\s{1,2}not|never)\s{1,2}(?:been\s{1,2})?$/i;
/** Before a share: a verb of change or "up"/"down" ("rose 40%", "fell by about 30 percent", "up 12%"). */
// ("-12%", "+102%": a sign glued to the share, as a table's column of changes writes it.)
const SHARE_CHANGE_BEFORE = /(?:^|[\s(\t])[+\u2212-]$|\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|jumped|jumps|dropped|drops|declined|declines|increased|increases|decreased|decreases|climbed|climbs|surged|soared|plunged|slumped|shrank|(?<!\b(?:make|makes|made|making)\s{1,2})up|down)\s{1,2}(?:by\s{1,2})?(?:(?:about|around|some|nearly|almost|roughly|more\s{1,2}than|over|at\s{1,2}least)\s{1,2})?$/i;
/** After a share: more or less than something ("40% more", "30 per cent lower than"). */
const SHARE_CHANGE_AFTER = /^\s{1,2}(?:more|less|fewer|higher|lower|up|down|increase|decrease|rise|drop|jump|fall)\b/i;
/** After a figure: more or fewer than another, within its clause ("400 more than in 2023", "12 fewer people than"). */
const DIFFERENCE_AFTER = /^\s{1,2}(?:more|fewer|less)\s{1,2}(?:[^\s,;.:()]+\s{1,2}){0,6}?than\b/i;

/** The last figure of things fired or lost (drones, tanks) in this paragraph or the one before. */
function lastThing(work: Work[], paragraph: number): Work | null {
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i];
    if (w.paragraph < paragraph - 1) return null;
    if (w.measure !== 'other' && (w.unit.cls === 'projectile' || w.unit.cls === 'equipment')) return w;
  }
  return null;
}

/** "a figure of", "the tally of", "put the total at", "the toll rose to", "a peak of", "the count fell to": words that only call a number a figure. */
const FIGURE_OF = /\b(?:figure|figures|tally|total|count|toll|number|high|peak|low|record|average|estimate)\s{1,2}(?:(?:now|has|had|since|then|later|already)\s{1,2}){0,2}(?:of|at|to|was|is|stood\s{1,2}at|stands\s{1,2}at|reached|rose\s{1,2}to|risen\s{1,2}to|rises\s{1,2}to|climbed\s{1,2}to|climbs\s{1,2}to|jumped\s{1,2}to|(?:fell|fallen|falls|dropped|drops|declined|eased)\s{1,2}to|hit|exceeds|exceeded|passed|topped|tops)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,2}$/iu;

/** Before a population: "a town of about", "a city of some", "home to", "a population of". */
const POPULATION_BEFORE = /\b(?:(?:town|city|port|capital|village|settlement|municipality|county|governorate|country|nation|region|district|province|camp|community|enclave|island|neighbourhood|neighborhood|state)\s{1,2}of|home\s{1,2}to|population\s{1,2}of)\s{1,2}(?:(?:about|around|some|roughly|nearly|almost|more\s{1,2}than|over|just\s{1,2}over|under|an\s{1,2}estimated)\s{1,2})?$/i;
/** After a ship's or a plane's complement: "22 crew and three guards aboard", "the 25 people on board". */
const ABOARD_AFTER = /^[^.;:]{0,40}?\b(?:aboard|on\s{1,2}board)\b/i;

/** A figure with no trigger of its own takes the commonest measure of its kind in its paragraph ("the figure had risen to 492"). */
function inheritMeasures(work: Work[]): void {
  const counts = new Map<string, Map<Measure, number>>();
  const count = (key: string, measure: Measure) => {
    const m = counts.get(key) ?? new Map<Measure, number>();
    m.set(measure, (m.get(measure) ?? 0) + 1);
    counts.set(key, m);
  };
  for (const w of work) {
    const g = group(w);
    if (!g || w.measure === 'other' || w.measureHow !== 'trigger') continue;
    count(`${g}|${w.paragraph}`, w.measure);
    if (w.field === 'body') count(g, w.measure);
  }
  // The measure the article counted last before each figure, per kind of count.
  const lastCounted = new Map<Work, Measure>();
  const lastOf = new Map<string, Measure>();
  for (const w of work) {
    const g = group(w);
    if (!g) continue;
    const last = lastOf.get(g);
    if (last) lastCounted.set(w, last);
    if (w.measure !== 'other' && w.measureHow === 'trigger') lastOf.set(g, w.measure);
  }
  // The last figure counted by its own words before each figure, of any kind.
  const lastAny = new Map<Work, Work>();
  let latest: Work | null = null;
  for (const w of work) {
    if (latest) lastAny.set(w, latest);
    if (w.measure !== 'other' && w.measureHow === 'trigger' && w.unit.cls !== 'money' && w.unit.cls !== 'share') latest = w;
  }
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (w.measure !== 'other' || (w.measureHow !== 'none' && w.measureHow !== 'inherited')) continue;
    const g = group(w);
    if (!g) continue;
    // "a coastal town of about 75,000 people", "22 crew and three guards aboard": a population or a
    // ship's complement counts who live or sail there, not what the paragraph counts.
    if (g === 'person' && (POPULATION_BEFORE.test(w.sentence.text.slice(Math.max(0, w.mention.start - 40), w.mention.start)) || ABOARD_AFTER.test(w.sentence.text.slice(w.mention.end, w.mention.end + 60)))) continue;
    // "a figure of 250 on Sunday, 215 on Saturday and 199 on Friday": the list goes on
    // counting what its first figure was given to count.
    const prev = work[i - 1];
    if (prev && prev.measureHow === 'inherited' && prev.measure !== 'other' && prev.sentence.start === w.sentence.start && prev.field === w.field && group(prev) === g && LIST_GOES_ON.test(w.sentence.text.slice(prev.mention.end, w.mention.start))) {
      w.measure = prev.measure;
      w.measureHow = 'inherited';
      if (w.unit.cls === 'none' || w.unit.unit === 'other') w.unit = { ...prev.unit, nounEnd: w.unit.nounEnd, noun: null };
      continue;
    }
    if (w.measureHow !== 'none') continue;
    // Only the paragraph's own figures: what its neighbours count is what it counts. Across
    // the body the commonest measure is a guess that is wrong more often than right; the
    // headline and standfirst, which sum the body up, take the body's.
    let m = counts.get(`${g}|${w.paragraph}`) ?? (w.field === 'body' ? undefined : counts.get(g));
    // "The office had given a figure of 250", "the combined tally of 1,200": a figure that
    // only names itself a figure counts what the article has been counting.
    const figureOf = !m ? FIGURE_OF.exec(w.sentence.text.slice(Math.max(0, w.mention.start - 40), w.mention.start)) : null;
    // "Russia launched 239 drones in June; the count fell to 198 in July": a bare figure that only
    // names itself a count goes on counting what the figure just before it counted, things included.
    const thing = figureOf && w.unit.cls === 'none' ? lastAny.get(w) : undefined;
    if (thing && thing.paragraph >= w.paragraph - 1 && (thing.unit.cls === 'projectile' || thing.unit.cls === 'equipment') && !/\btoll\b/i.test(figureOf![0])) {
      w.measure = thing.measure;
      w.measureHow = 'inherited';
      w.unit = { ...thing.unit, nounEnd: w.unit.nounEnd, noun: null };
      continue;
    }
    if (figureOf) {
      // ("the toll rises to nine": a toll with no word of its own counts the dead.)
      const last = lastCounted.get(w) ?? (/\btoll\b/i.test(figureOf[0]) ? 'killed' : undefined);
      if (last) m = new Map([[last, 1]]);
    }
    if (!m || !m.size) continue;
    const top = [...m.entries()].sort((a, b) => b[1] - a[1])[0][0];
    if (g === 'share' && !PERSON_MEASURES.has(top) && top !== 'territory') continue;
    w.measure = top;
    w.measureHow = 'inherited';
    if (w.unit.cls === 'none') w.unit = { ...w.unit, unit: 'person', cls: 'person' };
  }
}

/** A sentence hedge governs its own figures and those before it in the paragraph, whether or not it holds a figure itself. */
function spreadHedges(work: Work[], hedged: Hedged[]): void {
  for (const { paragraph, start, hedge } of hedged) {
    for (const w of work) if (w.paragraph === paragraph && w.sentence.start <= start && !w.hedges.includes(hedge)) w.hedges.push(hedge);
  }
}

/** Strikes counted by what they hit (targets, places, facilities), not by what was fired. */
function struckThings(w: Work): boolean {
  return w.unit.cls === 'target' || w.unit.cls === 'place' || w.unit.cls === 'facility';
}

/** What the figures read so far leave for the next one. */
interface Carried {
  published: string | null;
  history: SpeakerHistory;
  titleCountry: Entity | undefined;
  sides: Sides;
  /** A roundup's sections: the paragraph each country heading opens, and its country (none for a heading of several). */
  sections: Array<[number, string | null]>;
  /** The chooser's weights, when not the fitted table (the fitting script's own runs). */
  partyWeights: Readonly<Record<string, number>> | undefined;
  /** The time of the liveblog entry that holds a body offset, if any. */
  entryDate: (offset: number) => string | null;
  lastByMeasure: Map<Measure, { party: string; paragraph: number; speaker: string | null }>;
  strikesParty: { party: string; paragraph: number } | null;
  lastParty: { party: string; paragraph: number } | null;
  /** Each source's last own date; null when it was only vague ("last week"). */
  dateBySource: Map<string, string | null>;
  /** The day the article's last dated document was made public. */
  documentDate: string | null;
  /** The country the article's aid goes to, when its sentences name one more than once. */
  aidRecipient: string | null;
  /** The one country the article's displaced people are said to come from, if any. */
  displacedFrom: string | null;
}

/**
 * The side a reading made of the speaker's own words gives, once the speaker is known:
 * "it has killed 17,000 militants" (by-speaker) the other side's, "we lost 20 soldiers"
 * (speaker-lost) and "40 of its staff" (speaker-own) the speaker's. Undefined when the
 * reading is none of these or does not apply: an aid group's or a monitor's "own staff" are
 * mostly hired where it works, so outlets, researchers and NGOs have no side there; an
 * armed group speaking of what "it" or "its fighters" did has.
 */
function speakerSide(how: string | undefined, source: Source | null, sides: Sides): string | null | undefined {
  const aff = source?.affiliation;
  if (!aff) return undefined;
  if (how === 'by-speaker') return sides.opponent(aff);
  // The fighters a state's officials name as its enemy are the other side's; in a war inside
  // one country (no other side named) they are counted where they fight, the speaker's own.
  if (how === 'enemy-noun') return ownSideSpeaker(source) ? sides.opponent(aff) ?? undefined : undefined;
  if (how === 'speaker-lost') return NOT_A_SIDE.has(aff) ? undefined : aff;
  if (how === 'speaker-own') return OBSERVERS.has(source.kind) ? undefined : aff;
  return undefined;
}

/** A state's officials or military: they speak for their own side. */
function ownSideSpeaker(source: Source): boolean {
  const aff = source.affiliation;
  return !!aff && aff.length === 2 && !NOT_A_SIDE.has(aff) && (source.kind === 'official' || source.kind === 'military');
}

/** Party, counterparty, date and relays of one figure from those before it. */
function carryOne(w: Work, c: Carried): void {
  const { published, history, titleCountry, sides } = c;
  // Party: the donor of aid is the speaker's country when the text names no other.
  if (!w.party && w.partyHow !== 'shared' && AID_MEASURES.has(w.measure) && w.source?.affiliation && w.source.affiliation !== w.counterparty && w.source.affiliation !== c.aidRecipient && w.source.affiliation !== 'UN' && !OBSERVERS.has(w.source.kind)) {
    w.party = w.source.affiliation;
    w.partyHow = 'aid/speaker';
  }
  if (w.partyHow === 'own-forces' && w.source?.affiliation) {
    w.party = w.source.affiliation;
  }
  // "The Kenyan army said 11 soldiers were wounded in southern Somalia": a side's forces telling of soldiers
  // hurt where they fight tell of their own; the place is where, not whose.
  if (w.partyHow === 'victims-where' && w.unit.military && VICTIM_MEASURES.has(w.measure) && w.source && w.source.kind === 'military' && ownSideSpeaker(w.source) && w.source.affiliation !== w.party) {
    w.party = w.source.affiliation;
    w.partyHow = 'speaker-own';
  }
  const spoken = speakerSide(w.partyHow, w.source, sides);
  if (spoken !== undefined) {
    w.party = spoken;
    w.counterparty = spoken ? sides.counter(spoken) : null;
  }
  const sameMeasure = c.lastByMeasure.get(w.measure);
  // Within a paragraph a figure of the same measure goes on counting the same side's losses,
  // unless another side's officials now speak: "Russia reported 67 killed" after Georgia's toll is Russia's.
  const otherSideSpeaks = !!sameMeasure && !!w.source && ownSideSpeaker(w.source) && w.source.affiliation !== sameMeasure.party && history.keyOf(w.source) !== sameMeasure.speaker;
  if (!w.party && w.partyHow !== 'shared' && sameMeasure && sameMeasure.paragraph === w.paragraph && !otherSideSpeaks) {
    w.party = sameMeasure.party;
    w.partyHow = 'carried';
  }
  if (!w.party && w.partyHow !== 'shared' && w.measure === 'strikes' && w.source?.affiliation && sides.opponent(w.source.affiliation)) {
    // A side reports the drones and missiles it shot down or counted: the other side launched them.
    // (The targets or places a side says were hit are its own strikes' claim: "Israel says 80 targets hit in Tehran".)
    const struck = struckThings(w);
    w.party = struck ? w.source.affiliation : sides.opponent(w.source.affiliation);
    w.partyHow = struck ? 'strikes/by-speaker' : 'strikes/against-speaker';
  }
  if (!w.party && w.partyHow !== 'shared' && VICTIM_MEASURES.has(w.measure) && c.strikesParty && c.strikesParty.paragraph === w.paragraph) {
    // In a report of attacks, the casualties are the attacked side's.
    w.party = sides.opponent(c.strikesParty.party);
    if (w.party) w.partyHow = 'victims-of-strikes';
  }
  // International bodies and monitors count others' dead: only a state's own officials speak for their side.
  if (!w.party && w.partyHow !== 'shared' && VICTIM_MEASURES.has(w.measure) && w.source && ownSideSpeaker(w.source)) {
    // Officials reporting their own dead, wounded or displaced.
    w.party = w.source.affiliation;
    w.partyHow = 'speaker-side';
  }
  if (!w.party && w.partyHow !== 'shared' && w.measure === 'territory' && w.source?.affiliation && sides.opponent(w.source.affiliation) !== null && (w.source.kind === 'official' || w.source.kind === 'military')) {
    // A side's commanders reporting ground taken or held with no one else named: their own troops' ground.
    w.party = w.source.affiliation;
    w.partyHow = 'territory/speaker-side';
  }
  if (!w.party && w.partyHow !== 'shared') {
    const p: string | null | undefined = (c.lastParty && c.lastParty.paragraph === w.paragraph ? c.lastParty.party : null);
    if (p) {
      w.party = p;
      w.partyHow = 'carried';
    }
  }
  // (… and its displaced are those of the country they are said to flee, when the report is filed from where they arrive.)
  const mainSide = w.measure === 'displaced' && c.displacedFrom ? c.displacedFrom : sides.main;
  if (!w.party && w.partyHow !== 'shared' && VICTIM_MEASURES.has(w.measure) && mainSide) {
    // The dead, wounded and displaced of a report that names no side are the people of the country it is about.
    w.party = mainSide;
    w.partyHow = 'article-side';
  }
  if (w.party && !w.counterparty) w.counterparty = AID_MEASURES.has(w.measure) ? sides.otherThan(w.party) : sides.counter(w.party);
  if (AID_MEASURES.has(w.measure) && w.counterparty === w.party) w.counterparty = sides.otherThan(w.party);
  if (!w.party && w.partyHow !== 'shared' && w.measure !== 'other' && !AID_MEASURES.has(w.measure) && titleCountry?.code && w.field !== 'body') {
    w.party = titleCountry.code;
    w.partyHow = 'headline';
  }
  choosePartyFor(w, c);
  partOfWhole(w);
  if (w.measure === 'strikes' && w.party) c.strikesParty = { party: w.party, paragraph: w.paragraph };
  if (w.party && w.measure !== 'other') {
    c.lastByMeasure.set(w.measure, { party: w.party, paragraph: w.paragraph, speaker: w.source ? history.keyOf(w.source) : null });
    c.lastParty = { party: w.party, paragraph: w.paragraph };
  }
  // Date: the same source's earlier statement, else the publication date.
  const sk = w.source ? history.keyOf(w.source) : null;
  if (!w.dateOwn) {
    // "the report says", "the authors estimate": the document last dated in the article.
    const doc = w.source && DOCUMENT_SPEAKER.test(w.source.name) ? c.documentDate ?? undefined : undefined;
    const own = sk ? c.dateBySource.get(sk) : undefined;
    const carried = own ?? doc ?? w.carriedDate ?? undefined;
    const fallback = w.field === 'body' ? c.entryDate(w.sentence.start) ?? published : published;
    // ("The official also said …" after "said last week": the earlier statement's day is unknown, and stays so.)
    w.statedOn = own === null ? null : carried ?? (w.field === 'body' || !w.statedOn ? fallback : w.statedOn);
  }
  if (w.field !== 'body' && !w.dateOwn) w.statedOn = published;
  if (sk && w.dateOwn) c.dateBySource.set(sk, w.statedOn);
  if (w.documentDate && w.statedOn) c.documentDate = w.statedOn;
  if (w.frame?.via?.length && w.source && w.sourceHow === 'own') {
    w.source = withVia(w.source, [...new Set([...w.source.via, ...w.frame.via])]);
  }
  if (w.sourceHow === 'reported') {
    if (!w.hedges.includes('reportedly') && /\breportedly\b/i.test(w.sentence.text)) w.hedges.push('reportedly');
  }
}

/** Readings that name the country displaced people come from: "fled from Sudan", "Sudanese refugees". */
const ORIGIN_READINGS = new Set(['fled-from', 'noun-phrase']);

/**
 * The country the article's displaced people come from, when its sentences name one and no other: a report
 * from a host country ("… arrived in Chad") is about another country's refugees.
 */
function displacedOrigin(work: Work[]): string | null {
  const seen = new Set<string>();
  for (const w of work) {
    if (w.measure !== 'displaced') continue;
    const r = w.partyReadings[0];
    if (r?.party && ORIGIN_READINGS.has(r.how)) seen.add(r.party);
  }
  return seen.size === 1 ? [...seen][0] : null;
}

/** The country the article's aid sentences send it to most, named at least twice. */
function aidRecipientOf(work: Work[]): string | null {
  const counts = new Map<string, number>();
  for (const w of work) if (w.sentTo) counts.set(w.sentTo, (counts.get(w.sentTo) ?? 0) + 1);
  let best: string | null = null;
  let n = 1;
  for (const [code, k] of counts) if (k > n) [best, n] = [code, k];
  return best;
}

/** Sentence readings whose side is the speaker's, or the speaker's enemy's. */
const SPEAKER_READINGS = new Set(['by-speaker', 'enemy-noun', 'speaker-lost', 'speaker-own', 'own-forces']);

/** Sentence readings the chooser does not overrule. */
const DECISIVE = new Set(['label-before', 'noun-phrase', 'shared', 'aid/subject', 'aid/by', 'aid/owner', 'aid/from', 'loser-subject', 'side-opening', 'captives-of', 'strikes/subject', 'deployer-subject', 'own-subject', 'fled-from']);

/** Readings that name a part's own side: "including 6,000 Americans", "nine of them South Africans". */
const OWN_SIDE_READINGS = new Set(['noun-phrase', 'label-before', 'noun-from', 'of-tally']);

/**
 * A part is whose its whole is ("1,000 Ukrainian troops …, at least 100 of them killed"),
 * when the whole's words name its side and the part's own words name none.
 */
function partOfWhole(w: Work): void {
  const whole = w.whole;
  if (!whole || w.cell || w.measure === 'other' || AID_MEASURES.has(w.measure)) return;
  if (w.partyReadings.some((r) => OWN_SIDE_READINGS.has(r.how))) return;
  // Only a side the whole's own words name ("1,000 Ukrainian troops"): a guessed one would spread its error.
  if (!whole.party || !whole.partyReadings.some((r) => OWN_SIDE_READINGS.has(r.how) && r.party === whole.party)) return;
  if (w.party === whole.party) return;
  w.party = whole.party;
  w.counterparty = whole.counterparty;
  w.partyHow = 'part-of';
}

/**
 * The party as a scored choice: the rules above give the precedence answer; the sentence's
 * other readings and what the article around the figure proposes are weighed against it
 * (PartyChooser.ts).
 */
function choosePartyFor(w: Work, c: Carried): void {
  // A column of sides says whose each row's figures are.
  if (w.cell?.party !== undefined || w.partyHow === 'table') return;
  // A name standing right before the figure as its label ("Danes (21)", "Finland: €90 million")
  // says whose it is, and a figure the text gives both sides ("84 prisoners each") is no one's
  // (contract): what the article around it suggests does not outweigh either.
  const first = w.partyReadings[0];
  if (!w.cell && first && DECISIVE.has(first.how) && w.party === first.party) return;
  const { sides, titleCountry } = c;
  const aff = w.source?.affiliation ?? null;
  const kind = w.source?.kind;
  const carried: PartyProposal[] = [];
  const propose = (party: string | null, how: string): void => {
    carried.push({ party, how });
  };
  // The speaker gives, unless the speaker's country is where the article's aid goes.
  if (AID_MEASURES.has(w.measure) && aff && aff !== 'UN' && !(kind && OBSERVERS.has(kind)) && aff !== c.aidRecipient) propose(aff, 'aid/speaker');
  if (aff && w.partyReadings.some((r) => r.how === 'own-forces')) propose(aff, 'own-forces');
  // What the speaker says its own side did to the other, or lost, is the sentence's answer.
  const spoken = speakerSide(w.partyReadings[0]?.how, w.source, sides);
  if (spoken && w.party === spoken) return;
  const same = c.lastByMeasure.get(w.measure);
  if (same) propose(same.party, same.paragraph === w.paragraph ? 'same-measure' : 'same-measure-before');
  const against = aff ? sides.opponent(aff) : null;
  if (w.measure === 'strikes' && against && !struckThings(w)) propose(against, 'against-speaker');
  const attacked = c.strikesParty && c.strikesParty.paragraph === w.paragraph ? sides.opponent(c.strikesParty.party) : null;
  if (attacked) propose(attacked, 'victims-of-strikes');
  if (aff && w.source && ownSideSpeaker(w.source)) propose(aff, 'speaker-side');
  if (c.lastParty && c.lastParty.paragraph === w.paragraph) propose(c.lastParty.party, 'paragraph');
  // In a roundup of several countries under headings, the side its section is about stands for the article's.
  const section = c.sections.findLast(([p]) => p <= w.paragraph);
  const main = section && section[1] ? section[1] : w.measure === 'displaced' && c.displacedFrom ? c.displacedFrom : sides.main;
  if (main) propose(main, 'article-side');
  if (w.field !== 'body' && titleCountry?.code) propose(titleCountry.code, 'headline');
  // Readings that wait on the speaker ("its aircraft struck", "the enemy lost") propose the
  // side the speaker makes them, not none: whose they are is known once the source is.
  const readings = w.partyReadings.map((r) => {
    if (r.party !== null || !SPEAKER_READINGS.has(r.how)) return r;
    const side = r.how === 'own-forces' ? (aff && !(kind && OBSERVERS.has(kind)) ? aff : undefined) : speakerSide(r.how, w.source, sides);
    return side ? { ...r, party: side } : r;
  });
  const cands = partyCandidates({
    measure: w.measure,
    readings,
    carried,
    chain: w.party,
    speaker: aff,
    main: sides.main,
    second: sides.main ? sides.opponent(sides.main) : null,
    headline: titleCountry?.code ?? null,
  }, c.partyWeights);
  w.partyCandidates = cands;
  const best = chooseParty(cands, w.party);
  if (best.party === w.party) return;
  w.party = best.party;
  w.partyHow = `chosen/${best.winner.features.find((f) => !f.includes('|') && f !== 'chain') ?? 'none'}`;
  const reading = readings.find((p) => p.party === best.party);
  w.counterparty = best.party === null ? null : reading?.counterparty ?? (AID_MEASURES.has(w.measure) ? sides.otherThan(best.party) : sides.counter(best.party));
}

/** Words of people received from abroad: a table of them by country counts its hosts, not whose they are. */
const HOSTED = /\b(?:refugees?|hosted|hosts?|asylum|protection|arrivals|registered|crossings?)\b/i;

/**
 * What a table states of its figure stands over what its context reads as: the date, the
 * side, the place. A share in a row counts what the row's figure before it counts
 * ("1,170,250 | 27.3%": the same people).
 */
function tableFigure(w: Work, cell: TableCell, before: Work | undefined): void {
  w.cell = cell;
  if (w.measure === 'other' && w.unit.cls === 'share' && before?.cell?.row === cell.row && before.measure !== 'other') {
    w.measure = before.measure;
    w.measureHow = 'inherited';
  }
  if (cell.statedOn) {
    w.statedOn = cell.statedOn;
    w.dateOwn = true;
    w.evidence.push({ field: 'statedOn', pass: 'tables', span: null, text: cell.statedOn });
  }
  // A row's country is whose its dead, losses, aid or displaced are; refugees it hosts are from elsewhere.
  const hosted = w.measure === 'displaced' && HOSTED.test(cell.context);
  const side = cell.party !== undefined ? cell.party : cell.placeSide && !hosted && w.measure !== 'other' ? cell.placeSide : undefined;
  if (side !== undefined) {
    w.party = side;
    w.counterparty = null;
    w.partyHow = side ? 'table' : 'shared';
    w.partyReadings = [{ party: side, counterparty: null, how: w.partyHow }];
  }
  if (cell.location) {
    w.location = cell.location;
    w.evidence.push({ field: 'location', pass: 'tables', span: null, text: cell.location });
  }
}

/** `earlier`: the period of the figure before it in this or the previous paragraph, if any. */
/** The day (or month) the article first dates each kind of event it counts from ("the truce, which took effect on 27 November"). */
function datedEvents(text: string, ref: DateReference): Map<string, string> {
  const out = new Map<string, string>();
  EVENT_DATED.lastIndex = 0;
  for (const m of text.matchAll(EVENT_DATED)) {
    const kind = eventKind(m.groups!.noun ?? m.groups!.noun2);
    if (!kind || out.has(kind)) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const on = /^\s{1,2}(?:on|in)\s/i.exec(after);
    const d = on ? findDates(after.slice(on[0].length - 1), ref).find((x) => x.start <= 2 && x.value && (x.kind === 'day' || x.kind === 'month')) : undefined;
    if (d?.value) out.set(kind, d.value);
  }
  return out;
}

function toClaim(w: Work, earlier: ClaimPeriod | null, eventDate: (kind: string) => string | null = () => null): Claim {
  // How the party was decided, after the carry rules: the sentence's own reading or a rule across sentences.
  w.evidence.push({ field: 'party', pass: `PartyAttacher/${w.partyHow}`, span: null, text: null });
  const m = w.mention;
  const cell = w.cell;
  // A table's figure is its cell: the row is its sentence, and its evidence stands in its context, not the text.
  const start = cell ? cell.start + Math.max(0, m.start - cell.at) : w.sentence.start + m.start;
  const end = cell ? Math.min(cell.end, cell.start + m.end - cell.at) : w.sentence.start + m.end;
  const quote = w.text.slice(start, end);
  if (cell) for (const e of w.evidence) e.span = null;
  const aggregation = m.per ? 'rate' : m.increment ? 'increment' : cumulative(w.sentence.text) ? 'cumulative' : 'point';
  const model = w.model;
  // The verb that gave the figure its measure is the figure's own event ("22 drones that Russia launched overnight").
  const own = w.evidence.find((e) => e.field === 'measure' && e.pass === 'MeasureAttacher')?.span;
  const ownVerb = own ? own[0] - w.sentence.start : -1;
  const otherEvent = model ? (from: number, to: number) => anotherSubjectsVerb(model, from, to, ownVerb, w.unit.nounEnd) : undefined;
  const period = attachPeriod(w.sentence.text, w.dates, m.start, m.end, w.clause, w.statementDates, w.statedOn, earlier, otherEvent, eventDate);
  return {
    field: w.field,
    span: [start, end],
    quote,
    sentence: cell ? cell.row.text : w.sentence.text,
    value: { low: m.low, high: m.high, approximate: m.approximate },
    unit: w.unit.unit ?? (w.measure === 'other' ? 'other' : 'person'),
    per: m.per,
    measure: w.measure,
    item: w.unit.unit === 'item' ? w.unit.item : null,
    party: w.party,
    counterparty: w.counterparty,
    location: w.location,
    source: w.source,
    statedOn: w.statedOn,
    hedges: w.hedges,
    period: (w.period = period),
    aggregation,
    evidence: w.evidence,
  };
}
