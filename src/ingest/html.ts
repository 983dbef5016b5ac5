/**
 * HTML page → Article. Metadata and related links are read from the untouched page, then
 * the furniture goes (by element, class word and size), readability picks the article
 * container, and the container's blocks, each with its class words, link share and any
 * `<time>`, are scored as furniture by their features (furniture.ts); what stays is the
 * body. A liveblog's stamps leave the body as its entries' times (liveblog.ts).
 *
 * Watch out for: readability keeping in-article boxes (ads, "Read also", newsletter
 * sign-ups) — they are removed before it runs; the headline and dek repeated as the first
 * paragraphs; pages with no article (index pages, login walls) — an InputError, not junk;
 * hostile pages (megabytes of script, absurd nesting) — capped, never a crash or a hang.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, RelatedLink } from '../contract.js';
import { InputError } from '../errors.js';
import { ALWAYS_DROP_TOKENS, classTokens, FURNITURE_CLASS_TOKENS, FURNITURE_ELEMENTS } from './boilerplate.js';
import { FURNITURE_CLASS_HINT, keepBody, type Block } from './furniture.js';
import { readingOnePage } from './dates.js';
import { entryRanges, splitEntries } from './liveblog.js';
import { readMetadata, type PageMeta } from './metadata.js';
import { classAndId, nextInTree, nextOutside, nodes, pageElements, type PageElements } from './dom.js';
import { isWideSpace, letterWords, normalizeSpace } from './normalize.js';
import { takeRelatedLinks } from './related.js';
import { readDataTable, type DataTable } from './tables.js';

/** Readability gives up on pages with more elements than this (hostile or broken pages). */
const MAX_ELEMENTS = 30_000;
/** Deeper nesting than this is a hostile or broken page; tree walks on it would take minutes. */
const MAX_DEPTH = 512;
/** An element that holds this many long paragraphs is article text, whatever its class says. */
const GUARD_LONG_PARAGRAPHS = 3;
/** A paragraph this long is prose, not a label or a button. */
const LONG_PARAGRAPH_CHARS = 150;
/** A page whose body has fewer words than this has no article in it. */
const MIN_ARTICLE_WORDS = 25;
/** The longest paragraph of an article has at least this many words. */
const MIN_PARAGRAPH_WORDS = 12;
/** Readability's threshold for a successful parse; news pages with short bodies are common. */
const READABILITY_CHAR_THRESHOLD = 250;

/** Leading paragraphs this short and unpunctuated are section labels. */
const MAX_LABEL_WORDS = 4;

/** Block-level tags: each starts a new paragraph in the body text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);
/** Tags whose text never belongs in the body. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);

const FURNITURE_TOKENS = new Set(FURNITURE_CLASS_TOKENS.map((t) => t.token));
const isFurnitureToken = (t: string): boolean => FURNITURE_TOKENS.has(t);
/** Some furniture word occurs in the attribute: a cheap test before it is split into words. */
const FURNITURE_HINT = new RegExp([...FURNITURE_TOKENS].join('|'), 'i');
/** Either hint, in one scan of the attribute: the blocks' walk asks it of every element in the article. */
const ANY_FURNITURE_HINT = new RegExp(`${FURNITURE_CLASS_HINT.source}|${FURNITURE_HINT.source}`, 'i');

function longParagraphs(el: Element, stopAt = Infinity): number {
  let n = 0;
  for (const p of nodes(el.getElementsByTagName('p'))) {
    if (normalizeSpace(p.textContent ?? '').length >= LONG_PARAGRAPH_CHARS && ++n >= stopAt) break;
  }
  return n;
}

/** Tags of FURNITURE_ELEMENTS, for a lookup per element. */
const FURNITURE_TAGS = new Set(FURNITURE_ELEMENTS.flatMap((e) => e.tags ?? []));
/** Code and embeds: dropped even when they hold long paragraphs (a script's text is not prose). */
const STRUCTURAL_TAGS = new Set(FURNITURE_ELEMENTS[0].tags);

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Removes page furniture before readability scores the page: every element of `page` is tested. */
function removeFurniture(doc: Document, { all, tags, names }: PageElements): void {
  // Counted only when a comment section or sidebar asks for it: most pages never do.
  let pageLong = -1;
  // A comment section or sidebar goes whatever it holds, unless it holds most of the page's
  // prose: then it is a wrapper ("has-sidebar", an opinion piece tagged "comment").
  const holdsArticle = (el: Element): boolean => {
    const n = longParagraphs(el);
    if (n < GUARD_LONG_PARAGRAPHS) return false;
    if (pageLong < 0) pageLong = longParagraphs(doc.body);
    return n >= pageLong / 2;
  };
  // Whether an element is still in the page is asked last: linkedom walks up to the document to answer.
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const tag = tags[i];
    if (!(FURNITURE_TAGS.has(tag) || isHidden(el)) || !el.isConnected) continue;
    // A figure that holds a table is data ("<figure><table>…</table><figcaption>Source: …"), and its caption
    // says whose figures they are: both stay; a photo's figure and caption still go.
    if ((tag === 'FIGURE' || tag === 'FIGCAPTION') && !isHidden(el) && (tag === 'FIGURE' ? el : el.parentElement)?.getElementsByTagName('table').length) continue;
    if (STRUCTURAL_TAGS.has(tag) || longParagraphs(el, GUARD_LONG_PARAGRAPHS) < GUARD_LONG_PARAGRAPHS) el.remove();
  }
  for (let i = 0; i < all.length; i++) {
    const attr = names[i];
    const tag = tags[i];
    if (!attr || tag === 'BODY' || tag === 'HTML' || !FURNITURE_HINT.test(attr)) continue;
    const el = all[i];
    if (!el.isConnected) continue;
    const tokens = classTokens(attr);
    const hits = tokens.filter((t) => FURNITURE_TOKENS.has(t));
    if (!hits.length) continue;
    if (hits.some((t) => ALWAYS_DROP_TOKENS.has(t)) ? !holdsArticle(el) : longParagraphs(el, GUARD_LONG_PARAGRAPHS) < GUARD_LONG_PARAGRAPHS) {
      el.remove();
    }
  }
}

/** A superscript that marks a note: a number, a letter or a sign, bracketed or not ("1", "[3]", "a", "*"). */
const NOTE_MARK = /^\[?(?:\d{1,3}|[a-z]|[*†‡§¶])\]?$/i;
/** A note's number in brackets glued to the word or stop before it ("2 April.[3]", "killed[12]"): a reference, not text. */
const NOTE_REFERENCE = /(?<=[\p{L}\d.,;:)”"’'])\[(?:\d{1,3}|[a-z]|note\s\d{1,3}|citation needed)\]/giu;
/** Before a superscript 2 or 3 that is a unit's power: "km²", "m³". */
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:km|m|mi|ft|sq)\s?$/u;

/**
 * Drops the superscripts that mark notes, and writes a unit's power as its character: a
 * note mark glued to the text made "40<sup>3</sup> people" read as 403 and "2024.<sup>1</sup>"
 * as the number 2024.1.
 */
function dropNoteMarks({ all, tags }: PageElements): void {
  for (let i = 0; i < all.length; i++) {
    if (tags[i] !== 'SUP') continue;
    const el = all[i];
    const text = (el.textContent ?? '').trim();
    if (!NOTE_MARK.test(text) || !el.isConnected) continue;
    const before = el.previousSibling?.nodeType === 3 ? el.previousSibling.textContent ?? '' : '';
    const power = (text === '2' || text === '3') && UNIT_BEFORE.test(before);
    if (power) el.replaceWith(el.ownerDocument.createTextNode(text === '2' ? '²' : '³'));
    else el.remove();
  }
}

/** Comments, CDATA sections, processing instructions and document types. */
const MARKUP_NODE_TYPES = new Set([4, 7, 8, 10]);

/**
 * Drops the nodes inside the page that hold no text: comments, CDATA sections,
 * processing instructions and stray document types. Readability serialises the body
 * and parses it again when its first reading finds too little text. A comment's text
 * can hold "-->" and "<!DOCTYPE …" (an unclosed `<![CDATA[` is read as a comment), so
 * the second parse met a document type inside the body, which linkedom misplaces: moving
 * nodes after that never ended.
 *
 * Returns every element of the page in document order, as `querySelectorAll('*')` would:
 * the same walk serves both, and every later scan reads that list.
 */
function dropMarkupNodes(doc: Document): PageElements {
  const all: Element[] = [];
  const root = doc.documentElement;
  // The document's own children by list: linkedom gives a document type no next sibling.
  for (const top of nodes(doc.childNodes)) {
    if (top.nodeType !== 1) continue;
    all.push(top as Element);
    // Nodes outside the root element (a document type, a comment before <html>) stay.
    const inside = top === root;
    let node: Node | null = top.firstChild;
    while (node) {
      if (inside && MARKUP_NODE_TYPES.has(node.nodeType)) {
        // A document type has no next sibling in linkedom: its parent's list says what follows it.
        const next = node.nodeType === 10 || node.nodeType === 7 ? siblingByList(node) ?? nextOutside(node.parentNode!, top) : nextOutside(node, top);
        node.parentNode!.removeChild(node);
        node = next;
        continue;
      }
      if (node.nodeType === 1) all.push(node as Element);
      node = nextInTree(node, top);
    }
  }
  return pageElements(all);
}

function siblingByList(node: Node): Node | null {
  const siblings = nodes(node.parentNode!.childNodes);
  return siblings[siblings.indexOf(node as ChildNode) + 1] ?? null;
}

/** A block of the page with what the furniture signals and the liveblog reader need. */
interface PageBlock extends Block {
  /** The `datetime` of a `<time>` inside the block: a liveblog entry's stamp, or the page's date. */
  datetime: string | null;
}

const NO_TOKENS: readonly string[] = [];

/** Class/id words an element passes to the blocks inside it, unless it wraps the article's prose. */
function passedTokens(el: Element): readonly string[] {
  const attr = classAndId(el);
  // Only furniture words are read from the tokens; an attribute without one passes none.
  if (attr.length < 3 || !ANY_FURNITURE_HINT.test(attr)) return NO_TOKENS;
  const tokens = classTokens(attr);
  if (!tokens.length || !tokens.some(isFurnitureToken)) return tokens;
  return longParagraphs(el, GUARD_LONG_PARAGRAPHS) >= GUARD_LONG_PARAGRAPHS ? tokens.filter((t) => !isFurnitureToken(t)) : tokens;
}

/**
 * Walks a container and returns its text blocks in reading order, each with the class words
 * around it, its share of link text and any `<time datetime>` in it. `<br><br>` splits a block.
 */
function blocksOf(root: Node): PageBlock[] {
  const out: PageBlock[] = [];
  let buffer = '';
  let linkChars = 0;
  let inline: string[] = [];
  let datetime: string | null = null;
  let cell = false;
  let data: DataTable | null = null;
  const flush = (tokens: readonly string[]): void => {
    // Every block element flushes before and after its content, so most flushes find nothing.
    if (buffer) {
      const parts = buffer.includes('\n') ? buffer.split(/\n\s*\n/) : [buffer];
      const share = linkChars ? linkChars / (buffer.length - spaces(buffer)) : 0;
      for (const part of parts) {
        const t = normalizeSpace(part.includes('[') ? part.replace(NOTE_REFERENCE, '') : part);
        if (t) out.push({ text: t, tokens: inline.length ? [...tokens, ...inline] : tokens, linkShare: Math.min(1, share), datetime, cell });
      }
      buffer = '';
      linkChars = 0;
    }
    if (inline.length) inline = [];
    datetime = null;
  };
  const walk = (node: Node, tokens: readonly string[], inLink: boolean, inTable: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        // A line break in the page's source is a space as the browser shows it; only <br> breaks a line
        // (so "<br>" and a source line break after it are no paragraph break).
        const raw = child.textContent ?? '';
        const t = raw.includes('\n') ? raw.replace(/\r?\n/g, ' ') : raw;
        buffer += t;
        if (inLink) linkChars += t.length - spaces(t);
      } else if (type === 1) {
        const el = child as Element;
        // linkedom upper-cases the name on every read of tagName.
        const tag = el.tagName;
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') {
          buffer += '\n';
        } else if (tag === 'TABLE' && !inTable && (data = readDataTable(el))) {
          // A data table: its caption, then a paragraph per row (tables.ts).
          flush(tokens);
          const own = passedTokens(el);
          const inner = own.length ? [...tokens, ...own] : tokens;
          if (data.caption) out.push({ text: data.caption, tokens: inner, linkShare: 0, datetime: null, cell: true });
          for (const row of data.rows) out.push({ text: row.text, tokens: inner, linkShare: row.linkShare, datetime: null, cell: true });
        } else if (BLOCK_TAGS.has(tag)) {
          cell = inTable;
          flush(tokens);
          const own = passedTokens(el);
          const inner = own.length ? [...tokens, ...own] : tokens;
          const table = inTable || tag === 'TABLE';
          cell = table;
          walk(el, inner, inLink, table);
          cell = table;
          flush(inner);
          cell = inTable;
        } else {
          const own = passedTokens(el);
          if (own.length) inline.push(...own);
          if (tag === 'TIME') datetime ??= el.getAttribute('datetime');
          walk(el, tokens, inLink || tag === 'A', inTable);
        }
      }
    }
  };
  walk(root, [], false, false);
  flush([]);
  return out;
}

/** How many characters of `s` are whitespace, as `\s` counts them, without a list of the matches. */
function spaces(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && isWideSpace(c))) n++;
  }
  return n;
}

/** Elements with no content and no end tag. */
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is raw text up to their end tag (no tags inside). */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
/** Elements a new one of the same name closes: `<p>a<p>b` is two siblings, not nested. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
/** The end tag of each raw-text element, built once: a page has several (title, scripts, styles). */
const RAW_TEXT_CLOSERS = new Map([...RAW_TEXT_TAGS].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/** A letter that can start a tag name. */
function isTagStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A character of a tag name after its first: a letter, a digit, `:` or `-`. */
function isTagChar(c: number): boolean {
  return isTagStart(c) || (c >= 48 && c <= 58) || c === 45;
}

/**
 * A linear scan of the markup for its element count and nesting depth, stopping as soon as
 * either is over the limit. Approximate (no full tree construction) but never slow. Tag
 * names are read by character code: a match object per tag made this scan the reader's
 * largest source of garbage.
 */
export function prescan(html: string): { elements: number; depth: number } {
  const stack: string[] = [];
  let elements = 0;
  let depth = 0;
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const close = html.charCodeAt(i + 1) === 47; // "/"
    const start = close ? i + 2 : i + 1;
    if (!isTagStart(html.charCodeAt(start))) {
      i++;
      continue;
    }
    let stop = start + 1;
    while (isTagChar(html.charCodeAt(stop))) stop++;
    const name = html.slice(start, stop).toLowerCase();
    const end = html.indexOf('>', stop);
    if (end < 0) break;
    if (close) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else {
      if (++elements > MAX_ELEMENTS) break;
      if (RAW_TEXT_TAGS.has(name)) {
        const closer = RAW_TEXT_CLOSERS.get(name)!;
        closer.lastIndex = end + 1;
        const found = closer.exec(html);
        i = found ? found.index : html.length;
        continue;
      }
      if (!VOID_TAGS.has(name) && html[end - 1] !== '/') {
        if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
        stack.push(name);
        if (stack.length > depth && (depth = stack.length) > MAX_DEPTH) break;
      }
    }
    i = end + 1;
  }
  return { elements, depth };
}

/** True once the blocks hold `n` words: counting stops there. */
function hasWords(blocks: readonly Block[], n: number): boolean {
  let total = 0;
  for (const b of blocks) if ((total += letterWords(b.text, n - total)) >= n) return true;
  return false;
}

/** Readability's pick of the article container, or null when it finds none. */
function readabilityContainer(doc: Document): Element | null {
  const reader = new Readability<Element>(doc, {
    maxElemsToParse: MAX_ELEMENTS,
    charThreshold: READABILITY_CHAR_THRESHOLD,
    serializer: (node: Node) => node as Element,
    // Class words are furniture signals for the blocks inside the container.
    keepClasses: true,
    disableJSONLD: true,
  });
  return reader.parse()?.content ?? null;
}

/** A few words with no sentence punctuation: a label, not prose. */
function isLabel(p: string): boolean {
  return p.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.!?:;"”]$/.test(p) && !/\d/.test(p);
}

function normText(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** How many leading characters of a block are compared before it is normalised in full. */
const REPEAT_PROBE_CHARS = 4;

/**
 * A test for blocks that repeat the title or the standfirst; each is normalised once, and
 * only blocks of its length are compared. A block that opens with ASCII letters or digits
 * keeps them, lower-cased, at the start of its normal form, so a block whose opening no
 * normal form shares is told apart without the Unicode pass over it.
 */
function repeats(...texts: Array<string | null>): (block: string) => boolean {
  const norms = texts.filter((t): t is string => !!t).map(normText);
  if (!norms.length) return () => false;
  const longest = Math.max(0, ...texts.map((t) => (t ? t.length : 0)));
  return (block) => {
    if (block.length > longest * 2 + 10) return false;
    let k = 0;
    while (k < REPEAT_PROBE_CHARS && k < block.length && isAsciiAlnum(block.charCodeAt(k))) k++;
    if (k) {
      const probe = block.slice(0, k).toLowerCase();
      if (!norms.some((n) => n.startsWith(probe))) return false;
    }
    return norms.includes(normText(block));
  };
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The parsed page with its metadata and related links read, then its furniture, related
 * boxes, headline and dek taken out: what readability, or the fallback, reads.
 */
function cleanedPage(html: string, opts: { url?: string | null; origin: string }): { doc: Document; meta: PageMeta; related: RelatedLink[] } {
  let doc: Document;
  try {
    doc = parseHTML(html).document as unknown as Document;
  } catch (err) {
    throw new InputError(`${opts.origin}: could not parse the HTML (${(err as Error).message})`, { cause: err });
  }
  if (!bodyOf(doc)) throw new InputError(`${opts.origin}: no HTML body found`);
  // One list of the page's elements serves every scan below: each selector query costs a compilation and a walk.
  const page = dropMarkupNodes(doc);
  const meta = readMetadata(doc, opts.url ?? null, page);
  const related = takeRelatedLinks(doc, meta.url ?? opts.url ?? null, page);
  // The headline and dek are taken out before readability so they do not start the body.
  const headline = meta.titleElement;
  const dek = meta.subtitleElement;
  removeFurniture(doc, page);
  dropNoteMarks(page);
  if (headline?.isConnected) headline.remove();
  if (dek?.isConnected) dek.remove();
  return { doc, meta, related };
}

export function parseHtml(html: string, opts: { url?: string | null; published?: string | null; origin: string }): Article {
  return readingOnePage(() => readPage(html, opts));
}

function readPage(html: string, opts: { url?: string | null; published?: string | null; origin: string }): Article {
  // Hostile pages are refused before the DOM is built: building it is what takes the time.
  const shape = prescan(html);
  if (shape.elements > MAX_ELEMENTS) {
    throw new InputError(`${opts.origin}: the page has over ${MAX_ELEMENTS} elements, more than a news article could need`);
  }
  if (shape.depth > MAX_DEPTH) {
    throw new InputError(`${opts.origin}: the page nests elements over ${MAX_DEPTH} deep, more than a news article could need`);
  }
  const { doc, meta, related } = cleanedPage(html, opts);
  const pageBody = bodyOf(doc);
  if (!pageBody) throw new InputError(`${opts.origin}: no article text found (the page is only furniture)`);
  // Readability changes the document it reads, so the fallback (the whole cleaned page) comes
  // from a second, cleaned parse; it is needed on few pages, and a walk of every page's
  // body to keep it ready cost more than the second parse costs those few.
  const fallback = (): PageBlock[] => {
    const again = bodyOf(cleanedPage(html, opts).doc);
    return again ? blocksOf(again) : [];
  };
  let paragraphs: PageBlock[];
  try {
    const container = readabilityContainer(doc);
    paragraphs = container ? blocksOf(container) : [];
    if (!hasWords(paragraphs, MIN_ARTICLE_WORDS)) paragraphs = fallback();
  } catch (err) {
    if (err instanceof RangeError) throw new InputError(`${opts.origin}: the page is nested too deeply to read`, { cause: err });
    // Readability refuses some broken pages outright; the cleaned page itself is the fallback.
    paragraphs = fallback();
  }

  const published = meta.published ?? opts.published ?? null;
  const repeated = repeats(meta.title, meta.subtitle);
  const candidates = paragraphs.filter((p) => !repeated(p.text));
  // A liveblog's stamps leave the body before the furniture is scored: they are its entries' times.
  const live = splitEntries(candidates, published, meta.dateOrder);
  // Entries are read only on a liveblog; other pages' blocks go as they are, uncopied.
  const blocks: Array<PageBlock & { entry?: number }> = keepBody<PageBlock & { entry?: number }>(live?.blocks ?? candidates, meta.outlet);
  // Section labels and kickers ("Ukraine war") left above the first sentence are not body text.
  while (blocks.length > 1 && isLabel(blocks[0].text)) blocks.shift();
  const body = blocks.map((b) => b.text);
  const text = body.join('\n\n');
  // Link lists and menus have words but no sentences: an article has at least one real paragraph.
  if (!body.some((p) => letterWords(p, MIN_PARAGRAPH_WORDS) >= MIN_PARAGRAPH_WORDS) || !hasWords(blocks, MIN_ARTICLE_WORDS)) {
    throw new InputError(`${opts.origin}: no article text found in the page (${letterWords(text)} words of body text); expected a news article page`);
  }

  // A meta description that repeats the lead is not a standfirst.
  let subtitle = meta.subtitle;
  if (subtitle && !meta.subtitleElement) {
    const probe = normalizeSpace(subtitle.replace(/(\.\.\.|…)$/, '')).slice(0, 80);
    if (probe && text.includes(probe)) subtitle = null;
  }

  const article: Article = {
    title: meta.title ?? '',
    subtitle,
    published,
    outlet: meta.outlet,
    url: meta.url,
    text,
    related,
  };
  if (live) article.entries = entryRanges(blocks as Array<PageBlock & { entry: number }>, live.stamps);
  return article;
}

/** linkedom's body getter throws once a page has lost its root element ("<figure></figure>" after cleanup). */
function bodyOf(doc: Document): HTMLElement | null {
  try {
    return doc.documentElement ? doc.body : null;
  } catch {
    return null;
  }
}
