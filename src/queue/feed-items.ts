/**
 * Feeds, as far as the queue needs them: is this page a feed, and which article links
 * does it list. RSS 2.0, RSS 1.0 (RDF) and Atom.
 *
 * Watch out for: relative links (resolved against the feed's URL), Atom entries with
 * several links (the `alternate` one, or the one without `rel`, is the article),
 * a feed of one item (the XML parser gives an object, not an array), entity-expansion
 * bombs (entity processing is off).
 */
import { XMLParser } from 'fast-xml-parser';

/** What a feed looks like in its first bytes, whatever its content type says. */
const FEED_SNIFF = /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?<root>rss|feed|rdf:RDF)\b/i;
/** Content types that only feeds use. */
const FEED_CONTENT_TYPE = /^application\/(?:rss|atom|rdf)\+xml\b/i;
/** How much of the body the sniff reads: a prologue and comments, not the whole feed. */
const SNIFF_BYTES = 2_048;

export interface FeedLike {
  bytes: Buffer;
  contentType: string | null;
}

export function isFeed(raw: FeedLike): boolean {
  if (raw.contentType && FEED_CONTENT_TYPE.test(raw.contentType)) return true;
  return FEED_SNIFF.test(raw.bytes.subarray(0, SNIFF_BYTES).toString('utf8'));
}

type Node = Record<string, unknown>;

/** The XML built-ins, decoded by hand because entity processing (DTD entities included) is off. */
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(?:#x(?<hex>[0-9a-f]+)|#(?<dec>[0-9]+)|(?<name>amp|lt|gt|quot|apos));/gi;

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, ...args) => {
    const g = args.at(-1) as { hex?: string; dec?: string; name?: string };
    if (g.name) return XML_ENTITIES[g.name.toLowerCase()] ?? whole;
    const code = g.hex ? parseInt(g.hex, 16) : Number(g.dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (isNode(v) && typeof v['#text'] === 'string') return v['#text'].trim() || null;
  return null;
}

function atomLink(entry: Node): string | null {
  const links = asArray(entry.link).filter(isNode);
  const best = links.find((l) => l['@_rel'] === 'alternate') ?? links.find((l) => l['@_rel'] === undefined);
  const href = best?.['@_href'];
  return typeof href === 'string' ? href.trim() || null : null;
}

/** The article links a feed lists, absolute, de-duplicated, in feed order. */
export function feedLinks(raw: FeedLike, feedUrl: string): string[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    processEntities: false,
  });
  const doc = parser.parse(raw.bytes.toString('utf8')) as Node;
  const found: string[] = [];
  const rss = isNode(doc.rss) ? doc.rss : null;
  for (const channel of asArray(rss?.channel).filter(isNode)) {
    for (const item of asArray(channel.item).filter(isNode)) found.push(text(item.link) ?? text(item.guid) ?? '');
  }
  const rdf = isNode(doc.RDF) ? doc.RDF : null;
  for (const item of asArray(rdf?.item).filter(isNode)) found.push(text(item.link) ?? '');
  const atom = isNode(doc.feed) ? doc.feed : null;
  for (const entry of asArray(atom?.entry).filter(isNode)) found.push(atomLink(entry) ?? '');

  const out = new Set<string>();
  for (const link of found) {
    if (!link) continue;
    try {
      const url = new URL(decodeEntities(link), feedUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') out.add(url.href);
    } catch {
      // Not a URL: the item has no fetchable article.
    }
  }
  return [...out];
}
