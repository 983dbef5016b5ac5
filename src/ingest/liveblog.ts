/**
 * Liveblogs: a page of timestamped entries. Each stamp starts an entry that runs to the
 * next one; the stamps leave the body and each entry keeps its time, so that a figure in
 * an entry can be dated by the entry rather than by the page.
 *
 * Handles stamps as blocks of their own: `<time datetime="2025-10-15T15:10:00+01:00">`,
 * "Wed 15 Oct 2025 15.10 BST", "29.08.2025, 18:05", "10:45", "10:45 GMT", "8.05am".
 * Watch out for: a single date line under the headline (one stamp is a dated article, not a
 * liveblog: at least MIN_ENTRIES stamps are needed); time-only stamps, which take their day
 * from the page; a key-events list of times at the top (it is read as entries too, each a
 * short one: harmless, as the lead wires entries into dating).
 */
import { dateLineParts, MAX_DATE_LINE_CHARS, parseDate, type DateOrder } from './dates.js';

/** Fewer stamps than this is a dated article, not a liveblog. */
const MIN_ENTRIES = 2;
/** A stamp is short: a date and a time, a zone, perhaps "Updated". */
const MAX_STAMP_CHARS = 60;
/** A time of day alone: "10:45", "10:45 GMT", "8.05am", "18:05 CEST". */
export const TIME_ONLY = /^(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s+\p{Lu}{2,5})?$/iu;
/** A time of day inside a stamp. */
const TIME_IN = /(?<![\d.])(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)(?![\d.]*\d{4})(?:\s?(?<pm>am|pm|a\.m\.|p\.m\.))?/i;
/** The date and time of an ISO `datetime` attribute, as the page states them. */
const ISO_DATETIME = /^(?<d>\d{4}-\d{2}-\d{2})(?:[T ](?<t>\d{2}:\d{2}))?/;

export interface StampedBlock {
  text: string;
  datetime?: string | null;
  cell?: boolean;
}

export interface Entry {
  start: number;
  end: number;
  published: string | null;
}

function hhmm(h: number, m: number, pm: string | undefined): string {
  const hour = pm ? (h % 12) + (/^p/i.test(pm) ? 12 : 0) : h;
  return `${String(hour).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The time a block stamps, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or null when the block is not a stamp. */
export function stampOf(block: StampedBlock, pageDate: string | null, order?: DateOrder): string | null {
  const text = block.text;
  if (block.cell || text.length > MAX_STAMP_CHARS) return null;
  const iso = block.datetime ? ISO_DATETIME.exec(block.datetime.trim()) : null;
  if (iso?.groups) return iso.groups.t ? `${iso.groups.d}T${iso.groups.t}` : iso.groups.d;
  const only = TIME_ONLY.exec(text);
  if (only?.groups) {
    const pm = /(am|pm|a\.m\.|p\.m\.)/i.exec(text)?.[1];
    const time = hhmm(Number(only.groups.h), Number(only.groups.m), pm);
    return pageDate ? `${pageDate.slice(0, 10)}T${time}` : null;
  }
  if (text.length > MAX_DATE_LINE_CHARS || dateLineParts(text)[0] !== text) return null;
  const date = parseDate(text, { order });
  if (!date) return null;
  // The time is read after the date is taken out, so "29.08.2025" is not read as 29:08.
  const rest = text.replace(/\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/, ' ');
  const t = TIME_IN.exec(rest);
  return t?.groups ? `${date}T${hhmm(Number(t.groups.h), Number(t.groups.m), t.groups.pm)}` : date;
}

/**
 * Splits the blocks of a liveblog into entries. Returns null when the page is not one
 * (fewer than MIN_ENTRIES stamps); else the blocks without their stamps, each with the
 * index of its entry (-1 before the first stamp), and each entry's time.
 */
export function splitEntries<T extends StampedBlock>(blocks: readonly T[], pageDate: string | null, order?: DateOrder): { blocks: Array<T & { entry: number }>; stamps: string[] } | null {
  // A time alone takes its day from the last day heading above it ("Wednesday 28 May 2025" / "09:10 GMT"), else the page's.
  const stamps: Array<string | null> = [];
  let day = pageDate;
  for (const b of blocks) {
    const stamp = stampOf(b, day, order);
    if (stamp && !TIME_ONLY.test(b.text.trim())) day = stamp.slice(0, 10);
    stamps.push(stamp);
  }
  // Only a stamp with text after it opens an entry: a "Published … / Updated …" pair is one date line.
  const opening = stamps.filter((s, i) => s && i + 1 < blocks.length && !stamps[i + 1]).length;
  if (opening < MIN_ENTRIES) return null;
  const out: Array<T & { entry: number }> = [];
  const times: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const stamp = stamps[i];
    if (stamp && stamps[i + 1]) continue;
    if (stamp) times.push(stamp);
    else out.push({ ...blocks[i], entry: times.length - 1 });
  }
  return { blocks: out, stamps: times };
}

/**
 * Entry offsets into the body text, given the body's paragraphs (joined by "\n\n") and
 * each paragraph's entry. An entry whose paragraphs all left the body has no range.
 */
export function entryRanges(paragraphs: ReadonlyArray<{ text: string; entry: number }>, stamps: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let offset = 0;
  let current: Entry | null = null;
  let currentIndex = -1;
  for (const p of paragraphs) {
    if (p.entry !== currentIndex) {
      if (current) entries.push(current);
      current = p.entry >= 0 ? { start: offset, end: offset + p.text.length, published: stamps[p.entry] ?? null } : null;
      currentIndex = p.entry;
    } else if (current) {
      current.end = offset + p.text.length;
    }
    offset += p.text.length + 2;
  }
  if (current) entries.push(current);
  return entries;
}
