/** Small helpers over the DOM that linkedom builds. */
import { normalizeSpace } from './normalize.js';

/**
 * A node list as an array without a copy. linkedom's lists (childNodes, querySelectorAll,
 * getElementsByTagName) are arrays already, built fresh on each call, so they are safe to
 * keep while the tree changes; `Array.from` on each doubled the garbage of a page walk.
 */
export function nodes<T>(list: ArrayLike<T>): readonly T[] {
  return Array.isArray(list) ? (list as readonly T[]) : Array.from(list);
}

/**
 * The element's text when it is short, else null. Reading textContent of every div and
 * span on the page to find the short ones reads the page once per level of nesting.
 */
export function shortText(el: Element, limit: number): string | null {
  let n = 0;
  const parts: string[] = [];
  // Document order by sibling links: a childNodes list is built afresh on each read.
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      n += t.length;
      if (n > limit) return null;
      parts.push(t);
    }
    node = nextInTree(node, el);
  }
  return normalizeSpace(parts.join(''));
}

/**
 * The node after `node` in document order, staying under `root`: its first child, else
 * its next sibling or the next sibling of its nearest ancestor that has one. linkedom
 * answers firstChild and nextSibling from its node links; childNodes builds a list each time.
 */
export function nextInTree(node: Node, root: Node): Node | null {
  if (node.nodeType === 1) {
    const first = node.firstChild;
    if (first) return first;
  }
  return nextOutside(node, root);
}

/** The node after `node` and all of its descendants in document order, staying under `root`. */
export function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    const next = n.nextSibling;
    if (next) return next;
  }
  return null;
}

/**
 * The page's elements in document order, with the tag name and `classAndId` of each:
 * read once for all the scans before readability runs, as linkedom upper-cases the tag
 * name and rebuilds the class string on every read.
 */
export interface PageElements {
  all: readonly Element[];
  tags: readonly string[];
  names: readonly string[];
}

/** `all` with each element's tag name and class and id. */
export function pageElements(all: readonly Element[]): PageElements {
  return { all, tags: all.map((el) => el.tagName), names: all.map(classAndId) };
}

/**
 * The element's class and id, joined by a space, or "" when it has neither: what the
 * furniture, related-box, dek and date-line tests read. Taken from the attribute nodes:
 * linkedom's getAttribute('class') rebuilds the string from the element's class list on
 * every read, while the attribute already holds that same string (linkedom writes the
 * list's form back into it whenever the class is set).
 */
export function classAndId(el: Element): string {
  const cls = el.getAttributeNode('class')?.value;
  const id = el.getAttributeNode('id')?.value;
  return cls || id ? `${cls ?? ''} ${id ?? ''}` : '';
}
