/**
 * Which reporting frame of its sentence speaks for a figure: every frame is a candidate,
 * described by named features and scored by the weights below; the best candidate above
 * the floor wins, and its margin over the runner-up is the choice's confidence.
 *
 *   “We lost 300 men,” the commander said.       quotation beside its frame
 *   The ministry said 91 drones were downed.     complement of a leading frame
 *   91 drones were downed, the ministry said.    trailing frame
 *   X said 40 died, while Y put the toll at 90.  the nearest frame on the figure's side of a break
 *
 * Watch out for: an outer frame speaks for what an inner one reports ("Zelensky said
 * that intelligence showed 3,000 …" → Zelensky) unless the outer speaker is an outlet,
 * which only relays ("the Kyiv Post reported that Vorobyov confirmed two deaths" → Vorobyov).
 */
import type { Frame } from './SourceAttacher.js';
import { tokenAt, type SentenceModel } from '../sentence/model.js';
import { MONTH_NAME } from '../../text/months.js';
import { WEEKDAYS } from './dates.js';

/** Feature weights: one table, each with the reason it has its sign. */
export const FRAME_WEIGHTS = {
  /** The figure stands in a quotation and the frame stands right beside it. */
  quoteBeside: 6,
  /** The figure stands in a quotation the frame is not beside: the quoted speaker's, not this frame's. */
  quoteElsewhere: -4,
  /** The frame stands before the figure and reports what follows ("X said 300 …"). */
  leads: 2.5,
  /** The frame stands after the figure and closes the clause (", X said"). */
  trails: 2.5,
  /** A frame after the figure that opens its own clause ("…, and X said 40 …") does not reach back. */
  laterLeading: -2.5,
  /** Each token between frame and figure. */
  perToken: -0.03,
  /** Another frame's speaker stands between frame and figure. */
  frameBetween: -2,
  /** A semicolon, "but", "while" or "whereas" between them. */
  clauseBreak: -2,
  /** The frame is an outlet's (it relays): a person's or body's frame is preferred. */
  outlet: -0.5,
  /** The lowest score that still attributes. */
  floor: 0.5,
} as const;

export type FrameFeature = Exclude<keyof typeof FRAME_WEIGHTS, 'floor'>;

export interface FrameChoice {
  frame: Frame;
  features: Partial<Record<FrameFeature, number>>;
  score: number;
  margin: number;
}

const BREAK_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though']);

/** Scores each frame for the figure at [start, end) of the sentence; null when none reaches the floor. */
export function chooseFrame(m: SentenceModel, frames: Frame[], start: number, end: number): FrameChoice | null {
  if (!frames.length) return null;
  const scored: FrameChoice[] = [];
  const fig = tokenAt(m, start);
  const figEnd = Math.max(fig, tokenAt(m, end) - 1);
  const q = fig < m.tokens.length ? m.quote[fig] : -1;
  // A quotation only counts when a frame stands beside it: scare quotes inside reported words do not.
  const quoteHasFrame = q >= 0 && frames.some((f) => besideQuote(m, f, q));
  for (const f of frames) {
    const features: Partial<Record<FrameFeature, number>> = {};
    const fStart = tokenAt(m, f.start);
    const fVerb = tokenAt(m, f.verbStart);
    const fVerbEnd = Math.max(fVerb, tokenAt(m, f.verbEnd) - 1);
    const before = f.verbEnd <= start || (f.start < start && f.verbStart < start);
    if (q >= 0 && quoteHasFrame) {
      features[besideQuote(m, f, q) ? 'quoteBeside' : 'quoteElsewhere'] = 1;
    }
    let lo: number;
    let hi: number;
    if (before) {
      features[f.trailing && !coversAfter(m, f, fVerbEnd) ? 'trails' : 'leads'] = 1;
      if (f.trailing && !coversAfter(m, f, fVerbEnd)) features.trails = 0.5;
      lo = fVerbEnd;
      hi = fig;
    } else {
      features[f.trailing ? 'trails' : 'laterLeading'] = 1;
      lo = figEnd;
      hi = fStart;
    }
    features.perToken = Math.max(0, hi - lo);
    let between = 0;
    let breaks = 0;
    for (const o of frames) {
      if (o === f) continue;
      const oStart = tokenAt(m, o.start);
      if (oStart > lo && oStart < hi && !o.speaker.outlet) between++;
    }
    for (let k = lo + 1; k < hi; k++) {
      const t = m.tokens[k];
      if (t.text === ';' || (BREAK_WORDS.has(t.lower) && m.quote[k] < 0 && opensClause(m, k + 1))) breaks++;
    }
    if (between) features.frameBetween = between;
    // "…, but their share fell to 4%, according to the office", "… in July while Ukraine won back 79, AFP said": a
    // frame that closes the sentence speaks for all of it, when no other speaker stands between.
    if (breaks && !(f.trailing && !between && (/^according\b/i.test(m.text.slice(f.start, f.start + 9)) || closesSentence(m.text, f.end)))) features.clauseBreak = breaks;
    if (f.speaker.outlet) features.outlet = 1;
    let score = 0;
    for (const [k, v] of Object.entries(features) as Array<[FrameFeature, number]>) score += FRAME_WEIGHTS[k] * v;
    scored.push({ frame: f, features, score, margin: 0 });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (best.score < FRAME_WEIGHTS.floor) return null;
  best.margin = scored.length > 1 ? best.score - scored[1].score : best.score;
  return outer(m, frames, best);
}

/** Nothing but punctuation (or quotation marks) after `end`: the frame is the sentence's last words. */
function closesSentence(text: string, end: number): boolean {
  return /^[\s.!?"”’')\]]*$/.test(text.slice(end));
}

const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const MONTH = String.raw`${MONTH_NAME}\.?`;
/**
 * What may follow a closing frame's verb and still leave the frame closing the sentence: when
 * and where it was said ("…, the mission said on Saturday.", "…, OCHA said late on Friday in a
 * statement.", "…, he told reporters on 3 May."), no clause of its own.
 */
const CLOSING_ADJUNCT = new RegExp(String.raw`^(?:(?:,\s{1,2}|\s{1,2})(?:(?:(?:late|early)\s{1,2})?(?:(?:on\s{1,2})?${WEEKDAY}(?:\s{1,2}(?:morning|afternoon|evening|night))?|on\s{1,2}\d{1,2}\s{1,2}${MONTH}(?:\s{1,2}\d{4})?|on\s{1,2}${MONTH}\s{1,2}\d{1,2}(?:,?\s{1,2}\d{4})?)|yesterday|today|(?:last|this)\s{1,2}(?:week|month|morning|night)|in\s{1,2}(?:a|an|its|his|her|their)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,2}?(?:statement|report|briefing|update|bulletin|post|interview|assessment|address)|on\s{1,2}(?:telegram|facebook|twitter|x|social\s{1,2}media|state\s{1,2}(?:tv|television)|television))(?![\p{L}\d]))+[.!?"”’')\]]*\s{0,4}$`, 'iu');

/** A frame of a few words whose verb ends it or opens it, or is followed only by when and where it was said. */
function shortClosing(text: string, f: Frame): boolean {
  const adjunct = CLOSING_ADJUNCT.test(text.slice(f.verbEnd));
  if (!adjunct && !closesSentence(text, f.verbEnd) && f.verbStart > f.start) return false;
  return text.slice(f.start, adjunct ? f.verbEnd : f.end).split(/\s+/).length <= 8;
}

/** A new clause with its own subject starts at `k` ("while Russia lost …"), not a verb phrase ("while fighting …", "but declined …"). */
function opensClause(m: SentenceModel, k: number): boolean {
  const t = m.tokens[k];
  if (!t || /ing$/.test(t.lower)) return false;
  return t.tag === 'DET' || t.tag === 'PROPN' || t.tag === 'PRON' || t.tag === 'NOUN' || t.tag === 'NUM' || t.tag === 'ADJ';
}

/** The frame stands right before or right after quotation `q`. */
function besideQuote(m: SentenceModel, f: Frame, q: number): boolean {
  const [qa, qb] = m.quotes[q];
  const fStart = tokenAt(m, f.start);
  const fVerbEnd = Math.max(tokenAt(m, f.verbStart), tokenAt(m, f.verbEnd) - 1);
  return (fStart > qb && fStart - qb <= 3) || (fVerbEnd < qa && qa - fVerbEnd <= 3);
}

/** A parenthetical frame (", the ministry said, …") covers what follows it too. */
function coversAfter(m: SentenceModel, f: Frame, verbEnd: number): boolean {
  const next = m.tokens[verbEnd + 1];
  return !!next && next.text === ',' && f.start > 0 && m.tokens[tokenAt(m, f.start) - 1]?.text === ',';
}

/** "Zelensky said that intelligence showed …": the outer frame asserts, unless it only relays. */
function outer(m: SentenceModel, frames: Frame[], best: FrameChoice): FrameChoice {
  let lead = best.frame;
  if (lead.trailing) return best;
  // "Aid groups recorded 121 attacks this year, OCHA said": a frame that closes the sentence says all of it,
  // the leading frame's report included (an outlet closing it only relays).
  // (Only a frame of a few words after a comma whose verb ends it or opens it: "…, air force says it does not count
  // bodies" reports a clause of its own.)
  const closing = frames.find((f) => f !== lead && f.trailing && f.start > lead.verbEnd && !f.speaker.outlet && closesSentence(m.text, f.end) && shortClosing(m.text, f) && /,\s*$/.test(m.text.slice(lead.verbEnd, f.start)) && !/;|\bwhile\b|\bbut\b|\bwhereas\b/i.test(m.text.slice(lead.verbEnd, f.start)));
  if (closing) return { ...best, frame: closing };
  for (let i = frames.indexOf(lead) - 1; i >= 0; i--) {
    const o = frames[i];
    if (o.verbEnd > lead.start || o.trailing) break;
    const between = m.text.slice(o.verbEnd, lead.start);
    if (/;|\bwhile\b|\bbut\b|\bwhereas\b/i.test(between) || !/^\s*(?:[^,]{0,40}\s)?that\s|^\s*$|^\s*[,:]\s*$/i.test(between)) break;
    if (o.speaker.outlet) {
      // The relay is this sentence's own reading of the frame: recorded on it.
      if (!lead.via.includes(o.speaker.name)) lead.via.push(o.speaker.name);
      break;
    }
    lead = o;
  }
  return lead === best.frame ? best : { ...best, frame: lead };
}
