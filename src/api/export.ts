/**
 * Claim exports over HTTP: the ledger's CSV/JSON/NDJSON format (the same bytes as
 * `tally export`), produced as a stream so memory stays flat whatever the ledger's size.
 */
import { csvHeader, csvLine } from '../ledger/export.js';
import type { ExportFormat, ExportRow } from '../ledger/types.js';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** Rows are batched into chunks of about this size so the socket is not written per row. */
const CHUNK_CHARS = 64 * 1024;

export async function* formatExport(rows: AsyncIterable<ExportRow>, format: ExportFormat): AsyncGenerator<string> {
  let n = 0;
  let buf = format === 'json' ? '[' : format === 'csv' ? csvHeader() : '';
  for await (const row of rows) {
    if (format === 'csv') buf += csvLine(row);
    else if (format === 'ndjson') buf += JSON.stringify(row) + '\n';
    else buf += (n ? ',\n' : '\n') + JSON.stringify(row);
    n++;
    if (buf.length > CHUNK_CHARS) {
      yield buf;
      buf = '';
    }
  }
  if (format === 'json') buf += n ? '\n]\n' : ']\n';
  if (buf) yield buf;
}
