/**
 * Removes page furniture from a *copy* of the page before Readability sees it: newsletter boxes,
 * share bars, captions and photo credits, related-article lists, comments, ads, bylines and datelines.
 * Readability alone keeps many of these because they sit inside the article container; highlighting
 * a photographer or a "Subscribe" button as part of the story is the failure users notice first.
 * Every rule is structural (tags, roles, class/id words, link density), never a site's exact text.
 *
 * Every element is visited, so no rule may read a whole subtree per element (that costs the page
 * size times its depth): text lengths come from one measure of the tree per pass (text-measure.ts),
 * <time> descendants are worked out once, and nothing inside a prose container is looked at.
 */
import { hasBreak, linesByBreak } from './break-lines';
import { wholeLineChildren } from './cell-lines';
import { COMMENT_MAX, commentOpening, isCommentByHandle } from './comment-block';
import { deckAfter, isDeckBeforeBody } from './deck';
import { isAdLabel, isSiteLine, LINE_MAX, SENTENCE_END } from './furniture-lines';
import { measureText, type TextMeasure } from './text-measure';
import { textLength } from './text-length';
import { LL } from '../letters';

/** A sentence's last word in lower case and its full stop: running text, not a label. */
const LOWER_WORD_END_RE = new RegExp(String.raw`\b[${LL}]{3,}[.!?]["”’]?$`, 'u');

/** Elements that never carry article prose. */
// prettier-ignore
const ALWAYS_REMOVE = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'label', 'nav', 'aside', 'figcaption', 'dialog',
  '[hidden]', '[role="navigation"]', '[role="complementary"]', '[role="search"]',
  '[role="dialog"]', '[role="banner"]', '[role="contentinfo"]', '[role="toolbar"]', '[rel="author"]',
].join(',');

/** Class/id/data words that mark furniture wherever they appear. */
const FURNITURE_WORD = new RegExp(
  '^(?:' +
    [
      'newsletters?',
      // One-word newsletter boxes of older CMSs: "newsletterbox", "newslettersignup".
      'newsletters?(?:box|block|promo|signup|form)',
      // A pull quote repeats a line of the story in large type.
      'pullquotes?',
      'signup',
      // An ask for the readers' own tips ("Do you know more? Contact our investigations team").
      'tipoff',
      'tipoffs',
      'subscribe',
      'subscription',
      'subscriptions',
      'paywall',
      'promo',
      'cta',
      'share',
      'shares',
      'sharing',
      // One-word share bars of older CMSs: "sharetools", "sharelinks", "sharebar".
      'share(?:tools|links|bar|box|buttons|icons)',
      'sharedaddy',
      'addtoany',
      'social',
      'sociallinks',
      'related',
      'relatedposts',
      'readmore',
      'recommended',
      'recommendations',
      'trending',
      'mostpopular',
      'mostread',
      'comment',
      'comments',
      // One-word boxes of older CMSs: "commentsbox".
      'comments?(?:box|section|area|list)',
      'disqus',
      'respond',
      'replies',
      'ad',
      'ads',
      'advert',
      'adverts',
      'advertisement',
      'advertising',
      'adslot',
      'adunit',
      'dfp',
      'gpt',
      'sponsored',
      'outbrain',
      'taboola',
      'mpu',
      'billboard',
      'leaderboard',
      'skyscraper',
      'support',
      'supporter',
      'supporters',
      'membership',
      'caption',
      'cutline',
      'cutlines',
      'captions',
      'credit',
      'credits',
      'copyright',
      'cookie',
      'cookies',
      'consent',
      'gdpr',
      'breadcrumb',
      'breadcrumbs',
      'skip',
      'donate',
      'donation',
      'republish',
      'sidebar',
      'rail',
      'widget',
      'tags',
      'topics',
      'feedback',
      'player',
      'bio',
      'masthead',
      // A page's foot set as a classed cell or block ("<td class="footer">": the paper's address and code).
      'footer',
      // A site-wide alert bar ("WEATHER ALERT: ..."), or a ticker of headlines.
      'alert',
      'alerts',
      'ticker',
      // A reader poll or quiz set in the story ("Have your say: are the strikers right?").
      'poll',
      'polls',
      'quiz',
      // An embedded video's player and its title; an audio clip's ("LISTEN: ... Play").
      'video',
      'videos',
      'audio',
      'podcast',
      'podcasts',
      // A link card to another story (Ghost's "kg-bookmark-card": its title, summary and site).
      'bookmark',
    ].join('|') +
    ')$',
  'i',
);

/**
 * Word pairs that only mean furniture together ("sign up", "read more", "more stories", "most read"),
 * and social posts embedded in the story ("twitter-tweet", "fb-post", "embed-facebook", "is-provider-facebook", "x-post", "FacebookPostEmbed"): the
 * fallback quote a platform's script turns into its own frame on the live page.
 */
const FURNITURE_PHRASE =
  /twitter-?tweet|fb-?(?:post|embed)|fb-?xfbml|instagram-?media|(?:facebook|twitter|instagram|tiktok)-?embed|embed-?(?:facebook|twitter|instagram|tiktok)|provider-?(?:facebook|twitter|instagram|tiktok|x)\b|(?<![a-z])x-post\b|embed-{1,2}x\b|(?:facebook|instagram|tiktok)-?post|sign-?up|read-?more|also-?read|read-?also|read-?next|homepage-?articles|also-?see|see-?also|pull[-_]?quote|more-?(stories|news|from|on|in)|most-?(read|popular|viewed)|latest-?news|you-?may-?like|more-?like-?this|links-?block|author-?bio|sign-?in|post-?nav(igation)?|prev-?next|next-?prev/i;

/** Words marking bylines, datelines and standfirsts: removed only when the element is short. */
const META_WORD =
  /^(byline|bylines|bylinetext|dateline|author|authors|contributor|writer|writers|meta|info|date|time|timestamp|published|posted|kicker|eyebrow|label|standfirst|summary|excerpt|dek|deck|strap|strapline|subheadline|subhed|sub|subtitle)$/i;

// ("data-testid" names a React site's parts for its tests: "story-standfirst", "related-links".)
function cueText(el: Element): string {
  const attrs = ['class', 'id', 'data-component', 'data-module', 'data-track', 'data-testid', 'aria-label', 'itemprop'];
  return attrs.map((a) => el.getAttribute(a) ?? '').join(' ');
}

function cueWords(cue: string): string[] {
  // "share-bar", "Article_support", "relatedStories", "Published: 9:30 p.m." all split into words.
  return cue.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
}

/** A box headed with an invitation to the reader: "Have your say", "Get in touch", "Tell us what you think". */
const READER_INVITE = /^(?:have\s+your\s+say|get\s+in\s+touch|tell\s+us\b|contact\s+us\b)/i;
/** Class names of a fact box, which is article text whatever other words say. */
const FACT_BOX = /info-?box|facts?-?(?:box|file|panel|sheet|card)|key-?(?:facts|figures|dates)|at-?a-?glance|by-?the-?numbers/i;
/**
 * A box's own heading that says it holds the story's facts: "The commissioner at a glance", "Key
 * property tax dates", "In numbers", "Unofficial results", "Timeline", "Diary dates", "What happens next".
 */
const FACT_HEADING =
  /\b(?:at\s+a\s+glance|key\s+(?:[\w'’-]+\s+){0,3}(?:facts|figures|dates|numbers)|in\s+numbers|by\s+the\s+numbers|fact\s?file|(?:unofficial\s+|official\s+|election\s+|full\s+)?results|timeline|diary\s+dates|dates\s+for\s+your\s+diary|what\s+happens\s+next)\b/i;

/** Is `el` a fact box, by its class names or by its own first heading? */
function isFactBox(el: Element): boolean {
  if (FACT_BOX.test(cueText(el))) return true;
  const heading = el.querySelector('h2, h3, h4, h5, h6, strong, b');
  return !!heading && FACT_HEADING.test(heading.textContent ?? '');
}

/** Class words that end in a caption ("imgcaption", "photocaption"). */
const CAPTION_WORD = /^(?:[a-z]+captions?|(?:photo|pic|img|image)caps?)$/i;

/** "story-img-cap", "photo-caps": a caption's short name after a picture's word. */
const CAP_WORD = /^caps?$/i;
const PICTURE_WORD = /^(?:img|image|photo|pic|picture)$/i;

/** Block elements: a line that holds one is a container, and a table cell that holds one is layout. */
const BLOCK_CHILD = 'p, div, li, ul, ol, section, article, h1, h2, h3, h4, h5, h6, blockquote, table';

/**
 * Lines set one under another by breaks, each furniture on its own but not read as one ("By Ann Fox,
 * Reporter Staff<br>Posted: Friday, November 13, 2026 9:00 am"); `lines` from break-lines.ts.
 */
function siteLinesByBreak(lines: readonly string[]): boolean {
  const filled = lines.map((l) => l.trim()).filter(Boolean);
  return filled.length > 1 && filled.every(isSiteLine);
}

/** Is a short element one of the site's lines, or lines set by breaks ("By X<br>Staff Writer"), or a reader's comment? */
function isSiteLineElement(el: Element): boolean {
  const text = el.textContent ?? '';
  if (text.length > COMMENT_MAX) return false;
  const lines = hasBreak(el) ? linesByBreak(el) : null;
  return (text.length <= LINE_MAX && isSiteLine(text)) || (!!lines && (siteLinesByBreak(lines) || isCommentByHandle(el, lines)));
}

/** True for elements like `<div class="share-bar">` or `<section data-component="related-stories">`. */
function isFurnitureByCue(el: Element, length: number): boolean {
  // Most elements carry no attribute at all: nothing to read.
  if (!el.hasAttributes()) return false;
  const cue = cueText(el);
  if (!cue.trim()) return false;
  // Containers that hold the whole article ("article-body", "content") must survive even if a word matches.
  if (length > 2500) return false;
  // A fact box ("InfoBox", "factbox", "key-facts") is the story's own summary, though "info" is a meta word.
  // ... unless it only asks the reader to write in ("Have your say: write to the ICB ..."), with no facts listed.
  if (FACT_BOX.test(cue)) return READER_INVITE.test((el.textContent ?? '').trim()) && !el.querySelector('li');
  const words = cueWords(cue);
  if (
    words.some((w, i) => FURNITURE_WORD.test(w) || CAPTION_WORD.test(w) || (i > 0 && CAP_WORD.test(w) && PICTURE_WORD.test(words[i - 1]!))) ||
    FURNITURE_PHRASE.test(cue)
  )
    return true;
  // "leftcol", "sidecolumn": an old layout's side column, unless it holds the story's own paragraphs.
  if (words.some((w) => SIDE_COLUMN_WORD.test(w)) && !el.querySelector(STORY_BLOCKS)) return true;
  if (length >= 200) return false;
  if (words.some((w) => META_WORD.test(w) || META_COMPOUND.test(w))) return true;
  // "intro" classes a story's lead paragraph on most sites, and a headline-like standfirst (no
  // closing stop) on some: only the second is furniture.
  return words.some((w) => INTRO_WORD.test(w)) && !SENTENCE_END.test(el.textContent ?? '');
}

const INTRO_WORD = /^intro(?:duction)?$/i;
/** An old table layout's side column: "leftcol", "rightcolumn", "sidecol", "leftnav". */
const SIDE_COLUMN_WORD = /^(?:left|right|side)(?:col|column|nav)$/i;
/** What a column holding the story has: its paragraphs or headings. */
const STORY_BLOCKS = 'p, h1, h2, h3';
/**
 * An older CMS's one-word class for a standfirst ("storydeck", "storystrap", "storysub", "articlestandfirst"), or for
 * a story's byline and date ("storydate", "artinfo", "postmeta"): short, so furniture.
 */
const META_COMPOUND =
  /^[a-z]{3,}(?:deck|dek|strap|strapline|standfirst|subhead|sub)$|^(?:story|art|article|post|entry|news)(?:date|byline|info|meta|dateline)$/i;

/** Tags whose text is prose even when short; a short paragraph mentioning a date is still article. */
const PROSE_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'DD']);

/** What a table cell holding prose holds none of (see isProse). */
const CELL_NOT_PROSE = `${BLOCK_CHILD}, img`;

/**
 * A prose block; a table cell only when it holds no blocks (an old page laid out in a table holds the
 * whole story in one) and no picture (a photo cell's caption sits beside the image, set off by `<br>`).
 */
function isProse(el: Element): boolean {
  return PROSE_TAGS.has(el.tagName) && (el.tagName !== 'TD' || !el.querySelector(CELL_NOT_PROSE));
}

/** Prose containers: what sits inside them (topic links, name spans) is part of a sentence. */
const PROSE_SELECTOR = 'p, li, h2, h3, h4, h5, h6, blockquote, dd, td';

/** The first `<time>` inside each element that holds one, found with one walk up from every `<time>`. */
function firstTimes(body: Element): Map<Element, Element> {
  const first = new Map<Element, Element>();
  for (const time of Array.from(body.querySelectorAll('time'))) {
    // Times come in document order: an ancestor already set holds an earlier one, and so do its ancestors.
    for (let el = time.parentElement; el && !first.has(el); el = el.parentElement) first.set(el, time);
  }
  return first;
}

/** Short non-prose blocks holding a `<time>`: "Published: 14 December 2023", "Updated 8:10 am". */
function isDateLine(el: Element, time: Element | undefined, length: number): boolean {
  if (PROSE_TAGS.has(el.tagName) || time === undefined || length >= 140) return false;
  const text = (el.textContent ?? '').trim();
  if (/^(published|updated|posted|first published|last (updated|modified))\b/i.test(text)) return true;
  // Mostly the date itself and no sentence: "p.m. CT Oct. 8" has full stops but does not end like
  // one ("…to decide." does).
  const rest = text.length - (time.textContent ?? '').trim().length;
  const sentence = /[.!?]["”’]?\s+\S/.test(text) || LOWER_WORD_END_RE.test(text);
  return rest <= 40 && !sentence;
}

/** Lists of links: text mostly inside `<a>`, at least two links ("Related", "Most read", tag lists). */
function isLinkList(m: TextMeasure | undefined): boolean {
  if (!m || m.length === 0 || m.length > 1500 || m.links < 2) return false;
  return m.linked / m.length >= 0.5;
}

/** Smallest ancestor block around an e-mail box that is still short: the whole sign-up panel. */
function signupPanel(input: Element): Element {
  let panel: Element = input;
  for (let el = input.parentElement, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    if (['BODY', 'MAIN', 'ARTICLE'].includes(el.tagName) || textLength(el, 400) > 400) break;
    panel = el;
  }
  return panel;
}

/** The element after `el` in document order under `root`, skipping `el`'s subtree when `skip`. */
function nextElement(el: Element, root: Element, skip: boolean): Element | null {
  if (!skip && el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/** The comment after a commenter's name line: the next sibling, a <dd> or a short element holding no blocks. */
function commentAfter(el: Element): Element | null {
  const next = el.nextElementSibling;
  if (!next) return null;
  return next.tagName === 'DD' || (!next.querySelector(BLOCK_CHILD) && (next.textContent?.length ?? 0) <= COMMENT_MAX) ? next : null;
}

/** Replaces `el` by a <div> with its class and children. */
function asDiv(el: Element, cls = el.getAttribute('class')): void {
  const div = el.ownerDocument.createElement('div');
  if (cls) div.setAttribute('class', cls);
  div.append(...Array.from(el.childNodes));
  el.replaceWith(div);
}

/** A button's words that sign the reader up: "Sign up", "Subscribe", "Sign me up", "Get the newsletter". */
const CTA_RE =
  /^(?:sign\s*(?:me\s+)?up(?:\s+(?:now|today|for\s+free|free))?|subscribe(?:\s+(?:now|today|for\s+free|free))?|get\s+the\s+newsletter|join\s+(?:now|today|us))[.!]?$/i;
/** The longest box read as a sign-up panel by its button alone. */
const CTA_BOX_MAX = 300;

/**
 * Does the box's last element, a leaf, hold only a sign-up button's words? The leaf may sit inside the
 * box's last line ("<p>The day's top stories, every morning. <a>Sign up</a></p>").
 */
function endsInSignup(el: Element): boolean {
  let last = el.lastElementChild;
  if (last && isProse(last) && last.lastElementChild) last = last.lastElementChild;
  return !!last && last.children.length === 0 && CTA_RE.test((last.textContent ?? '').trim());
}

/** The short box a sign-up button closes ("<div><h3>Get the Schools Report</h3><p>...</p><button>Sign Up</button></div>"), or null. */
function buttonPanel(button: Element): Element | null {
  let box = button.parentElement;
  if (box && isProse(box)) box = box.parentElement;
  if (!box || isProse(box) || ['BODY', 'MAIN', 'ARTICLE'].includes(box.tagName)) return null;
  return textLength(box, CTA_BOX_MAX + 1) <= CTA_BOX_MAX && endsInSignup(box) ? box : null;
}

/** Link-list candidates: the blocks a list of links comes in. */
const LIST_BLOCKS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'HEADER', 'TABLE']);
/** A list of links in an old table layout's `<font>`, its lines set by `<br>` (a one-line trail of links is left to the rules for site lines). */
const isListBlock = (el: Element): boolean => LIST_BLOCKS.has(el.tagName) || (el.tagName === 'FONT' && el.getElementsByTagName('br').length > 0);

/**
 * Strips furniture from `root` in place. Call it on a clone (`doc.cloneNode(true)`), never on the
 * live page. Returns the number of elements removed, for diagnostics.
 *
 * Each rule reads an element's text length from a measure of the whole tree taken before the rule's
 * pass: the pass visits elements in document order and removes only what it has visited (with its
 * subtree), so the subtree of every element it reaches is still the one measured.
 */
export function stripFurniture(root: Document | Element): number {
  let removed = 0;
  const remove = (el: Element): void => {
    if (el.parentNode) {
      el.remove();
      removed++;
    }
  };
  // Sign-up panels first: their input is what identifies them, and inputs are removed next.
  root.querySelectorAll('input[type="email"], input[name*="mail"], input[name*="MAIL"]').forEach((input) => remove(signupPanel(input)));
  // So are short boxes that end in a sign-up <button>, read before buttons go with the rest below.
  root.querySelectorAll('button').forEach((button) => {
    const box = buttonPanel(button);
    if (box) remove(box);
  });
  // Asides are removed below, and Readability drops any left; a fact box set in one is the story's own text, so it becomes a <div>.
  root.querySelectorAll('aside').forEach((el) => {
    if (isFactBox(el)) asDiv(el, 'fact-box');
  });
  root.querySelectorAll(ALWAYS_REMOVE).forEach(remove);
  // Whole-page <form> wrappers (ASP.NET sites), pages set aria-hidden while a cookie dialog is open,
  // and quote attributions (<blockquote><footer>) stay.
  // A measure stays true until something is removed (`removed` changes).
  let measured: Map<Element, TextMeasure> | null = null;
  let measuredAt = -1;
  const measure = (): Map<Element, TextMeasure> => {
    if (!measured || measuredAt !== removed) [measured, measuredAt] = [measureText(root), removed];
    return measured;
  };
  const wrappers = Array.from(root.querySelectorAll('form, [aria-hidden="true"], footer'));
  if (wrappers.length > 0) {
    const lengths = wrappers.some((el) => el.tagName !== 'FOOTER') ? measure() : null;
    for (const el of wrappers) {
      if (el.tagName === 'FOOTER' ? !el.closest('blockquote') : (lengths?.get(el)?.length ?? 0) < 2500) remove(el);
    }
  }
  const body = 'body' in root ? root.body : root;
  if (!body) return removed;
  // Inside a prose container nothing is removed (topic links and name spans are part of a sentence).
  if (!body.closest(PROSE_SELECTOR)) {
    const times = firstTimes(body);
    const lengths = measure();
    for (let el = body.firstElementChild; el;) {
      const length = lengths.get(el)?.length ?? 0;
      if (el.tagName !== 'H1') {
        // Read once, and only for short elements: on a long page most elements are paragraphs.
        const text = length <= LINE_MAX ? (el.textContent ?? '') : '';
        // ("<p><a><img alt=...></a><br><font>ADVERTISEMENT</font></p>": the label is all the text an ad's paragraph has.)
        const adLabel = isAdLabel(text);
        // A short slot whose first line is such a label holds the advertisement itself.
        const head = length <= LINE_MAX ? el.firstElementChild : null;
        const adSlot = !!head && head.children.length === 0 && isAdLabel(head.textContent ?? '');
        // A copyright line, an appeal, a reporter's address or a date on its own: one line of the page's
        // own, not a container that happens to hold one (the selector last: it is the dear test).
        // Its lines by <br>, read once for the site-line and reader's-comment tests (a comment may pass LINE_MAX).
        const lines = length > 0 && length <= COMMENT_MAX && hasBreak(el) ? linesByBreak(el) : null;
        const siteLine = (isSiteLine(text) || (!!text && !!lines && siteLinesByBreak(lines))) && !el.querySelector(BLOCK_CHILD);
        // A short box that ends in a sign-up button ("Up North Daily ... Sign up"): a newsletter's panel.
        const signupBox = !isProse(el) && length > 0 && length <= CTA_BOX_MAX && endsInSignup(el);
        // A <time> on its own line is the story's date stamp (read separately as publishedTime).
        const dateStamp = el.tagName === 'TIME';
        // A reader's comment on one line under a bold name, or the name alone heading the comment after it
        // ("<dt><b>Deb in Dunmore</b> wrote:</dt><dd>...</dd>").
        const opening = !lines && !!text ? commentOpening(el, text) : null;
        const comment = opening === 'alone' ? commentAfter(el) : null;
        if (
          !!opening ||
          adLabel ||
          adSlot ||
          siteLine ||
          signupBox ||
          dateStamp ||
          (!!lines && isCommentByHandle(el, lines)) ||
          isFurnitureByCue(el, length) ||
          isDateLine(el, times.get(el), length) ||
          isDeckBeforeBody(el, lengths)
        ) {
          const next = nextElement(comment ?? el, body, true);
          remove(el);
          if (comment) remove(comment);
          el = next;
          continue;
        }
      }
      // A short heading straight after the headline is its deck ("<h1>...</h1><h3 class="subhead">..."):
      // a story opens with prose, and a crosshead comes after some.
      else {
        const deck = deckAfter(el, lengths);
        if (deck) remove(deck);
      }
      const prose = isProse(el);
      // A cell read as prose is not walked into, but a line of its own in it may be the site's.
      if (prose && el.tagName === 'TD') wholeLineChildren(el).filter(isSiteLineElement).forEach(remove);
      el = nextElement(el, body, prose);
    }
  }
  const lists = measure();
  for (let el = body.firstElementChild; el;) {
    if (isListBlock(el) && isLinkList(lists.get(el))) {
      const next = nextElement(el, body, true);
      remove(el);
      el = next;
    } else el = nextElement(el, body, false);
  }
  return removed;
}
