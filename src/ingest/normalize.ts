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
