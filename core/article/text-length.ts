/**
 * The length of an element's text as a reader sees it (whitespace runs counted as one space,
 * trimmed), counted only as far as a caller needs. Furniture rules ask "is this block longer than
 * 2,500 characters?" of every element; reading the whole `textContent` of each would cost the page
 * size times its nesting depth.
 */

/** The characters JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * `el.textContent.replace(/\s+/g, ' ').trim().length`, except that counting stops once it passes
 * `cap` (the result is then some number above `cap`). Walks without recursion: pages nest deeply.
 */
export function textLength(el: Node, cap = Infinity): number {
  let n = 0;
  let space = false;
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const data = (node as CharacterData).data;
      for (let i = 0; i < data.length; i++) {
        if (isSpace(data.charCodeAt(i))) space = n > 0;
        else {
          n += space ? 2 : 1;
          space = false;
        }
      }
      if (n > cap) return n;
    } else if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = !node || node === el ? null : node.nextSibling;
  }
  return n;
}
