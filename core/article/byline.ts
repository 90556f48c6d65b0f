/**
 * Byline found in the page markup, for pages without author metadata: `rel=author` links,
 * schema.org microdata, then elements whose class names a byline or author.
 */
import { cleanByline } from './metadata';
import { L } from '../letters';

// prettier-ignore
const SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '[class*="byline"] [class*="name"], [class*="byline"] [class*="author"]',
  '[class*="author-name"], [class*="author__name"], [class*="authorName"]',
  // An author block marked for testing, its name in an element of its own ("author-signature" > "signature__name").
  '[data-testid*="author"] [class*="name"]',
  '[class*="byline"]',
  '[class~="writer"], [class*="reporter-name"], [class~="reporter"], [class~="byl"]',
  '.author',
  '[class*="author"]',
];

/** First plausible byline in the page (short, no digits-only text), cleaned of "By" and dates. */
export function findDomByline(doc: Document): string | null {
  for (const selector of SELECTORS) {
    for (const el of doc.querySelectorAll(selector)) {
      // "<div class=byline-block><span class=byline>By X</span><span>Paper staff writer</span>": an
      // inner byline element that holds a name names the writer; the block around it holds the rest.
      if ([...el.querySelectorAll(selector)].some(holdsName)) continue;
      const cleaned = bylineText(el);
      if (cleaned) return jointByline(el, selector) ?? cleaned;
    }
  }
  return shortClassByline(doc) ?? metaLineByline(doc) ?? authorLinkByline(doc) ?? boldByline(doc);
}

/**
 * "By <a rel=author>A</a> and <a rel=author>B</a>": writers' elements side by side in one line name
 * them all, when that line is names alone.
 */
function jointByline(el: Element, selector: string): string | null {
  const line = el.parentElement;
  if (!line || line.querySelectorAll(selector).length < 2) return null;
  const joint = bylineText(line);
  return joint && NAMES_RE.test(joint) ? joint : null;
}

/** Block-level breaks inside a byline element: its parts ("Name<br>Paper") are kept apart. */
const BREAKS = new Set(['BR', 'DIV', 'P', 'LI']);

/**
 * The element's text with " | " where a line or block breaks, or two elements touch, so
 * "Name<br>Paper" and "<a>Name</a><span>Paper</span>" are not "NamePaper".
 * Stops after `cap` characters (a byline is short; a large element is read no further), and walks
 * without recursion (pages nest deeply).
 */
function spacedText(el: Element, cap = 300): string {
  let out = '';
  let node: Node | null = el.firstChild;
  while (node && out.length <= cap) {
    if (node.nodeType === 3) out += (node as Text).data;
    // A block, or an element set after another with nothing but space between ("<a>Name</a><span>Paper</span>",
    // "<span>Name</span>\n<span>Education Correspondent</span>"), starts a new part.
    else if (node.nodeType === 1 && (BREAKS.has((node as Element).tagName) || afterElement(node))) out += ' | ';
    if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return out;
}

/** Is the node set after an element, with at most white space between them? */
function afterElement(node: Node): boolean {
  const prev = node.previousSibling;
  if (prev?.nodeType === 1) return true;
  return prev?.nodeType === 3 && !(prev as Text).data.trim() && prev.previousSibling?.nodeType === 1;
}

/** "Jo Bloggs", "Jo Bloggs and Ann Lee": capitalised words, two to five to a name. */
const NAME = String.raw`[A-Z][${L}'’.-]*(?:[ ][A-Z][${L}'’.-]*){1,4}`;
const NAMES_RE = new RegExp(`^${NAME}(?:(?:, | and )${NAME})*$`, 'u');
/** Classes of a byline's other parts: the writer's job or paper ("byline-title", "author-role"). */
const PART_CLASS_RE = /title|role|job|position|org|publication|paper|desk/i;

/** An element whose text is a writer's name, and whose class names no other part of a byline. */
function holdsName(el: Element): boolean {
  if (PART_CLASS_RE.test(el.getAttribute('class') ?? '')) return false;
  const text = bylineText(el);
  return !!text && NAMES_RE.test(text);
}

function bylineText(el: Element): string | null {
  if (el.closest('[class*="comment"], [id*="comment"]')) return null;
  const text = spacedText(el)
    .replace(/\s+/g, ' ')
    .replace(/^[\s|]+|[\s|]+$/g, '');
  if (!text || text.length > 120) return null;
  const cleaned = cleanByline(text);
  // "By" alone is the label before the name, which sits in another element; "TA" alone is an avatar's initials.
  return cleaned && /[A-Za-z]{2}/.test(cleaned) && !/^by:?$/i.test(cleaned) && !/^[A-Z]{1,3}$/.test(cleaned) ? cleaned : null;
}

/** "gnt_ar_by", "by-date", "storyBy": a class with "by" as one of its words. */
const BY_WORD_RE = /(?:^|[-_])by(?:$|[-_])|[a-z]By(?:$|[-_A-Z])/;

/**
 * Bylines marked only by a short "by" in a class name (`<div class="gnt_ar_by"><a>Jo Bloggs</a> <span>Paper</span>`):
 * the name is the element's name-classed part or its first link, else its whole text.
 */
function shortClassByline(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[class*="by"], [class*="By"]')) {
    // "newsby": a class run together with "by" counts when the text itself opens with "By".
    const runTogether = (c: string): boolean => /^[a-z]{3,}by$/.test(c) && /^\s*by\s/i.test(el.textContent ?? '');
    if (!Array.from(el.classList).some((c) => BY_WORD_RE.test(c) || runTogether(c))) continue;
    const part = el.querySelector('[class*="name"], a') ?? el;
    const cleaned = bylineText(part);
    // A short "by" also names sort menus ("sort-by"): only a name, or names, will do here.
    if (cleaned && NAMES_RE.test(cleaned)) return cleaned;
  }
  return null;
}

/**
 * "Words: <a href="/author/tom-gaskarth">Tom Gaskarth</a>": the first link to an author's page (a
 * CMS's writer archive), when nothing else names the writer, and only if it reads as a name.
 */
function authorLinkByline(doc: Document): string | null {
  const link = doc.querySelector('a[href*="/author/"], a[href*="/authors/"]');
  const cleaned = link ? bylineText(link) : null;
  return cleaned && NAMES_RE.test(cleaned) ? cleaned : null;
}

/**
 * "Staff report by <b>Grace Whitlow</b> · Posted …", Drupal's "Submitted by Bec Tonkin on Wed, 22/04/2026
 * - 14:30": a meta line that names its writer after "by" (the story's comes before its comments').
 */
function metaLineByline(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[class*="meta"], [class*="info"], [class*="dateline"], [class~="submitted"]')) {
    const text = spacedText(el).replace(/\s+/g, ' ').trim();
    if (text.length > 200) continue;
    const after = /\bby\s+(.+)$/i.exec(text)?.[1]?.replace(/\s+on\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)[^]*$/, '');
    const cleaned = after ? cleanByline(after) : null;
    if (cleaned && NAMES_RE.test(cleaned)) return cleaned;
  }
  return null;
}

/** "<b>By Debra Kallus</b><br>Beacon Staff Writer" in an old table layout: a bold line that is "By" and a name alone. */
const BOLD_BY_RE = new RegExp(`^By\\s+([${L}][${L}'’.-]*(?:\\s+[${L}][${L}'’.-]*){1,3})$`, 'u');
/** The text just before a bold name that labels it the writer: "By ", "Words by " (not "Sponsored by "). */
const BY_LABEL_RE = /^\s*(?:(?:words|story|report|staff\s+report|text)\s+)?by:?\s*$/i;
function boldByline(doc: Document): string | null {
  for (const el of doc.querySelectorAll('b, strong')) {
    const bold = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // "By <b>Geraint Lewis</b> · Posted ...": the label in the text before the bold, the name all of the bold.
    const label = el.previousSibling?.nodeType === 3 ? (el.previousSibling as Text).data : '';
    const name = BY_LABEL_RE.test(label) ? bold : BOLD_BY_RE.exec(bold)?.[1];
    const cleaned = name ? cleanByline(name) : null;
    if (cleaned && NAMES_RE.test(cleaned)) return cleaned;
  }
  return null;
}
