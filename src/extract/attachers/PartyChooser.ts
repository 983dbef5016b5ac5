/**
 * Whose figure it is, as a choice among candidates. The sentence's rules
 * (PartyAttacher.partyReadings) and the article around the figure (the same measure
 * earlier in the paragraph, the speaker's side, the article's sides, the headline) each
 * propose a side or none; every proposal is a named feature of the value it proposes,
 * and one weight table (party-weights.ts, fitted by scripts/fit-party.mjs on the
 * development gold) scores the values. The winner's features and its margin over the
 * runner-up go into the claim's evidence.
 *
 *   "its forces lost 40 tanks", the ministry said → the speaker's side, proposed by
 *   own-forces and speaker-side, against nothing in the sentence.
 *
 * Features name a rule and the kind of count ("s:noun-phrase|victims"): a rule that is
 * right about the dead may be wrong about aid.
 */
import type { Measure } from '../../contract.js';
import { PARTY_WEIGHTS } from './party-weights.js';

export interface PartyProposal {
  party: string | null;
  how: string;
  counterparty?: string | null;
}

export interface PartyCandidate {
  party: string | null;
  features: string[];
  score: number;
}

export interface PartyContext {
  measure: Measure;
  /** The sentence's readings, in the order of trust its rules were written in. */
  readings: readonly PartyProposal[];
  /** What the figures before it and the article propose. */
  carried: readonly PartyProposal[];
  /** The answer of the precedence rules alone. */
  chain: string | null;
  speaker: string | null;
  main: string | null;
  second: string | null;
  headline: string | null;
}

const GROUPS: Partial<Record<Measure, string>> = {
  killed: 'victims',
  wounded: 'victims',
  killed_or_wounded: 'victims',
  missing: 'victims',
  displaced: 'displaced',
  captured: 'captured',
  deployed: 'deployed',
  strikes: 'strikes',
  aid_committed: 'aid',
  aid_delivered: 'aid',
  aid_remaining: 'aid',
  territory: 'territory',
  equipment_lost: 'equipment',
};

/**
 * Readings from the words around the figure itself (its noun phrase, a label right
 * before it, "from X", "of Russian gains"): each is rare, so they also share one feature
 * and what the fit learns of one helps the others.
 */
const LOCAL = new Set(['label-before', 'of-tally', 'of-owner', 'victims-of-agent', 'noun-phrase', 'noun-from', 'before-trigger', 'strikes/owner', 'strikes/from', 'strikes/target-owner', 'aid/from', 'aid/by', 'aid/owner', 'victims-target']);

/** The kind of count a measure is, for features whose reliability depends on it. */
export function measureGroup(m: Measure): string {
  return GROUPS[m] ?? 'other';
}

/** Every value some proposal makes, and none, each with its features and score. */
export function partyCandidates(ctx: PartyContext, weights: Readonly<Record<string, number>> = PARTY_WEIGHTS): PartyCandidate[] {
  const g = measureGroup(ctx.measure);
  const values = new Set<string | null>([null, ctx.chain]);
  for (const p of ctx.readings) values.add(p.party);
  for (const p of ctx.carried) values.add(p.party);
  const out: PartyCandidate[] = [];
  for (const v of values) {
    const f: string[] = [];
    const seen = new Set<string>();
    // Each feature once for a value, with its form for the kind of count.
    const add = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      f.push(name, `${name}|${g}`);
    };
    ctx.readings.forEach((p, i) => {
      if (p.party !== v) return;
      add(`s:${p.how}`);
      if (i === 0) add('s-first');
      if (LOCAL.has(p.how)) add('s-local');
    });
    for (const p of ctx.carried) if (p.party === v) add(`c:${p.how}`);
    if (v === ctx.chain) add('chain');
    if (v === null) add('none');
    else {
      if (v === ctx.speaker) add('is-speaker');
      if (v === ctx.main) add('is-main');
      if (v === ctx.second) add('is-second');
      if (v === ctx.headline) add('is-headline');
    }
    let score = 0;
    for (const name of f) score += weights[name] ?? 0;
    out.push({ party: v, features: f, score });
  }
  return out;
}

/** The best candidate (ties go to the precedence rules' answer) and its margin over the next. */
export function chooseParty(cands: PartyCandidate[], chain: string | null): { party: string | null; margin: number; winner: PartyCandidate } {
  const sorted = [...cands].sort((a, b) => b.score - a.score || Number(b.party === chain) - Number(a.party === chain));
  const winner = sorted[0];
  return { party: winner.party, margin: sorted.length > 1 ? winner.score - sorted[1].score : winner.score, winner };
}
