/**
 * Whitespace normalisation for every string an Article carries: the extractor computes
 * spans against these strings, so they must not change after the reader returns them.
 */

/** Invisible characters that break word matching: soft hyphen, zero-width space/joiners, BOM. */
const INVISIBLE_CHARS = String.raw`\u00AD\u200B-\u200D\u2060\uFEFF`;
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/** Every kind of horizontal or vertical space: \s holds NBSP, the Unicode spaces, line and paragraph separators. */
const ANY_SPACE = /\s+/g;

/** Whitespace that is not one plain space: what ANY_SPACE would change. */
const ODD_SPACE = /[^\S ]| {2}/;
const ODD_OR_INVISIBLE = new RegExp(`${ODD_SPACE.source}|[${INVISIBLE_CHARS}]`);

/** Collapses runs of whitespace to one space and trims; drops invisible characters. */
export function normalizeSpace(s: string): string {
  // Most text has only single spaces and nothing invisible: one scan, no replacement.
  if (!ODD_OR_INVISIBLE.test(s)) return s.trim();
  const visible = s.replace(INVISIBLE, '');
  return (ODD_SPACE.test(visible) ? visible.replace(ANY_SPACE, ' ') : visible).trim();
}

/** A character that normalizeSpace keeps: neither whitespace nor invisible. */
const VISIBLE = new RegExp(`[^\\s${INVISIBLE_CHARS}]`);

/** True when normalizeSpace(s) would be empty, without building it. */
export function isBlank(s: string): boolean {
  return !VISIBLE.test(s);
}

/** Joins paragraphs the way `article.text` wants them: normalised, non-empty, "\n\n" between. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map(normalizeSpace).filter(Boolean).join('\n\n');
}

/**
 * The start of a word with a letter in it: a run of non-space that reaches a letter. The
 * look-behind lets a match start only where a run starts, which keeps the scan linear.
 */
const LETTER_WORD = /(?<!\S)\S*?\p{L}/gu;

/**
 * How many words `s` holds that have a letter in them ("48" and "—" are not words,
 * "Kyiv's" and "F-16" are), counting no further than `limit`. Counting matches builds
 * no list of the words.
 */
export function letterWords(s: string, limit = Infinity): number {
  LETTER_WORD.lastIndex = 0;
  let n = 0;
  while (n < limit && LETTER_WORD.test(s)) n++;
  return n;
}
