/**
 * The lines of an old layout's table cell that are elements of their own: "<td><font>headline</font><br>
 * <font>By X<br>Staff Writer</font><br><font>Print this story | Email this story</font></td>". A cell
 * holding the story is read as prose, and what sits inside prose is part of a sentence; a child that
 * fills a whole line between breaks is not, so the site's own lines among them can still be read.
 */

/** The nearest sibling node that is not blank text, on one side. */
function neighbour(node: Node, forward: boolean): Node | null {
  let at = forward ? node.nextSibling : node.previousSibling;
  while (at && at.nodeType === 3 && !(at.textContent ?? '').trim()) at = forward ? at.nextSibling : at.previousSibling;
  return at;
}

/** Is this side of the child the cell's edge or a break? */
const lineEnd = (node: Node | null): boolean => !node || node.nodeName === 'BR';

/** The cell's child elements that each fill a line of their own, between breaks or the cell's edges. */
export function wholeLineChildren(cell: Element): Element[] {
  return Array.from(cell.children).filter((child) => child.tagName !== 'BR' && lineEnd(neighbour(child, false)) && lineEnd(neighbour(child, true)));
}
