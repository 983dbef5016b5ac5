/**
 * `tally extract <input>`: read one article (file, `-` or URL) and print its claims as a
 * table (default), CSV or the contract's JSON. Heavy modules load inside the action so
 * `--help` and the scorer's many runs stay fast.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Article, Claim, ExtractResult } from '../../contract.js';

interface ExtractFlags {
  json?: boolean;
  csv?: boolean;
  published?: string;
  allowPrivate?: boolean;
  timeout?: number;
}

/** Columns of the table and the CSV, in order. */
const TABLE_COLUMNS = ['value', 'unit', 'measure', 'party', 'source', 'date', 'quote'] as const;
const CSV_COLUMNS = [
  'field', 'quote', 'low', 'high', 'approximate', 'unit', 'per', 'measure', 'item', 'party', 'counterparty',
  'location', 'source', 'source_kind', 'anonymous', 'stated_on', 'hedges', 'sentence',
] as const;
/** Table width when stdout is not a terminal. */
const DEFAULT_WIDTH = 120;
/** Narrowest the quote column gets before the table just overflows. */
const MIN_QUOTE_WIDTH = 16;

function parseTimeout(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of milliseconds, e.g. 5000');
  return n;
}

export function configure(cmd: Command): void {
  cmd
    .argument('<input>', 'an .html or .txt file, - for stdin, or an http(s) URL')
    .addOption(new Option('--json', 'print the contract JSON: {article, claims}').conflicts('csv'))
    .addOption(new Option('--csv', 'print one CSV row per claim').conflicts('json'))
    .option('--published <date>', 'publication date (YYYY-MM-DD) when the page has none')
    .option('--allow-private', 'allow URLs on private, loopback or link-local addresses')
    .addOption(new Option('--timeout <ms>', 'deadline for fetching a URL').argParser(parseTimeout).default(10_000))
    .action(async (input: string, flags: ExtractFlags) => {
      const [{ loadInput, parseArticle }, { InternalError }, { fullDate }] = await Promise.all([
        import('../../ingest/index.js'),
        import('../../errors.js'),
        import('../../ledger/cli-support.js'),
      ]);
      // Strictly YYYY-MM-DD: "12/04/2025" could be either of two days.
      const published = flags.published === undefined ? null : fullDate('--published', flags.published);
      const opts = { published, allowPrivate: flags.allowPrivate ?? false, timeoutMs: flags.timeout };
      const raw = await loadInput(input, opts);
      const article = parseArticle(raw, opts);
      // The extractor and the contract load only once there is an article to give them.
      const [{ extractClaims }, { validateResult }] = await Promise.all([import('../../extract/index.js'), import('../../contract.js')]);
      let result: ExtractResult;
      try {
        const claims = extractClaims(article, { published: article.published ?? published });
        result = validateResult({ article, claims });
      } catch (err) {
        throw new InternalError(`the extractor produced output that breaks the contract: ${(err as Error).message}`, { cause: err });
      }
      let out: string;
      if (flags.json) out = `${JSON.stringify(result, null, 2)}\n`;
      else if (flags.csv) out = toCsv(result.claims);
      else out = toTable(result.article, result.claims, process.stdout.columns || DEFAULT_WIDTH);
      await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
    });
}

/** "1,200", "~1,200", "≥1,200", "≤1,200", "10,000–12,000". */
export function formatValue(v: Claim['value']): string {
  const n = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const approx = v.approximate ? '~' : '';
  if (v.low != null && v.high != null) return v.low === v.high ? `${approx}${n(v.low)}` : `${approx}${n(v.low)}–${n(v.high)}`;
  if (v.low != null) return `≥${approx}${n(v.low)}`;
  if (v.high != null) return `≤${approx}${n(v.high)}`;
  return '?';
}

function sourceLabel(c: Claim): string {
  if (!c.source) return '';
  return c.source.via.length ? `${c.source.name} (via ${c.source.via.join(', ')})` : c.source.name;
}

function unitLabel(c: Claim): string {
  const unit = c.unit === 'item' && c.item ? c.item : c.unit;
  return c.per ? `${unit}/${c.per}` : unit;
}

function cell(s: string, width: number): string {
  const chars = Array.from(s);
  if (chars.length <= width) return s + ' '.repeat(width - chars.length);
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/**
 * The widest cell of a column, in characters. A loop, not `Math.max(...cells)`: a long
 * article has tens of thousands of rows, more than a call's arguments can hold.
 */
function widest(rows: readonly string[][], column: number, least: number): number {
  let w = least;
  for (const r of rows) w = Math.max(w, Array.from(r[column]).length);
  return w;
}

/** The human table: a header line about the article, then one row per claim. */
export function toTable(article: Article, claims: Claim[], width: number): string {
  const head = [article.title || '(untitled)', [article.outlet, article.published].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
  const rows = claims.map((c) => [formatValue(c.value), unitLabel(c), c.measure, c.party ?? '', sourceLabel(c), c.statedOn ?? '', c.quote]);
  const widths = TABLE_COLUMNS.map((h, i) => Math.min(i === 4 ? 28 : 24, widest(rows, i, h.length)));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[widths.length - 1] = Math.max(MIN_QUOTE_WIDTH, Math.min(widest(rows, 6, 5), width - fixed));
  const line = (cells: readonly string[]): string => cells.map((c, i) => cell(c, widths[i])).join('  ').trimEnd();
  const out = [head, ''];
  if (!claims.length) {
    out.push('no quantitative claims found');
  } else {
    out.push(line(TABLE_COLUMNS), line(widths.map((w) => '-'.repeat(w))));
    for (const r of rows) out.push(line(r));
    out.push('', `${claims.length} claim${claims.length === 1 ? '' : 's'}`);
  }
  return `${out.join('\n')}\n`;
}

/** Text a spreadsheet would run as a formula: article text is untrusted, so it is defused. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(v: string | number | boolean | null | undefined): string {
  let s = v == null ? '' : String(v);
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row. */
export function toCsv(claims: Claim[]): string {
  const rows = claims.map((c) =>
    [
      c.field, c.quote, c.value.low, c.value.high, c.value.approximate, c.unit, c.per, c.measure, c.item, c.party, c.counterparty,
      c.location, c.source?.name, c.source?.kind, c.source?.anonymous, c.statedOn, c.hedges.join('; '), c.sentence,
    ].map(csvField).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
