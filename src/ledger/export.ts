/**
 * Exports: CSV (RFC 4180, header row, the columns below in this order), JSON (one array)
 * and NDJSON (one object a line). Rows stream: memory stays flat however large the ledger.
 */
import type { ExportFormat, ExportRow } from './types.js';

/** The stable column order of CSV exports; new columns are only ever appended. */
export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'claim_id', 'claim_key', 'article_id', 'article_url', 'article_title', 'outlet', 'published', 'field', 'span_start', 'span_end',
  'quote', 'sentence', 'value_low', 'value_high', 'approximate', 'unit', 'per', 'measure', 'item', 'party', 'counterparty',
  'location', 'source_id', 'source_name', 'source_kind', 'source_affiliation', 'source_anonymous', 'source_via', 'stated_on', 'date',
  'hedges', 'aggregation', 'indicator_id', 'assertion_id', 'status', 'raw_sha256', 'period_start', 'period_end',
];

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'ndjson'];

/** Quotes a CSV cell when it holds a comma, quote or line break; a formula-like lead is defused. */
function csvCell(v: unknown): string {
  if (v == null) return '';
  let s = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  // Spreadsheets run cells starting with these as formulas (CSV injection).
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(row: ExportRow): string {
  return csvRow(EXPORT_COLUMNS.map((c) => row[c]));
}

/** One CSV record of any cells, quoted and defused as above. */
export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export function csvHeader(): string {
  return EXPORT_COLUMNS.join(',') + '\r\n';
}

/** Minimal writable: what process.stdout, a file stream or an HTTP reply offer. */
export interface ExportSink {
  write(chunk: string): boolean | void;
  once?(event: 'drain', fn: () => void): unknown;
}

async function put(out: ExportSink, chunk: string): Promise<void> {
  const ok = out.write(chunk);
  if (ok === false && out.once) await new Promise<void>((r) => out.once?.('drain', r));
}

/** Writes every row in the given format; resolves to the number of rows written. */
export async function writeExport(rows: AsyncIterable<ExportRow>, format: ExportFormat, out: ExportSink): Promise<number> {
  let n = 0;
  if (format === 'csv') await put(out, csvHeader());
  if (format === 'json') await put(out, '[');
  for await (const row of rows) {
    if (format === 'csv') await put(out, csvLine(row));
    else if (format === 'ndjson') await put(out, JSON.stringify(row) + '\n');
    else await put(out, (n ? ',\n' : '\n') + JSON.stringify(row));
    n++;
  }
  if (format === 'json') await put(out, n ? '\n]\n' : ']\n');
  return n;
}
