/**
 * Paragraphs and sentences with their offsets in the original string, so every later
 * span points into the field text unchanged.
 *
 * Intl.Segmenter does the splitting; we then re-join splits after abbreviations that
 * news copy uses mid-sentence ("Oct. 8", "Maj. Gen. Ryder", "U.S. officials").
 */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'brig',
  'sen', 'rep', 'gov', 'pres', 'st', 'no', 'vs', 'approx', 'est', 'inc', 'co', 'corp', 'ltd',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'jr', 'sr',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits on blank lines; each paragraph keeps its offset. */
export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  // `[^\S\n]*` rather than `\s*`: the look-ahead must not scan across later blank lines.
  const re = /[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: m.index! + lead, end: m.index! + lead + t.length, text: t });
  }
  return out;
}

/**
 * True when `text[from, end)` ends with a known abbreviation or an initial and its full
 * stop ("Oct.", "U.S.", "J."), the word standing after a space, bracket or quote. Read
 * backwards over the last word only: this runs at every sentence break.
 */
function endsWithAbbreviation(text: string, from: number, end: number): boolean {
  if (end - 1 < from || text.charCodeAt(end - 1) !== 46) return false;
  let i = end - 2;
  while (i >= from && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i--;
  // The longest abbreviation is a few letters: a long word before the stop ends a sentence.
  if (end - 2 - i > 8 || end - 2 - i < 1) return false;
  if (i >= from && !/[\s(“"]/.test(text[i])) return false;
  // The word starts and ends with a letter ("U.S", not ".S").
  if (!isLetter(text.charCodeAt(i + 1)) || !isLetter(text.charCodeAt(end - 2))) return false;
  const word = text.slice(i + 1, end - 1).toLowerCase();
  return ABBREVIATIONS.has(word) || (word.length === 1 && word >= 'a' && word <= 'z');
}

/** [A-Za-z] */
function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

/** Characters that may end a sentence or a line: without one, a piece is one sentence. */
const MAY_BREAK = /[.!?\n\r\u0085\u2028\u2029]|[^\x00-\x7f]/;

/**
 * The segmenter is handed at most this many characters at once: past 2^17 characters
 * V8's segmenter slows down by three orders of magnitude per sentence (a 140 KB
 * paragraph takes seconds, not milliseconds).
 */
const SEGMENT_WINDOW = 16_384;
/** A question or exclamation mark and the closing quotes after it, at a piece's end. */
const QUOTED_MARK_END = /[?!][”"’']+$/;
/** Where a window may end: after a sentence mark and its closing quotes, before a space. */
const WINDOW_CUT = /[.!?…]["”’')\]]*\s+/g;

/** Cuts `text` into pieces of at most SEGMENT_WINDOW characters, at sentence marks where it can. */
function windowsOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  while (text.length - at > SEGMENT_WINDOW) {
    const limit = at + SEGMENT_WINDOW;
    let cut = -1;
    WINDOW_CUT.lastIndex = at + SEGMENT_WINDOW / 2;
    for (let m = WINDOW_CUT.exec(text); m && m.index + m[0].length <= limit; m = WINDOW_CUT.exec(text)) cut = m.index + m[0].length;
    if (cut < 0) cut = text.lastIndexOf(' ', limit) + 1;
    if (cut <= at) cut = limit;
    out.push([at, cut]);
    at = cut;
  }
  out.push([at, text.length]);
  return out;
}

/** Sentences of one paragraph (or field), trimmed, with absolute offsets. */
export function sentences(text: string, base = 0): Segment[] {
  // Spans relative to `text`, joined on offsets and cut once at the end, so a run of
  // "A. A. A." stays linear and no piece is copied twice.
  const starts: number[] = [];
  const ends: number[] = [];
  // Plain ASCII with no stop, question or exclamation mark and no line break before its
  // last character is one sentence: no need for the segmenter.
  if (text.length <= SEGMENT_WINDOW && !MAY_BREAK.test(text.slice(0, -1))) {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) return [];
    const seg = { start: base + start, end: base + end, text: text.slice(start, end) };
    return seg.text.length > MAX_SENTENCE ? chunk(seg) : [seg];
  }
  const add = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) return;
    const k = ends.length - 1;
    // Re-join "Oct. | 8, 2023" and "Maj. | Gen. Pat Ryder": the next piece starts with a
    // digit, a lower-case word or a capitalised name right after a known abbreviation.
    // … and '“How do we count them?” asked one volunteer': a quoted question or exclamation
    // followed by a lower-case word goes on with its reporting clause.
    if (k >= 0 && ((isAlnum(text.charCodeAt(start)) && endsWithAbbreviation(text, starts[k], ends[k])) || (isLower(text.charCodeAt(start)) && QUOTED_MARK_END.test(text.slice(Math.max(starts[k], ends[k] - 4), ends[k]))))) {
      ends[k] = end;
      return;
    }
    starts.push(start);
    ends.push(end);
  };
  const plain = text.length <= SEGMENT_WINDOW ? plainBreaks(text) : null;
  if (plain) {
    let from = 0;
    for (const to of plain) {
      add(from, to);
      from = to;
    }
  } else {
    for (const [a, b] of text.length > SEGMENT_WINDOW ? windowsOf(text) : [[0, text.length] as [number, number]]) {
      for (const s of segmenter.segment(a === 0 && b === text.length ? text : text.slice(a, b))) add(a + s.index, a + s.index + s.segment.length);
    }
  }
  const out: Segment[] = [];
  for (let i = 0; i < starts.length; i++) {
    const seg = { start: base + starts[i], end: base + ends[i], text: text.slice(starts[i], ends[i]) };
    if (seg.text.length > MAX_SENTENCE) out.push(...chunk(seg));
    else out.push(seg);
  }
  return out;
}

/**
 * Where the segmenter would end each sentence of `text`, found without it when the text
 * is plain (ASCII, Latin letters, curly quotes, dashes and currency signs, none of which
 * ends a sentence) on one line and every stop reads one way only under the Unicode
 * sentence rules (UAX #29): a stop at the end; ". ", "! " or "? " before a capital
 * (a break); ". " before a lower-case letter (no break); a point between digits (no
 * break); "! " or "? " before a digit (a break); ". " before a digit (a break unless a
 * lower-case letter comes before any capital or stop). Anything else (quotes or brackets
 * after a stop, "...", a stop before a comma) returns null and goes to the segmenter.
 * Most paragraphs of news copy are plain, and the segmenter costs about 1.5 µs a
 * sentence.
 */
export function plainBreaks(text: string): number[] | null {
  const out: number[] = [];
  const n = text.length;
  if (!n) return out;
  // Two scans in the engine cost less than one loop over every character in script.
  if (NOT_PLAIN.test(text)) return null;
  for (let i = nextStop(text, 0); i >= 0 && i < n - 1; i = nextStop(text, i + 1)) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 46) {
      // "3.5", "e.g", "U.S": a point right before a digit or a lower-case letter, or
      // between a letter and a capital, ends nothing.
      if (isDigit(next) || isLower(next)) continue;
      if (isUpper(next) && i > 0 && (isUpper(text.charCodeAt(i - 1)) || isLower(text.charCodeAt(i - 1)))) continue;
    }
    if (next !== 32 || i + 2 >= n) return null;
    const after = text.charCodeAt(i + 2);
    if (isUpper(after)) out.push(i + 2);
    else if (isDigit(after)) {
      // "… evidence. 61,860 bombs": after a point the break waits for the first letter or
      // mark, which must be a capital (a small letter joins the two); "! 3" and "? 3" break.
      const joins = c === 46 ? lowerComesFirst(text, i + 3) : false;
      if (joins === null) return null;
      if (!joins) out.push(i + 2);
    } else if (!(c === 46 && isLower(after))) return null;
  }
  out.push(n);
  return out;
}

/**
 * Anything but printable ASCII, tabs, Latin-1 and Latin Extended-A letters and signs,
 * dashes and curly quotes, and currency signs (none of which is a stop or a line end).
 */
const NOT_PLAIN = /[^\t\x20-\x7e\u00a0-\u017f\u2010-\u201f\u20a0-\u20cf]/;
const STOP_G = /[.!?]/g;

/**
 * Whether a small letter comes before any capital or stop from `from` on (UAX #29 rule
 * SB8: then a point and the spaces after it end no sentence); null where a character
 * outside ASCII comes first.
 */
function lowerComesFirst(text: string, from: number): boolean | null {
  for (let j = from; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (isLower(d)) return true;
    if (isUpper(d) || d === 46 || d === 33 || d === 63) return false;
    if (d > 126) return null;
  }
  return false;
}

/** The next stop, question or exclamation mark at or after `from`, or -1. */
function nextStop(text: string, from: number): number {
  STOP_G.lastIndex = from;
  const m = STOP_G.exec(text);
  return m ? m.index : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** What String.prototype.trim removes and \s matches: ASCII and Unicode spaces, line ends, BOM. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [0-9A-Za-z] */
export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/**
 * No real sentence runs past this many characters; longer runs (lists, tables, hostile
 * input) are cut at a clause mark or a space, so every per-sentence pass stays linear.
 */
const MAX_SENTENCE = 1000;

function chunk(seg: Segment): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const t = seg.text;
  while (t.length - at > MAX_SENTENCE) {
    const window = t.slice(at, at + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(': '));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ');
    if (cut < MAX_SENTENCE / 4) cut = MAX_SENTENCE;
    else cut += 1;
    const piece = t.slice(at, at + cut);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push({ start: seg.start + at + lead, end: seg.start + at + lead + trimmed.length, text: trimmed });
    at += cut;
  }
  const rest = t.slice(at);
  const lead = rest.length - rest.trimStart().length;
  if (rest.trim()) out.push({ start: seg.start + at + lead, end: seg.start + at + lead + rest.trim().length, text: rest.trim() });
  return out;
}
