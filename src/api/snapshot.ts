/**
 * The raw snapshot as a reader sees it. A page is rendered as a page whether it was
 * fetched, posted to the API or read from a file (a file has no content type to say it is
 * HTML), and with `?claim=` the claim's sentence is marked and scrolled to (`#claim`).
 * The response always goes out under SNAPSHOT_CSP: a sandbox with no scripts.
 *
 * Watch out for:
 * - the sentence comes from the clean text, whose whitespace was normalised and whose
 *   invisible characters were dropped; in the page it may run across inline elements
 *   ("said <b>1,100</b> soldiers"), so matching ignores whitespace and crosses nodes;
 * - the bytes are served unchanged when nothing is marked: their hash is the ledger's.
 */
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { decode } from '../ingest/decode.js';
import type { RawSnapshot } from '../ledger/types.js';

/** Extensions of files read as pages (as the reader decides for files without a type). */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
/** How a page starts, comments and whitespace aside: `<!doctype html>`, `<html>`, `<head>`… */
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|article)\b/i;
/** What is not compared when finding the sentence: whitespace and invisible characters. */
const SKIPPED = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** Elements whose text is never part of the article. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'HEAD']);
/** The marking, in the snapshot's own stylesheet (the snapshot CSP allows inline styles). */
const MARK_STYLE = 'mark.tally-claim{background:#fde68a;color:#111;outline:2px solid #f59e0b}';

export interface SnapshotBody {
  body: Buffer | string;
  type: string;
  /** False when the body is a marked copy, not the stored bytes. */
  exact: boolean;
}

function isHtml(raw: RawSnapshot, origin: string, text: string): boolean {
  const type = raw.contentType?.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (type) return false;
  return HTML_EXTENSIONS.has(extname(origin).toLowerCase()) || HTML_START.test(text.slice(0, 4096));
}

/** Positions of the compared characters of `s`, and those characters joined. */
function keyOf(s: string): { key: string; at: number[] } {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (SKIPPED.test(s[i])) continue;
    key += s[i];
    at.push(i);
  }
  return { key, at };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text as a page, the sentence marked. */
function markText(text: string, sentence: string): string {
  const { key, at } = keyOf(text);
  const want = keyOf(sentence).key;
  const i = want ? key.indexOf(want) : -1;
  const body =
    i < 0
      ? escapeHtml(text)
      : `${escapeHtml(text.slice(0, at[i]))}<mark id="claim" class="tally-claim">${escapeHtml(text.slice(at[i], at[i + want.length - 1] + 1))}</mark>${escapeHtml(text.slice(at[i + want.length - 1] + 1))}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font:1rem/1.6 system-ui,sans-serif;margin:1rem}pre{white-space:pre-wrap;font:inherit}${MARK_STYLE}</style></head><body><pre>${body}</pre></body></html>`;
}

/** The page with the sentence marked, wherever its words fall among the page's elements. */
function markHtml(html: string, sentence: string): string {
  const { document } = parseHTML(html);
  const nodes: Text[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) nodes.push(c as Text);
      else if (c.nodeType === 1 && !HIDDEN.has((c as Element).tagName.toUpperCase())) walk(c);
    }
  };
  walk(document.body ?? document.documentElement);
  // Compared characters of every text node in document order, each with its node and offset.
  let key = '';
  const where: { node: number; offset: number }[] = [];
  nodes.forEach((t, node) => {
    const data = t.data;
    for (let offset = 0; offset < data.length; offset++) {
      if (SKIPPED.test(data[offset])) continue;
      key += data[offset];
      where.push({ node, offset });
    }
  });
  const want = keyOf(sentence).key;
  const i = want ? key.indexOf(want) : -1;
  if (i >= 0) {
    const first = where[i];
    const last = where[i + want.length - 1];
    for (let n = first.node; n <= last.node; n++) {
      const t = nodes[n];
      const from = n === first.node ? first.offset : 0;
      const to = n === last.node ? last.offset + 1 : t.data.length;
      const mark = document.createElement('mark');
      mark.className = 'tally-claim';
      if (n === first.node) mark.id = 'claim';
      mark.textContent = t.data.slice(from, to);
      const parent = t.parentNode!;
      if (from > 0) parent.insertBefore(document.createTextNode(t.data.slice(0, from)), t);
      parent.insertBefore(mark, t);
      if (to < t.data.length) parent.insertBefore(document.createTextNode(t.data.slice(to)), t);
      parent.removeChild(t);
    }
  }
  const style = document.createElement('style');
  style.textContent = MARK_STYLE;
  (document.head ?? document.documentElement).appendChild(style);
  return document.toString();
}

/**
 * What `/articles/:id/raw` sends: the stored bytes, typed as what they are; or, given the
 * claim's sentence, a copy with that sentence marked.
 */
export function snapshotBody(raw: RawSnapshot, origin: string, sentence: string | null): SnapshotBody {
  const { text, encoding } = decode(raw.bytes, { contentType: raw.contentType, sniffMeta: true, origin });
  const html = isHtml(raw, origin, text);
  if (sentence === null) {
    const type = html ? `text/html; charset=${encoding}` : `text/plain; charset=${encoding}`;
    return { body: raw.bytes, type, exact: true };
  }
  return { body: html ? markHtml(text, sentence) : markText(text, sentence), type: 'text/html; charset=utf-8', exact: false };
}
