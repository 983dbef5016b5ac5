/** Display helpers shared by the views. */
import type { Claim } from './api';

const NUM = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function fmtNumber(n: number): string {
  return NUM.format(n);
}

/** "1,200", "≥ 1,200", "≤ 1,200", "10,000–12,000", with "~" for approximate figures. */
export function fmtValue(v: { low: number | null; high: number | null; approximate: boolean }, unit?: string): string {
  const approx = v.approximate ? '~' : '';
  let s: string;
  if (v.low !== null && v.high !== null) s = v.low === v.high ? `${approx}${fmtNumber(v.low)}` : `${approx}${fmtNumber(v.low)}–${fmtNumber(v.high)}`;
  else if (v.low !== null) s = `≥ ${approx}${fmtNumber(v.low)}`;
  else if (v.high !== null) s = `≤ ${approx}${fmtNumber(v.high)}`;
  else s = '?';
  if (!unit || unit === 'person' || unit === 'item' || unit === 'other') return s;
  if (unit === 'percent') return `${s}%`;
  return `${s} ${unit}`;
}

export function fmtClaimValue(c: Claim): string {
  const base = fmtValue(c.value, c.unit);
  return c.per ? `${base} / ${c.per}` : base;
}

export function fmtMeasure(m: string): string {
  return m.replace(/_/g, ' ');
}

export function fmtDate(d: string | null | undefined): string {
  if (!d) return 'undated';
  return d.length > 10 ? d.slice(0, 16).replace('T', ' ') : d;
}

/** Partial ISO dates as a point in time for charts: "2024-10" → 1 October 2024. */
export function toDate(d: string | null): Date | null {
  if (!d) return null;
  const m = /^(?<y>\d{4})(?:-(?<m>\d{2}))?(?:-(?<d>\d{2}))?/.exec(d);
  if (!m?.groups) return null;
  return new Date(Date.UTC(Number(m.groups.y), Number(m.groups.m ?? '1') - 1, Number(m.groups.d ?? '1')));
}

/**
 * Where an article came from, for articles without an outlet (a .txt file has none): the
 * host of its URL, or the name of the file it was read from, with the full input beside.
 */
export function fmtOutlet(a: { outlet: string | null; url: string | null; origin: string }): { text: string; full: string | null } {
  if (a.outlet) return { text: a.outlet, full: null };
  for (const u of [a.url, a.origin]) {
    if (!u || !/^https?:\/\//i.test(u)) continue;
    try {
      return { text: new URL(u).host, full: u };
    } catch {
      /* not a URL after all: try the next */
    }
  }
  if (a.origin === 'stdin') return { text: 'standard input', full: null };
  if (a.origin.startsWith('api:')) return { text: 'posted to the API', full: null };
  const name = a.origin.split(/[\\/]/).filter(Boolean).pop();
  return name ? { text: `file ${name}`, full: a.origin } : { text: 'Unknown outlet', full: null };
}
