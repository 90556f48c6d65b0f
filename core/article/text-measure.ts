/**
 * The reader-visible text length of every element under a root, and of the links inside it, in one
 * walk of the tree. Furniture rules ask "is this block longer than 2,500 characters?" and "is its
 * text mostly links?" of every element; reading each element's own text would cost the page size
 * times its nesting depth, and even walks capped at the threshold go down every chain of empty
 * wrappers from each of them. Here every text node is read once and lengths are carried up.
 */

/** What the furniture rules need to know about one element's text. */
export interface TextMeasure {
  /** `el.textContent.replace(/\s+/g, ' ').trim().length`. */
  length: number;
  /** How many `<a>` elements it holds (nested ones too, as `querySelectorAll('a')` counts them). */
  links: number;
  /** The summed `length` of those `<a>` elements. */
  linked: number;
}

/** The characters JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * A run of text, whitespace-collapsed and trimmed to `length`, remembering whether whitespace was
 * trimmed at either edge: two runs side by side then join with one space exactly when either edge
 * between them had some, so a parent's length follows from its children's.
 */
interface Run extends TextMeasure {
  el: Element | null;
  /** Whitespace before the first visible character (for an empty run: any whitespace at all). */
  lead: boolean;
  /** Whitespace after the last visible character. */
  trail: boolean;
}

function emptyRun(el: Element | null): Run {
  return { el, length: 0, links: 0, linked: 0, lead: false, trail: false };
}

/** Appends `b` to `a` in place. */
function append(a: Run, b: Run): void {
  a.links += b.links;
  a.linked += b.linked;
  if (b.length === 0) {
    if (a.length === 0) a.lead ||= b.lead;
    else a.trail ||= b.lead;
    return;
  }
  if (a.length === 0) {
    a.lead ||= b.lead;
    a.length = b.length;
  } else a.length += b.length + (a.trail || b.lead ? 1 : 0);
  a.trail = b.trail;
}

/** Any whitespace but a lone plain space: text without it needs no character-by-character walk. */
const UNUSUAL_SPACE_RE = /\s\s|[^\S ]/;

function textRun(data: string): Run {
  const run = emptyRun(null);
  // Most text nodes are words separated by single spaces: their collapsed length is their trimmed
  // length, found natively (a per-character loop runs unoptimised on a page's first, cold pass).
  if (!UNUSUAL_SPACE_RE.test(data)) {
    const trimmed = data.trim().length;
    run.length = trimmed;
    run.lead = data.charCodeAt(0) === 0x20;
    run.trail = trimmed > 0 && data.charCodeAt(data.length - 1) === 0x20;
    return run;
  }
  let n = 0;
  let space = false;
  for (let i = 0; i < data.length; i++) {
    if (isSpace(data.charCodeAt(i))) {
      if (n > 0) space = true;
      else run.lead = true;
    } else {
      n += space ? 2 : 1;
      space = false;
    }
  }
  run.length = n;
  run.trail = space;
  return run;
}

/**
 * Measures `root` (its root element, for a document) and every element under it, in one walk
 * without recursion (pages nest deeply). A document is entered at its root element: linkedom, the
 * command line's DOM, gives a doctype no next sibling.
 */
export function measureText(root: Document | Element): Map<Element, TextMeasure> {
  const out = new Map<Element, TextMeasure>();
  const top = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!top) return out;
  const stack: Run[] = [emptyRun(top)];
  let node: Node | null = top.firstChild;
  for (;;) {
    if (node) {
      const type = node.nodeType;
      if (type === 1) {
        stack.push(emptyRun(node as Element));
        node = node.firstChild;
        continue;
      }
      if (type === 3 || type === 4) append(stack[stack.length - 1] as Run, textRun((node as CharacterData).data));
      node = node.nextSibling;
      continue;
    }
    const run = stack.pop() as Run;
    const el = run.el as Element;
    out.set(el, { length: run.length, links: run.links, linked: run.linked });
    if (el === top) return out;
    if (el.tagName === 'A') {
      run.links += 1;
      run.linked += run.length;
    }
    append(stack[stack.length - 1] as Run, run);
    node = el.nextSibling;
  }
}
