/**
 * `tally series`: indicators (measure + party + place + type) with counts and latest
 * values; `tally series ID`: each source's estimates over time, revisions and
 * disagreements marked.
 */
import type { Command } from 'commander';
import { AGGREGATIONS, MEASURES, type Aggregation, type Measure } from '../../contract.js';
import { InputError } from '../../errors.js';
import { DB_OPTION, formatValue, positiveInt, printJson, table, withLedger } from '../../ledger/cli-support.js';

interface Opts {
  db?: string;
  measure?: string;
  party?: string;
  location?: string;
  aggregation?: string;
  minClaims?: number;
  json?: boolean;
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
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, opts: Opts) => {
      if (opts.measure && !(MEASURES as readonly string[]).includes(opts.measure)) throw new InputError(`unknown measure ${JSON.stringify(opts.measure)}; expected one of ${MEASURES.join(', ')}`);
      if (opts.aggregation && !(AGGREGATIONS as readonly string[]).includes(opts.aggregation)) throw new InputError(`unknown aggregation ${JSON.stringify(opts.aggregation)}; expected one of ${AGGREGATIONS.join(', ')}`);
      if (id != null && !/^\d+$/.test(id)) throw new InputError(`series id must be a number from \`tally series\`, e.g. tally series 3; got ${JSON.stringify(id)}`);
      await withLedger(opts.db, async (ledger) => {
        if (id != null) {
          const s = await ledger.getSeries(Number(id));
          if (!s) throw new InputError(`no series with id ${id} (see \`tally series\`)`);
          if (opts.json) return printJson(s);
          process.stdout.write(`${s.label}: ${s.claims} claims from ${s.sources} sources, ${s.disagreements} disagreements\n\n`);
          const rows: (string | number | null)[][] = [];
          const names = new Map(s.lines.map((l) => [l.sourceId, l.source]));
          for (const line of s.lines) {
            for (const p of line.points) {
              const flags = [
                p.revises ? `revises ${formatValue({ low: p.revises.low, high: p.revises.high, approximate: false })}` : '',
                p.disagreesWith.length ? `disagrees with ${p.disagreesWith.map((d) => names.get(d) ?? d).join(', ')}` : '',
              ].filter(Boolean).join('; ');
              rows.push([line.source, p.date, formatValue(p.value), p.reports, p.claimIds.join(','), flags]);
            }
          }
          process.stdout.write(table(['source', 'date', 'value', 'reports', 'claims', 'flags'], rows, [32, 10, 20, 7, 24, 60]));
          return;
        }
        const list = await ledger.listSeries({
          measure: opts.measure as Measure | undefined,
          party: opts.party,
          location: opts.location,
          aggregation: opts.aggregation as Aggregation | undefined,
          minClaims: opts.minClaims,
        });
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
