import { isMark, markOf, MARK_TAG, type HighlightKind } from './mark';

const TEXT_NODE = 3;

/** Merges `node` into its previous sibling when both are text; returns the surviving node. */
function mergeWithPrevious(node: Node): Node {
  const prev = node.previousSibling;
  if (node.nodeType === TEXT_NODE && prev?.nodeType === TEXT_NODE) {
    (prev as Text).appendData((node as Text).data);
    node.parentNode?.removeChild(node);
    return prev;
  }
  return node;
}

/** Unwraps one highlight element, joining the text it split back into the neighbouring text. */
function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  const children = Array.from(mark.childNodes);
  for (const child of children) parent.insertBefore(child, mark);
  parent.removeChild(mark);
  const first = children[0];
  const last = children[children.length - 1];
  if (!first || !last) {
    // An emptied mark: its former neighbours may be two halves of one text node.
    if (after) mergeWithPrevious(after);
    else if (before) mergeWithPrevious(before);
    return;
  }
  const mergedFirst = mergeWithPrevious(first);
  const lastNode = last === first ? mergedFirst : last;
  const following = lastNode.nextSibling;
  if (following) mergeWithPrevious(following);
}

/**
 * Removes highlight elements (any order, nested or not), putting their content back and merging
 * the text nodes that highlighting split, so the page's DOM is as it was: the original text node
 * objects survive (they were the first piece of each split). Elements already gone are ignored.
 */
export function removeHighlights(elements: Iterable<HTMLElement>): void {
  for (const el of elements) if (isMark(el)) unwrap(el);
}

/**
 * Removes every highlight this script made under `root`, or only those of one kind. Elements a page
 * made to look like ours are left alone (the kind is what we recorded, not the page's attribute).
 */
export function removeAllHighlights(root: ParentNode, kind?: HighlightKind): void {
  const ours = Array.from(root.querySelectorAll<HTMLElement>(MARK_TAG)).filter((el) => {
    const info = markOf(el);
    return info && (!kind || info.kind === kind);
  });
  removeHighlights(ours);
}
