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
