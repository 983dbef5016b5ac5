/**
 * The shapes of values users type and the ledger hands out: partial dates and page
 * cursors. No Node imports: the API's schemas use these, and the web app type-checks
 * against those schemas.
 */

const PARTIAL_DATE = /^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$/;

/**
 * "2024", "2024-03", "2024-02-29": a date that is on the calendar. "2025-13",
 * "2025-02-30" and "2025-06-99" match the shape but are no date at all; read as text
 * bounds they would quietly select the wrong claims.
 */
export function isPartialDate(s: string): boolean {
  const g = PARTIAL_DATE.exec(s)?.groups;
  if (!g) return false;
  if (g.m === undefined) return true;
  const month = Number(g.m);
  if (month < 1 || month > 12) return false;
  if (g.d === undefined) return true;
  const day = Number(g.d);
  // Day 0 of the next month is the last day of this one.
  return day >= 1 && day <= new Date(Date.UTC(Number(g.y), month, 0)).getUTCDate();
}

/** A page cursor, base64url-decoded: the id the next page starts below (or above). */
export const CURSOR = /^i(?<id>\d+)$/;

/** True when `cursor` is a `next` value the ledger gave out (for request validation). */
export function isCursor(cursor: string): boolean {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return false;
  try {
    return CURSOR.test(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return false; // a length no base64 text has
  }
}
