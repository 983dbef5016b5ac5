/**
 * Article metadata from a parsed page, each field from the most reliable source first:
 *
 * - title:     og:title, twitter:title, JSON-LD headline, the page's h1, `<title>` minus the site
 * - subtitle:  the dek element under the h1 (class dek/standfirst/summary/lede…, or an h2 right
 *              after it), then og:description / description when it does not repeat the lead
 * - published: article:published_time and its cousins, JSON-LD datePublished, `<time datetime>`,
 *              a visible date line ("Posted on February 27, 2025")
 * - outlet:    og:site_name, JSON-LD publisher, application-name, the `<title>` suffix
 * - url:       link rel=canonical, og:url, JSON-LD url/mainEntityOfPage, the fetched URL
 *
 * Watch out for: og:title carrying the site suffix ("… | Outlet"); "Updated" dates next to
 * "Published" ones; JSON-LD in @graph arrays or as a list; relative canonical links.
 */
import { classTokens } from './boilerplate.js';
import { parseDate } from './dates.js';
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
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
];
/** JSON-LD types that describe the article itself. */
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|WebPage|Report)$/;
/** Class words of the dek/standfirst under a headline. */
const DEK_TOKENS = new Set(['dek', 'deck', 'standfirst', 'subtitle', 'subheadline', 'subhead', 'summary', 'excerpt', 'lede', 'lead', 'intro', 'strapline', 'teaser', 'abstract', 'description']);
/** Joined class words that name a dek ("view_sub_tit", "sub-title"). */
const DEK_JOINED = /subtit|subhead|standfirst/;
/** A dek is a sentence or two; longer blocks are the body. */
const MAX_DEK_CHARS = 600;
/** How many elements after the h1 may hold the dek (kicker, byline and share rows sit between). */
const DEK_LOOKAHEAD = 6;
/** Class words of elements that hold a visible date line. */
const DATE_TOKENS = new Set(['date', 'time', 'posted', 'published', 'pubdate', 'timestamp', 'dateline', 'byline', 'meta', 'info', 'datetime']);
/** Separators between a headline and the site name in `<title>`. */
// The look-behind starts a try only at the first space of a run, keeping the scan linear.
const TITLE_SEPARATORS = /(?<!\s)\s+[|\-–—:·•»]{1,2}\s+/;
/** A site name is short; longer `<title>` segments are headline text. */
const MAX_OUTLET_WORDS = 6;

function metaContent(doc: Document, key: string): string | null {
  const el =
    doc.querySelector(`meta[property="${key}"]`) ??
    doc.querySelector(`meta[name="${key}"]`) ??
    doc.querySelector(`meta[itemprop="${key}"]`);
  const v = el?.getAttribute('content');
  return v && normalizeSpace(v) ? normalizeSpace(v) : null;
}

function metaContentCaseless(doc: Document, key: string): string | null {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (name === key.toLowerCase()) {
      const v = normalizeSpace(el.getAttribute('content') ?? '');
      if (v) return v;
    }
  }
  return null;
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
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
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
  return classTokens(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** The headline element: the h1 whose text matches the meta title, else the first h1 with text. */
function findHeadline(doc: Document, metaTitle: string | null): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => textOf(h));
  if (metaTitle) {
    const exact = h1s.find((h) => textOf(h) === metaTitle);
    if (exact) return exact;
  }
  return h1s.find((h) => !tokensOf(h).some((t) => t === 'logo' || t === 'site' || t === 'brand')) ?? null;
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

function isDek(el: Element): boolean {
  const tokens = tokensOf(el);
  return tokens.some((t) => DEK_TOKENS.has(t)) || DEK_JOINED.test(tokens.join(''));
}

function findDek(headline: Element | null): Element | null {
  if (!headline) return null;
  for (const el of following(headline, DEK_LOOKAHEAD)) {
    const text = textOf(el);
    if (!text || text.length > MAX_DEK_CHARS) continue;
    if (el.tagName === 'H2' && el.previousElementSibling === headline) return el;
    if (isDek(el)) return el;
    const inner = Array.from(el.querySelectorAll('*')).find((c) => isDek(c) && textOf(c));
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

function visibleDate(doc: Document, headline: Element | null): string | null {
  const candidates: Array<{ text: string; published: boolean }> = [];
  const scope = headline ? [headline, ...following(headline, 40)] : Array.from(doc.querySelectorAll('body *')).slice(0, 400);
  for (const el of scope) {
    const els = [el, ...Array.from(el.querySelectorAll('*'))];
    for (const e of els) {
      const tokens = tokensOf(e);
      if (e.tagName !== 'TIME' && !tokens.some((t) => DATE_TOKENS.has(t))) continue;
      const text = textOf(e);
      if (!text || text.length > 200) continue;
      candidates.push({ text, published: !/\b(updated|modified)\b/i.test(text) });
    }
  }
  for (const c of [...candidates.filter((c) => c.published), ...candidates]) {
    const d = parseDate(c.text.replace(/^.*?\b(published|posted)\b/i, ''));
    if (d) return d;
  }
  return null;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

export function readMetadata(doc: Document, pageUrl: string | null): PageMeta {
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
  const rawTitle = textOf(doc.querySelector('title'));
  const parts = titleParts(rawTitle, metaTitle ?? (headline ? textOf(headline) : null));

  const outlet = siteName ?? parts.site;
  let title = metaTitle ? stripSiteSuffix(metaTitle, outlet) : headline ? textOf(headline) : parts.head || null;
  if (title && outlet && title === outlet && headline) title = textOf(headline);
  // og:title sometimes carries more than the headline ("… | Author Name"): the visible h1
  // wins when it is the meta title minus such a suffix.
  const h1 = headline ? textOf(headline) : '';
  if (title && h1 && title !== h1 && title.startsWith(h1) && /^\s*[|\-–—:·•»]/.test(title.slice(h1.length))) title = h1;

  const dek = findDek(headline);
  const subtitle = dek ? textOf(dek) : metaContent(doc, 'og:description') ?? metaContent(doc, 'description') ?? ldField('description');

  let published: string | null = null;
  for (const key of PUBLISHED_META) {
    published = parseDate(metaContentCaseless(doc, key));
    if (published) break;
  }
  published ??= parseDate(ldField('datePublished'));
  if (!published) {
    const times = Array.from(doc.querySelectorAll('time[datetime]'));
    const preferred = times.find((t) => t.hasAttribute('pubdate') || /publish/i.test(t.getAttribute('itemprop') ?? '')) ?? times[0];
    published = parseDate(preferred?.getAttribute('datetime'));
  }
  published ??= visibleDate(doc, headline);

  const canonical =
    resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, pageUrl) ??
    resolveUrl(metaContent(doc, 'og:url'), pageUrl) ??
    resolveUrl(ldField('url') ?? ldField('mainEntityOfPage'), pageUrl) ??
    pageUrl;

  return {
    title,
    subtitle: subtitle || null,
    subtitleElement: dek,
    titleElement: headline,
    published,
    outlet,
    url: canonical && /^https?:/i.test(canonical) ? canonical : pageUrl,
  };
}
