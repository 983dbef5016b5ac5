/** Month names as English news copy writes them; shared by the reader's and the extractor's dates. */

/** Full month names, lower case, January first. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month number of a lower-case month name or abbreviation ("sept" → 9). */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(MONTH_NAMES.map((m, i) => [m, i + 1])),
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** A month name or abbreviation as a group (no word boundaries): the same words as MONTH_NUMBERS. */
export const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
