/**
 * Publication dates as written on pages, to ISO `YYYY-MM-DD`. The calendar day is the one
 * the page states (its own time zone), never shifted to UTC: "2024-11-20T17:48:00+09:00"
 * is 2024-11-20.
 *
 * Handles: "2024-11-20", "2024-11-20T17:48:00+09:00", "2024/11/20", "20.11.2024",
 * "December 2, 2024", "Dec. 2, 2024", "2 December 2024", "Sunday 7 September 2025 16:20",
 * "13 August 2024, 18:05", "Posted on February 27, 2025".
 * Watch out for: "Updated : …" next to "Published : …" (the caller prefers published), US
 * "11/20/2024" (ambiguous: read as month/day only when the day is over 12 or the first
 * part cannot be a day).
 */
import { MONTH_NAME, MONTH_NUMBERS } from '../text/months.js';

/** ISO and ISO-like numeric dates, the most common machine form. */
const ISO_DATE = /(?<![\d])(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?![\d])/;
/** "December 2, 2024", "Dec. 2 2024". */
const MONTH_DAY_YEAR = new RegExp(`\\b(?<mon>${MONTH_NAME})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})\\b`, 'i');
/** "2 December 2024", "7 Sept. 2025", "2nd of March, 2025". */
const DAY_MONTH_YEAR = new RegExp(`\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH_NAME})\\.?,?\\s+(?<y>(?:19|20)\\d{2})\\b`, 'i');
/** "20.11.2024" or "11/20/2024": day first unless that is impossible. */
const NUMERIC_DMY = /(?<![\d.\/])(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<y>(?:19|20)\d{2})(?![\d])/;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February and the like
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date found in the string, as `YYYY-MM-DD`, or null. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = text.slice(0, 400);
  let m = ISO_DATE.exec(s);
  if (m?.groups) return iso(Number(m.groups.y), Number(m.groups.m), Number(m.groups.d));
  const candidates: Array<{ index: number; value: string | null }> = [];
  m = MONTH_DAY_YEAR.exec(s);
  if (m?.groups) candidates.push({ index: m.index, value: iso(Number(m.groups.y), MONTH_NUMBERS[m.groups.mon.toLowerCase()] ?? 0, Number(m.groups.d)) });
  m = DAY_MONTH_YEAR.exec(s);
  if (m?.groups) candidates.push({ index: m.index, value: iso(Number(m.groups.y), MONTH_NUMBERS[m.groups.mon.toLowerCase()] ?? 0, Number(m.groups.d)) });
  m = NUMERIC_DMY.exec(s);
  if (m?.groups) {
    const a = Number(m.groups.a), b = Number(m.groups.b), y = Number(m.groups.y);
    candidates.push({ index: m.index, value: a > 12 || b <= 12 ? iso(y, b, a) : iso(y, a, b) });
  }
  const found = candidates.filter((c) => c.value).sort((x, y) => x.index - y.index)[0];
  return found?.value ?? null;
}

/** `--published` and similar user input: a full date, strictly. Null when it is not one. */
export function parseUserDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return iso(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10)));
  return parseDate(t);
}
