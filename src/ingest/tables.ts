/**
 * A data table as the body holds it: the caption as its own paragraph, then one paragraph
 * per row, the cells' texts separated by a tab, header rows included, so that the
 * extractor can read each figure with its column header and row label.
 *
 *   <caption>Drones launched, 2025</caption>   → "Drones launched, 2025"
 *   <tr><th>Month</th><th>Drones</th></tr>      → "Month\tDrones"
 *   <tr><td>January</td><td>2,567</td></tr>     → "January\t2,567"
 *
 * An empty cell keeps its tab, so every row keeps its columns; a cell spanning columns
 * is followed by an empty cell for each column it spans, a cell spanning rows by an empty
 * cell in the rows below it.
 *
 * Watch out for: site menus and mastheads laid out as tables (one row, or cells holding
 * lists, navigation or other tables) — they are not data and are read as any other
 * block; prose laid out in a table (cells of paragraphs) likewise.
 */
import { isWideSpace, normalizeSpace } from './normalize.js';

/** A table with fewer rows than this is a layout strip (a masthead, a menu), not data. */
const MIN_ROWS = 2;
/** A table with fewer columns than this is a box of paragraphs, not data. */
const MIN_COLUMNS = 2;
/** A cell longer than this holds prose, not a datum: the table is layout. */
const MAX_CELL_CHARS = 400;
/** A span larger than this is a broken attribute ("colspan=1000"), read as 1. */
const MAX_SPAN = 50;

/** Elements a data table's cell never holds: a cell with one of them is page layout. */
const LAYOUT_IN_CELL = new Set([
  'TABLE', 'NAV', 'UL', 'OL', 'DL', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ARTICLE', 'SECTION', 'ASIDE', 'HEADER',
  'FOOTER', 'BLOCKQUOTE', 'FIGURE', 'IFRAME', 'VIDEO', 'MENU',
]);
/** Elements whose text is never a cell's. */
const SKIP_IN_CELL = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'OBJECT']);
/** Row groups: their rows are the table's, in document order. */
const ROW_GROUPS = new Set(['THEAD', 'TBODY', 'TFOOT']);

export interface TableRow {
  /** The cells' texts, each normalised, joined by tabs. */
  text: string;
  /** Share of the row's characters inside links. */
  linkShare: number;
}

export interface DataTable {
  caption: string | null;
  rows: TableRow[];
}

/** The table's caption and rows when it is a data table, or null when it is page layout. */
export function readDataTable(table: Element): DataTable | null {
  let caption: string | null = null;
  const trs: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName;
    if (tag === 'CAPTION') {
      const t = cellText(c);
      if (t.layout) return null;
      caption = t.text || caption;
    } else if (tag === 'TR') trs.push(c);
    else if (ROW_GROUPS.has(tag)) for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.tagName === 'TR') trs.push(r);
  }
  if (trs.length < MIN_ROWS) return null;
  const rows: TableRow[] = [];
  // Columns still covered by a cell from a row above: column → rows left.
  const spanned: number[] = [];
  let columns = 0;
  for (const tr of trs) {
    const cells: string[] = [];
    let chars = 0;
    let linked = 0;
    const skipSpanned = (): void => {
      while ((spanned[cells.length] ?? 0) > 0) {
        spanned[cells.length]--;
        cells.push('');
      }
    };
    for (let td = tr.firstElementChild; td; td = td.nextElementSibling) {
      if (td.tagName !== 'TD' && td.tagName !== 'TH') continue;
      skipSpanned();
      const t = cellText(td);
      if (t.layout || t.text.length > MAX_CELL_CHARS) return null;
      const at = cells.length;
      cells.push(t.text);
      chars += t.text.length;
      linked += t.linked;
      for (let k = 1; k < span(td, 'colspan'); k++) cells.push('');
      const down = span(td, 'rowspan') - 1;
      if (down > 0) for (let k = at; k < cells.length; k++) spanned[k] = down;
    }
    skipSpanned();
    // Trailing empty cells say nothing; leading ones keep the columns in place.
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    if (!cells.length) continue;
    columns = Math.max(columns, cells.length);
    rows.push({ text: cells.join('\t'), linkShare: chars ? Math.min(1, linked / chars) : 0 });
  }
  if (rows.length < MIN_ROWS || columns < MIN_COLUMNS) return null;
  return { caption, rows };
}

function span(el: Element, name: string): number {
  const n = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return n >= 1 && n <= MAX_SPAN ? n : 1;
}

/**
 * A cell's text, normalised, with the share of it inside links; `layout` when the cell holds
 * an element no data cell holds. Block elements and line breaks inside a cell separate words.
 */
function cellText(cell: Element): { text: string; linked: number; layout: boolean } {
  let text = '';
  let linked = 0;
  const walk = (el: Element, inLink: boolean): boolean => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = n.textContent ?? '';
        text += t;
        if (inLink) linked += visible(t);
      } else if (n.nodeType === 1) {
        const child = n as Element;
        const tag = child.tagName;
        if (LAYOUT_IN_CELL.has(tag)) return false;
        if (SKIP_IN_CELL.has(tag)) continue;
        if (tag === 'BR' || tag === 'P' || tag === 'DIV' || tag === 'LI') text += ' ';
        if (!walk(child, inLink || tag === 'A')) return false;
        if (tag === 'P' || tag === 'DIV') text += ' ';
      }
    }
    return true;
  };
  if (!walk(cell, false)) return { text: '', linked: 0, layout: true };
  return { text: normalizeSpace(text), linked, layout: false };
}

/** Characters of `s` that are not whitespace. */
function visible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || (c > 127 && isWideSpace(c)))) n++;
  }
  return n;
}
