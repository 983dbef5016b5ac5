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
  const stack: Node[] = [el];
  const parts: string[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      n += t.length;
      if (n > limit) return null;
      parts.push(t);
    } else if (node.nodeType === 1) {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return normalizeSpace(parts.join(''));
}
