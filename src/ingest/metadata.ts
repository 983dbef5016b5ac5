/**
 * Article metadata from a parsed page, each field from the most reliable source first:
 *
 * - title:     og:title, twitter:title, JSON-LD headline, the page's h1, `<title>` minus the site
 * - subtitle:  the dek element under the h1 (class dek/standfirst/summary/lede…, or an h2 right
 *              after it), then og:description / description when it does not repeat the lead
 * - published: article:published_time and its cousins, JSON-LD datePublished, `<time datetime>`,
 *              a date in the byline or dateline, a visible date line ("Sunday, 27 April 2025",
 *              "29.08.2025, 18:05"), the date in the canonical URL's path; published before
 *              updated at every step, day-first or month-first by the page's language
 * - outlet:    og:site_name, JSON-LD publisher, application-name, the `<title>` suffix
 * - url:       link rel=canonical, og:url, JSON-LD url/mainEntityOfPage, the fetched URL
 *
 * Watch out for: og:title carrying the site suffix ("… | Outlet"); "Updated" dates next to
 * "Published" ones; JSON-LD in @graph arrays or as a list; relative canonical links.
 */
import { classTokens } from './boilerplate.js';
import { dateFromUrl, dateLineParts, datelineDate, dateOrderOf, MAX_DATE_LINE_CHARS, parseDate, type DateOrder } from './dates.js';
import { classAndId, nodes, shortText, type PageElements } from './dom.js';
import { normalizeSpace } from './normalize.js';

export interface PageMeta {
  title: string | null;
  subtitle: string | null;
  /** The element the subtitle came from, so the body can leave it out. */
  subtitleElement: Element | null;
  /** The headline element, so the body can leave it out. */
  titleElement: Element | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** How the page writes numeric dates, from its language (undefined: unknown). */
  dateOrder: DateOrder | undefined;
}

/** Meta tags that carry the publication time, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  // Scholarly and think-tank pages (Highwire/Google Scholar tags).
  'citation_publication_date',
  'citation_online_date',
  'citation_date',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
];
/** JSON-LD types that describe the article itself. */
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|WebPage|Report)$/;
/** Class words of the dek/standfirst under a headline. */
const DEK_TOKENS = new Set(['dek', 'deck', 'standfirst', 'subtitle', 'subheadline', 'subhead', 'summary', 'excerpt', 'lede', 'lead', 'intro', 'strapline', 'teaser', 'abstract', 'description']);
/** Some dek word occurs in a class or id: a cheap test before it is split into words. */
const DEK_HINT = /de(?:c)?k|standfirst|sub|summary|excerpt|lede|lead|intro|strapline|teaser|abstract|description/i;
/** Joined class words that name a dek ("view_sub_tit", "sub-title"). */
const DEK_JOINED = /subtit|subhead|standfirst/;
/** A dek is a sentence or two; longer blocks are the body. */
const MAX_DEK_CHARS = 600;
/** How many elements after the h1 may hold the dek (kicker, byline and share rows sit between). */
const DEK_LOOKAHEAD = 6;
/** Class words of elements that hold a visible date line. */
const DATE_TOKENS = new Set(['date', 'time', 'posted', 'published', 'pubdate', 'timestamp', 'dateline', 'byline', 'meta', 'info', 'datetime']);
/** Meta tags that carry the last update: used only when nothing gives the publication date. */
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'];
/** Labels that say a date is the publication date. */
const PUBLISHED_LABEL = /\b(published|posted|first published|erschienen|publié)\b\s*(on|at)?\s*:?/i;
/** Labels that say a date is a later update. */
const UPDATED_LABEL = /\b(updated|last updated|modified|edited|aktualisiert|mis à jour)\b/i;
/** Raw text (before whitespace is folded) beyond which a block cannot be a date line. */
const MAX_SHORT_BLOCK_RAW = 2000;
/** How many elements after the headline may hold the byline or date line. */
const VISIBLE_DATE_LOOKAHEAD = 40;
/** Tags that hold no date line of their own. */
const SKIP_DATE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'OPTION', 'SELECT']);
/** Tags and class words of boxes about other pages: their dates belong to those pages. */
const OTHER_CONTENT_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER']);
const OTHER_CONTENT_TOKENS = new Set(['related', 'comment', 'comments', 'sidebar', 'widget', 'popular', 'trending', 'recent', 'teaser', 'card', 'footer', 'nav', 'menu', 'ticker']);
/**
 * Some OTHER_CONTENT_TOKENS word occurs in a class or id: a cheap test before it is split
 * into words, asked of every ancestor of every date. Unicode folding, as the split's
 * lower-casing turns the Kelvin sign into "k".
 */
const OTHER_CONTENT_HINT = new RegExp([...OTHER_CONTENT_TOKENS].join('|'), 'iu');
/** Some DATE_TOKENS word occurs in a class or id: a cheap test before it is split into words. */
const DATE_HINT = /date|time|posted|published|byline|meta|info|stamp/i;
/** Separators between a headline and the site name in `<title>`. */
// The look-behind starts a try only at the first space of a run, keeping the scan linear.
const TITLE_SEPARATORS = /(?<!\s)\s+[|\-–—:·•»]{1,2}\s+/;
/** A site name is short; longer `<title>` segments are headline text. */
const MAX_OUTLET_WORDS = 6;

/**
 * The page's meta tags by lower-cased property, name or itemprop, first one first. Read
 * once: a selector per key costs a selector compilation per key.
 */
const metaCache = new WeakMap<Document, Map<string, string>>();
function metaTags(doc: Document): Map<string, string> {
  let tags = metaCache.get(doc);
  if (tags) return tags;
  tags = new Map();
  for (const el of byTag(doc, 'META')) {
    const v = normalizeSpace(el.getAttribute('content') ?? '');
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, v);
    }
  }
  metaCache.set(doc, tags);
  return tags;
}

function metaContent(doc: Document, key: string): string | null {
  return metaTags(doc).get(key.toLowerCase()) ?? null;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Every JSON-LD object on the page that describes an article, in page order. */
function jsonLdArticles(doc: Document): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const type = node['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(node);
    if (node['@graph']) visit(node['@graph']);
  };
  for (const script of byTag(doc, 'SCRIPT')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  // Prefer real article types over a generic WebPage.
  return out.sort((a, b) => Number(a['@type'] === 'WebPage') - Number(b['@type'] === 'WebPage'));
}

function jsonString(v: Json | undefined): string | null {
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (Array.isArray(v)) return jsonString(v[0]);
  if (v && typeof v === 'object') return jsonString(v['name'] ?? v['@id'] ?? v['url']);
  return null;
}

function textOf(el: Element | null | undefined): string {
  return normalizeSpace(el?.textContent ?? '');
}

function tokensOf(el: Element): string[] {
  return classTokens(classAndId(el));
}

/** The headline element: the h1 whose text matches the meta title, else the first h1 with text. */
function findHeadline(doc: Document, metaTitle: string | null): Element | null {
  // Each h1's text is read once: textContent and its normalisation cost a walk and a copy.
  const h1s = byTag(doc, 'H1')
    .map((el) => ({ el, text: textOf(el) }))
    .filter((h) => h.text);
  if (metaTitle) {
    const exact = h1s.find((h) => h.text === metaTitle);
    if (exact) return exact.el;
  }
  return h1s.find((h) => !tokensOf(h.el).some((t) => t === 'logo' || t === 'site' || t === 'brand'))?.el ?? null;
}

/** Elements after `start` in document order (not its descendants), up to `limit`. */
function following(start: Element, limit: number): Element[] {
  const out: Element[] = [];
  let node: Element | null = start;
  while (node && out.length < limit) {
    let next: Element | null = node.nextElementSibling;
    let up: Element | null = node;
    while (!next && up?.parentElement) {
      up = up.parentElement;
      next = up.nextElementSibling;
    }
    if (!next) break;
    out.push(next);
    node = next;
  }
  return out;
}

/** The first element under `root` (not `root` itself) that passes `test`, in document order. */
function findDescendant(root: Element, test: (el: Element) => boolean): Element | null {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (test(el)) return el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return null;
}

/** `<link rel="canonical">`'s href. */
function canonicalHref(doc: Document): string | null {
  for (const link of byTag(doc, 'LINK')) {
    if (link.getAttribute('rel')?.trim().toLowerCase() === 'canonical') return link.getAttribute('href');
  }
  return null;
}

function isDek(el: Element): boolean {
  const attr = classAndId(el);
  if (!DEK_HINT.test(attr)) return false;
  // A "summary" box of bullet points under a heading (a live page's key points) is body,
  // not a standfirst: a standfirst is one short paragraph.
  if (el.querySelector('ul, ol, h2, h3, h4, h5, h6')) return false;
  const tokens = tokensOf(el);
  return tokens.some((t) => DEK_TOKENS.has(t)) || DEK_JOINED.test(tokens.join(''));
}

function findDek(headline: Element | null): Element | null {
  if (!headline) return null;
  for (const el of following(headline, DEK_LOOKAHEAD)) {
    // Bounded: the element after the headline is often the whole article body.
    const text = shortText(el, MAX_DEK_CHARS * 4);
    if (!text || text.length > MAX_DEK_CHARS) continue;
    if (el.tagName === 'H2' && el.previousElementSibling === headline) return el;
    if (isDek(el)) return el;
    const inner = findDescendant(el, (c) => isDek(c) && !!textOf(c));
    if (inner && textOf(inner).length <= MAX_DEK_CHARS) return inner;
    if (el.tagName === 'P' && text.length > 80) break; // the body has started
  }
  return null;
}

/** Splits `<title>` into headline and site name. */
function titleParts(raw: string, headline: string | null): { head: string; site: string | null } {
  const t = normalizeSpace(raw);
  if (headline && t.startsWith(headline) && t.length > headline.length) {
    const site = normalizeSpace(t.slice(headline.length).replace(/^\s*[|\-–—:·•»]{1,2}\s*/, ''));
    return { head: headline, site: site || null };
  }
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length > 1) {
    const last = parts[parts.length - 1];
    if (last.split(/\s+/).length <= MAX_OUTLET_WORDS) return { head: parts.slice(0, -1).join(' - '), site: last };
  }
  return { head: t, site: null };
}

function stripSiteSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
    if (title.endsWith(`${sep}${outlet}`)) return title.slice(0, -(sep.length + outlet.length));
  }
  return title;
}

/** A date this page states, and whether the page calls it an update. */
interface DateSeen {
  date: string;
  updated: boolean;
}

/** A date with its label: "Updated: …" alone is an update; "Published … Updated …" reads the published part. */
function labelledDate(text: string, order: DateOrder | undefined): DateSeen | null {
  const published = PUBLISHED_LABEL.exec(text);
  if (published) {
    const d = parseDate(text.slice(published.index + published[0].length), { order });
    if (d) return { date: d, updated: false };
  }
  const updated = UPDATED_LABEL.exec(text);
  const date = parseDate(text, { order });
  if (!date) return null;
  // "Updated" after the date labels a later one ("27 April 2025 · Updated 2 hours ago").
  const dateAt = text.search(/\d/);
  return { date, updated: !!updated && updated.index <= Math.max(dateAt, 0) };
}

/** Inside a box that is about other pages (related links, comments, navigation): its dates are not this article's. */
function inOtherContent(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (OTHER_CONTENT_TAGS.has(e.tagName)) return true;
    const attr = classAndId(e);
    if (attr && OTHER_CONTENT_HINT.test(attr) && classTokens(attr).some((t) => OTHER_CONTENT_TOKENS.has(t))) return true;
  }
  return false;
}

/**
 * Elements whose text is short enough to be a date line, in document order. One walk,
 * building text only while it stays short: reading textContent per element would read a
 * long page once per level of nesting.
 */
function shortBlocks(root: Element): Array<{ el: Element; text: string }> {
  const out: Array<{ el: Element; text: string }> = [];
  const walk = (el: Element): string | null => {
    let s = '';
    let long = false;
    const at = out.length;
    out.push({ el, text: '' });
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!long) s += child.textContent ?? '';
      } else if (child.nodeType === 1 && !SKIP_DATE_TAGS.has((child as Element).tagName)) {
        const t = walk(child as Element);
        if (t === null) long = true;
        else if (!long) s += ` ${t}`;
      }
      if (s.length > MAX_SHORT_BLOCK_RAW) long = true;
    }
    const text = long ? '' : normalizeSpace(s);
    out[at].text = text;
    return long || text.length > MAX_DATE_LINE_CHARS ? null : s;
  };
  walk(root);
  return out.filter((b) => b.text && b.text.length <= MAX_DATE_LINE_CHARS);
}

/**
 * The visible dates, most trusted first: a date in the byline or date elements near the
 * headline (class byline, date, meta…), then a block near it that is a date line of its
 * own ("Sunday, 27 April 2025", "29.08.2025, 18:05"), then such a line anywhere on the
 * page outside boxes about other pages, then the dateline of the first paragraph when it
 * carries a year ("KYIV, Dec 3, 2025 (Wire) -").
 */
function visibleDates(doc: Document, headline: Element | null, order: DateOrder | undefined): DateSeen[] {
  const body = bodyOf(doc);
  if (!body) return [];
  const out: DateSeen[] = [];
  const blocks = shortBlocks(body);
  const scope = headline ? [headline, ...following(headline, VISIBLE_DATE_LOOKAHEAD)] : [];
  // An element is near when it or an ancestor is in the scope: one walk up, not a walk per scope element.
  const inScope = new Set(scope);
  const near = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) if (inScope.has(e)) return true;
    return false;
  };
  const add = (text: string): void => {
    const d = labelledDate(text, order);
    if (d) out.push(d);
  };
  for (const { el, text } of blocks) {
    if ((el.tagName === 'TIME' || (DATE_HINT.test(classAndId(el)) && tokensOf(el).some((t) => DATE_TOKENS.has(t)))) && near(el) && !inOtherContent(el)) add(text);
  }
  // Each later step is read only when the earlier ones found no published date.
  const found = (): boolean => out.some((d) => !d.updated);
  if (found()) return out;
  // The date lines near the headline first; the others are read only when those give no published date.
  const isNear = blocks.map((b) => near(b.el));
  const addLines = (nearOnes: boolean): void => {
    for (let i = 0; i < blocks.length; i++) {
      if (isNear[i] !== nearOnes) continue;
      const parts = dateLineParts(blocks[i].text);
      if (parts.length && !inOtherContent(blocks[i].el)) parts.forEach(add);
    }
  };
  addLines(true);
  if (found()) return out;
  addLines(false);
  if (found()) return out;
  const lead = byTag(doc, 'P').find((p) => textOf(p).length > 80);
  const dateline = lead ? datelineDate(textOf(lead), order) : null;
  if (dateline) out.push({ date: dateline, updated: false });
  return out;
}

/** linkedom's body getter throws once a page has lost its root element. */
function bodyOf(doc: Document): HTMLElement | null {
  try {
    return doc.documentElement ? doc.body : null;
  } catch {
    return null;
  }
}

/** `<time datetime>` elements outside boxes about other pages: published ones first, updates last. */
function timeElementDates(doc: Document, order: DateOrder | undefined): DateSeen[] {
  const out: DateSeen[] = [];
  for (const t of byTag(doc, 'TIME')) {
    if (!t.hasAttribute('datetime') || inOtherContent(t)) continue;
    const date = parseDate(t.getAttribute('datetime'), { order });
    if (!date) continue;
    const prop = t.getAttribute('itemprop') ?? '';
    const context = `${prop} ${tokensOf(t).join(' ')} ${textOf(t.parentElement).slice(0, 80)}`;
    const published = t.hasAttribute('pubdate') || /publish|created/i.test(prop);
    out.push({ date, updated: !published && /modif|updat/i.test(context) });
    if (published) out.unshift(out.pop()!);
  }
  return out;
}

/** The page's language, for telling 04/05 (4 May) from 04/05 (April 5). */
function pageLanguage(doc: Document): string | null {
  return (
    doc.documentElement?.getAttribute('lang') ||
    metaContent(doc, 'og:locale') ||
    metaContent(doc, 'content-language') ||
    null
  );
}

/**
 * The publication date, in order of trust: meta tags and JSON-LD, `<time datetime>`, the
 * byline or dateline, a visible date line, the date in the canonical URL's path. At each
 * step a published date beats an updated one; an update is used only when nothing says
 * when the page was published, and then the latest-trusted one is still the first found.
 */
function publishedDate(
  doc: Document,
  headline: Element | null,
  urls: Array<string | null>,
  ldField: (k: string) => string | null,
  order: DateOrder | undefined,
): string | null {
  for (const key of PUBLISHED_META) {
    const d = parseDate(metaContent(doc, key), { order });
    if (d) return d;
  }
  const ld = parseDate(ldField('datePublished') ?? ldField('dateCreated'), { order });
  if (ld) return ld;
  // The visible dates are read only when no <time> gives a published one: they cost a walk of the page.
  const seen = timeElementDates(doc, order);
  const published = seen.find((d) => !d.updated) ?? (seen.push(...visibleDates(doc, headline, order)), seen.find((d) => !d.updated));
  if (published) return published.date;
  for (const url of urls) {
    const d = dateFromUrl(url);
    if (d) return d;
  }
  if (seen.length) return seen[0].date;
  for (const key of MODIFIED_META) {
    const d = parseDate(metaContent(doc, key), { order });
    if (d) return d;
  }
  return parseDate(ldField('dateModified'), { order });
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * The page's elements by tag name, indexed once per reading from the list of all of them:
 * a getElementsByTagName per tag walked the whole page each time. Only valid while the
 * page is read here, before anything is removed from it.
 */
const tagIndex = new WeakMap<Document, Map<string, Element[]>>();
const NONE: readonly Element[] = [];
function byTag(doc: Document, tag: string): readonly Element[] {
  const index = tagIndex.get(doc);
  // A tag missing from the index is missing from the page: no walk of the page to find none.
  return index ? (index.get(tag) ?? NONE) : nodes(doc.getElementsByTagName(tag.toLowerCase()));
}
function indexTags(doc: Document, { all, tags }: PageElements): void {
  const index = new Map<string, Element[]>();
  for (let i = 0; i < all.length; i++) {
    const list = index.get(tags[i]);
    if (list) list.push(all[i]);
    else index.set(tags[i], [all[i]]);
  }
  tagIndex.set(doc, index);
}

/** The page's metadata. `page` is every element of the page, in page order. */
export function readMetadata(doc: Document, pageUrl: string | null, page?: PageElements): PageMeta {
  if (page) indexTags(doc, page);
  try {
    return readMetadataIndexed(doc, pageUrl);
  } finally {
    tagIndex.delete(doc);
  }
}

function readMetadataIndexed(doc: Document, pageUrl: string | null): PageMeta {
  const ld = jsonLdArticles(doc);
  const ldField = (k: string): string | null => {
    for (const o of ld) {
      const v = jsonString(o[k]);
      if (v) return v;
    }
    return null;
  };

  const siteName = metaContent(doc, 'og:site_name') ?? ldField('publisher') ?? metaContent(doc, 'application-name');
  const metaTitle = metaContent(doc, 'og:title') ?? metaContent(doc, 'twitter:title') ?? ldField('headline');
  const headline = findHeadline(doc, metaTitle ? stripSiteSuffix(metaTitle, siteName) : null);
  const rawTitle = textOf(byTag(doc, 'TITLE')[0]);
  const headlineText = headline ? textOf(headline) : null;
  const parts = titleParts(rawTitle, metaTitle ?? headlineText);

  const outlet = siteName ?? parts.site;
  let title = metaTitle ? stripSiteSuffix(metaTitle, outlet) : headline ? headlineText : parts.head || null;
  if (title && outlet && title === outlet && headline) title = headlineText;
  // og:title sometimes carries more than the headline ("… | Author Name"): the visible h1
  // wins when it is the meta title minus such a suffix.
  const h1 = headlineText ?? '';
  if (title && h1 && title !== h1 && title.startsWith(h1) && /^\s*[|\-–—:·•»]/.test(title.slice(h1.length))) title = h1;

  const dek = findDek(headline);
  const subtitle = dek ? textOf(dek) : metaContent(doc, 'og:description') ?? metaContent(doc, 'description') ?? ldField('description');

  const canonical =
    resolveUrl(canonicalHref(doc), pageUrl) ??
    resolveUrl(metaContent(doc, 'og:url'), pageUrl) ??
    resolveUrl(ldField('url') ?? ldField('mainEntityOfPage'), pageUrl) ??
    pageUrl;

  const dateOrder = dateOrderOf(pageLanguage(doc));
  const published = publishedDate(doc, headline, [canonical, pageUrl], ldField, dateOrder);

  return {
    title,
    subtitle: subtitle || null,
    subtitleElement: dek,
    titleElement: headline,
    published,
    outlet,
    dateOrder,
    url: canonical && /^https?:/i.test(canonical) ? canonical : pageUrl,
  };
}
