/**
 * Turns article content into paragraphs and joins them into the article text. Offsets into the text
 * are what highlights and annotations are anchored to, so the text is built in exactly one way here.
 */
import type { Paragraph } from '../model/analysis';

/** Elements whose text forms its own paragraph; a name can never run across two of them. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);

/** Tags whose content is never prose. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Paragraph texts of `root` in document order: each block element (p, li, h2-h6, blockquote, td...)
 * starts a new paragraph, inline elements run together, whitespace is collapsed, empty blocks vanish.
 * A single `<br>` also ends a paragraph, because sites that use `<br>` use it between paragraphs.
 */
export function blockTexts(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapseWhitespace(current);
    if (text) out.push(text);
    current = '';
  };
  // Depth-first without recursion (hostile pages nest deeper than the call stack): each element is
  // entered (flush before a block) and left (flush after it).
  const blockOf = (node: Node): boolean => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return false;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return false;
    if (node.nodeType === 1 && SKIP_TAGS.has((node as Element).tagName.toUpperCase())) return false;
    if (blockOf(node)) flush();
    return true;
  };
  let node: Node | null = root;
  while (node) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave this node and every ancestor it was the last child of, up to the root.
    for (;;) {
      if (node.nodeType !== 3 && blockOf(node)) flush();
      if (node === root) {
        node = null;
        break;
      }
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode as Node;
    }
  }
  flush();
  return out;
}

/** Joins paragraph texts with "\n\n" and records where each starts. */
export function joinParagraphs(texts: string[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const raw of texts) {
    const text = collapseWhitespace(raw);
    if (!text) continue;
    if (paragraphs.length > 0) offset += 2;
    paragraphs.push({ text, start: offset });
    offset += text.length;
  }
  return { text: paragraphs.map((p) => p.text).join('\n\n'), paragraphs };
}
