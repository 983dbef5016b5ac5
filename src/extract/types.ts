/** The shapes passed between passes. */
import type { ClaimField, Period, Unit } from '../contract.js';
import type { Cue } from './lexicon/pattern.js';

/** A quantity found in a field's text: offsets are into that field's text. */
export interface Mention {
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  approximate: boolean;
  unit: Unit | null;
  per: Period | null;
  /** The bound word in front ("as many as"), lower-case. */
  bound: string | null;
  /** Set when the mention is a share written as a fraction or percent. */
  share: boolean;
  /** "+1,200" in a running tally: the day's increment. */
  increment: boolean;
  /** A number written as a digit string without separators or scale (years, models…). */
  bare: boolean;
  tags: string[];
}

/** A finder's raw result, before refiners. */
export type Draft = Omit<Mention, 'tags' | 'bound' | 'per' | 'share' | 'increment' | 'bare'> &
  Partial<Pick<Mention, 'share' | 'increment' | 'bare'>>;

export interface FieldText {
  field: ClaimField;
  text: string;
}

/** Everything a pass may read: the article's fields and their sentences. Read-only. */
export interface Context {
  field: ClaimField;
  text: string;
  published: string | null;
}

export interface Finder {
  name: string;
  pattern: RegExp;
  /**
   * A cheap test (ASCII, no unicode classes) that matches every text `pattern` can match
   * in, and few others: sentences that fail every finder's cue skip the finders.
   */
  cue: Cue;
  extract(ctx: Context, m: RegExpExecArray): Draft | null;
}

export interface Refiner {
  name: string;
  refine(ctx: Context, mentions: Mention[]): Mention[];
}
