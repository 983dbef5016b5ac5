/**
 * What the ledger's CLI commands share: opening the ledger, option parsing for claim
 * filters, and terminal tables. Commands print data to stdout and notes to stderr.
 */
import type { Command } from 'commander';
import { AGGREGATIONS, MEASURES, type Aggregation, type Measure } from '../contract.js';
import { InputError } from '../errors.js';
import { isPartialDate } from './formats.js';
import type { ClaimFilter, Ledger, ReviewStatus } from './types.js';

export const DB_OPTION = ['--db <path-or-url>', 'ledger: SQLite file or postgres:// URL (default $TALLY_DB or ./tally.db)'] as const;

export async function withLedger<T>(db: string | undefined, fn: (ledger: Ledger) => Promise<T>): Promise<T> {
  const { openLedger } = await import('./db.js');
  const ledger = await openLedger({ db });
  try {
    return await fn(ledger);
  } finally {
    await ledger.close();
  }
}

export function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InputError(`${name} must be a whole number, e.g. ${name} 50; got ${JSON.stringify(v)}`);
    return n;
  };
}

/** Adds the claim filters shared by `tally claims` and `tally export`. */
export function claimFilterOptions(cmd: Command): Command {
  return cmd
    .option('--measure <list>', `comma-separated measures (${MEASURES.join(', ')})`)
    .option('--party <party>', 'whose figure, e.g. RU, UA, KP')
    .option('--source <name-or-id>', 'source id, or a name matched against every name it goes by')
    .option('--affiliation <aff>', "the source's affiliation, e.g. UA, US, UN")
    .option('--since <date>', 'claims dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'claims dated on or before (inclusive: --until 2024-03 takes all of March)')
    .option('--text <words>', 'full-text search over the claim sentence')
    .option('--article <id>', 'claims of one article', positiveInt('--article'))
    .option('--indicator <id>', 'claims of one series (see tally series)', positiveInt('--indicator'))
    .option('--aggregation <type>', `cumulative, increment, rate or point`)
    .option('--status <list>', 'review status: extracted, confirmed, corrected, rejected')
    .option('--include-rejected', 'also list claims a reviewer rejected');
}

export interface ClaimFilterOpts {
  measure?: string;
  party?: string;
  source?: string;
  affiliation?: string;
  since?: string;
  until?: string;
  text?: string;
  article?: number;
  indicator?: number;
  aggregation?: string;
  status?: string;
  includeRejected?: boolean;
}

/** `--since`/`--until`: a partial date that is on the calendar. */
export function partialDate(flag: string, v: string): string {
  if (!isPartialDate(v)) throw new InputError(`${flag} expects a real date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. ${flag} 2024-03; got ${JSON.stringify(v)}`);
  return v;
}

/** `--published`: a full calendar date, YYYY-MM-DD, never guessed from another layout. */
export function fullDate(flag: string, v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !isPartialDate(v)) throw new InputError(`${flag} expects a real date as YYYY-MM-DD, e.g. ${flag} 2025-04-12; got ${JSON.stringify(v)}`);
  return v;
}

/** `tally changes --since`: a partial date, or an ISO timestamp whose date is on the calendar. */
export function isoTime(flag: string, v: string): string {
  if (isPartialDate(v)) return v;
  const m = /^(?<date>\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (!m?.groups || !isPartialDate(m.groups.date) || Number.isNaN(Date.parse(v))) {
    throw new InputError(`${flag} expects an ISO date or timestamp, e.g. ${flag} 2026-11-01T00:00:00Z; got ${JSON.stringify(v)}`);
  }
  return v;
}

/** Spaces and invisible characters (zero-width, bidi marks, BOM) at either end of a text filter. */
const INVISIBLE_EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** A text filter as typed, trimmed; one of nothing but spaces and invisible characters is no filter. */
function visible(v: string | undefined): string | undefined {
  return v?.replace(INVISIBLE_EDGES, '') || undefined;
}

const STATUSES: ReviewStatus[] = ['extracted', 'confirmed', 'corrected', 'rejected'];

export function claimFilterFrom(o: ClaimFilterOpts): ClaimFilter {
  const f: ClaimFilter = {};
  if (o.measure) {
    const ms = o.measure.split(',').map((m) => m.trim()).filter(Boolean);
    for (const m of ms) if (!(MEASURES as readonly string[]).includes(m)) throw new InputError(`unknown measure ${JSON.stringify(m)}; expected one of ${MEASURES.join(', ')}`);
    f.measure = ms as Measure[];
  }
  if (o.aggregation) {
    if (!(AGGREGATIONS as readonly string[]).includes(o.aggregation)) throw new InputError(`unknown aggregation ${JSON.stringify(o.aggregation)}; expected one of ${AGGREGATIONS.join(', ')}`);
    f.aggregation = o.aggregation as Aggregation;
  }
  if (o.status) {
    const ss = o.status.split(',').map((s) => s.trim());
    for (const s of ss) if (!(STATUSES as string[]).includes(s)) throw new InputError(`unknown status ${JSON.stringify(s)}; expected one of ${STATUSES.join(', ')}`);
    f.status = ss as ReviewStatus[];
  }
  const party = visible(o.party);
  const source = visible(o.source);
  const affiliation = visible(o.affiliation);
  const text = visible(o.text);
  if (party) f.party = party;
  if (source) f.source = /^\d+$/.test(source) ? Number(source) : source;
  if (affiliation) f.affiliation = affiliation;
  if (o.since) f.since = partialDate('--since', o.since);
  if (o.until) f.until = partialDate('--until', o.until);
  if (text) f.text = text;
  if (o.article != null) f.articleId = o.article;
  if (o.indicator != null) f.indicatorId = o.indicator;
  if (o.includeRejected) f.includeRejected = true;
  return f;
}

const NUM = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "1,200", "~1,200", "≥500", "≤1,000", "10,000–12,000". */
export function formatValue(v: { low: number | null; high: number | null; approximate: boolean }): string {
  const f = (n: number) => NUM.format(n);
  const approx = v.approximate ? '~' : '';
  if (v.low != null && v.high != null) return v.low === v.high ? `${approx}${f(v.low)}` : `${approx}${f(v.low)}–${f(v.high)}`;
  if (v.low != null) return `≥${approx}${f(v.low)}`;
  if (v.high != null) return `≤${approx}${f(v.high)}`;
  return '?';
}

function clip(s: string, width: number): string {
  return s.length > width ? `${s.slice(0, Math.max(1, width - 1))}…` : s;
}

/** A plain aligned table; long cells are clipped to `max` (per column) characters. */
export function table(headers: string[], rows: (string | number | null)[][], max: number[] = []): string {
  const cells = rows.map((r) => r.map((c, i) => clip(c == null ? '' : String(c), max[i] ?? 40)));
  // A loop, not a spread: rows can outnumber the arguments a call can take.
  const widths = headers.map((h, i) => cells.reduce((w, r) => Math.max(w, r[i].length), h.length));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function moreHint(next: string | null, shown: number): void {
  if (next) process.stderr.write(`tally: ${shown} shown; more with --cursor ${next}\n`);
}
