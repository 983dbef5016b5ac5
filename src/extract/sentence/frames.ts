/**
 * Reporting frames read from the sentence model: a cue (a reporting verb, "according
 * to", a statement noun) and the noun phrase that is its speaker.
 *
 *   X said (on Monday) (that) …        subject before the verb, adverbs and auxiliaries skipped
 *   X, the Y of Z, said …              an apposition belongs to the speaker
 *   X, who led …, said / X, citing Y,  a relative clause or a participle is stepped over
 *   …, said X  ·  “…,” said X          the inverted frame: speaker after the verb
 *   …, who said / spoke of …           a relative pronoun stands for the phrase before its comma
 *   according to X  ·  an estimate published by X  ·  X's estimate  ·  Washington's “dozens”
 *
 * Watch out for: a cue inside a quotation belongs to the quoted words, not to the
 * sentence ("“The report said 100 died,” Lee told reporters" → Lee); "the reports" and
 * "its claims" are nouns; "called" and "published" alone are not speech acts.
 */
import type { ClaimField } from '../../contract.js';
import { SPEECH_VERBS, REPORTING_VERBS, REPORT_ONLY, WEAK_REPORTING_VERBS } from '../lexicon/reporting.js';
import { describeSpeaker, REPORTS, type Speaker } from '../attachers/speakers.js';
import { findEntities, type Entity } from '../attachers/entities.js';
import type { Frame } from '../attachers/SourceAttacher.js';
import { wordPattern } from '../lexicon/pattern.js';
import { MODALS as MODAL_WORDS } from '../lexicon/grammar.js';
import { phraseEndingAt, phraseStartingAt, slice, type SentenceModel } from './model.js';
import { MONTH_NAMES } from '../../text/months.js';

/** One-word reporting verbs (auxiliaries before them are read as auxiliaries). */
const CUE_VERBS = new Set(REPORTING_VERBS.filter((v) => !v.includes(' ')));
const WEAK = WEAK_REPORTING_VERBS;
/** Verbs that may stand before their speaker (", said the ministry"). */
const INVERTING = new Set(['said', 'says', 'reported', 'reports', 'added', 'adds', 'wrote', 'writes', 'noted', 'warned', 'stated', 'explained', 'continued']);
/** Verbs that take the speaker's words as a prepositional object: "spoke of several hundred". */
const SPEAKING = new Set(['spoke', 'speaks', 'spoken', 'talked', 'talks']);
/** Nouns that carry a statement as a speaker's own: "ISW's latest estimate", "its figures". */
export const STATEMENT_NOUNS = new Set(['reckoning', 'calculation', 'warning', 'estimate', 'estimates', 'assessment', 'assessments', 'tally', 'count', 'figures', 'figure', 'data', 'report', 'claim', 'statement', 'calculations', 'analysis', 'numbers', 'toll', 'study', 'survey', 'update', 'bulletin', 'briefing', 'tallies', 'counts', 'records', 'investigation']);
/** Nouns whose number a speaker sets by acting on them: "raised the death toll to 26", "put the total at". */
const OBJECT_NOUNS = new Set(['total', 'number', 'toll', 'tally', 'count', 'estimate', 'figure', 'figures']);
/** Participles that hand a statement noun to its author: "an estimate published by X". */
const AUTHORED = new Set(['published', 'released', 'given', 'issued', 'compiled', 'cited', 'quoted', 'provided', 'made', 'presented', 'offered', 'shared', 'posted', 'by',
  'verified', 'kept', 'collected', 'gathered', 'documented', 'recorded', 'prepared', 'produced', 'conducted', 'carried']);
const REPORT_ONLY_RE = wordPattern(REPORT_ONLY, 'i');
const MODALS = new Set(MODAL_WORDS);
const ANAPHOR_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Nouns of time that may close a phrase without being the speaker ("a US military official this week"). */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'day', 'morning', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

interface Speaking {
  first: number;
  last: number;
  np: string;
  cited: Speaker | null;
  via: string[];
  /** "X, citing Y, reported": X speaks on what Y told it (the contract's relay); "X, quoting Y," passes Y's words on. */
  relays?: boolean;
}

/** The reporting frames of a sentence, in order of their speaker's position. */
export function modelFrames(m: SentenceModel, field: ClaimField, entities: Entity[]): Frame[] {
  const frames: Frame[] = [];
  const ts = m.tokens;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k];
    // A cue inside a quotation is part of the quoted words.
    if (m.quote[k] >= 0 && !(field === 'title')) continue;
    if (t.lower === 'according' && ts[k + 1]?.lower === 'to') {
      const f = accordingFrame(m, k, entities);
      if (f) frames.push(f);
      continue;
    }
    const nounCue = t.tag === 'NOUN' && !(k > 0 && (ts[k - 1].tag === 'PROPN' || ts[k - 1].tag === 'PRON' || ts[k - 1].tag === 'ADV' || ts[k - 1].tag === 'AUX'));
    if ((t.tag === 'VERB' || t.tag === 'NOUN') && CUE_VERBS.has(t.lower) && !nounCue && !(STATEMENT_NOUNS.has(t.lower) && afterPossessive(m, k))) {
      if (impersonal(m, k)) continue;
      if (passiveParticiple(m, k)) {
        // "figures circulated by Ukrainian officials", "losses cited by the White House".
        const f = agentFrame(m, k);
        if (f) frames.push(f);
        continue;
      }
      const f = verbFrame(m, k, entities, field === 'title');
      if (f) frames.push(f);
      continue;
    }
    if (SPEAKING.has(t.lower) && ts[k + 1] && (ts[k + 1].lower === 'of' || ts[k + 1].lower === 'about')) {
      const f = verbFrame(m, k, entities);
      if (f) frames.push(f);
      continue;
    }
    // "The monitor's overall count stood at …": after a possessive, a statement noun is a noun whatever the tagger said.
    if ((t.tag === 'NOUN' || afterPossessive(m, k)) && (STATEMENT_NOUNS.has(t.lower) || OBJECT_NOUNS.has(t.lower))) {
      const f = authoredFrame(m, k) ?? (STATEMENT_NOUNS.has(t.lower) ? possessiveFrame(m, k) : null) ?? objectFrame(m, k);
      if (f) frames.push(f);
      continue;
    }
    // "… injured near the targeted sites (HRMMU)": a bracketed name closing a line or bullet is its source.
    const closing = t.tag === 'OPEN' && k > 0 ? closingBracketSource(m, k) : null;
    if (closing) {
      frames.push(closing);
      continue;
    }
    if (t.tag === 'OPEN' && ts[k + 1]?.lower === 'source' && ts[k + 2]?.text === ':') {
      // "… displaced (source: Humanitarian Aid Commission)": a cited source in brackets.
      const f = bracketFrame(m, k);
      if (f) frames.push(f);
      continue;
    }
    if (t.tag === 'POSS' && k + 1 < ts.length && ts[k + 1].tag === 'QUOTE') {
      // "Washington's “dozens”": the possessor's words.
      const f = possessorFrame(m, k, k + 1);
      if (f) frames.push(f);
    }
  }
  frames.sort((a, b) => a.start - b.start);
  return settle(frames);
}

/**
 * Nested frames dropped; an outlet's frame that closes a sentence after another frame
 * only relays it: ", an official said, according to the Associated Press" → via AP.
 */
function settle(frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) if (!out.some((o) => o.start <= f.start && f.end <= o.end && f.verbStart >= o.verbStart && f.verbEnd <= o.verbEnd)) out.push(f);
  const keep: Frame[] = [];
  for (const f of out) {
    // "In its daily report, the mission said …": a possessive pronoun before the speaker points at it.
    if (f.speaker.anaphor && POSSESSIVE_PRONOUN.test(f.speaker.name) && out.some((g) => g.start > f.start && !g.speaker.anaphor)) continue;
    const inner = out.filter((o) => o !== f && !o.speaker.outlet && o.start < f.start);
    if (f.speaker.outlet && f.trailing && inner.length) {
      for (const o of inner) if (!o.via.includes(f.speaker.name)) o.via.push(f.speaker.name);
      continue;
    }
    keep.push(f);
  }
  return keep;
}

/** A possessive stands before `k`, at most two modifiers away ("the monitor's overall count"). */
function afterPossessive(m: SentenceModel, k: number): boolean {
  const ts = m.tokens;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    // "the monitor's count", "his first count".
    if (ts[j].tag === 'POSS' || (ts[j].tag === 'DET' && POSSESSIVE_PRONOUN.test(ts[j].lower))) return true;
    if (!(ts[j].tag === 'ADJ' || ts[j].tag === 'NOUN' || ts[j].tag === 'ADV')) return false;
  }
  return false;
}

/** "an estimate published this week by X", "figures cited by Y": a participle with its agent, no auxiliary before it. */
function passiveParticiple(m: SentenceModel, k: number): boolean {
  const ts = m.tokens;
  if (!/(?:ed|en|wn)$/.test(ts[k].lower) && ts[k].lower !== 'put') return false;
  if (k > 0 && (ts[k - 1].tag === 'AUX' || ts[k - 1].tag === 'PRON' || ts[k - 1].tag === 'ADV')) return false;
  for (let j = k + 1; j < ts.length && j - k <= 4; j++) {
    if (ts[j].lower === 'by') return true;
    // "The agency projected 377,000 deaths by 2021": a verb with a figure for object is active.
    if (ts[j].tag === 'PUNCT' || ts[j].tag === 'SCONJ' || ts[j].tag === 'VERB' || ts[j].tag === 'NUM' || m.figure[j]) return false;
  }
  return false;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** "North Korea is estimated to have sent", "it was reported that": a passive report names no speaker. */
function impersonal(m: SentenceModel, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && m.tokens[j].tag === 'ADV') j--;
  const prev = m.tokens[j];
  return !!prev && BE.has(prev.lower) && /(?:ed|en|id|ld)$/.test(m.tokens[k].lower);
}

const TIME_MODIFIERS = new Set(['next', 'same', 'following', 'previous', 'last', 'that', 'this']);
/** A time noun ending a phrase that opens the sentence: "That evening", "Later the same day", "Last week". */
function openingTime(m: SentenceModel, k: number): boolean {
  const ts = m.tokens;
  if (!TIME_NOUNS.has(ts[k].lower)) return false;
  for (let j = k - 1; j >= 0; j--) if (!(ts[j].tag === 'DET' || ts[j].tag === 'ADJ' || ts[j].tag === 'ADV' || ts[j].tag === 'SCONJ' || TIME_MODIFIERS.has(ts[j].lower))) return false;
  return true;
}

/** A speaker phrase, unless it names a time ("Tuesday says", "Friday's report"). */
function speakerOf(np: string): Speaker | null {
  const last = /([\p{L}]+)\W*$/u.exec(np)?.[1]?.toLowerCase() ?? '';
  if (TIME_NOUNS.has(last) || MONTHS.has(last)) return null;
  return describeSpeaker(np);
}
const MONTHS = new Set(MONTH_NAMES);

function frame(m: SentenceModel, sp: Speaker, who: Speaking | null, verbFirst: number, verbLast: number, trailing: boolean, extraVia: string[] = []): Frame {
  const ts = m.tokens;
  const start = who ? Math.min(ts[who.first].start, ts[verbFirst].start) : ts[verbFirst].start;
  const verbStart = ts[verbFirst].start;
  const verbEnd = ts[verbLast].end;
  const end = Math.max(frameEnd(m, verbLast), who ? ts[who.last].end : 0);
  return {
    start,
    end,
    verbStart,
    verbEnd,
    speaker: sp,
    via: [...(who?.via ?? []), ...extraVia],
    cited: who?.cited ?? null,
    trailing,
    dateRegion: [adverbialOpening(m, who ? who.first : verbFirst, verbLast) ? 0 : start, end],
  };
}

/** Where the words after a verb that may date it end: at "that", a comma, a quotation or the end. */
function frameEnd(m: SentenceModel, verb: number): number {
  const ts = m.tokens;
  let k = verb + 1;
  while (k < ts.length && k - verb < 14) {
    const t = ts[k];
    if (t.lower === 'that' || t.tag === 'QUOTE' || (t.tag === 'PUNCT' && t.text !== '-' && t.text !== '.') || t.tag === 'REL' || t.tag === 'CCONJ' || m.figure[k]) break;
    if (t.tag === 'PUNCT' && t.text === '.') break;
    k++;
  }
  return k - 1 >= verb ? ts[k - 1].end : ts[verb].end;
}

/** "On Monday, X said" / "In March the ministry said": a leading adverbial dates the statement. */
const SPEECH_VERB_SET = new Set(SPEECH_VERBS);

function adverbialOpening(m: SentenceModel, first: number, verb: number): boolean {
  const ts = m.tokens;
  if (first === 0) return false;
  // A parenthetical frame ("In July, the update said, Russia lost") dates the figure, not the statement.
  if (ts[verb + 1]?.text === ',') return false;
  // "Such figures can run high: on 29 September the ministry claimed …": the opening starts after a colon.
  let from = 0;
  for (let i = 0; i < first; i++) if (ts[i].text === ':' || ts[i].text === ';' || ts[i].text === '—') from = i + 1;
  const before = ts.slice(from, first);
  if (!before.length) return false;
  // "On 12 April, with fighters still inside the camp, X said": a dated phrase opens the sentence.
  if (before[0].tag === 'ADP' && /^(?:on|in|by|at)$/.test(before[0].lower)) {
    const comma = before.findIndex((t) => t.text === ',');
    // ("In October, 14 villages were emptied, the agency said": the figure's clause after the
    // comma is what the phrase dates, not the speaking; unless another speaker speaks there
    // too, under the same date: "On 27 May, X said …, while Y said".)
    const after = before.slice(comma + 1);
    const clause = after.some((_t, i) => m.figure[from + comma + 1 + i]) && !after.some((t) => t.tag === 'VERB' && SPEECH_VERB_SET.has(t.lower));
    if (comma > 0 && comma <= 6 && !clause && before.slice(1, comma).some((t) => isTimeWord(t) || (t.tag === 'NUM' && !m.figure[from + before.indexOf(t)]))) return true;
  }
  // A day or month named in the opening, which ends at a comma right before the speaker.
  const dated = before[before.length - 1].text === ',' && before.some((t, i) => isTimeWord(t) || (t.tag === 'NUM' && !m.figure[from + i]));
  // ("Speaking at a meeting of … in Germany on Thursday, X said": a participle's phrase may run long.)
  if (before.length > (dated && before[0].tag === 'VERB' && /ing$/.test(before[0].lower) ? 24 : 16)) return false;
  // "When inspectors reached the site on 3 November, the prosecutor said": the statement hangs on the day its clause names.
  if (dated && /^when$/.test(before[0].lower) && !before.some((t, i) => t.tag === 'REL' || t.tag === 'QUOTE' || m.figure[from + i] || (i > 0 && t.tag === 'SCONJ'))) return true;
  // "Speaking in Davos on Tuesday, X said": a participle opening the sentence belongs to the speaker.
  const participle = before[0].tag === 'VERB' && /ing$/.test(before[0].lower);
  // "In an interview with the Guardian published on 24 July, X said": a participle inside a leading phrase.
  const phrase = before[0].tag === 'ADP';
  // "In a memo listing the findings on Friday, X said": so is an -ing participle inside it.
  if (before.some((t, i) => (t.tag === 'VERB' && !(i === 0 && participle) && !((phrase || participle) && /(?:ed|en)$/.test(t.lower)) && !(phrase && i > 0 && /ing$/.test(t.lower))) || t.tag === 'REL' || t.tag === 'QUOTE' || m.figure[from + i])) return false;
  if (participle) return true;
  // "At a donor conference in Geneva on 12 November, X said": a longer phrase when it names the
  // day of a speech act (a verb that is the counted act itself, "pledged", keeps it as the event's).
  if (before.length > 9 && !(phrase && dated && SPEECH_VERB_SET.has(ts[verb].lower))) return false;
  // "Ten days earlier, on 17 December, X said", "Last week the ministry said".
  return before[0].tag === 'ADP' || before[0].tag === 'ADV' || before.some((t) => isTimeWord(t) || /^(?:earlier|later|ago)$/.test(t.lower)) || /^(?:last|this|earlier|late|early)$/.test(before[0].lower);
}

/** The speaker of the reporting verb at `k`, before it or, inverted, after it. */
function verbFrame(m: SentenceModel, k: number, entities: Entity[], headline = false): Frame | null {
  const ts = m.tokens;
  const verb = ts[k].lower;
  // "Beijing would give 1 billion yuan", "it will put 300 troops": a verb that reports only in passing, after a modal, acts.
  if ((WEAK.has(verb) || verb === 'give') && k > 0 && MODALS.has(ts[k - 1].lower)) return null;
  // Auxiliaries and adverbs between the speaker and the verb: "the ministry has also said".
  let L = skipToSubject(m, k - 1);
  // "X offered a lower count, saying 300 …": a participle after a comma speaks with its clause's subject;
  // so does a verb joined to an earlier one ("X had raised the toll to 26, and said 93 …").
  if (/ing$/.test(verb) && L >= 0 && ts[L].text === ',') return participleFrame(m, k, L);
  if (L >= 1 && ts[L].tag === 'CCONJ' && ts[L].lower === 'and') return participleFrame(m, k, ts[L - 1].text === ',' ? L - 1 : L);
  const who = L >= 0 ? subjectEndingAt(m, L) : null;
  let verbLast = k;
  if (SPEAKING.has(verb)) verbLast = k + 1;
  const inverted = INVERTING.has(verb) && (L < 0 || ts[L].tag === 'QUOTE' || ts[L].text === ',' || ts[L].text === '—' || ts[L].text === '–') && (!who || ts[L].tag === 'QUOTE' || closingPhraseAfter(m, k));
  if (inverted) {
    const f = invertedFrame(m, k);
    if (f) return f;
  }
  if (!who) return null;
  const first = who.first;
  // "the 24 jets it pledged", "the figures they gave": a pronoun right after a noun opens a relative clause, no frame.
  // ("That evening he added": a time phrase opening the sentence is no noun for a relative clause.)
  if (first > 0 && first === who.last && ts[first].tag === 'PRON' && (ts[first - 1].tag === 'NOUN' || ts[first - 1].tag === 'NUM') && !openingTime(m, first - 1)) return null;
  // "…, citing police reports": the object of "citing" reports nothing itself.
  if (first > 0 && CITING.has(ts[first - 1].lower)) return null;
  if (REPORT_ONLY_RE.test(who.np) && !entities.some((e) => e.kind === 'outlet' && e.start >= ts[first].start && e.end <= ts[who.last].end)) {
    return frame(m, REPORTS, who, k, verbLast, false);
  }
  let sp = speakerOf(who.np);
  if (!sp) return null;
  // "Unofficial estimates put the toll at …": figures with no one behind them speak for no one.
  // A headline drops its articles: "Study finds …" opening one is "The study finds …".
  const headlineSubject = headline && first === 0 && !/s$/i.test(ts[who.last].lower);
  if (sp.head && STATEMENT_NOUNS.has(sp.head) && !headlineSubject && !ts.slice(first, who.last + 1).some((x) => x.tag === 'PROPN' || x.tag === 'POSS' || (x.tag === 'DET' && x.lower !== 'a' && x.lower !== 'an' && x.lower !== 'some'))) return null;
  // A lone unknown capital before a verb that need not be speech ("Kursk showed") is no speaker.
  if (sp.kind === 'person' && !sp.head && WEAK.has(verb) && !sp.anaphor && !sp.named) return null;
  // ("Denmark, Norway and Sweden announced": countries together speak, for none of them alone.)
  if (WEAK.has(verb) && sp.anaphor === null && !sp.named && !sp.head && sp.kind === 'other' && !sp.affiliation && !sp.multi) return null;
  const via = [...who.via];
  let cited = who.cited;
  if (verb === 'told' || verb === 'tells') via.push(...outletsAfter(m, k + 1, entities));
  // "X, citing Y, said" (read in subjectEndingAt) and "X said, citing Y".
  const after = ts[frameEndToken(m, verbLast)];
  if (after && after.text === ',' && CITING.has(ts[frameEndToken(m, verbLast) + 1]?.lower ?? '')) {
    const c0 = frameEndToken(m, verbLast) + 2;
    const c1 = phraseStartingAt(m, c0);
    if (c1 >= c0) cited = speakerOf(slice(m, c0, c1)) ?? cited;
  }
  // (An outlet that speaks "citing" others is the source; one that quotes them, or cites them after its verb, passes their words on.)
  if (sp.outlet && cited && !cited.outlet && !(who.relays && cited === who.cited)) {
    via.push(sp.name);
    sp = cited;
    cited = null;
  }
  return frame(m, sp, { ...who, via, cited }, k, verbLast, closesClause(m, first, verbLast));
}

/**
 * A frame after its content (", the ministry said." / "“…,” X told reporters, speaking …"):
 * a comma, dash or quotation before the speaker, and nothing reported after the verb.
 */
function closesClause(m: SentenceModel, first: number, verb: number): boolean {
  const ts = m.tokens;
  const before = first > 0 ? ts[first - 1] : null;
  if (!before || !(before.text === ',' || before.text === '—' || before.text === '–' || before.tag === 'QUOTE')) return false;
  const after = ts[frameEndToken(m, verb)];
  return !after || after.text === '.' || after.text === ',' || after.text === ';' || after.tag === 'QUOTE' || after.text === '!' || after.text === '?';
}

/**
 * From the token before a verb, back over what may stand between it and its subject:
 * adverbs, auxiliaries, negation and a time phrase ("Biden on Monday announced", "the
 * ministry last week said").
 */
function skipToSubject(m: SentenceModel, from: number): number {
  const ts = m.tokens;
  let L = from;
  for (;;) {
    while (L >= 0 && (ts[L].tag === 'ADV' || ts[L].tag === 'AUX' || ts[L].tag === 'NEG' || REFLEXIVES.has(ts[L].lower))) L--;
    if (L >= 1 && isTimeWord(ts[L])) {
      let j = L - 1;
      while (j >= 0 && j > L - 4 && (ts[j].tag === 'NUM' || ts[j].tag === 'PROPN' || isTimeWord(ts[j]))) j--;
      if (j >= 0 && (ts[j].lower === 'on' || ts[j].lower === 'in' || ts[j].lower === 'last' || ts[j].lower === 'this' || ts[j].lower === 'earlier')) {
        L = j - 1;
        continue;
      }
    }
    return L;
  }
}

const POSSESSIVE_PRONOUN = /^(?:its|their|his|her)$/i;
/** Participles that name whom a speaker relays: "citing X", "quoting X". */
const CITING = new Set(['citing', 'quoting']);
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);

function isTimeWord(t: { lower: string }): boolean {
  return TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower);
}

/** The subject of the finite verb before a participle's comma, as the participle's speaker. */
function participleFrame(m: SentenceModel, k: number, comma: number): Frame | null {
  const ts = m.tokens;
  let v = comma - 1;
  while (v >= 0 && !(ts[v].tag === 'VERB' && m.quote[v] < 0 && !/ing$/.test(ts[v].lower))) v--;
  // "President X, writing earlier on X, had given …": the phrase before the comma.
  if (v < 1) v = comma;
  let L = v - 1;
  while (L >= 0 && (ts[L].tag === 'ADV' || ts[L].tag === 'AUX' || ts[L].tag === 'NEG')) L--;
  const who = L >= 0 ? subjectEndingAt(m, L) : null;
  if (!who) return null;
  const sp = speakerOf(who.np);
  // "Security sources spoke again, telling Reuters …": a speaking head ("sources") is one.
  if (!sp || (sp.kind === 'other' && !sp.head && !sp.anaphor && !sp.named && !sp.affiliation)) return null;
  return frame(m, sp, who, k, k, false);
}

function frameEndToken(m: SentenceModel, verb: number): number {
  const end = frameEnd(m, verb);
  let k = verb;
  while (k + 1 < m.tokens.length && m.tokens[k + 1].end <= end) k++;
  return k + 1;
}

/** Outlets named in a verb's object: "told the BBC", "told Reuters on Monday". */
function outletsAfter(m: SentenceModel, from: number, entities: Entity[]): string[] {
  const last = phraseStartingAt(m, from);
  if (last < from) return [];
  const a = m.tokens[from].start;
  const b = m.tokens[last].end;
  return entities.filter((e) => e.kind === 'outlet' && e.start >= a && e.end <= b).map((e) => e.text);
}

/**
 * The subject phrase whose last token is `L`, stepping over an apposition, a relative
 * clause or a participle between commas; a relative pronoun stands for the phrase before it.
 */
function subjectEndingAt(m: SentenceModel, L: number): Speaking | null {
  const ts = m.tokens;
  const t = ts[L];
  if (t.tag === 'PRON' && ANAPHOR_PRONOUNS.has(t.lower)) return { first: L, last: L, np: t.text, cited: null, via: [] };
  if (t.tag === 'REL' && (t.lower === 'who' || t.lower === 'which')) {
    // "…a count given by a Dutch official last week, who spoke of forty dead".
    let c = L - 1;
    if (c >= 0 && ts[c].text === ',') c--;
    if (c < 0) return null;
    let first = phraseEndingAt(m, c);
    // "a US military official this week, who …": the time phrase is no antecedent.
    if (first > 0 && TIME_NOUNS.has(ts[c].lower)) {
      c = first - 1;
      first = c >= 0 ? phraseEndingAt(m, c) : -1;
    }
    if (first < 0) return null;
    const np = slice(m, first, c);
    return { first, last: c, np, cited: null, via: [] };
  }
  if (t.text === ',') {
    // "Andrei Vorobyov, the governor of the Moscow region, said": an apposition.
    let c0 = L - 1;
    let guard = 0;
    while (c0 >= 0 && ts[c0].text !== ',' && guard++ < 30) c0--;
    if (c0 < 1 || ts[c0].text !== ',') return null;
    // "Gen Ali Kamal, 64, said": an age set off by commas belongs to the name before it, and
    // "The army, led by Gen Ali Kamal, 64, said" has its apposition one comma further back.
    if (L - c0 === 2 && /^\d{1,2}$/.test(ts[c0 + 1].text)) {
      let c1 = c0 - 1;
      guard = 0;
      while (c1 >= 0 && ts[c1].text !== ',' && guard++ < 30) c1--;
      if (c1 >= 1 && ts[c1].text === ',' && /^(?:led|headed|commanded|run|chaired|founded)$/i.test(ts[c1 + 1]?.lower ?? '')) c0 = c1;
      else {
        const named = phraseEndingAt(m, c0 - 1);
        // (A name's last part may be tagged a noun: "al-Burhan".)
        if (named >= 0 && (ts[c0 - 1].tag === 'PROPN' || (ts[c0 - 1].tag === 'NOUN' && /\p{Lu}/u.test(ts[c0 - 1].text)))) return { first: named, last: c0 - 1, np: slice(m, named, c0 - 1), cited: null, via: [] };
      }
    }
    // The name before an apposition ends in a noun or a bracket, not a number or a date ("so far in 2025, X said").
    const headEnd = ts[c0 - 1];
    if (!(headEnd.tag === 'NOUN' || headEnd.tag === 'PROPN' || headEnd.tag === 'CLOSE') || isTimeWord(headEnd)) return null;
    const head = phraseEndingAt(m, c0 - 1);
    if (head < 0) return null;
    const inner = ts[c0 + 1];
    const headNp = slice(m, head, c0 - 1);
    if (CITING.has(inner.lower)) {
      const c1 = phraseStartingAt(m, c0 + 2, L);
      const cited = c1 >= c0 + 2 ? speakerOf(slice(m, c0 + 2, c1)) : null;
      return { first: head, last: c0 - 1, np: headNp, cited, via: [], relays: inner.lower === 'citing' };
    }
    if (inner.lower === 'quoted' || inner.lower === 'cited') {
      return { first: head, last: c0 - 1, np: headNp, cited: null, via: [] };
    }
    if (inner.tag === 'REL' || inner.tag === 'VERB' || inner.tag === 'ADV' || inner.tag === 'ADP' || inner.tag === 'SCONJ') {
      // "X, who led the delegation, said" / "X, speaking on condition of anonymity, said".
      return { first: head, last: c0 - 1, np: headNp, cited: null, via: [] };
    }
    // The apposition opens with a noun phrase ("a Ukrainian monitoring group with ties to …"):
    // the speaker is the name and that phrase.
    const appLast = phraseStartingAt(m, c0 + 1, L);
    // ("The Arakan Army (AA), one of Myanmar's armed groups, said", "JNIM, al-Qaeda's branch in the Sahel, said":
    // an apposition that is no plain phrase still leaves the name before it the speaker.)
    if (appLast < c0 + 1) return inner.tag === 'PRON' || inner.tag === 'NOUN' || inner.tag === 'PROPN' || inner.tag === 'DET' ? { first: head, last: c0 - 1, np: headNp, cited: null, via: [] } : null;
    // "…, a rights group based in Thailand, said": where the body is based belongs to its apposition.
    const based = appLast + 2 < L && /^(?:based|headquartered)$/.test(ts[appLast + 1].lower) && ts[appLast + 2].lower === 'in';
    const withApposition = slice(m, head, based ? L - 1 : appLast);
    // (One that makes no speaker of the two, "JNIM, al-Qaeda's branch in the Sahel", leaves the name.)
    if (!speakerOf(withApposition) && speakerOf(headNp)) return { first: head, last: c0 - 1, np: headNp, cited: null, via: [] };
    return { first: head, last: L - 1, np: withApposition, cited: null, via: [] };
  }
  let first = phraseEndingAt(m, L);
  if (first < 0) return null;
  // "In April 2025 Britain said": a date with no comma before the speaker is not part of its name.
  for (let j = L - 1; j >= first; j--) {
    if ((ts[j].tag === 'NUM' && /^(?:19|20)\d{2}$/.test(ts[j].text)) || isTimeWord(ts[j])) {
      first = j + 1;
      break;
    }
  }
  // Nothing but a determiner or a number is no speaker.
  if (!ts.slice(first, L + 1).some((x) => x.tag === 'NOUN' || x.tag === 'PROPN')) return null;
  first = coordinatedSubject(m, first);
  const np = slice(m, first, L);
  // "A medic who reached the scene told …": the one the relative clause describes speaks.
  const plain = describeSpeaker(np);
  // "… that helps families trace captured relatives published …": a phrase right after a verb is its object.
  if (!plain || (!plain.head && !plain.named && !plain.anaphor) || (first > 0 && ts[first - 1].tag === 'VERB')) {
    const rel = relativeAntecedent(m, first, L);
    if (rel) return rel;
  }
  // "…, X quoted by Y said": the outlet that relays.
  return { first, last: L, np, cited: null, via: [] };
}

/**
 * "Mediazona and the BBC said", "Residents and a local official told …": a speaker joined by
 * "and" to the one before the verb shares the subject, when the pair opens its clause (so
 * "killed five soldiers and police said" stays two clauses).
 */
function coordinatedSubject(m: SentenceModel, first: number): number {
  const ts = m.tokens;
  if (first < 2 || ts[first - 1].tag !== 'CCONJ' || ts[first - 1].lower !== 'and') return first;
  const c = first - 2;
  const f0 = phraseEndingAt(m, c);
  if (f0 < 0) return first;
  const before = f0 > 0 ? ts[f0 - 1] : null;
  const opens = !before || before.text === ',' || before.text === ':' || before.text === '—' || before.text === '–' || before.tag === 'QUOTE' || before.tag === 'SCONJ';
  if (!opens) return first;
  for (let j = f0; j <= c; j++) if (m.figure[j]) return first;
  if (!ts.slice(f0, c + 1).some((x) => x.tag === 'NOUN' || x.tag === 'PROPN')) return first;
  const a = describeSpeaker(slice(m, f0, c));
  return a && !a.anaphor && (a.head || a.named || a.outlet || a.affiliation) ? f0 : first;
}

/**
 * The speaker before a restrictive relative clause that ends right before the verb:
 * "A member of the militia who rushed to the scene told …" → "A member of the militia".
 */
function relativeAntecedent(m: SentenceModel, first: number, L: number): Speaking | null {
  const ts = m.tokens;
  for (let j = first - 1; j >= 1 && L - j <= 14; j--) {
    const t = ts[j];
    // "who", or "that" right after a noun ("a project run by the army that helps …").
    const relThat = t.lower === 'that' && (ts[j - 1].tag === 'NOUN' || ts[j - 1].tag === 'PROPN');
    if (t.tag === 'QUOTE' || (t.tag === 'SCONJ' && !relThat) || t.text === ';' || t.text === ':' || m.figure[j]) return null;
    if (t.tag !== 'REL' && !relThat) continue;
    if (t.lower !== 'who' && !relThat) return null;
    // The clause has its own verb ("who rushed to the scene").
    if (!ts.slice(j + 1, first).some((x) => x.tag === 'VERB')) return null;
    const c = ts[j - 1].text === ',' ? j - 2 : j - 1;
    if (c < 0) return null;
    // "A member of the militia": a head with its "of" complement.
    let a = phraseEndingAt(m, c);
    if (a >= 2 && ts[a - 1].lower === 'of') {
      const b = phraseEndingAt(m, a - 2);
      if (b >= 0) a = b;
    }
    if (a < 0) return null;
    const sp = describeSpeaker(slice(m, a, c));
    if (!sp || (!sp.head && !sp.named)) return null;
    return { first: a, last: L, np: slice(m, a, c), cited: null, via: [] };
  }
  return null;
}

/** A noun phrase after the verb that ends the sentence or opens an apposition: ", said Sergei Menyaylo, the head of …". */
function closingPhraseAfter(m: SentenceModel, k: number): boolean {
  const ts = m.tokens;
  const a = k + 1;
  if (!ts[a] || !(ts[a].tag === 'PROPN' || ts[a].tag === 'DET' || ts[a].tag === 'NOUN')) return false;
  const last = phraseStartingAt(m, a);
  if (last < a) return false;
  const next = ts[last + 1];
  return !next || next.text === '.' || next.text === ',' || next.tag === 'QUOTE';
}

/** ", said John Kirby, the White House spokesman." — the speaker after the verb. */
function invertedFrame(m: SentenceModel, k: number): Frame | null {
  const ts = m.tokens;
  let a = k + 1;
  while (a < ts.length && ts[a].tag === 'ADV') a++;
  const last = phraseStartingAt(m, a);
  if (last < a) return null;
  let np = slice(m, a, last);
  let end = last;
  // An apposition after the name belongs to it: "said Maria Zakharova, the ministry's spokeswoman".
  if (ts[last + 1]?.text === ',' && ts[last + 2] && (ts[last + 2].tag === 'DET' || ts[last + 2].tag === 'PROPN' || ((ts[last + 2].tag === 'NOUN' || ts[last + 2].tag === 'ADJ') && !!describeSpeaker(slice(m, last + 2, Math.max(last + 2, phraseStartingAt(m, last + 2))))?.head))) {
    const appLast = phraseStartingAt(m, last + 2);
    if (appLast > last + 1) {
      end = appLast;
      np = slice(m, a, appLast);
    }
  }
  const sp = speakerOf(np);
  if (!sp) return null;
  const f = frame(m, sp, { first: k, last: end, np, cited: null, via: [] }, k, k, true);
  // "…, said X, the regional governor, on Friday" / "…, in a Telegram post on Monday": a dated phrase after the name dates the statement.
  let j = end + 1;
  if (ts[j]?.text === ',') j++;
  if (ts[j] && (ts[j].tag === 'ADP' || (ts[j].tag === 'VERB' && /ing$/.test(ts[j].lower)))) {
    let e = j;
    while (e + 1 < ts.length && e - j < 10 && !(ts[e + 1].tag === 'PUNCT' && ts[e + 1].text !== '-') && ts[e + 1].tag !== 'QUOTE' && !m.figure[e + 1]) e++;
    if (ts.slice(j, e + 1).some((t) => isTimeWord(t) || (t.tag === 'NUM' && /^\d{1,2}$/.test(t.text)))) {
      f.end = Math.max(f.end, ts[e].end);
      f.dateRegion = [f.dateRegion[0], Math.max(f.dateRegion[1], ts[e].end)];
    }
  }
  return f;
}

/** "according to X", "according to an estimate published by X", "according to X's figures". */
function accordingFrame(m: SentenceModel, k: number, entities: Entity[]): Frame | null {
  const ts = m.tokens;
  const a = k + 2;
  const last = phraseStartingAt(m, a);
  if (last < a) return null;
  let np = slice(m, a, last);
  let end = last;
  // Where the speaker's own words start: an author named after a statement noun starts after "by".
  let first = a;
  const headWord = ts[last].lower;
  // A statement noun handed to its author: "an estimate published this week by the outlet X".
  if (STATEMENT_NOUNS.has(headWord) || REPORT_ONLY_RE.test(np)) {
    const by = authorAfter(m, last + 1) ?? relativeAuthor(m, last + 1);
    if (by) {
      np = by.np;
      end = by.last;
      first = by.first;
    } else {
      // "according to Ukraine's figures": the possessor; "according to reports": no one.
      const poss = ts.slice(a, last + 1).findIndex((x) => x.tag === 'POSS');
      if (poss > 0) np = slice(m, a, a + poss - 1);
      else if (REPORT_ONLY_RE.test(np) && !entities.some((e) => e.kind === 'outlet' && e.start >= ts[a].start && e.end <= ts[last].end)) return null;
      // "according to a ministry statement", "according to army figures": the speaker in the modifier.
      else {
        const modifier = STATEMENT_NOUNS.has(headWord) && last > a ? modifierSpeaker(m, a, last - 1) : null;
        if (modifier) np = modifier;
        // "according to estimates" names no one; "according to the statement" refers back to one.
        else if (STATEMENT_NOUNS.has(headWord) && ts.slice(a, last).every((x) => x.tag !== 'PROPN') && ts[a].lower !== 'the') return null;
      }
    }
  }
  let sp = speakerOf(np);
  if (!sp) return null;
  // "according to EMERGENCY, an Italian NGO that …": an apposition gives the body its country.
  if (!sp.affiliation && ts[end + 1]?.text === ',' && (ts[end + 2]?.lower === 'a' || ts[end + 2]?.lower === 'an')) {
    const appLast = phraseStartingAt(m, end + 2);
    const whole = appLast > end + 2 ? slice(m, first, appLast) : null;
    const withApp = whole ? speakerOf(whole) : null;
    // (The body keeps its own name: the apposition only places it.)
    if (withApp?.affiliation && withApp.head) {
      sp = { ...withApp, name: sp.name };
      end = appLast;
    }
  }
  const before = k > 0 ? ts[k - 1] : null;
  // "… 900 houses burned according to the mayor's office, although …": with no comma before it, a
  // mid-sentence "according to" that closes its clause still reports what stands before it.
  const closes = !ts[end + 1] || (ts[end + 1].tag === 'PUNCT' && ts[end + 1].text !== '-');
  const trailing = !!before && (before.text === ',' || before.text === ';' || before.text === '—' || before.text === '–' || (closes && before.tag !== 'PUNCT' && before.tag !== 'QUOTE'));
  const f = frame(m, sp, { first: k, last: end, np, cited: null, via: [] }, k, k + 1, trailing);
  f.end = Math.max(f.end, ts[end].end);
  f.verbEnd = ts[end].end;
  // "according to figures the office released earlier this month": the words up to the
  // clause's end date the statement.
  let tail = end + 1;
  while (tail < ts.length && tail - end < 12 && !(ts[tail].tag === 'PUNCT' && ts[tail].text !== '-') && !m.figure[tail]) tail++;
  f.dateRegion = [f.start, Math.max(f.end, ts[tail - 1].end)];
  return f;
}

/** The words before a statement noun when they name a speaker ("a ministry statement" → "ministry"), else null. */
function modifierSpeaker(m: SentenceModel, a: number, b: number): string | null {
  const ts = m.tokens;
  let from = a;
  while (from <= b && (ts[from].tag === 'DET' || ts[from].tag === 'ADJ' && /^(?:new|latest|joint|official|preliminary|final|recent|separate|daily|weekly|monthly)$/.test(ts[from].lower))) from++;
  if (from > b || !ts.slice(from, b + 1).every((x) => x.tag === 'NOUN' || x.tag === 'PROPN')) return null;
  const np = slice(m, from, b);
  const sp = describeSpeaker(np);
  return sp && (sp.head || sp.named || sp.affiliation) ? np : null;
}

/** "… by X" within a few words after a statement noun, through a participle. */
function authorAfter(m: SentenceModel, from: number, afterVerb = false): { np: string; first: number; last: number } | null {
  const ts = m.tokens;
  for (let j = from; j < ts.length && j - from < 10; j++) {
    const t = ts[j];
    if (t.tag === 'PUNCT' || t.tag === 'QUOTE' || t.tag === 'SCONJ' || m.figure[j]) return null;
    if (t.lower === 'by') {
      const last = phraseStartingAt(m, j + 1);
      if (last <= j) return null;
      return { np: slice(m, j + 1, last), first: j + 1, last };
    }
    if (j === from && !afterVerb && !AUTHORED.has(t.lower)) return null;
  }
  return null;
}

/** Verbs by which an author makes figures public: "figures the office released". */
const AUTHORING = new Set(['released', 'published', 'issued', 'gave', 'compiled', 'presented', 'posted', 'shared', 'provided',
  'collected', 'recorded', 'put', 'made', 'produced', 'prepared', 'submitted', 'circulated', 'cited', 'announced', 'reported']);

/** The author in a relative clause after a statement noun: "figures (that) the office released". */
function relativeAuthor(m: SentenceModel, from: number): { np: string; first: number; last: number } | null {
  const ts = m.tokens;
  let j = from;
  if (ts[j] && (ts[j].lower === 'that' || ts[j].lower === 'which')) j++;
  if (!ts[j] || !(ts[j].tag === 'DET' || ts[j].tag === 'PROPN' || ts[j].tag === 'NOUN' || ts[j].tag === 'ADJ')) return null;
  const last = phraseStartingAt(m, j);
  if (last < j) return null;
  let v = last + 1;
  while (ts[v] && (ts[v].tag === 'ADV' || ts[v].tag === 'AUX')) v++;
  if (!ts[v] || !AUTHORING.has(ts[v].lower)) return null;
  const np = slice(m, j, last);
  const sp = speakerOf(np);
  return sp && (sp.head || sp.named || sp.affiliation) ? { np, first: j, last } : null;
}

/** A reporting participle and its agent: "the “dozens” cited by the White House on Monday". */
function agentFrame(m: SentenceModel, k: number): Frame | null {
  const by = authorAfter(m, k + 1, true);
  if (!by) return null;
  const sp = speakerOf(by.np);
  if (!sp) return null;
  // "field sources quoted by the Tehran Times put the toll at …": people an outlet quotes speak, and the outlet relays them.
  if (RELAYING.has(m.tokens[k].lower) && k > 0) {
    const who = subjectEndingAt(m, k - 1);
    const quoted = who ? speakerOf(who.np) : null;
    if (who && quoted && !quoted.outlet && !STATEMENT_NOUNS.has(m.tokens[k - 1].lower)) {
      const f = frame(m, quoted, who, k, by.last, false, [sp.name]);
      f.dateRegion = [m.tokens[who.first].start, f.end];
      return f;
    }
  }
  const f = frame(m, sp, { first: k, last: by.last, np: by.np, cited: null, via: [] }, k, by.last, false);
  f.dateRegion = [m.tokens[k].start, f.end];
  return f;
}

/** Participles of passing on another's words: "quoted by", "cited by". */
const RELAYING = new Set(['quoted', 'cited']);

/** "a count given by a Dutch official": a statement noun with its author. */
function authoredFrame(m: SentenceModel, k: number): Frame | null {
  const by = authorAfter(m, k + 1);
  if (!by) return null;
  const sp = speakerOf(by.np);
  if (!sp) return null;
  const ts = m.tokens;
  const f = frame(m, sp, { first: k, last: by.last, np: by.np, cited: null, via: [] }, k, by.last, false);
  f.dateRegion = [ts[k].start, ts[by.last].end];
  return f;
}

/**
 * A statement noun as a verb's object: "the service had raised the death toll to 26",
 * "the NIS offered a lower count", "Pentagon triples estimate": the verb's subject speaks.
 */
function objectFrame(m: SentenceModel, k: number): Frame | null {
  const ts = m.tokens;
  let j = k - 1;
  while (j >= 0 && k - j <= 5 && (ts[j].tag === 'DET' || ts[j].tag === 'ADJ' || ts[j].tag === 'NOUN' || ts[j].tag === 'POSS' || ts[j].tag === 'PROPN')) j--;
  if (j < 1 || ts[j].tag !== 'VERB' || m.quote[j] >= 0) return null;
  // "…, taking Moscow's total to 1,050,000": a participle's subject is its clause's.
  if (/ing$/.test(ts[j].lower) && ts[j - 1].text === ',') return participleFrame(m, j, j - 1);
  const L = skipToSubject(m, j - 1);
  const who = L >= 0 ? subjectEndingAt(m, L) : null;
  if (!who) return null;
  const sp = speakerOf(who.np);
  if (!sp || (sp.kind === 'other' && !sp.anaphor && !sp.named && !sp.affiliation)) return null;
  return frame(m, sp, who, j, k, false);
}

/** "ISW's latest estimate", "the ministry's figures", "its tally". */
function possessiveFrame(m: SentenceModel, k: number): Frame | null {
  const ts = m.tokens;
  let j = k - 1;
  while (j >= 0 && (ts[j].tag === 'ADJ' || ts[j].tag === 'VERB' || ts[j].tag === 'ADV' || (ts[j].tag === 'NOUN' && !STATEMENT_NOUNS.has(ts[j].lower))) && k - j < 4) j--;
  if (j < 0) return null;
  if (ts[j].tag === 'POSS') return possessorFrame(m, j, k);
  if (ts[j].tag === 'DET' && /^(?:its|their|his|her)$/.test(ts[j].lower)) {
    const sp = speakerOf(ts[j].text);
    if (!sp) return null;
    return frame(m, sp, { first: j, last: j, np: ts[j].text, cited: null, via: [] }, k, k, false);
  }
  // "AFP tally", "the Kyiv School of Economics estimate": a name before the noun.
  if (ts[j].tag === 'PROPN') {
    const first = phraseEndingAt(m, j);
    if (first < 0) return null;
    const sp = speakerOf(slice(m, first, j));
    // A body or outlet owns a tally ("AFP tally"); a place or a surname before a noun does not ("Tigray death estimate").
    if (!sp || (!sp.outlet && (sp.kind === 'other' || sp.kind === 'person')) || placeToll(slice(m, first, j), ts[k].lower)) return null;
    return frame(m, sp, { first, last: j, np: slice(m, first, j), cited: null, via: [] }, k, k, closesClause(m, first, k));
  }
  return null;
}

/** "Marren death toll passes 900", "Ostrava's toll tops 60": a country's or a place's toll is of its dead, not its word. */
function placeToll(np: string, noun: string): boolean {
  if (noun !== 'toll') return false;
  const es = findEntities(np);
  return es.length > 0 && es.every((e) => e.kind === 'country' || e.kind === 'place' || e.kind === 'demonym');
}

/** "(source: X)": the bracket names the source of what stands before it. */
function closingBracketSource(m: SentenceModel, open: number): Frame | null {
  const ts = m.tokens;
  let close = open + 1;
  while (close < ts.length && ts[close].tag !== 'CLOSE' && close - open <= 7) close++;
  if (close >= ts.length || ts[close].tag !== 'CLOSE' || close === open + 1) return null;
  // Only at the very end: "(OCHA) said" mid-sentence is an acronym, not a source.
  const rest = ts.slice(close + 1);
  if (!rest.every((x) => x.tag === 'PUNCT' && (x.text === '.' || x.text === ';'))) return null;
  const inner = ts.slice(open + 1, close);
  if (!inner.every((x) => x.tag === 'PROPN' || (x.tag === 'NOUN' && x.cap) || x.lower === 'of' || x.lower === 'for' || x.lower === 'and' || x.lower === 'the' || x.text === '&')) return null;
  if (!inner[0].cap) return null;
  const np = slice(m, open + 1, close - 1);
  const sp = speakerOf(np);
  // A body, an outlet or an acronym ("HRMMU"); a bare place or country ("Kharkiv (Ukraine)") only locates.
  if (!sp || sp.anaphor || !(sp.head || sp.outlet || /^\p{Lu}{2,6}$/u.test(np.trim()))) return null;
  const f = frame(m, sp, { first: open, last: close, np, cited: null, via: [] }, open, close, true);
  f.dateRegion = [ts[open].start, ts[close].end];
  return f;
}

function bracketFrame(m: SentenceModel, open: number): Frame | null {
  const ts = m.tokens;
  let close = open + 3;
  while (close < ts.length && ts[close].tag !== 'CLOSE' && close - open < 20) close++;
  if (close >= ts.length || ts[close].tag !== 'CLOSE') return null;
  const np = slice(m, open + 3, close - 1);
  const sp = speakerOf(np.replace(/\s+/g, ' ').split(' and ')[0]);
  if (!sp) return null;
  const f = frame(m, sp, { first: open, last: close, np, cited: null, via: [] }, open, close, true);
  f.dateRegion = [ts[open].start, ts[close].end];
  return f;
}

/** The possessor before `poss` speaks the words at `k`. */
function possessorFrame(m: SentenceModel, poss: number, k: number): Frame | null {
  const first = phraseEndingAt(m, poss - 1);
  if (first < 0) return null;
  const np = slice(m, first, poss - 1);
  const sp = speakerOf(np);
  if (!sp || placeToll(np, m.tokens[k].lower)) return null;
  return frame(m, sp, { first, last: poss, np, cited: null, via: [] }, k, k, false);
}
