/**
 * Tables: a run of body paragraphs whose cells are separated by tabs (the reader writes
 * one paragraph per row, tables.ts in ingest/) is read as a table. Each figure in a data
 * row becomes a claim whose sentence is its row and whose quote is its cell; what the
 * pipeline reads for it is a sentence made of what the table says about that cell:
 *
 *   caption  "Russian drones launched at Ukraine, 2025"
 *   header   "Month | Drones launched | Source"
 *   row      "March | 4,198 | Air Force"
 *     → "Russian drones launched at Ukraine, 2025: 4,198 drones launched in March, according to Air Force."
 *
 * so that units, measures, parties, hedges and sources come from the attachers every
 * sentence goes through. The table's own answers stand over the attachers' readings:
 * a date column ("Date", "As of", "Estimate date", "UNDP, Nov. 2021" in a source column,
 * "data released 2 April 2025" after "Source:") gives `statedOn`; a column of sides
 * ("Main backer", "Side") the party; a column of places ("Country", "Region") the location.
 *
 * Columns, by their header: a source ("Source", "Counted by", "According to", "Who", or a
 * figures column whose header is itself a body: "DeepState", "AFP tally of ISW data");
 * a date of statement; a period ("Month", "Year", "Period covered", or a header that is a
 * date: "2024"); a place; a side; else figures when most of its cells hold one, else a
 * label that says what the row counts ("Deaths from fighting", "Wagner Group operatives").
 * A label cell that is only a date is the row's period, one that is only a country or a
 * place its location. An empty label cell repeats the one above (a cell spanning rows).
 *
 * Watch out for: a first row of figures (no header); a caption that opens "Table 1." or
 * holds the source ("… Source: Halden Institute, data released 2 April 2025"); a note under the
 * table ("Source: …"); "n/a" and "–" cells (no figure, no claim); a unit stated once for
 * the whole table ("square kilometres", "($ million)", "%"); a table with no figures.
 */
import { paragraphs, type Segment } from '../text/sentences.js';
import { findDates, yearsIn, type DateReference } from './attachers/dates.js';
import { findEntities, type Entity } from './attachers/entities.js';
import { describeSpeaker } from './attachers/speakers.js';
import { AREA_UNITS, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, LENGTH_UNITS } from './lexicon/units.js';
import { SCALES, SHORT_SCALES } from './lexicon/numbers.js';
import { alternation, caselessAlternation } from './lexicon/pattern.js';
import { CAPTION_LABELS, DATE_HEADERS, GENERIC_HEADERS, NOTE_LABELS, PERIOD_HEADERS, PLACE_HEADERS, SIDE_HEADER_ENDINGS, SOURCE_HEADERS, SOURCE_NOTE_LABELS } from './lexicon/tables.js';
import type { Mention } from './types.js';

/** One figure of a table, as the pipeline reads it. */
export interface TableCell {
  /** The row as the body holds it: the claim's sentence. */
  row: Segment;
  /** Where the cell stands in the field's text. */
  start: number;
  end: number;
  /** What the pipeline reads for the figure (see the head of this file). */
  context: string;
  /** Where the cell stands in `context`. */
  at: number;
  /** The date the table gives for the statement, or null. */
  statedOn: string | null;
  /** The side a column of sides gives; undefined when the table has no such column. */
  party?: string | null;
  /** The place a column or a label cell of places gives, as written. */
  location: string | null;
  /** The country that place is, when it is one: whose the row's losses or aid are, unless they are people who fled there. */
  placeSide?: string;
}

/** The rows of one table that a body paragraph holds: its figures (none for a header row). */
export interface TableRowCells {
  /** Counts the tables of the article: the rows of one table share it. */
  table: number;
  cells: TableCell[];
}

/** A table needs at least this many rows (a header and a row). */
const MIN_ROWS = 2;
/** A column whose cells hold a figure at least this often is a column of figures. */
const FIGURE_COLUMN_SHARE = 0.5;
/** The paragraph before a table is its caption when it is a title (no closing full stop) this short, or ends with a colon. */
const MAX_CAPTION_WORDS = 40;
/** A caption or heading ends without a sentence's closing mark; a paragraph of prose ends with one. */
const SENTENCE_END = /[.!?…]["”’)]?$/;
/** A label longer than this is read only up to here: the context is for what the figure counts. */
const MAX_LABEL_CHARS = 160;

const whole = (words: string[]): RegExp => new RegExp(`^(?:${alternation(words)})$`, 'i');
const SOURCE_HEADER = whole(SOURCE_HEADERS);
const DATE_HEADER = whole(DATE_HEADERS);
const PERIOD_HEADER = whole(PERIOD_HEADERS);
const PLACE_HEADER = whole(PLACE_HEADERS);
const SIDE_HEADER = new RegExp(`\\b(?:${alternation(SIDE_HEADER_ENDINGS)})$`, 'i');
const GENERIC_HEADER = whole(GENERIC_HEADERS);
/** "Table 1.", "Figure 2:", "Chart:" before a caption. */
const CAPTION_LABEL = new RegExp(String.raw`^(?:${alternation(CAPTION_LABELS)})\s?\d{0,3}[.:]\s?`, 'i');
/** "Source: Halden Institute, data released 2 April 2025" in a caption or a note under the table; sources listed with ";" name no one source. */
const SOURCE_NOTE = new RegExp(String.raw`(?:^|[.;(]\s?)(?:${alternation(SOURCE_NOTE_LABELS)})\s?:\s?(?<np>[^.;()]+)`, 'i');
/** A note under a table: "Source: …", "Note: …". */
const NOTE_START = new RegExp(String.raw`^(?:${alternation(NOTE_LABELS)})\s?:`, 'i');
/** Words that make a phrase a span of time rather than a point. */
const RANGE_WORD = /\s(?:to|until|through|thru|-|–|—)\s|\d\s?[-–—]\s?\p{L}|\p{L}\s?[–—]\s?\p{L}/iu;
/** A phrase that already opens with its preposition. */
const TIME_PREPOSITION = /^(?:in|on|from|since|by|until|as of|during|over|between|through|throughout|for)\s/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
/** What a span of dates holds besides its dates: "2015 to end of 2021" is all dates. */
const DATE_FILLER = /\b(?:19|20)\d{2}\b|\b(?:to|from|until|through|end of|start of|since|the)\b|[\s.,–—-]/gi;
/** "All foreign forces", "The wounded": a determiner before a label says nothing of what it counts. */
const LEADING_DETERMINER = /^(?:all|the)\s(?=\S)/i;
/** "(net)", "(2025)", "(km²)" after a header: a note on the column, not what it counts. */
const PARENTHETICAL = /\s?\([^()]{0,40}\)$/;

/** Units a header or caption states for the whole column or table. */
const UNIT_WORDS = new RegExp(String.raw`(?<![\p{L}])(?<u>${caselessAlternation([...Object.keys(AREA_UNITS), ...Object.keys(LENGTH_UNITS).filter((u) => u.length > 2), ...Object.keys(CURRENCY_SUFFIXES).filter((u) => u.length > 3)])})(?![\p{L}])`, 'iu');
const CURRENCY_SIGN = new RegExp(`(?<c>${Object.keys(CURRENCY_PREFIXES).sort((a, b) => b.length - a.length).map((k) => (/^[A-Z]+$/.test(k) ? `\\b${k}\\b` : k.replace(/[$]/g, '\\$'))).join('|')})`);
const SCALE_WORD = new RegExp(String.raw`(?<![\p{L}])(?<s>${caselessAlternation([...Object.keys(SCALES).filter((s) => s !== 'hundred'), ...SHORT_SCALES])})s?(?![\p{L}])`, 'iu');
/** A scale written out ("thousands", "million"): bare figures under it are counted in it. */
const LONG_SCALE = /^(?:thousand|million|billion|trillion)$/i;
const PERCENT_SIGN = /%|\bper ?cent\b|\bpercentage\b/i;

interface Row {
  seg: Segment;
  cells: Array<{ start: number; end: number; text: string }>;
}

type Role = 'source' | 'date' | 'period' | 'place' | 'side' | 'figures' | 'label' | 'change';
/** A column of changes between two others ("Change", "% change", "y/y"): its cells count nothing of their own (contract: changes are no claims of a measure). */
const RANK_HEADER = /^(?:rank|ranking|rank\s+order|position|pos\.?|place\s+in\s+ranking)$/i;
const CHANGE_HEADER = /^(?:%\s*)?(?:change|difference|diff\.?|growth|rise|fall|y\/y|yoy|year[- ]on[- ]year|(?:percent(?:age)?|per\s+cent)\s+change)$/i;

/**
 * The tables of a body text: each row paragraph's start → its table and figures.
 * `figures` finds the figures of a short text (the pipeline's finders).
 */
export function readTables(text: string, ref: DateReference, figures: (s: string) => Mention[]): Map<number, TableRowCells> | null {
  // Only the reader's tables hold tabs: the text is split again only when it has one.
  if (!text.includes('\t')) return null;
  const paras = paragraphs(text);
  const out = new Map<number, TableRowCells>();
  let table = 0;
  for (let i = 0; i < paras.length; i++) {
    if (!paras[i].text.includes('\t')) continue;
    let j = i;
    while (j < paras.length && paras[j].text.includes('\t')) j++;
    if (j - i >= MIN_ROWS) {
      const rows = paras.slice(i, j).map((p) => rowOf(text, p));
      const before = i > 0 ? paras[i - 1].text : null;
      const after = j < paras.length && NOTE_START.test(paras[j].text) ? paras[j].text : null;
      table++;
      const cells = readTable(rows, captionOf(before), after, ref, figures);
      for (let k = 0; k < rows.length; k++) out.set(rows[k].seg.start, { table, cells: cells[k] });
    }
    i = j - 1;
  }
  return out.size ? out : null;
}

/** The row's cells with their offsets; leading tabs (empty first cells) stand before the paragraph's trimmed start. */
function rowOf(text: string, p: Segment): Row {
  let start = p.start;
  while (start > 0 && text[start - 1] === '\t') start--;
  const cells: Row['cells'] = [];
  let at = start;
  for (const part of text.slice(start, p.end).split('\t')) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    cells.push({ start: at + lead, end: at + lead + t.length, text: t });
    at += part.length + 1;
  }
  return { seg: p, cells };
}

/**
 * The paragraph before a table as its caption: a title or heading ("Table 1. Russian
 * gains by month", "The numbers at a glance") or an introduction ending with a colon,
 * without its "Table 1."; a paragraph of prose is the article's, not the table's.
 */
function captionOf(p: string | null): string | null {
  if (!p) return null;
  const intro = /:$/.test(p);
  if (!intro && (SENTENCE_END.test(p) || p.split(/\s+/).length > MAX_CAPTION_WORDS)) return null;
  return p.replace(CAPTION_LABEL, '');
}

/** What the table says about each of its rows' figures, row by row. */
function readTable(rows: Row[], caption: string | null, note: string | null, ref: DateReference, figures: (s: string) => Mention[]): TableCell[][] {
  const found = rows.map((r) => r.cells.map((c) => (c.text ? figures(c.text) : [])));
  // A first row without figures is the header; with figures, the table has none.
  const hasHeader = found[0].every((f) => !f.length);
  const header = hasHeader ? rows[0].cells.map((c) => c.text) : [];
  const first = hasHeader ? 1 : 0;
  // A loop, not Math.max(...): spreading a long table's rows overflows the call stack.
  let width = 0;
  for (const r of rows) width = Math.max(width, r.cells.length);
  const roles: Role[] = [];
  for (let c = 0; c < width; c++) roles.push(roleOf(header[c] ?? '', rows.slice(first), found.slice(first), c));
  // The caption, less its source note, says what the whole table counts; its source and date are the table's.
  const captionNote = caption ? SOURCE_NOTE.exec(caption) : null;
  const what = caption ? trimEnd(captionNote ? caption.slice(0, captionNote.index) : caption, ' .:;,') : '';
  // ("Visually confirmed losses, 2023 (Oryx)": a known body in brackets closing the caption is its source.)
  const bracketed = caption && !captionNote ? CLOSING_BRACKET.exec(caption) : null;
  const bracketBody = bracketed ? bodyIn(bracketed[1]) : null;
  const tableSource = sourceNote(captionNote, ref) ?? sourceNote(note ? SOURCE_NOTE.exec(note) : null, ref) ?? (bracketBody ? { name: bracketBody, date: null } : null);
  // A row's own period stands for the span the caption gives the whole table ("January–July 2025").
  const undated = withoutDates(what, ref);
  const unitFor = (c: number): Units => unitsIn(header[c] ?? '') ?? unitsIn(what) ?? NO_UNITS;
  const out: TableCell[][] = rows.map(() => []);
  const labels: string[] = [];
  for (let r = first; r < rows.length; r++) {
    const row = rows[r];
    // What the row's other cells say: its label, period, place, side, source and date.
    const said: string[] = [];
    let period: string | null = null;
    let location: string | null = null;
    let placeSide: string | undefined;
    let party: string | null | undefined;
    let source: string | null = null;
    let statedOn: string | null = null;
    for (let c = 0; c < width; c++) {
      let t = row.cells[c]?.text ?? '';
      const role = roles[c];
      if (role === 'figures' || role === 'change') continue;
      // An empty label cell repeats the one above it (a cell spanning rows).
      if (!t && role === 'label') t = labels[c] ?? '';
      labels[c] = t;
      if (!t) continue;
      if (role === 'source') {
        const s = splitSource(t, ref);
        source = s.name;
        statedOn ??= s.date;
      } else if (role === 'date') statedOn = dateOf(t, ref) ?? statedOn;
      // (A month with no year takes its header's year, else the one year the caption names.)
      else if (role === 'period') period = withYear(t, YEAR.test(header[c] ?? '') ? header[c] : oneYear(what));
      else if (role === 'place') [location, placeSide] = [t, countryCode(wholePlace(t)) ?? placeSide];
      else if (role === 'side') party = sideOf(t);
      else if (isDate(t, ref)) period = withYear(t, header[c] ?? '');
      else {
        const place = wholePlace(t);
        if (place) [location, placeSide] = [t, countryCode(place) ?? placeSide];
        else said.push(t.slice(0, MAX_LABEL_CHARS).replace(LEADING_DETERMINER, ''));
      }
    }
    for (let c = 0; c < row.cells.length; c++) {
      if (roles[c] !== 'figures') continue;
      const cell = row.cells[c];
      const ms = found[r][c];
      if (!cell.text || !ms.length) continue;
      const h = header[c] ?? '';
      // A header that is a body names the source of its column; one that is a date, its period.
      const columnSource = h ? bodyIn(h) : null;
      const columnPeriod = h && !columnSource && isDate(h, ref) ? h : null;
      const words = [...said];
      const named = h.replace(PARENTHETICAL, '');
      if (named && !columnSource && !columnPeriod && !GENERIC_HEADER.test(named)) words.push(named);
      const u = ms.some((m) => m.unit) ? NO_UNITS : unitFor(c);
      const when = period ?? columnPeriod;
      const who = source ?? columnSource ?? tableSource?.name ?? null;
      const lead = when ? undated : what;
      let context = lead ? `${lead}: ` : '';
      context += u.before;
      const at = context.length;
      context += cell.text + u.after;
      if (words.length) context += ` ${words.map(common).join(', ')}`;
      if (when) context += ` ${TIME_PREPOSITION.test(when) ? when : RANGE_WORD.test(when) ? `from ${when}` : `in ${when}`}`;
      if (who) context += `, according to ${who}`;
      context += '.';
      const cellOut: TableCell = { row: row.seg, start: cell.start, end: cell.end, context, at, statedOn: statedOn ?? (who && who === tableSource?.name ? tableSource.date : null), location };
      if (party !== undefined) cellOut.party = party;
      if (placeSide) cellOut.placeSide = placeSide;
      out[r].push(cellOut);
    }
  }
  return out;
}

/** The figure of a cell among its context's: the first that overlaps the cell (a unit from the header may widen it). */
export function cellFigures(cell: TableCell, mentions: Mention[]): Mention[] {
  const to = cell.at + cell.end - cell.start;
  for (const m of mentions) if (m.start < to && m.end > cell.at) return [m];
  return [];
}

/** A column's role: by its header, else by its cells (figures, or a label). */
function roleOf(h: string, rows: Row[], found: Mention[][][], c: number): Role {
  const header = h.replace(PARENTHETICAL, '');
  if (header) {
    // (A column of ranks or row numbers counts nothing either: "Rank", "Position".)
    if (CHANGE_HEADER.test(header.trim()) || RANK_HEADER.test(header.trim())) return 'change';
    if (SOURCE_HEADER.test(header)) return 'source';
    if (DATE_HEADER.test(header)) return 'date';
    if (PERIOD_HEADER.test(header)) return 'period';
    if (PLACE_HEADER.test(header)) return 'place';
    if (SIDE_HEADER.test(header)) return 'side';
  }
  let filled = 0;
  let withFigure = 0;
  for (let r = 0; r < rows.length; r++) {
    if (!rows[r].cells[c]?.text) continue;
    filled++;
    if (found[r][c]?.length) withFigure++;
  }
  return filled && withFigure / filled >= FIGURE_COLUMN_SHARE ? 'figures' : 'label';
}

/**
 * The body a header names ("DeepState", "AFP tally of ISW data" → AFP): the source of its
 * column's figures. Only a known body: an unknown acronym in a header is as often a unit
 * or a count ("USD", "KIA").
 */
function bodyIn(h: string): string | null {
  if (SOURCE_HEADER.test(h) || GENERIC_HEADER.test(h)) return null;
  const e = findEntities(h).find((x) => x.kind === 'institution' || x.kind === 'outlet' || x.kind === 'person');
  return e ? e.text : null;
}

/** "UNDP, Nov. 2021" → UNDP stated it in November 2021; "Oleksandr Kamyshin, minister" → the name. */
function splitSource(t: string, ref: DateReference): { name: string; date: string | null } {
  const comma = t.indexOf(',');
  const name = comma > 0 ? t.slice(0, comma).trim() : t;
  return { name, date: comma > 0 ? dateOf(t.slice(comma + 1), ref) : null };
}

/** The source a caption's or note's "Source: X, data released 2 April 2025" names, and its date. */
function sourceNote(m: RegExpExecArray | null, ref: DateReference): { name: string; date: string | null } | null {
  // "Source: UNDP; ACLED; WHO": several sources name no one of them.
  if (!m?.groups || m.input[m.index + m[0].length] === ';') return null;
  const s = splitSource(m.groups.np.trim(), ref);
  if (!s.name || !describeSpeaker(s.name)) return null;
  return s;
}

/** The date a phrase gives: a day, a month or a year. */
function dateOf(t: string, ref: DateReference): string | null {
  for (const d of findDates(t, ref)) if (d.value && (d.kind === 'day' || d.kind === 'month' || d.kind === 'year')) return d.value;
  const y = YEAR.exec(t);
  return y && t.trim().length <= 6 ? y[0] : null;
}

/** A cell that is only a date or a span of dates ("January 2025", "2018", "2015 to end of 2021"). */
function isDate(t: string, ref: DateReference): boolean {
  if (/^(?:19|20)\d{2}$/.test(t.trim())) return true;
  const hits = findDates(t, ref).filter((d) => d.value);
  if (!hits.length) return false;
  let covered = 0;
  for (const d of hits) covered += d.end - d.start;
  const rest = t.replace(DATE_FILLER, '');
  return covered >= t.trim().length / 2 || rest.length === 0;
}

/** The text less its dates and the commas around them: "drones launched, January–July 2025" → "drones launched". */
function withoutDates(t: string, ref: DateReference): string {
  if (!t) return t;
  let out = '';
  let at = 0;
  for (const d of findDates(t, ref)) {
    if (d.start < at) continue;
    out += t.slice(at, d.start);
    at = d.end;
  }
  out += t.slice(at);
  out = out.replace(/\s?[,;(]\s?(?=[,;)]|$)|\s(?:in|on|from|since|for|during)$/g, '');
  return trimEnd(out, ' ,;:(').trim();
}

/** `t` less the characters of `chars` (and any whitespace) at its end; a loop, as a pattern anchored at the end rescans every run. */
function trimEnd(t: string, chars: string): string {
  let end = t.length;
  while (end > 0 && (chars.includes(t[end - 1]) || /\s/.test(t[end - 1]))) end--;
  return t.slice(0, end);
}

/** A month with no year takes the year its header states: "May" under "Month (2025)". */
/** The year a caption names, when it names only one ("Losses, 2023"); else nothing. */
function oneYear(t: string): string {
  const ys = yearsIn(t);
  return ys.length === 1 ? String(ys[0]) : '';
}

function withYear(t: string, header: string): string {
  if (YEAR.test(t)) return t;
  const y = YEAR.exec(header);
  return y ? `${t} ${y[0]}` : t;
}

/** A cell that is only a country or a place ("Germany", "Kharkiv Oblast"). */
/** The country or place a cell names whole ("Israel", "Kharkiv"), or null (a phrase). */
function wholePlace(t: string): Entity | null {
  const es = findEntities(t);
  return es.length === 1 && (es[0].kind === 'country' || es[0].kind === 'place') && es[0].end - es[0].start >= trimEnd(t, ' .').length - 1 ? es[0] : null;
}

/** A country's code: whose a row's losses are ("Israel", "Poland"); none for a region or a city. */
function countryCode(e: Entity | null): string | null {
  return e?.kind === 'country' ? e.code ?? null : null;
}

/** The side a cell of sides names ("Russia", "Haftar's LNA"), or null ("various"). */
function sideOf(t: string): string | null {
  const e = findEntities(t).find((x: Entity) => x.code && x.kind !== 'outlet' && x.kind !== 'place');
  return e?.code ?? null;
}

/** A header's or label's first word in lower case unless it is a name: "Drones launched" → "drones launched". */
/** Arms a header names as a mass ("Artillery"): the pieces its figures count. */
const MASS_HEADERS: Record<string, string> = { artillery: 'artillery systems', armour: 'armoured vehicles', armor: 'armored vehicles', 'air defence': 'air defence systems', 'air defense': 'air defense systems' };
/** A bracket closing a caption: "(Oryx)". */
const CLOSING_BRACKET = /\(([^()]{2,40})\)\s*$/;

function common(t: string): string {
  const mass = MASS_HEADERS[t.toLowerCase()];
  if (mass) return mass;
  if (!/^\p{Lu}\p{Ll}+(?:\s\P{Lu}|$)/u.test(t)) return t;
  const e = findEntities(t)[0];
  if (e && e.start === 0) return t;
  return t[0].toLowerCase() + t.slice(1);
}

interface Units {
  before: string;
  after: string;
}
const NO_UNITS: Units = { before: '', after: '' };

/** The unit a header or caption states for figures written bare: "(km²)", "square kilometres", "($ million)", "%". */
function unitsIn(t: string): Units | null {
  if (!t) return null;
  const sign = CURRENCY_SIGN.exec(t);
  const scale = SCALE_WORD.exec(t);
  if (sign) return { before: sign.groups!.c, after: scale ? ` ${scale.groups!.s}` : '' };
  const word = UNIT_WORDS.exec(t);
  if (word) return { before: '', after: `${scale ? ` ${scale.groups!.s}` : ''} ${word.groups!.u}` };
  if (PERCENT_SIGN.test(t)) return { before: '', after: '%' };
  if (scale && LONG_SCALE.test(scale.groups!.s)) return { before: '', after: ` ${scale.groups!.s.toLowerCase()}` };
  return null;
}
