/**
 * Plain-text articles in the seed layout: first line the headline, second line the
 * standfirst when it reads like one, then paragraphs. Paragraphs are separated by blank
 * lines; a file without blank lines has one paragraph per line. A "Read also:" line
 * followed by "- title" lines is a related-links box; donation appeals at the end go, and
 * the paragraphs are scored as furniture like an HTML page's blocks (furniture.ts). A
 * paragraph that is only a date, or a wire dateline with a year, dates the article; the
 * dateline's credit or a closing copyright line names the outlet.
 *
 * Watch out for: a second line that is already the first body paragraph (long, or a
 * wire dateline "KYIV, Dec 1 (Reuters) -"); a date line under the headline; hard-wrapped
 * paragraphs (lines joined when blank lines separate paragraphs); a blank line under the
 * headline, where a short paragraph is the standfirst only when a date line or a wire
 * dateline follows it (else it is the lede).
 */
import type { Article, RelatedLink } from '../contract.js';
import { isAppeal, isFurnitureText, RELATED_LABEL } from './boilerplate.js';
import { keepBody } from './furniture.js';
import { dateLineParts, datelineDate, datelineOutlet, parseDate, wordsBesideDate } from './dates.js';
import { normalizeSpace } from './normalize.js';
import { entryRanges, splitEntries, TIME_ONLY } from './liveblog.js';

/** A standfirst is one to three sentences; longer second lines are body text. */
const MAX_STANDFIRST_CHARS = 400;
const MAX_STANDFIRST_SENTENCES = 3;
/** Wire datelines open a body paragraph, never a standfirst: "KYIV, Dec 1 (Reuters) -". */
const DATELINE = /^[A-Z][A-Z .,'/-]{2,40}(\([^)]{1,30}\))?\s*[-–—]\s/;
/** A line that is only a date (optionally "Published"/"By … |"): the publication date. */
const DATE_LINE = /^(?:(?:published|posted|updated|date)\s*:?\s*)?(?:on\s+)?[\p{L}\d ,.:/|+-]{6,60}$/iu;
/** A copyright line that names the outlet: "© 2025 Korea Desk. Republication…". */
const COPYRIGHT_OUTLET = /^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s+)?(?<outlet>\p{Lu}[\p{L}&'’-]*(?:\s+[\p{Lu}&][\p{L}&'’-]*){0,5})\s*(?:[.,;]|$)/iu;
/** A row of byline parts: a credit and bars or dots between its parts. */
const BYLINE_ROW = /^(?:[Bb]y|[Ww]ords\s+by)\s+\p{Lu}[^|·•]{1,80}[|·•]/u;
/** The outlet at the end of a byline row's credit: "By Ana Ruiz and Tomas Reyes, Harbour Review | 14 May 2025". */
const BYLINE_OUTLET = /^(?:[Bb]y|[Ww]ords\s+by)\s+\p{Lu}[^|·•,]{1,80},\s{1,2}(?<outlet>\p{Lu}[^|·•,]{1,60}?)\s{0,2}[|·•]/u;
/** A credit line of a byline block: "By Jane Doe and Sam Ode, Fact Check Desk", "Interview by Ana Ruiz". */
const CREDIT_LINE = /^(?:(?:(?:[Ii]nterview|[Ww]ords|[Rr]eporting|[Tt]ext|[Pp]hotographs?|[Rr]eported)\s+)?[Bb]y\s+(?:(?:our|the)\s+)?|(?:From|Issued\s+by|Published\s+by):\s+)\p{Lu}[^.!?]{0,120}$/u;
/** A short line that only names (an outlet, a desk, a place): "Andean Courier", "Middle East desk". */
const NAME_LINE = /^\p{Lu}[\p{L}&'’.-]*(?:\s+[\p{L}&'’.-]+){0,5}$/u;
/** List items under a "Read also:" label. */
const LIST_ITEM = /^\s*(?:[-*•–]|\d+[.)])\s+(?<title>.+)$/;
/** A line that opens with a figure: "12.4 million people displaced", "$4.16 billion required". */
const FIGURE_LINE = /^\s*(?:[$€£]\s?|US\$\s?)?\d/;
/** A line that ends a sentence. */
const SENTENCE_END = /[.!?]["”’)]?\s*$/;
/** A list item's bullet at the start of a line ("• ", "- ", "* "). */
const BULLET = /^(?:[•·▪◦●‣∙]|[-*–](?=\s))\s*/;
/** Share of the paragraphs, from the end, in which an appeal ends the article. */
const TAIL_SHARE = 0.34;

function sentenceCount(s: string): number {
  return (s.match(/[.!?](?=\s+[A-Z“"‘'(]|\s*$)/g) ?? []).length || 1;
}

function readsLikeStandfirst(line: string): boolean {
  return (
    line.length >= 20 &&
    line.length <= MAX_STANDFIRST_CHARS &&
    sentenceCount(line) <= MAX_STANDFIRST_SENTENCES &&
    !opensWithDateline(line) &&
    // ("Published on 21/02/2025 - 17:42" above a "Modified on …" line is a date line, not a standfirst.)
    lineDate(line) === null &&
    !CREDIT_LINE.test(line) &&
    !RELATED_LABEL.test(line) &&
    !isFurnitureText(line)
  );
}

/** Splits into paragraphs: blank-line separated when the file has blank lines, else one per line. */
function paragraphsOf(body: string): string[][] {
  const blocks = /\n[ \t]*\n/.test(body) ? body.split(/\n[ \t]*\n/) : body.split('\n');
  // Loops into array literals rather than map/filter: the arrays those return differ in
  // kind from call to call, and each new kind sent the optimised reader back to slow code.
  const out: string[][] = [];
  for (const block of blocks) {
    const lines: string[] = [];
    let text = false;
    for (const line of block.split('\n')) {
      const l = line.trimEnd();
      // (A blank line can only stand at a block's edge, after a headline or a run of blank
      // lines: "Headline / (blank) / Standfirst / (blank) / Body". Kept, it made the
      // one-line standfirst or date line under the headline look like two lines.)
      if (!l.trim()) continue;
      lines.push(l);
      text = true;
    }
    if (text) out.push(lines);
  }
  return out;
}

/** True for a short line that is only a date ("Published 2 March 2025"). */
function dateOfLine(line: string): string | null {
  const t = line.trim();
  if (!t || !DATE_LINE.test(t) || t.split(/\s+/).length > 10) return null;
  // ("The war began on 24 February 2022." is a sentence with a date in it, not a date line.)
  if (wordsBesideDate(t, 2) > 1) return placeDate(t);
  return parseDate(t);
}

/** Where and when a piece was filed, on a line of its own: "Sumy region, 10 February 2025", "Port Alma, Tuesday 4 March 2025". */
const PLACE_THEN_DATE = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,2},\s+(?<date>.+)$/u;
function placeDate(t: string): string | null {
  const m = PLACE_THEN_DATE.exec(t);
  const date = m?.groups!.date ?? '';
  return date && wordsBesideDate(date, 2) <= 1 ? parseDate(date) : null;
}

/** The date of a line that is only a date, or a row of byline parts one of which is ("OPINION | 2 November 2024 | By …"). */
function lineDate(line: string): string | null {
  const own = dateOfLine(line);
  if (own) return own;
  // (A whole line of date parts may run past dateOfLine's word limit: "Published 8 March 2025, 07:00 GMT | Updated …".)
  const parts = dateLineParts(line.trim());
  return parts.length ? parseDate(parts[0]) : null;
}

/** The date of a header's date line ("20 May 2025 — Humanitarian affairs", "OPINION | 2 November 2024 | By …"); never a wire dateline's, which opens the body. */
function headerDate(line: string): string | null {
  return dateOfLine(line) ?? (opensWithDateline(line) ? null : lineDate(line));
}

/** A byline block under the headline: credit lines and one date line ("By Ana Ruiz / 8 August 2024"); its date. */
function creditBlockDate(block: string[] | undefined): string | null {
  if (!block || block.length < 2 || block.length > 3) return null;
  let date: string | null = null;
  for (const line of block) {
    const t = line.trim();
    const d: string | null = date ? null : dateOfLine(t);
    if (d) date = d;
    else if (!CREDIT_LINE.test(t) && !NAME_LINE.test(t)) return null;
  }
  return date;
}

/** A masthead: one to three capitalised words, nothing else ("Eurasianet", "The Horn Observer"). */
const MASTHEAD = /^(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,2}$/u;
/** A line of a letterhead: a name in capitals and small joining words ("Ministry of Interior – Media Office"). */
const LETTERHEAD_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|[–—&-]))*$/u;
/** A line that only names the kind of piece below it. */
const PIECE_LABEL = /^(?:press\s+release|news\s+release|media\s+release|press\s+statement|statement|analysis|interview|opinion|comment|commentary|explainer|feature|factbox|fact\s+check|q\s?&\s?a|exclusive|breaking(?:\s+news)?|update|communiqu[ée](?:\s+no\.?\s*\d+)?|bulletin(?:\s+no\.?\s*\d+)?)[.:]?$/i;

export function parseText(text: string, opts: { published?: string | null; url?: string | null } = {}): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  // A kind-of-piece label over the headline ("Press release", "ANALYSIS", "Communiqué No. 112") is no headline.
  while (lines.length > 1 && PIECE_LABEL.test(lines[0].trim()) && lines.slice(1).some((l) => l.trim())) {
    lines.shift();
    while (lines.length && !lines[0].trim()) lines.shift();
  }
  // An outlet's name standing alone over the headline, a masthead: "Eurasianet" / (blank) / "One year after …".
  let masthead: string | null = null;
  // A letterhead: the issuer's name lines, then a block of a label and a place and date, then the headline
  // ("Republic of X / Ministry of Y – Media Office" / "Communiqué No. 112 / Capital, 14 August 2025").
  let letterheadDate: string | null = null;
  // (Only the first lines are read, and only when the first could be a letterhead's: the whole text is split below.)
  const top = LETTERHEAD_LINE.test(lines[0]?.trim() ?? '') ? paragraphsOf(lines.slice(0, 12).join('\n')) : [];
  if (top.length >= 3 && top[0].length <= 3 && top[0].every((l) => LETTERHEAD_LINE.test(l.trim())) && top[1].length <= 3) {
    const dates = top[1].map((l) => datelineDate(l.trim()) ?? dateOfLine(l));
    const k = dates.findIndex((d) => d !== null);
    if (k >= 0 && top[1].every((l, i) => i === k || PIECE_LABEL.test(l.trim()))) {
      letterheadDate = dates[k];
      masthead = top[0][top[0].length - 1].trim();
      let skip = top[0].length + top[1].length;
      while (skip > 0 && lines.length) if (lines.shift()!.trim()) skip--;
      while (lines.length && !lines[0].trim()) lines.shift();
    }
  }
  const next = lines.slice(1).find((l) => l.trim());
  if (!masthead && lines.length > 2 && MASTHEAD.test(lines[0].trim()) && !lines[1].trim() && next && next.trim().split(/\s+/).length >= 6) {
    masthead = lines.shift()!.trim();
    while (lines.length && !lines[0].trim()) lines.shift();
  }
  const title = normalizeSpace(lines.shift() ?? '');
  // "Headline / (blank) / …": every paragraph stands apart, so a short first one may be the lede.
  let apart = lines.length > 0 && !lines[0].trim();
  const blocks = paragraphsOf(lines.join('\n'));

  let published: string | null = letterheadDate;
  let credited: string | null = null;
  let subtitle: string | null = null;
  // A date line right under the headline or under the standfirst.
  const takeDateLine = (): void => {
    // ("20 May 2025 — Humanitarian affairs", "Review | 2 October 2025 | Defence": a date line with a section's name; never a wire dateline.)
    const line = blocks[0]?.length === 1 ? blocks[0][0] : null;
    const date = line !== null ? headerDate(line) : creditBlockDate(blocks[0]);
    if (date && !published) {
      published = date;
      // (A credit's last part names the outlet, unless it says where the writer was: "By Ana Ruiz, in Port Alma |".)
      const credit = line !== null ? BYLINE_OUTLET.exec(line)?.groups?.outlet : undefined;
      if (credit && !/^(?:in|at|from)\s/i.test(credit)) credited = credit.trim();
      blocks.shift();
    }
  };
  takeDateLine();
  // ("Headline / By X, Outlet | 14 May 2025 / (blank) / First paragraph": a byline or date row right under the
  // headline ends the header; what follows it is the body's lede unless a date line or a wire dateline follows it in turn.)
  if (published) apart = true;
  // A header block under the headline: a standfirst and a date line with no blank line between
  // ("The army says … / Published on 21/03/2024 - 18:42", "… / OPINION | 2 November 2024 | By …").
  const head = blocks[0];
  if (!published && head && head.length >= 2 && head.length <= 6) {
    // (A wire dateline opens the body's first paragraph, however short: "KANO, 12 June 2025 — The
    // governor said …" is no byline row, though its first part is a date.)
    const k = head.findIndex((l, i) => i > 0 && headerDate(l) !== null);
    if (k > 0) {
      published = headerDate(head[k]);
      const rest = head.filter((_, i) => i !== k);
      if (rest.length && readsLikeStandfirst(rest[0].trim())) subtitle = normalizeSpace(rest.shift()!);
      if (rest.length) blocks[0] = rest;
      else blocks.shift();
    }
  }
  // Only a second line standing alone counts (a hard-wrapped first paragraph does not),
  // or one directly followed by a wire dateline, which always opens the body.
  if (subtitle) {
    // Read with the header block above.
  } else if (blocks.length > 1 && blocks[0].length === 1 && readsLikeStandfirst(blocks[0][0].trim()) && (!apart || opensBody(blocks[1]))) {
    // (Where the headline stands apart, a short paragraph is a standfirst only when a date line or a
    // wire dateline follows it, as the body's first paragraph does not: "Headline / Standfirst / 14 May 2025 / Body".)
    subtitle = normalizeSpace(blocks[0][0]);
    blocks.shift();
  } else if (blocks[0]?.length > 1 && opensWithDateline(blocks[0][1]) && readsLikeStandfirst(blocks[0][0].trim())) {
    subtitle = normalizeSpace(blocks[0][0]);
    blocks[0] = blocks[0].slice(1);
  }
  takeDateLine();

  const body: string[] = [];
  const related: RelatedLink[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const lines: string[] = [];
    for (const line of blocks[i]) {
      const l = line.trim();
      if (l) lines.push(l);
    }
    // A "Read also:" label: the list items after it (same block or following lines) are links.
    const k = lines.findIndex((l) => RELATED_LABEL.test(l));
    if (k >= 0) {
      const before = lines.slice(0, k);
      if (before.length) body.push(normalizeSpace(before.join(' ')));
      const items: string[] = lines.slice(k + 1);
      // In one-paragraph-per-line files the items are the following blocks.
      while (i + 1 < blocks.length && blocks[i + 1].length === 1 && LIST_ITEM.test(blocks[i + 1][0])) items.push(blocks[++i][0]);
      const rest: string[] = [];
      for (const item of items) {
        const m = LIST_ITEM.exec(item);
        if (m?.groups) related.push({ title: normalizeSpace(m.groups.title), url: null });
        else rest.push(item);
      }
      if (rest.length) body.push(normalizeSpace(rest.join(' ')));
      continue;
    }
    // A liveblog entry's time on the line above its text ("07:10 GMT" / "The monitor said …") is a stamp of its own.
    if (lines.length > 1 && (TIME_ONLY.test(lines[0]) || (i > 0 && dateOfLine(lines[0]) !== null))) body.push(normalizeSpace(lines.shift()!));
    // A block of figure lines with no sentence in it ("KEY FIGURES" / "12.4 million people displaced" /
    // "$4.16 billion required"): a paragraph per line. (Wrapped prose ends its last line with a stop.)
    if (lines.length >= 2 && !lines.some((l) => SENTENCE_END.test(l)) && lines.filter((l) => FIGURE_LINE.test(l.replace(BULLET, ''))).length >= 2) {
      for (const l of lines) body.push(normalizeSpace(l.replace(BULLET, '')));
      continue;
    }
    // A bulleted list in one block is a paragraph per item ("• Killed: 41,909"); a line with no
    // bullet after an item goes on with it (a wrapped line).
    let item: string[] | null = null;
    const items: string[][] = [];
    for (const l of lines) {
      const bullet = BULLET.exec(l);
      if (bullet) items.push((item = [l.slice(bullet[0].length)]));
      else if (item) item.push(l);
      else items.push((item = [l]));
    }
    for (const it of items) body.push(normalizeSpace(it.join(' ')));
  }

  // An appeal in the last third ends the article: what follows it is the rest of the appeal.
  const tailStart = Math.floor(body.length * (1 - TAIL_SHARE));
  let end = body.length;
  for (let i = Math.max(1, tailStart); i < body.length; i++) {
    if (isAppeal(body[i])) {
      end = i;
      break;
    }
  }
  const kept = body.slice(0, end).filter((p) => p);
  // A paragraph that is only a date ("Thursday, 17 November 2022 15:48 GMT") dates the
  // article and leaves the body; failing that, a wire dateline with a year does.
  // A byline row dates it by its date part ("By Hana Idris | 5 August 2024 | Nile Review").
  const rowDate = (p: string): string | null => {
    const parts = dateLineParts(p);
    return (parts[0] === p && dateOfLine(p) !== null) || (parts.length && BYLINE_ROW.test(p)) ? parseDate(parts[0]) : null;
  };
  for (let i = 0; i < kept.length; i++) {
    // (A day heading over a time of day opens a liveblog's entries: it stays.)
    if (i + 1 < kept.length && TIME_ONLY.test(kept[i + 1])) continue;
    const date = rowDate(kept[i]);
    if (!date) continue;
    published ??= date;
    kept.splice(i, 1);
    break;
  }
  // (A press release may open with a label and its issuer's name before the dated lead: "PRESS RELEASE" / "X Foundation" / "Bamenda, 9 October 2025 — …".)
  // (A byline may stand before the wire dateline too: its date and credit are looked for in the first few paragraphs.)
  let outlet: string | null = null;
  for (let i = 0; i < Math.min(kept.length, 3); i++) {
    published ??= datelineDate(kept[i]);
    outlet ??= datelineOutlet(kept[i]);
  }
  outlet ??= copyrightOutlet(body) ?? masthead ?? credited;
  // A liveblog written as text: day headings and times on lines of their own stamp its entries
  // (read before the furniture is weighed, which takes a lone date line for page furniture).
  const live = splitEntries(kept.map((text) => ({ text })), published ?? opts.published ?? null);
  const bodyBlocks = keepBody(
    (live ? live.blocks : kept.map((text) => ({ text, entry: -1 }))).map((b) => ({ text: b.text, tokens: [], linkShare: 0, entry: b.entry })),
    outlet,
  );
  const paragraphs = pipeTables(bodyBlocks.map((b) => b.text));
  // (A table written with bars changes the paragraphs: its entries' offsets would no longer hold.)
  const entries = live && paragraphs.length === bodyBlocks.length ? entryRanges(bodyBlocks, live.stamps) : undefined;

  return {
    title,
    subtitle,
    published: published ?? opts.published ?? null,
    outlet,
    url: opts.url ?? null,
    text: paragraphs.join('\n\n'),
    related,
    ...(entries ? { entries } : {}),
  };
}

/** A row of a table written with bars: "Croatia | 6,200 | 1,800", "| Month | Drones |". */
const PIPE_ROW = /^\|?[^|]+(?:\|[^|]*)+\|?$/;
/** The rule under a table's header: "---|---", "|:---|---:|". */
const PIPE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;

function pipeCells(p: string): string[] {
  return p.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * A table written with bars, a row per paragraph (as plain text and Markdown write them):
 * two or more rows of the same number of cells become rows of tab-separated cells, as an
 * HTML table's do, so that the extractor reads each figure under its column's header.
 * A rule line under the header goes. One row of bars alone ("By X | 2 May | Outlet") is no table.
 */
function pipeTables(paragraphs: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const p = paragraphs[i];
    if (!PIPE_ROW.test(p) || PIPE_RULE.test(p)) {
      out.push(p);
      i++;
      continue;
    }
    const rows: string[][] = [pipeCells(p)];
    const width = rows[0].length;
    let j = i + 1;
    for (; j < paragraphs.length; j++) {
      if (PIPE_RULE.test(paragraphs[j])) continue;
      if (!PIPE_ROW.test(paragraphs[j])) break;
      const cells = pipeCells(paragraphs[j]);
      if (cells.length !== width) break;
      rows.push(cells);
    }
    if (rows.length >= 2 && width >= 2) {
      for (const r of rows) out.push(r.join('\t'));
      i = j;
    } else {
      out.push(p);
      i++;
    }
  }
  return out;
}

/** A block that a standfirst stands above: a date line, a byline row with a date, or a paragraph opening with a wire dateline. */
function opensBody(block: string[]): boolean {
  const first = block[0].trim();
  return (block.length === 1 && lineDate(first) !== null) || opensWithDateline(first) || creditBlockDate(block) !== null;
}

/** A wire dateline: "SCHIPHOL, Netherlands, Nov 17 (Harbour Wire) -", "SEOUL, 2 September 2025 –". */
function opensWithDateline(line: string): boolean {
  const t = line.trim();
  return DATELINE.test(t) || datelineOutlet(t) !== null || datelineDate(t) !== null;
}

/** The outlet a closing copyright line names, or null. */
function copyrightOutlet(paragraphs: string[]): string | null {
  for (let i = paragraphs.length - 1; i >= Math.max(0, paragraphs.length - 3); i--) {
    const m = COPYRIGHT_OUTLET.exec(paragraphs[i]);
    if (m?.groups) return m.groups.outlet;
  }
  return null;
}
