/**
 * Some sites set a story's first paragraph apart from its body: a `p.intro` beside the byline and the
 * share buttons, in the story's header block. Readability takes the body block and loses it. The
 * paragraph is found before Readability runs (it changes the page) and put back in front of the body.
 */
import { SENTENCE_END } from './furniture-lines';

/** Class words that mark a lead paragraph; "standfirst" and "dek" mark a summary, which is furniture. */
const LEDE_WORD = /^(?:intro|lede)$/i;
/** A lead paragraph is a sentence or more, closed as one. */
const LEDE_MIN = 80;
/** Where teasers and other stories' summaries live. */
const ELSEWHERE = 'li, aside, nav, footer';

/** The story's own lead paragraph outside its body, if the page marks one after its headline (see the module's comment). */
export function findLede(doc: Document): string | null {
  const headline = doc.querySelector('h1');
  if (!headline) return null;
  for (const p of Array.from(doc.querySelectorAll('p[class]'))) {
    if (!(headline.compareDocumentPosition(p) & 4 /* DOCUMENT_POSITION_FOLLOWING */)) continue;
    if (!p.className.split(/[\s_-]+/).some((w) => LEDE_WORD.test(w)) || p.closest(ELSEWHERE)) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text.length >= LEDE_MIN && SENTENCE_END.test(text) ? text : null;
  }
  return null;
}

/** The body's paragraph texts with the lead paragraph in front, unless the body already holds it. */
export function withLede(texts: string[], lede: string | null): string[] {
  if (!lede) return texts;
  const start = lede.slice(0, 60);
  return texts.some((t) => t.replace(/\s+/g, ' ').includes(start)) ? texts : [lede, ...texts];
}
