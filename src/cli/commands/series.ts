/**
 * `tally series`: indicators (measure + party + place + type) with counts and latest
 * values; `tally series ID`: each source's estimates over time, revisions and
 * disagreements marked, claims with no date listed apart; `tally series ID --csv`: the
 * points as CSV; `tally series --flags`: every revision and disagreement in the ledger.
 */
import type { Command } from 'commander';
import { AGGREGATIONS, MEASURES, type Aggregation, type Measure } from '../../contract.js';
import { InputError } from '../../errors.js';
import { DB_OPTION, formatValue, positiveInt, printJson, table, withLedger } from '../../ledger/cli-support.js';
import { csvRow } from '../../ledger/export.js';
import { formatSpan } from '../../ledger/periods.js';
import type { SeriesDetail, SeriesFilter, SeriesFlag } from '../../ledger/types.js';

interface Opts {
  db?: string;
  measure?: string;
  party?: string;
  location?: string;
  aggregation?: string;
  minClaims?: number;
  json?: boolean;
  csv?: boolean;
  flags?: boolean;
}

/** Columns of `tally series ID --csv`: one row per point, then one per undated figure. */
export const SERIES_CSV_COLUMNS = ['series_id', 'indicator', 'source_id', 'source', 'date', 'period_start', 'period_end', 'stated_on', 'value_low', 'value_high', 'approximate', 'reports', 'claim_ids', 'revises_low', 'revises_high', 'disagrees_with'] as const;

export function seriesCsv(s: SeriesDetail): string {
  const names = new Map(s.lines.map((l) => [l.sourceId, l.source]));
  const rows: unknown[][] = [];
  for (const line of s.lines) {
    for (const p of line.points) {
      rows.push([
        s.id, s.label, line.sourceId, line.source, p.date, p.period?.start, p.period?.end, p.statedOn, p.value.low, p.value.high, p.value.approximate, p.reports,
        p.claimIds.join(' '), p.revises?.low, p.revises?.high, p.disagreesWith.map((d) => names.get(d) ?? d).join('; '),
      ]);
    }
  }
  for (const u of s.undated) rows.push([s.id, s.label, u.sourceId, u.source, null, null, null, null, u.value.low, u.value.high, u.value.approximate, u.claimIds.length, u.claimIds.join(' '), null, null, '']);
  return [SERIES_CSV_COLUMNS, ...rows].map(csvRow).join('');
}

/** One write: a reader that stops early (`| head`) then meets one closed pipe, not several. */
function printSeries(s: SeriesDetail): void {
  const undated = s.undated.reduce((n, u) => n + u.claimIds.length, 0);
  const dated = s.claims - undated;
  const counts = undated ? `${s.claims} claims (${dated} dated, ${undated} undated)` : `${s.claims} claims`;
  let out = `${s.label}: ${counts} from ${s.sources} sources, ${s.disagreements} disagreements\n\n`;
  const rows: (string | number | null)[][] = [];
  const names = new Map(s.lines.map((l) => [l.sourceId, l.source]));
  for (const line of s.lines) {
    for (const p of line.points) {
      const flags = [
        p.revises ? `revises ${formatValue({ low: p.revises.low, high: p.revises.high, approximate: false })} (stated ${p.revises.statedOn ?? '?'})` : '',
        p.disagreesWith.length ? `disagrees with ${p.disagreesWith.map((d) => names.get(d) ?? d).join(', ')}` : '',
      ].filter(Boolean).join('; ');
      rows.push([line.source, p.date, formatSpan(p.period), p.statedOn, formatValue(p.value), p.reports, p.claimIds.join(','), flags]);
    }
  }
  out += table(['source', 'date', 'period', 'stated', 'value', 'reports', 'claims', 'flags'], rows, [32, 10, 24, 10, 20, 7, 24, 60]);
  if (s.undated.length) {
    out += `\nundated (no period, no statement or publication date): ${undated} claims\n`;
    out += table(['source', 'value', 'claims'], s.undated.map((u) => [u.source, formatValue(u.value), u.claimIds.join(',')]), [32, 20, 24]);
  }
  process.stdout.write(out);
}

function printFlags(flags: SeriesFlag[]): void {
  const rev = flags.filter((f) => f.kind === 'revision').length;
  process.stderr.write(`tally: ${rev} revisions, ${flags.length - rev} disagreements\n`);
  if (flags.length === 0) return;
  const when = (date: string | null, period: Parameters<typeof formatSpan>[0]) => (period ? formatSpan(period) : date ?? '');
  const rows = flags.map((f) =>
    f.kind === 'revision'
      ? [f.seriesId, f.label, 'revision', when(f.point.date, f.point.period), `${f.source}: ${formatValue({ ...f.point.revises!, approximate: false })} (${f.point.revises!.statedOn ?? '?'}) → ${formatValue(f.point.value)} (${f.point.statedOn ?? '?'})`, [...f.point.revises!.claimIds, ...f.point.claimIds].join(',')]
      : [f.seriesId, f.label, 'disagreement', when(f.disagreement.a.date, f.disagreement.a.period),
          `${f.disagreement.a.source} ${formatValue({ ...f.disagreement.a, approximate: false })} vs ${f.disagreement.b.source} ${formatValue({ ...f.disagreement.b, approximate: false })}`,
          [...f.disagreement.a.claimIds, ...f.disagreement.b.claimIds].join(',')],
  );
  process.stdout.write(table(['series', 'indicator', 'flag', 'period', 'what', 'claims'], rows, [6, 48, 12, 24, 90, 30]));
}

export function configure(cmd: Command): void {
  cmd
    .argument('[id]', 'one series: every source’s estimates over time')
    .option(...DB_OPTION)
    .option('--measure <measure>', 'only this measure')
    .option('--party <party>', 'only this party')
    .option('--location <place>', 'only this place')
    .option('--aggregation <type>', 'cumulative, increment, rate or point')
    .option('--min-claims <n>', 'only series with at least n claims', positiveInt('--min-claims'))
    .option('--flags', 'list every revision and disagreement (of the series the filters select)')
    .option('--csv', 'with an id: print the series’ points as CSV')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, opts: Opts) => {
      if (opts.measure && !(MEASURES as readonly string[]).includes(opts.measure)) throw new InputError(`unknown measure ${JSON.stringify(opts.measure)}; expected one of ${MEASURES.join(', ')}`);
      if (opts.aggregation && !(AGGREGATIONS as readonly string[]).includes(opts.aggregation)) throw new InputError(`unknown aggregation ${JSON.stringify(opts.aggregation)}; expected one of ${AGGREGATIONS.join(', ')}`);
      if (id != null && !/^\d+$/.test(id)) throw new InputError(`series id must be a number from \`tally series\`, e.g. tally series 3; got ${JSON.stringify(id)}`);
      if (opts.csv && id == null) throw new InputError('--csv exports one series: give its id, e.g. tally series 3 --csv');
      if (opts.csv && opts.json) throw new InputError('--csv and --json: choose one');
      if (opts.flags && id != null) throw new InputError('--flags lists the flags of every series; for one series use tally series ID');
      const filter: SeriesFilter = {
        measure: opts.measure as Measure | undefined,
        party: opts.party,
        location: opts.location,
        aggregation: opts.aggregation as Aggregation | undefined,
        minClaims: opts.minClaims,
      };
      await withLedger(opts.db, async (ledger) => {
        if (id != null) {
          const s = await ledger.getSeries(Number(id));
          if (!s) throw new InputError(`no series with id ${id} (see \`tally series\`)`);
          if (opts.json) return printJson(s);
          if (opts.csv) return void process.stdout.write(seriesCsv(s));
          return printSeries(s);
        }
        if (opts.flags) {
          const flags = await ledger.listFlags(filter);
          return opts.json ? printJson(flags) : printFlags(flags);
        }
        const list = await ledger.listSeries(filter);
        if (opts.json) return printJson(list);
        if (list.length === 0) {
          process.stderr.write('tally: no series yet; add articles with `tally ingest`\n');
          return;
        }
        const rows = list.map((s) => [s.id, s.label, s.claims, s.sources, s.latest ? formatValue(s.latest.value) : '', s.latest?.date ?? '', s.latest?.source ?? '', s.disagreements || '']);
        process.stdout.write(table(['id', 'indicator', 'claims', 'sources', 'latest', 'date', 'by', 'disagree'], rows, [6, 56, 6, 7, 18, 10, 28, 8]));
      });
    });
}
