/**
 * Pathologically deep pages (thousands of nested wrappers) made extraction quadratic: Readability
 * reads the text of every ancestor of every paragraph. Below a depth no real article reaches, the
 * copy of the page is rebuilt as plain paragraphs (the same paragraphs `blockTexts` reads), so
 * the work stays linear. Ordinary pages are never touched. Works on the copy, never the live page.
 */
import { blockTexts } from './paragraphs';

/** Deeper than any real article's markup (news pages nest 20 to 40 deep). */
export const MAX_DEPTH = 120;

/** Replaces every subtree rooted at `MAX_DEPTH` below `root` with its paragraphs as <p> elements. Returns how many. */
export function flattenDeepNesting(root: Element): number {
  const deep: Element[] = [];
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth >= MAX_DEPTH) {
      deep.push(el);
      continue;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  for (const el of deep) {
    const doc = el.ownerDocument;
    const paragraphs = blockTexts(el).map((text) => {
      const p = doc.createElement('p');
      p.textContent = text;
      return p;
    });
    el.replaceChildren(...paragraphs);
  }
  return deep.length;
}
