/**
 * "Read also" / "Related" / "More on this" boxes: their links become `article.related` and
 * the boxes leave the page before the body is read.
 *
 * Handles: a container whose class names it (`related-coverage`, `dd-readalso`,
 * `tep-readmore`); a label element ("Read also:", "Related stories", "READ MORE") with the
 * links beside it or in the list after it; an inline paragraph "Read also: <a>…</a>".
 * Watch out for: "Most read" / "Most popular" lists (not about this article); a label whose
 * parent is the whole article body (only the list after the label is the box); a leading
 * "Related:" inside each link's text.
 */
import type { RelatedLink } from '../contract.js';
import { isRelatedClass, RELATED_LABEL, RELATED_TITLE_PREFIX, UNRELATED_LIST_LABEL } from './boilerplate.js';
import { nextInTree, nodes, pageElements, shortText, type PageElements } from './dom.js';
import { isWideSpace, normalizeSpace } from './normalize.js';

/** A related box is mostly links: at least this share of its text is link text. */
const MIN_LINK_SHARE = 0.6;
/** Tags that can carry a box's label. */
const LABEL_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SPAN', 'P', 'DIV', 'DT', 'LABEL', 'HEADER']);
/** A label is short. */
const MAX_LABEL_CHARS = 40;
/** Elements inside a label ("<p><strong>Read also</strong>: </p>"). */
const MAX_LABEL_CHILDREN = 2;
/** Every related-box class word holds one of these: a cheap test before the words are split. */
const RELATED_HINT = /related|read|also|more/i;
/** ...even counting the whitespace around it in the markup. */
const MAX_LABEL_RAW_CHARS = 400;

function textOf(node: Element | null | undefined): string {
  return normalizeSpace(node?.textContent ?? '');
}

function linkShare(box: Element, label: string): number {
  const all = Math.max(1, textOf(box).length - label.length);
  const links = nodes(box.getElementsByTagName('a')).reduce((n, a) => n + textOf(a).length, 0);
  return links / all;
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
  // With no base, an href without a colon has no scheme and `new URL` would throw, which
  // costs far more than the parse: the href stays as written either way.
  if (base === null && !href.includes(':')) return href;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}

/** The element that holds a label's links, or null when the label opens no link box. */
function boxOfLabel(label: Element): Element | null {
  const labelText = textOf(label);
  const parent = label.parentElement;
  if (parent && parent.getElementsByTagName('a').length && linkShare(parent, labelText) >= MIN_LINK_SHARE) return parent;
  const next = label.nextElementSibling;
  if (next && next.getElementsByTagName('a').length && linkShare(next, '') >= MIN_LINK_SHARE) return next;
  return null;
}

/** More than `n` child elements, counted no further: childElementCount builds the list of them all. */
function hasMoreChildren(el: Element, n: number): boolean {
  let count = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++count > n) return true;
  return false;
}

/** Every RELATED_LABEL wording starts with one of these letters (lower-cased by `| 0x20`): r, a, m, s, f, y. */
const LABEL_FIRST = new Set([0x72, 0x61, 0x6d, 0x73, 0x66, 0x79]);

/**
 * Whether the element's text, as normalizeSpace gives it, could start a label. Most
 * candidates are paragraphs of prose: one character tells them apart without gathering
 * their text.
 */
function mayStartLabel(el: Element): boolean {
  for (let node: Node | null = el.firstChild; node; node = nextInTree(node, el)) {
    if (node.nodeType !== 3) continue;
    const t = node.textContent ?? '';
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 32 || (c >= 9 && c <= 13) || c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || (c > 127 && isWideSpace(c))) continue;
      return LABEL_FIRST.has(c | 0x20);
    }
  }
  return false;
}

/** Tags of a box's heading. */
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG']);

/**
 * The box's first heading, as `box.querySelector('h2, h3, h4, h5, h6, strong, .label')`
 * finds it: a selector query compiles its selector on every call, which cost more than
 * the walk.
 */
function boxHeading(box: Element): Element | null {
  for (let node = nextInTree(box, box); node; node = nextInTree(node, box)) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (HEADING_TAGS.has(el.tagName) || (el.getAttributeNode('class')?.value ?? '').split(/[\t\n\f\r ]+/).includes('label')) return el;
  }
  return null;
}

/**
 * Finds the related-link boxes, returns their links and removes the boxes (and their labels)
 * from the document. `base` resolves relative links; `page` is every element of the page.
 */
export function takeRelatedLinks(doc: Document, base: string | null, page: PageElements = pageElements(nodes(doc.querySelectorAll('*')))): RelatedLink[] {
  const boxes = new Set<Element>();
  const extraRemovals: Element[] = [];
  const { all, tags, names } = page;
  for (let i = 0; i < all.length; i++) {
    const attr = names[i];
    const el = all[i];
    if (!attr || !RELATED_HINT.test(attr) || !isRelatedClass(attr) || !el.getElementsByTagName('a').length) continue;
    if (linkShare(el, '') < MIN_LINK_SHARE) continue;
    boxes.add(el);
  }
  for (let i = 0; i < all.length; i++) {
    const label = all[i];
    // A label is a word or three, perhaps inside a <strong>: an element with more children is not one.
    if (!LABEL_TAGS.has(tags[i]) || hasMoreChildren(label, MAX_LABEL_CHILDREN) || !mayStartLabel(label)) continue;
    const text = shortText(label, MAX_LABEL_RAW_CHARS);
    if (!text || text.length > MAX_LABEL_CHARS || !RELATED_LABEL.test(text)) continue;
    const link = label.getElementsByTagName('a')[0];
    if (link && textOf(link) === text) continue; // a link titled "Related"
    const box = boxOfLabel(label);
    if (!box) continue;
    boxes.add(box);
    if (!box.contains(label)) extraRemovals.push(label);
  }
  // Keep the outermost boxes only, and never a "Most read" list.
  const outer = Array.from(boxes).filter((b) => !Array.from(boxes).some((o) => o !== b && o.contains(b)));
  const related: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const box of outer) {
    const heading = boxHeading(box);
    if (heading && UNRELATED_LIST_LABEL.test(textOf(heading))) continue;
    for (const a of nodes(box.getElementsByTagName('a'))) {
      const title = normalizeSpace(textOf(a).replace(RELATED_TITLE_PREFIX, ''));
      if (!title || RELATED_LABEL.test(title) || title.split(' ').length < 2 || seen.has(title)) continue;
      seen.add(title);
      related.push({ title, url: resolve(a.getAttribute('href'), base) });
    }
    box.remove();
  }
  for (const label of extraRemovals) label.remove();
  return related;
}
