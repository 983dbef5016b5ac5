/**
 * Whitespace normalisation for every string an Article carries: the extractor computes
 * spans against these strings, so they must not change after the reader returns them.
 */

/** Invisible characters that break word matching: soft hyphen, zero-width space/joiners, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Every kind of horizontal or vertical space, including NBSP and the Unicode spaces. */
const ANY_SPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** Whitespace that is not one plain space: what ANY_SPACE would change. */
const ODD_SPACE = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/;

/** Collapses runs of whitespace to one space and trims; drops invisible characters. */
export function normalizeSpace(s: string): string {
  const visible = s.replace(INVISIBLE, '');
  // Most text has only single spaces: one scan instead of a replacement per word.
  return (ODD_SPACE.test(visible) ? visible.replace(ANY_SPACE, ' ') : visible).trim();
}

/** A character that normalizeSpace keeps: neither whitespace nor invisible. */
const VISIBLE = /[^\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** True when normalizeSpace(s) would be empty, without building it. */
export function isBlank(s: string): boolean {
  return !VISIBLE.test(s);
}

/** Joins paragraphs the way `article.text` wants them: normalised, non-empty, "\n\n" between. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map(normalizeSpace).filter(Boolean).join('\n\n');
}
