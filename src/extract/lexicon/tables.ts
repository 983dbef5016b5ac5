/**
 * What a table's column headers say about their columns (extract/tables.ts). Data only:
 * headers are matched whole, case-insensitively, after a closing "(…)" note is dropped
 * ("Month (2025)" → "month"), except where a list says "ends with".
 */

/** A column naming who gives the figures: "Source", "Counted by". */
export const SOURCE_HEADERS = [
  'source', 'sources', 'counted by', 'according to', 'reported by', 'compiled by', 'estimated by', 'estimate by',
  'claimed by', 'by', 'who', 'data from', 'figure from', 'figures from', 'reporting body', 'stated by', 'said by',
];

/** A column giving when the figures were stated: "Date", "As of", "Estimate date". */
export const DATE_HEADERS = [
  'date', 'dates', 'dated', 'as of', 'as at', 'when', 'reported', 'published', 'updated', 'last updated',
  'estimate date', 'release date', 'report date', 'statement date', 'publication date', 'date of estimate',
  'date of report', 'date reported', 'date published', 'date stated',
];

/** A column giving the time the figures cover: "Month", "Period covered". */
export const PERIOD_HEADERS = [
  'month', 'months', 'year', 'years', 'week', 'weeks', 'quarter', 'season', 'day', 'period', 'period covered',
  'time span', 'time period', 'covering', 'covers',
];

/** A column of places the figures are about: "Country", "Region". */
export const PLACE_HEADERS = [
  'country', 'countries', 'host country', 'region', 'regions', 'oblast', 'province', 'city', 'town', 'place',
  'location', 'district', 'governorate', 'settlement', 'municipality', 'state', 'front', 'sector', 'direction',
];

/** A column of sides whose figures they are; the header ends with one: "Main backer", "Side". */
export const SIDE_HEADER_ENDINGS = ['side', 'party', 'backer', 'backed by', 'belligerent', 'sponsor', 'donor', 'army', 'armed forces', 'force'];

/** Headers that only say the column holds figures: they name nothing counted. */
export const GENERIC_HEADERS = [
  'figure', 'figures', 'number', 'numbers', 'no.', 'no', 'n', '#', 'value', 'values', 'count', 'estimate',
  'estimates', 'amount', 'total', 'data', 'quantity', 'tally', 'latest figure', 'latest estimate', 'latest number',
];

/** Labels before a caption: "Table 1.", "Figure 2:", "Chart:". */
export const CAPTION_LABELS = ['table', 'figure', 'chart', 'graphic', 'graph', 'infographic'];

/** Labels of a note on a table's source, in its caption or under it: "Source: Eurostat". */
export const SOURCE_NOTE_LABELS = ['source', 'sources', 'data', 'figures'];

/** Labels of a note under a table: its source, or a note on its figures. */
export const NOTE_LABELS = [...SOURCE_NOTE_LABELS, 'note', 'notes'];
