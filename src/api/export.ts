/**
 * Claim exports as CSV, JSON or NDJSON, produced as a stream from the ledger's export
 * cursor so memory stays flat whatever the ledger's size.
 */
import type { ExportFormat, ExportRow } from '../ledger/types.js';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** The CSV columns, in the order of the ledger's ExportRow. */
export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'claim_id', 'claim_key', 'article_id', 'article_url', 'article_title', 'outlet', 'published', 'field',
  'span_start', 'span_end', 'quote', 'sentence', 'value_low', 'value_high', 'approximate', 'unit', 'per',
  'measure', 'item', 'party', 'counterparty', 'location', 'source_id', 'source_name', 'source_kind',
  'source_affiliation', 'source_anonymous', 'source_via', 'stated_on', 'date', 'hedges', 'aggregation',
  'indicator_id', 'assertion_id', 'status', 'raw_sha256',
];

/** Cells a spreadsheet would run as a formula; prefixed with a quote so they stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells that need quoting in CSV (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function* formatExport(rows: AsyncIterable<ExportRow>, format: ExportFormat): AsyncGenerator<string> {
  let first = true;
  // Batch small rows into chunks so the socket is not written once per row.
  let buf = format === 'json' ? '[' : format === 'csv' ? EXPORT_COLUMNS.join(',') + '\r\n' : '';
  for await (const row of rows) {
    if (format === 'csv') {
      buf += EXPORT_COLUMNS.map((k) => csvCell(row[k])).join(',') + '\r\n';
    } else if (format === 'ndjson') {
      buf += JSON.stringify(row) + '\n';
    } else {
      buf += (first ? '\n' : ',\n') + JSON.stringify(row);
    }
    first = false;
    if (buf.length > 64 * 1024) {
      yield buf;
      buf = '';
    }
  }
  if (format === 'json') buf += first ? ']\n' : '\n]\n';
  if (buf) yield buf;
}
