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
 * How many words `s` holds that have a letter in them ("48" and "—" are not words,
 * "Kyiv's" and "F-16" are), counting no further than `limit`.
 */
export function letterWords(s: string, limit = Infinity): number {
  return countWords(s, limit, WIDE_LETTER, false);
}

/** Words with a letter or a digit in them ("48" is one, "—" is not), counting no further than `limit`. */
export function letterOrDigitWords(s: string, limit = Infinity): number {
  return countWords(s, limit, WIDE_LETTER_OR_DIGIT, true);
}

/** A letter (or digit) at `lastIndex`, tested only on characters beyond ASCII. */
const WIDE_LETTER = /\p{L}/uy;
const WIDE_LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/**
 * Runs of non-space (as `\s` reads space) that hold a character `wide` matches: one pass
 * over the characters, ASCII decided by code, where a regular expression matched each word
 * (and ran its Unicode tests on every character) over text that is nearly all ASCII.
 */
function countWords(s: string, limit: number, wide: RegExp, digits: boolean): number {
  let n = 0;
  // Whether the run of non-space the scan is in has been counted.
  let counted = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) counted = false;
      else if (!counted) {
        const lower = c | 32;
        if ((lower >= 97 && lower <= 122) || (digits && c >= 48 && c <= 57)) {
          n++;
          counted = true;
        }
      }
    } else if (isWideSpace(c)) {
      counted = false;
    } else {
      // A surrogate pair is one character to the test and to the run.
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (!counted) {
        wide.lastIndex = i;
        if (wide.test(s)) {
          n++;
          counted = true;
        }
      }
      if (pair) i++;
    }
  }
  return n;
}

/** The whitespace of `\s` beyond ASCII: the Unicode space separators, line and paragraph separators, and the BOM. */
export function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
