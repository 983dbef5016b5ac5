/**
 * Table runner for the extractor. A row is a sentence (or a headline, standfirst and
 * paragraphs) with the expected quote marked in brackets — `"lost [about 1,200] troops a
 * day"` — plus only the claim fields that row is about. Every row runs twice:
 *
 * - direct: an Article built by hand → `extractClaims`;
 * - pipeline: the same text as an HTML page → `parseArticle` (the reader) → `extractClaims`,
 *   so the reader's cleanup and a later pass cannot undo what an earlier one got right.
 *
 * Both runs validate the result against the contract (spans must hold their quotes).
 * A row that the extractor gets wrong today carries `fails: true` and runs as `it.fails`,
 * so it stays visible and the suite stays green; set TALLY_SHOW_FAILS=1 to run those rows
 * as ordinary tests and read what they get.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { parseArticle } from '../../src/ingest/index.js';
import { validateResult, type Article, type Claim, type ClaimField, type SourceKind } from '../../src/contract.js';

/** A Wednesday: "on Monday" is 2024-11-18, "yesterday" 2024-11-19. */
export const DEFAULT_PUBLISHED = '2024-11-20';

/** `[low, high]` or `[low, high, approximate]`; `null` for an open end. */
export type ValueSpec = [number | null, number | null] | [number | null, number | null, boolean];

export interface SourceSpec {
  /** Compared as the scorer does: one name's content words contained in the other's. */
  name?: string;
  kind?: SourceKind;
  anonymous?: boolean;
  /** Compared exactly (null included). */
  affiliation?: string | null;
  /** Compared as a set of names (scorer-style containment per outlet). */
  via?: string[];
  /** The party the speaker cited ("a lawmaker, citing the NIS"), or null. */
  cited?: { name: string; affiliation?: string | null } | null;
}

export interface Expect {
  quote?: string;
  value?: ValueSpec;
  unit?: Claim['unit'];
  per?: Claim['per'];
  measure?: Claim['measure'];
  item?: string | null;
  party?: string | null;
  counterparty?: string | null;
  /** Compared by containment either way, as the scorer does. */
  location?: string | null;
  source?: SourceSpec | null;
  statedOn?: string | null;
  /** Compared as a set, lower-case. */
  hedges?: string[];
  /** Compared exactly: both ends, or null for no stated span. */
  period?: { start: string | null; end: string | null } | null;
}

export interface RowOptions {
  title?: string;
  subtitle?: string | null;
  /** Publication date; `null` for an article without one. Default DEFAULT_PUBLISHED. */
  published?: string | null;
  /** Known failure today: run as `it.fails`; `'direct'` or `'pipeline'` when only that run fails. */
  fails?: boolean | 'direct' | 'pipeline';
}

/** `[text, expected fields, options?]`; the text is the body (paragraphs split on "\n\n"). */
export type Row = [string, Expect, RowOptions?];
/** `[text, options?]`: every bracketed stretch must not be (part of) a claim. */
export type MissRow = [string, RowOptions?];

interface Marked {
  field: ClaimField;
  /** Text of each field with the brackets taken out. */
  texts: Record<ClaimField, string>;
  marks: { field: ClaimField; start: number; end: number; quote: string }[];
}

const MARK = /\[(?<quote>[^\]]*)\]/g;

function unmark(field: ClaimField, text: string | null | undefined, into: Marked): string | null {
  if (text == null) return null;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    out += text.slice(last, m.index);
    const quote = m.groups?.quote ?? '';
    into.marks.push({ field, start: out.length, end: out.length + quote.length, quote });
    out += quote;
    last = (m.index ?? 0) + m[0].length;
  }
  return out + text.slice(last);
}

function parse(body: string, opts: RowOptions): Marked {
  const marked: Marked = { field: 'body', texts: { title: '', subtitle: '', body: '' }, marks: [] };
  marked.texts.title = unmark('title', opts.title ?? 'War update', marked) ?? '';
  marked.texts.subtitle = unmark('subtitle', opts.subtitle ?? null, marked) ?? '';
  marked.texts.body = unmark('body', body, marked) ?? '';
  return marked;
}

function published(opts: RowOptions): string | null {
  return opts.published === undefined ? DEFAULT_PUBLISHED : opts.published;
}

/** The row as an Article, built by hand. */
export function articleOf(marked: Marked, opts: RowOptions): Article {
  return {
    title: marked.texts.title,
    subtitle: opts.subtitle == null ? null : marked.texts.subtitle,
    published: published(opts),
    outlet: null,
    url: null,
    text: marked.texts.body,
    related: [],
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The reader refuses pages of under 25 words of body text; a closing paragraph with no
 * figure, speaker or date makes every row a page it accepts without touching the row.
 */
export const FILLER =
  'Roads into the area remained closed to journalists for much of the day, and residents who reached the regional centre described long queues for water, bread and fuel as the cold weather set in across the region.';

/**
 * Paragraphs as HTML: a run of paragraphs whose cells are separated by tabs is a table,
 * its first row the header, as the reader writes a table back (tables.ts in ingest/).
 */
function blocksHtml(paragraphs: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!paragraphs[i].includes('\t')) {
      out.push(`<p>${escapeHtml(paragraphs[i])}</p>`);
      continue;
    }
    const rows: string[] = [];
    for (let first = true; i < paragraphs.length && paragraphs[i].includes('\t'); i++, first = false) {
      const tag = first ? 'th' : 'td';
      rows.push(`<tr>${paragraphs[i].split('\t').map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`);
    }
    i--;
    out.push(`<table><thead>${rows[0]}</thead><tbody>${rows.slice(1).join('')}</tbody></table>`);
  }
  return out.join('\n');
}

/** The row as a small news page, read back by the reader. */
export function pageOf(marked: Marked, opts: RowOptions): Article {
  const date = published(opts);
  const paras = blocksHtml([...marked.texts.body.split('\n\n'), FILLER]);
  const dek = opts.subtitle == null ? '' : `<p class="standfirst">${escapeHtml(marked.texts.subtitle)}</p>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(marked.texts.title)}</title>
${date ? `<meta property="article:published_time" content="${date}">` : ''}</head>
<body><main><article><h1>${escapeHtml(marked.texts.title)}</h1>${dek}
${paras}
</article></main></body></html>`;
  return parseArticle(
    { bytes: Buffer.from(html), contentType: 'text/html', url: null, origin: 'row.html', sha256: '' },
    { published: date },
  );
}

/** Runs the extractor and checks the result against the contract. */
export function extractValid(article: Article): Claim[] {
  const claims = extractClaims(article, { published: article.published });
  return validateResult({ article, claims }).claims;
}

// Name comparison as the scorer's: content words, one side contained in the other.
const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'to', 's']);
function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}$%.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter((w) => w && !STOP.has(w));
}
export function sameName(a: string, b: string): boolean {
  const A = contentWords(a);
  const B = contentWords(b);
  if (!A.length || !B.length) return false;
  return A.every((w) => B.includes(w)) || B.every((w) => A.includes(w));
}

const close = (x: number | null, y: number | null): boolean =>
  (x == null && y == null) || (x != null && y != null && Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y), 1e-9));

const show = (v: unknown): string => JSON.stringify(v) ?? 'undefined';
const sameSet = (a: string[], b: string[]): boolean => {
  const A = [...new Set(a.map((s) => s.toLowerCase()))].sort();
  const B = [...new Set(b.map((s) => s.toLowerCase()))].sort();
  return show(A) === show(B);
};

/** Every difference between the expectation and the claim, one line each. */
export function differences(want: Expect, got: Claim): string[] {
  const out: string[] = [];
  const diff = (field: string, expected: unknown, actual: unknown): void => {
    out.push(`${field}: expected ${show(expected)}, got ${show(actual)}`);
  };
  if (want.quote !== undefined && want.quote !== got.quote) diff('quote', want.quote, got.quote);
  if (want.value) {
    const [low, high, approximate] = want.value;
    const v = got.value;
    if (!close(low, v.low) || !close(high, v.high) || (approximate !== undefined && approximate !== v.approximate)) {
      diff('value', want.value, [v.low, v.high, v.approximate]);
    }
  }
  for (const k of ['unit', 'per', 'measure', 'item', 'party', 'counterparty', 'statedOn'] as const) {
    if (want[k] !== undefined && want[k] !== got[k]) diff(k, want[k], got[k]);
  }
  if (want.location !== undefined) {
    const w = want.location?.toLowerCase() ?? null;
    const g = got.location?.toLowerCase() ?? null;
    const ok = w == null ? g == null : g != null && (g.includes(w) || w.includes(g));
    if (!ok) diff('location', want.location, got.location);
  }
  if (want.hedges !== undefined && !sameSet(want.hedges, got.hedges)) diff('hedges', want.hedges, got.hedges);
  if (want.period !== undefined) {
    const g = got.period ? { start: got.period.start ?? null, end: got.period.end ?? null } : null;
    if (show(want.period) !== show(g)) diff('period', want.period, g);
  }
  if (want.source !== undefined) {
    const ws = want.source;
    const gs = got.source;
    if (ws === null || gs === null) {
      if (ws !== gs) diff('source', ws, gs && { name: gs.name, affiliation: gs.affiliation });
    } else {
      if (ws.name !== undefined && !sameName(ws.name, gs.name)) diff('source.name', ws.name, gs.name);
      if (ws.kind !== undefined && ws.kind !== gs.kind) diff('source.kind', ws.kind, gs.kind);
      if (ws.anonymous !== undefined && ws.anonymous !== gs.anonymous) diff('source.anonymous', ws.anonymous, gs.anonymous);
      if (ws.affiliation !== undefined && ws.affiliation !== gs.affiliation) diff('source.affiliation', ws.affiliation, gs.affiliation);
      if (ws.via !== undefined) {
        const ok = ws.via.length === gs.via.length && ws.via.every((v) => gs.via.some((g) => sameName(v, g)));
        if (!ok) diff('source.via', ws.via, gs.via);
      }
      if (ws.cited !== undefined) {
        const gc = gs.cited ?? null;
        const wc = ws.cited;
        const ok =
          wc === null
            ? gc === null
            : gc !== null && sameName(wc.name, gc.name) && (wc.affiliation === undefined || wc.affiliation === gc.affiliation);
        if (!ok) diff('source.cited', wc, gc && { name: gc.name, affiliation: gc.affiliation });
      }
    }
  }
  return out;
}

function brief(c: Claim): string {
  return `${c.field}:"${c.quote}"`;
}

/** The claim at the marked quote: same field, spans overlapping. */
export function claimAt(claims: Claim[], mark: Marked['marks'][number]): Claim | undefined {
  return claims.find((c) => c.field === mark.field && c.span[0] < mark.end && mark.start < c.span[1]);
}

export function checkRow(row: Row, run: 'direct' | 'pipeline'): void {
  const [text, want, opts = {}] = row;
  const marked = parse(text, opts);
  if (marked.marks.length !== 1) throw new Error(`row must mark exactly one quote: ${text}`);
  const mark = marked.marks[0];
  const article = run === 'direct' ? articleOf(marked, opts) : pageOf(marked, opts);
  const claims = extractValid(article);
  const claim = claimAt(claims, mark);
  if (!claim) {
    throw new Error(`no claim at [${mark.quote}] in ${mark.field}; claims: ${claims.map(brief).join(', ') || 'none'}`);
  }
  const problems = differences({ quote: mark.quote, ...want }, claim);
  if (problems.length) throw new Error(`[${mark.quote}] ${problems.join('; ')}`);
  expect(problems).toEqual([]);
}

export function checkMiss(row: MissRow, run: 'direct' | 'pipeline'): void {
  const [text, opts = {}] = row;
  const marked = parse(text, opts);
  if (!marked.marks.length) throw new Error(`miss row must mark what must not match: ${text}`);
  const article = run === 'direct' ? articleOf(marked, opts) : pageOf(marked, opts);
  const claims = extractValid(article);
  const wrong = marked.marks.map((m) => claimAt(claims, m)).filter((c): c is Claim => c !== undefined);
  if (wrong.length) throw new Error(`not claims, but got: ${wrong.map(brief).join(', ')}`);
  expect(wrong).toEqual([]);
}

const SHOW_FAILS = process.env.TALLY_SHOW_FAILS === '1';

function runner(fails: RowOptions['fails'], run: 'direct' | 'pipeline'): typeof it | typeof it.fails {
  if (SHOW_FAILS) return it;
  const known = fails === true || fails === run;
  return known ? it.fails : it;
}

const label = (text: string, opts: RowOptions = {}): string =>
  [opts.title && `title: ${opts.title}`, opts.subtitle && `standfirst: ${opts.subtitle}`, text].filter(Boolean).join(' | ');

/** Registers a positive table: each row once direct, once through the reader. */
export function positiveTable(name: string, rows: Row[]): void {
  describe(name, () => {
    for (const run of ['direct', 'pipeline'] as const) {
      describe(run, () => {
        for (const row of rows) {
          runner(row[2]?.fails, run)(label(row[0], row[2]), () => checkRow(row, run));
        }
      });
    }
  });
}

/** Registers a miss table: each row once direct, once through the reader. */
export function missTable(name: string, rows: MissRow[]): void {
  describe(name, () => {
    for (const run of ['direct', 'pipeline'] as const) {
      describe(run, () => {
        for (const row of rows) {
          runner(row[1]?.fails, run)(label(row[0], row[1]), () => checkMiss(row, run));
        }
      });
    }
  });
}
