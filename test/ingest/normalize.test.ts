/**
 * Every span the extractor reports points into strings that normalizeSpace made, so
 * its output must be exactly "runs of any whitespace become one space, invisible
 * characters go, ends are trimmed", whichever shortcut it takes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank, joinParagraphs, normalizeSpace } from '../../src/ingest/normalize.js';

/** The definition, written the slow way. */
function reference(s: string): string {
  const visible = [...s].filter((c) => !/[\u00AD\u200B-\u200D\u2060\uFEFF]/.test(c)).join('');
  return visible.split(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/).join(' ').trim();
}

describe('normalizeSpace', () => {
  const cases: Array<[string, string]> = [
    ['plain words stay as they are', 'plain words stay as they are'],
    ['  leading and trailing  ', 'leading and trailing'],
    ['two  spaces', 'two spaces'],
    ['tab\there', 'tab here'],
    ['line\nbreak', 'line break'],
    ['crlf\r\nline', 'crlf line'],
    ['no\u00a0break space', 'no break space'],
    ['thin\u2009space and narrow\u202fnbsp', 'thin space and narrow nbsp'],
    ['ideographic\u3000space', 'ideographic space'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['zero\u200bwidth', 'zerowidth'],
    ['\ufeffbyte order mark', 'byte order mark'],
    ['space \u200b between', 'space between'],
    ['one\u2028line\u2029separator', 'one line separator'],
    ['', ''],
    [' ', ''],
    ['\u00a0\u00a0', ''],
    ['1,200 troops', '1,200 troops'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(normalizeSpace(input)).toBe(expected);
    expect(isBlank(input)).toBe(expected === '');
  });

  it('matches the definition on arbitrary text with every kind of space', () => {
    const spaceish = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f', '\u3000', '\u200b', '\u00ad', '\ufeff', '\u2028');
    const word = fc.constantFrom('troops', '1,200', 'Kyiv', 'é', 'Ж', '.', ',');
    const text = fc.array(fc.oneof(spaceish, word, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, (s) => normalizeSpace(s) === reference(s)), { numRuns: 2000 });
  });

  it('joins paragraphs with one blank line and drops empty ones', () => {
    expect(joinParagraphs(['  first\tparagraph ', '\u00a0', 'second  one'])).toBe('first paragraph\n\nsecond one');
  });
});
