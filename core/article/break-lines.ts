/**
 * An element's text split at its `<br>`s, for the old layouts that set a byline, a date or a reader's
 * comment one line under another inside one cell ("<td><font>By X<br>Staff Writer<br>Posted ...</font></td>").
 */

/** Does the element hold a line break anywhere inside it? */
export const hasBreak = (el: Element): boolean => el.getElementsByTagName('br').length > 0;

/** The element's lines, as its `<br>`s set them, untrimmed; inline wrappers holding breaks are read through. */
export function linesByBreak(el: Element): string[] {
  const lines: string[] = [''];
  const read = (parent: Node): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeName === 'BR') lines.push('');
      else if (node.nodeType === 1 && hasBreak(node as Element)) read(node);
      else lines[lines.length - 1] += node.textContent ?? '';
    }
  };
  read(el);
  return lines;
}
