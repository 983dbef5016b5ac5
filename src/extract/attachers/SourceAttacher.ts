/**
 * Finds who asserts the numbers of a sentence: reporting frames in every position.
 *
 *   X said (on Monday) (that) … · …, X said. · …, said X · According to X, … ·
 *   X told Reuters … · X estimated / confirmed / put … at · In a statement, X … ·
 *   X's latest estimate · X, citing Y, said · X quoted by Y said · headline "…: X" / "X: …"
 *
 * Each frame covers the numbers nearest to it: a trailing frame (", X said") the ones
 * before it, a leading frame ("X said that") the ones after it, until the next frame.
 * Anaphors ("he", "the ministry") are resolved later, across sentences (carry/).
 *
 * Watch out for: "called" and "published" are not speech acts; a speaker's appositive
 * (", a senior Ukrainian diplomat,") belongs to the speaker; "citing X" keeps X as the
 * cited party, except when an outlet cites someone: then that someone is the source.
 */
import type { ClaimField } from '../../contract.js';
import { alternation, anyCue, edgeMatches, execAll, wordCue, wordPattern, wordScan, type Cue } from '../lexicon/pattern.js';
import { HEADLINE_LABELS, REPORTING_VERBS, REPORT_ONLY, WEAK_REPORTING_VERBS } from '../lexicon/reporting.js';
import { describeSpeaker, REPORTS, type Speaker } from './speakers.js';
import { findEntities, lookupName } from './entities.js';
import { MONTH_WORD } from './dates.js';

/** Entity kinds that name a place, not a body that speaks. */
const PLACE_KINDS = new Set(['country', 'place']);
import { isSpace } from '../../text/sentences.js';

export interface Frame {
  /** Where the speaker phrase starts and the frame (verb and its date words) ends, in the sentence. */
  start: number;
  end: number;
  verbStart: number;
  verbEnd: number;
  speaker: Speaker;
  via: string[];
  cited: Speaker | null;
  /** The frame stands after the content it reports (", X said."). */
  trailing: boolean;
  /** Where to look for the statement's date: the frame and its adverbials. */
  dateRegion: [number, number];
  /** An outlet frame folded into another frame's `via`. */
  relayOnly?: boolean;
}

const VERBS = wordScan(REPORTING_VERBS, "'’-", '-');
const ACCORDING_RE = /\baccording\s+to\s+(?<np>[^,;:.()]+(?:\([^)]*\))?)/giu;
/** Nouns that carry a statement as a speaker's own: "ISW's latest estimate", "its figures". */
const STATEMENT_NOUNS = ['warning', 'estimate', 'estimates', 'assessment', 'tally', 'count', 'figures', 'data', 'report', 'claim', 'statement', 'calculations', 'analysis'];
const POSSESSIVE_RE = new RegExp(String.raw`(?<np>(?:\b\p{Lu}[\p{L}\p{N}.&-]*\s+){0,5}\p{Lu}[\p{L}\p{N}.&-]*|\b[Ii]ts|\b[Tt]heir|\b[Hh]is|\b[Hh]er)(?:['’]s)?\s+(?:(?:latest|own|new|updated|official|preliminary|daily|monthly|weekly)\s+)*(?<noun>${alternation(STATEMENT_NOUNS)})\b`, 'gu');
/** ", citing Ukrainian officials" right after a frame. */
const CITING_AFTER = /^,?\s*citing\s+(?<np>[^,;.]+)/iu;
/** Words at which a speaker phrase stops when read leftwards from the verb. */
// No unicode flag: \b over ASCII words is many times faster than with /iu. Read on the
// sentence as written, so offsets hold even where lower-casing would change its length.
const NP_BOUNDARY = /[,;:—–(“”"]|\b(?:that|while|whereas|but|when|and|after|because|although|though|so|as|which|who|if|since|until|once|where|then)\b/gi;
const APPOSITIVE_OPENER = /^\s*(?:which|who|whose|a|an|the|speaking|citing|according|quoted|its|his|her|\p{Ll})/u;
const CITING_RE = /^\s*citing\s+(?<np>.+)$/iu;
const QUOTED_BY = /(?<!\S)(?:quoted|cited)\s+by\s+(?<o>.+)$/iu;
const TOLD_OBJECT = /^\s+(?<obj>(?:the\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}\p{N}'’.-]+?)(?=\s+(?:on|in|at|that|during|last|this|after|before|late|early|earlier)\b|[,.;:]|$)/u;
const INVERTED = /^\s+(?<np>(?:the\s+)?[\p{Lu}][\p{L}\p{N}'’.& -]{1,60}?)\s*[.!?”"]*\s*$/u;
/** ", said John Kirby, the White House spokesman." — the name up to the next comma. */
const INVERTED_MID = /^\s+(?<np>(?:(?:the|a|an)\s+)?[\p{Lu}\p{Ll}][\p{L}\p{N}'’.& -]{1,60}?)(?=\s*,)/u;
const ACCORDING_CUE = /according\s+to\s/i;
/** A statement noun standing as a word: the possessive pattern (unicode, so slow to scan) needs one. */
const STATEMENT_CUE = wordCue(STATEMENT_NOUNS);
const TRAILING_WORDS = /\b(?:count|tally|estimate|estimates|figures|data|report|reports|calculations|analysis|survey)\s*$/i;
/** ASCII form of VERB_RE for a first test: several times faster than the unicode pattern. */
const VERB_CUE = wordCue(REPORTING_VERBS);
/** Every frame starts at a reporting verb, "according" or a statement noun standing as a word. */
const FRAME_CUE = anyCue([VERB_CUE, wordCue(['according', ...STATEMENT_NOUNS])]);

/** False when no frame can start in `s`: most sentences of a report state nothing. */
export function mayHoldFrame(s: string, field: ClaimField): boolean {
  return field === 'title' || FRAME_CUE.test(s);
}

/** Each frame pattern with the cue that must match wherever it does (checked by tests). */
export const FRAME_CUES: Array<[pattern: RegExp, cue: Cue]> = [
  [VERBS.exact, VERB_CUE],
  [ACCORDING_RE, FRAME_CUE],
  [POSSESSIVE_RE, FRAME_CUE],
  [POSSESSIVE_RE, STATEMENT_CUE],
  [ACCORDING_RE, ACCORDING_CUE],
];
const REPORT_ONLY_RE = wordPattern(REPORT_ONLY, 'i');

function outletsIn(text: string): string[] {
  return findEntities(text).filter((e) => e.kind === 'outlet').map((e) => e.text);
}

/** Finds the speaker phrase that ends just before `verbStart`, skipping appositives. */
function speakerBefore(s: string, verbStart: number): { start: number; np: string; cited: Speaker | null; via: string[] } | null {
  // A speaker phrase is short: look back no further than needed.
  const from0 = Math.max(0, verbStart - 240);
  const boundaries: Array<{ at: number; len: number; text: string }> = [];
  for (const m of execAll(NP_BOUNDARY, s.slice(from0, verbStart))) boundaries.push({ at: m.index! + from0, len: m[0].length, text: m[0] });
  let cited: Speaker | null = null;
  const via: string[] = [];
  let end = verbStart;
  for (let guard = 0; guard < 4; guard++) {
    const b = boundaries.findLast((x) => x.at + x.len <= end && x.at < end);
    const from = b ? b.at + b.len : 0;
    let np = s.slice(from, end).trim();
    if (!np && b && b.text === ',') {
      // ", X, speaking on condition of anonymity, said": step over the appositive.
      const prev = boundaries.findLast((x) => x.at < b.at && x.text === ',');
      const seg = s.slice(prev ? prev.at + 1 : 0, b.at);
      const c = CITING_RE.exec(seg);
      if (c) cited = describeSpeaker(c.groups!.np);
      const segSpeaker = !c && !APPOSITIVE_OPENER.test(seg) ? describeSpeaker(seg) : null;
      if (segSpeaker && prev) {
        // "Ukraine's commander-in-chief, Oleksandr Syrskyi, told": the name is the appositive.
        const head = speakerBefore(s, prev.at);
        const whole = head ? s.slice(head.start, b.at).trim() : seg.trim();
        const start = head ? head.start : prev.at + 1 + (seg.length - seg.trimStart().length);
        return { start, np: head && describeSpeaker(whole) ? whole : seg.trim(), cited, via };
      }
      if (APPOSITIVE_OPENER.test(seg) || c) {
        end = prev ? prev.at : 0;
        if (!prev) return null;
        // The appositive may itself be the speaker's description: "Getmanchuk, a senior diplomat, told".
        const before = speakerBefore(s, end + 0);
        if (!before) return null;
        const whole = s.slice(before.start, b.at).trim();
        const descriptive = /^\s*(?:a|an|the)\s/i.test(seg);
        const d = descriptive ? describeSpeaker(whole) : null;
        return { start: before.start, np: d ? whole : before.np, cited: cited ?? before.cited, via };
      }
      return null;
    }
    if (!np) return null;
    const q = QUOTED_BY.exec(np);
    if (q) {
      via.push(...outletsIn(q.groups!.o));
      np = np.slice(0, q.index).trim();
    }
    if (wordsIn(np) > 14) return null;
    return { start: from + (s.slice(from, end).length - s.slice(from, end).trimStart().length), np, cited, via };
  }
  return null;
}

/** np.split(/\s+/).length for a trimmed phrase, without the array: runs of white space, plus one. */
function wordsIn(np: string): number {
  let n = 1;
  for (let i = 1; i < np.length; i++) if (isSpace(np.charCodeAt(i)) && !isSpace(np.charCodeAt(i - 1))) n++;
  return n;
}

/** Date words right after a verb ("said on Monday", "told reporters on Nov 4 that"). */
function frameEnd(s: string, verbEnd: number): number {
  const rest = s.slice(verbEnd, verbEnd + 120);
  // Commas and points inside numbers ("950,000") do not end the frame.
  const m = /^(?:[^,;.“"]|[,.](?=\d))*?(?=\bthat\b|[,;.“"](?!\d)|$)/.exec(rest);
  return verbEnd + (m ? m[0].length : 0);
}

/**
 * The reporting frames of a sentence, in order.
 *
 * Written as a few small functions rather than one: the engine optimises a function only
 * after running a share of it that grows with its size, and most calls leave at the first
 * test, so one large function ran unoptimised for hundreds of articles.
 */
export function findFrames(s: string, field: ClaimField): Frame[] {
  const frames: Frame[] = [];
  if (field === 'title') titleFrames(s, frames);
  if (!mayHoldFrame(s, field)) return frames;
  // No cue test first: a scan that finds no verb costs what the cue would.
  for (const m of edgeMatches(VERBS, s)) verbFrame(s, m, frames);
  // Cheap word tests first: most sentences have neither form.
  if (ACCORDING_CUE.test(s)) accordingFrames(s, frames);
  if (STATEMENT_CUE.test(s)) possessiveFrames(s, frames);
  return settle(frames);
}

/** Title forms: "Syrskyi: Ukrainian troops hold…" and "…in Kursk, some in combat: NIS". */
export function titleFrames(s: string, frames: Frame[], body = false): void {
  // (A body line may be the label alone: "Deputy Press Secretary Dana Whitcombe:".)
  const pre = (body ? /^(?<np>[^:]{2,40}):(?:\s|$)/u : /^(?<np>[^:]{2,40}):\s/u).exec(s);
  // (In the body only a line's opening names its speaker: "Syrskyi: about 50,000 of them were killed.")
  const suf = body ? null : /:\s*(?<np>[^:]{2,40})$/u.exec(s);
  for (const [m, trailing] of [[pre, false], [suf, true]] as const) {
    if (!m) continue;
    const sp = describeSpeaker(m.groups!.np);
    // "Syria: 40 killed, monitor says", "Gaza: …": a country or place before the colon is the story's place.
    const place = !trailing && PLACE_KINDS.has(lookupName(m.groups!.np.trim())?.kind ?? '');
    // (A body line's label is a speaker only when it names one: a person, a role or an outlet, not a date or a topic.)
    // ("Killed: 41,909", "Refugees: 6 million": a lone word that is a participle or a plural is the line's topic.)
    const lone = m.groups!.np.trim();
    const topic = /^\p{Lu}\p{Ll}+(?:ed|ing|s)$/u.test(lone);
    const named = !body || (!/\d/.test(lone) && !MONTH_WORD_RE.test(lone) && !topic && (sp?.named || !!sp?.head || sp?.outlet));
    if (sp && !place && named && m.groups!.np.split(/\s+/).length <= 5 && headlineSpeaker(m.groups!.np, sp)) {
      const start = m.index + m[0].indexOf(m.groups!.np);
      frames.push({ start, end: start + m.groups!.np.length, verbStart: start, verbEnd: start + m.groups!.np.length, speaker: sp, via: [], cited: null, trailing, dateRegion: [start, start] });
    }
  }
}

const LABELS = new Set(HEADLINE_LABELS);
const MONTH_WORD_RE = new RegExp(MONTH_WORD, 'i');

/**
 * A headline's "X: …" names a speaker only when X is one: a name, a body or a speaking role,
 * not a kind of piece ("Explainer: …") or a topic ("Biden's last package: …", "Counting Bakhmut: …").
 */
function headlineSpeaker(np: string, sp: Speaker): boolean {
  const words = np.trim().toLowerCase().replace(/[^\p{L}\p{N}&\s-]/gu, '').split(/\s+/).filter(Boolean);
  if (!words.length || LABELS.has(words.join(' ')) || LABELS.has(words[words.length - 1])) return false;
  // "Counting Ost: …" opens with a verb.
  if (words.length > 1 && /ing$/.test(words[0])) return false;
  const last = words[words.length - 1];
  if (sp.outlet || sp.named || (sp.head && (last === sp.head || last.startsWith(sp.head)))) return true;
  // The last word a name or an acronym ("Syrskyi", "NIS"), not a lower-case noun.
  return /^\p{Lu}/u.test(np.trim().split(/\s+/).pop() ?? '');
}

/** The frame a reporting verb found at `m` opens, if any. */
function verbFrame(s: string, m: RegExpExecArray, frames: Frame[]): void {
  const verb = m[0].toLowerCase();
  const vs = m.index;
  const ve = vs + m[0].length;
  const after = s.slice(ve);
  // "…, said Associated Press." — the inverted frame.
  const inv = /^said|^says|^reported/i.test(verb) ? INVERTED.exec(after) ?? (markBefore(s, vs, ',') ? INVERTED_MID.exec(after) : null) : null;
  const before = speakerBefore(s, vs);
  if (inv) {
    const sp = describeSpeaker(inv.groups!.np);
    if (sp) {
      const beforeSp = before ? describeSpeaker(before.np) : null;
      if (sp.outlet && beforeSp && !beforeSp.outlet) {
        frames.push({ start: before!.start, end: s.length, verbStart: vs, verbEnd: ve, speaker: beforeSp, via: [sp.name], cited: before!.cited, trailing: true, dateRegion: [before!.start, s.length] });
      } else {
        frames.push({ start: vs, end: s.length, verbStart: vs, verbEnd: ve, speaker: sp, via: [], cited: null, trailing: true, dateRegion: [vs, s.length] });
      }
      return;
    }
  }
  if (!before) return;
  if (REPORT_ONLY_RE.test(before.np) && !outletsIn(before.np).length) {
    // "media reports in Seoul put the total at…": no source, only the hedge.
    frames.push({ start: before.start, end: frameEnd(s, ve), verbStart: vs, verbEnd: ve, speaker: REPORTS, via: [], cited: null, trailing: false, dateRegion: [before.start, ve] });
    return;
  }
  let sp = describeSpeaker(before.np);
  if (!sp) return;
  if (sp.kind === 'person' && !sp.head && !/^(?:said|says|told|tells|added|adds|wrote|writes)$/.test(verb) && !sp.anaphor) return;
  const weak = WEAK_REPORTING_VERBS.has(verb);
  if (weak && sp.anaphor === null && !sp.named && !sp.head && sp.kind === 'other' && !sp.affiliation) return;
  const end = frameEnd(s, ve);
  // A literal, not a spread: its arrays are made ready for strings from the start.
  const via: string[] = [];
  via.push(...before.via);
  let cited = before.cited;
  if (/^(?:told|tells|had told|has told)$/.test(verb)) {
    const obj = TOLD_OBJECT.exec(after);
    if (obj) via.push(...outletsIn(obj.groups!.obj));
  }
  const citing = CITING_AFTER.exec(s.slice(end));
  if (citing) cited = describeSpeaker(citing.groups!.np) ?? cited;
  if (sp.outlet && cited && !cited.outlet) {
    via.push(sp.name);
    sp = cited;
    cited = null;
  }
  const trailing = markBefore(s, before.start, ',—–');
  // A leading adverbial ("On Monday, X said", "In March the ministry said") dates the
  // statement, unless the frame is parenthetical ("In July, the update said, Russia lost").
  const parenthetical = markAfter(s, ve, ',');
  const adverbial = !parenthetical && /^\s*(?:[^,;]{1,40},|(?:on|in|at|last|earlier|late|early|by)\b[^,;]{0,30})\s*$/i.test(s.slice(0, before.start));
  frames.push({ start: before.start, end, verbStart: vs, verbEnd: ve, speaker: sp, via, cited, trailing, dateRegion: [adverbial ? 0 : before.start, end] });
}

/** "According to X, …". */
function accordingFrames(s: string, frames: Frame[]): void {
  for (const m of execAll(ACCORDING_RE, s)) {
    let np = m.groups!.np.trim();
    if (REPORT_ONLY_RE.test(np) && !outletsIn(np).length) continue;
    np = np.replace(TRAILING_WORDS, '').trim();
    const sp = describeSpeaker(np);
    if (!sp) continue;
    const start = m.index!;
    frames.push({ start, end: start + m[0].length, verbStart: start, verbEnd: start + m[0].length, speaker: sp, via: [], cited: null, trailing: markBefore(s, start, ',;—–'), dateRegion: [start, start + m[0].length] });
  }
}

/** "ISW's latest estimate", "AFP tally", "its figures". */
function possessiveFrames(s: string, frames: Frame[]): void {
  for (const m of execAll(POSSESSIVE_RE, s)) {
    const np = m.groups!.np;
    const sp = describeSpeaker(np);
    if (!sp) continue;
    // "Open-source count" is not a speaker; "ISW's estimate", "AFP tally", "its figures" are.
    const possessive = /['’]s\s/.test(m[0]) || /^(?:its|their|his|her)$/i.test(np);
    if (!possessive && !sp.outlet && !findEntities(np).some((e) => e.kind === 'institution' || e.kind === 'person')) continue;
    const start = m.index!;
    frames.push({ start, end: start + m[0].length, verbStart: start + m[0].length, verbEnd: start + m[0].length, speaker: sp, via: [], cited: null, trailing: false, dateRegion: [start, start + m[0].length] });
  }
}

/** Frames in order, nested ones dropped; an outlet frame that reports another frame's statement becomes its relay. */
function settle(frames: Frame[]): Frame[] {
  frames.sort((a, b) => a.start - b.start);
  const out: Frame[] = [];
  for (const f of frames) {
    if (out.some((o) => o.start <= f.start && f.end <= o.end && o !== f)) continue;
    out.push(f);
  }
  for (const f of out) {
    if (!f.speaker.outlet) continue;
    const inner = out.filter((o) => o !== f && !o.speaker.outlet);
    if (f.trailing && inner.length) {
      for (const o of inner) if (o.start < f.start && !o.via.includes(f.speaker.name)) o.via.push(f.speaker.name);
      f.relayOnly = true;
    }
  }
  return out.filter((f) => !f.relayOnly);
}

/** True when the last character before `end`, white space aside, is one of `marks` (", X said"). */
function markBefore(s: string, end: number, marks: string): boolean {
  let i = end - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i >= 0 && marks.includes(s[i]);
}

/** True when the first character from `start`, white space aside, is one of `marks`. */
function markAfter(s: string, start: number, marks: string): boolean {
  let i = start;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i < s.length && marks.includes(s[i]);
}

/** True when the sentence marks its figures only as reported by unnamed others. */
export function reportOnly(s: string): boolean {
  return REPORT_ONLY_RE.test(s);
}

/** Clause breaks that end the reach of a leading frame's complement. */
const SCOPE_BREAK = /;|,\s*while\b|\bwhile\b|\bbut\b|\bwhereas\b/i;
/** A temporal clause introduces a separate event with its own actor ("…, after Reeves signs £2bn loan"). */
const AFTER_BREAK = /\b(?:after|before)\s+\p{Lu}/u;

/** The frame that speaks for the figure at `pos` in the sentence. */
export function frameFor(frames: Frame[], pos: number, end: number, text = ''): Frame | null {
  let trailing: Frame | null = null;
  for (const f of frames) {
    if (f.start >= end && f.trailing && (!trailing || f.start < trailing.start)) trailing = f;
  }
  const leading = frames.filter((f) => f.verbEnd <= pos).sort((a, b) => b.verbEnd - a.verbEnd);
  let lead: Frame | null = leading[0] ?? null;
  if (lead && text && AFTER_BREAK.test(text.slice(lead.verbEnd, pos))) lead = null;
  // "Zelensky warned that Kyiv's intelligence showed…": the outer speaker asserts.
  if (lead && text) {
    for (const outer of leading.slice(1)) {
      const between = text.slice(outer.verbEnd, lead.start);
      if (SCOPE_BREAK.test(between) || !/\bthat\b|^\s*$/.test(between.slice(0, 60))) break;
      if (outer.speaker.outlet) break;
      lead = outer;
    }
  }
  if (trailing && lead) {
    const dTrail = trailing.start - end;
    const dLead = pos - lead.verbEnd;
    return dTrail <= dLead + 40 ? trailing : lead;
  }
  return trailing ?? lead;
}
