/**
 * Page metadata read from `<meta>` tags, JSON-LD and `<time>` elements: site name, publication time
 * and byline. Read-only over the document; Readability's own guesses are only a fallback because
 * sites state these facts more reliably in metadata than in their markup.
 */
import { findDateLine } from './date-line';

/** Article-like schema.org types whose `datePublished`/`author`/`publisher` describe the page. */
const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage|ScholarlyArticle|SocialMediaPosting|TechArticle)$/;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** Every JSON object found in the page's JSON-LD blocks, flattening arrays and `@graph`. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      // A broken JSON-LD block is common on real sites; the other sources still apply.
    }
  }
  return nodes;
}

/** The JSON-LD nodes describing the article, most specific type first (NewsArticle before WebPage). */
function articleNodes(doc: Document): JsonObject[] {
  const nodes = jsonLdNodes(doc).filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  return nodes.sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')));
}

/** Content of the first `<meta>` whose property/name/itemprop is one of `keys` and is non-empty. */
export function metaContent(doc: Document, keys: string[]): string | null {
  // The first <meta> for each attribute and value, from one pass over the page's <meta> elements:
  // a selector per key and attribute walks the whole page for every key the page lacks.
  const first = new Map<string, Element>();
  for (const meta of doc.querySelectorAll('meta')) {
    for (const attr of META_ATTRS) {
      const value = meta.getAttribute(attr);
      if (value !== null && !first.has(`${attr}=${value}`)) first.set(`${attr}=${value}`, meta);
    }
  }
  for (const key of keys) {
    for (const attr of META_ATTRS) {
      const value = first.get(`${attr}=${key}`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return null;
}

const META_ATTRS = ['property', 'name', 'itemprop'];

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || null;
  return null;
}

/** Normalises a date string to ISO 8601 (UTC) when `Date` can parse it; else returns it trimmed. */
export function normaliseDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** Publication time from meta tags, JSON-LD `datePublished`, the page's `<time datetime>`, then its visible date line. */
export function findPublishedTime(doc: Document): string | null {
  const fromMeta = metaContent(doc, [
    'article:published_time',
    'og:article:published_time',
    'datePublished',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date.issued',
    'DC.date.issued',
    'dcterms.created',
    'publish-date',
    'pubdate',
    // An older CMS's plain <meta name="date">, last: other tags name the publication more surely.
    'date',
  ]);
  if (fromMeta) return normaliseDate(fromMeta);
  for (const node of articleNodes(doc)) {
    if (typeof node.datePublished === 'string') return normaliseDate(node.datePublished);
  }
  const time =
    doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime], time[class*="publish"][datetime]') ??
    doc.querySelector('article time[datetime], main time[datetime]') ??
    doc.querySelector('time[datetime]');
  return normaliseDate(time?.getAttribute('datetime')) ?? findDateLine(doc);
}

/** Site name from `og:site_name`, JSON-LD publisher/WebSite, then `application-name`. */
export function findSiteName(doc: Document): string | null {
  const fromMeta = metaContent(doc, ['og:site_name']);
  if (fromMeta) return fromMeta;
  for (const node of articleNodes(doc)) {
    const publisher = nameOf(node.publisher);
    if (publisher) return publisher;
  }
  const site = jsonLdNodes(doc).find((n) => typesOf(n).includes('WebSite') || typesOf(n).some((t) => /Organization$/.test(t)));
  return (site && nameOf(site)) ?? metaContent(doc, ['application-name', 'apple-mobile-web-app-title']);
}

/** Author names from JSON-LD, joined as a reader would write them ("A", "A and B", "A, B and C"). */
function jsonLdByline(doc: Document): string | null {
  for (const node of articleNodes(doc)) {
    const authors = (Array.isArray(node.author) ? node.author : [node.author]).map(nameOf).filter((n): n is string => !!n);
    if (authors.length === 1) return authors[0] ?? null;
    if (authors.length > 1) return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
  }
  return null;
}

/**
 * A reporter's post printed after the name ("Local Democracy Reporter", ", Chief Political Correspondent",
 * ", Public Safety Reporter", "Courier Editor"): after a comma any beat of up to four words; without one,
 * known words only (beats, ranks and papers' names).
 */
const BYLINE_ROLE_RE =
  /,\s*(?:[\w&'’-]+\s+){0,4}(?:Reporter|Correspondent|Editor|Writer|Journalist|Columnist|Photographer|Contributor|Staff)s?$|(?:,\s*|\s+)(?:(?:Local|Democracy|Journalism|Initiative|Senior|Chief|Political|Health|Education|Business|Crime|Courts?|News|Staff|Community|Data|Investigative|Digital|Sports?|Environment|Transport|Housing|Council|Municipal|City|County|State|Features?|Deputy|Assistant|Associate|Contributing|Special|Regional|Agriculture|Arts|Government|Politics|Public|Affairs|Metro|Breaking|Reporting|Courier|Gazette|Herald|Times|Post|Journal|Tribune|Ledger|Chronicle|Star|Mail|Echo|Press|Argus|Advertiser|Observer|Record|Sentinel|Express|Standard|Register|Dispatch|Examiner)\s+){0,5}(?:Reporter|Correspondent|Editor|Writer|Journalist|Columnist|Photographer|Contributor|Service)s?$/i;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/**
 * Tidies a byline as sites print it: drops a leading "By", anything after a separator ("|", "·"),
 * a trailing date or time, e-mail addresses and trailing punctuation. Null when nothing name-like
 * remains (a date, "Last updated ...", a URL).
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.replace(/\s+/g, ' ').trim();
  if (/^(last\s+)?(updated|published|posted)\b(?!\s+by\b)/i.test(text)) return null;
  text = text.replace(/^(?:(?:posted|written|words|reporting|story|report|text)?\s*by[:\s]+|(?:words|story|report|text|reporter|author)\s*:\s*)/i, '');
  // ("<span>By </span><a>Name</a> | email": the "By" was its own element, so a separator opens what is left.)
  text = text.replace(/^[\s|·•]+/, '').split(/\s[|·•]\s/)[0] ?? '';
  text = text.replace(/\S+@\S+/g, ' ');
  // A post with a number in its paper's name goes first: "Renee Castellanos, Valley 9 News Reporter".
  text = text.replace(BYLINE_ROLE_RE, '');
  // Cut at a date or time that follows the name: "on 4 July", "March 11, 2015 3:46 PM", "18:42".
  text = text.replace(new RegExp(`\\s+(?:(?:on|at|updated|published)\\s+)?(?:\\d|${MONTH}\\s+\\d).*$`, 'i'), '');
  // "Elin Mathias, health correspondent", "Amrit Dhillon Local Journalism Initiative Reporter": the name only.
  text = text.replace(/,\s+(?:[a-z][\w'’-]*\s*)+$/, '').replace(BYLINE_ROLE_RE, '');
  text = text.replace(/[\s,;:|·•-]+$/, '').trim();
  if (!text || /\d/.test(text) || /^https?:/i.test(text) || text.length > 100) return null;
  return text;
}

/**
 * Byline from JSON-LD authors, author meta tags, then the fallback (the page's byline element or
 * Readability's guess), read only when neither answers: finding it walks the page several times.
 */
export function findByline(doc: Document, fallback: () => string | null | undefined): string | null {
  const fromLd = jsonLdByline(doc);
  if (fromLd) return cleanByline(fromLd);
  const fromMeta = metaContent(doc, ['author', 'article:author', 'parsely-author', 'byl', 'sailthru.author', 'dc.creator', 'DC.creator', 'dcterms.creator']);
  if (fromMeta && !/^https?:/i.test(fromMeta)) return authorList(cleanByline(fromMeta));
  return cleanByline(fallback());
}

/** A person's name as an author meta tag lists it: two to four capitalised words ("Leah Strand", "Ana de la Cruz"). */
const AUTHOR_NAME_RE = /^[A-Z][\p{L}'’.-]*(?:\s+(?:[A-Z][\p{L}'’.-]*|de|da|van|von|der|del|la|le)){1,3}$/u;

/** A paper's, desk's or agency's name, which an author meta tag may set after the author ("Kellerby Chronicle"). */
const PUBLICATION_END_RE =
  /\s(?:News|Chronicle|Gazette|Herald|Times|Post|Journal|Tribune|Ledger|Star|Mail|Echo|Press|Argus|Advertiser|Observer|Record|Sentinel|Express|Standard|Register|Dispatch|Examiner|Courier|Bulletin|Today|Staff|Desk|Team|Service|Agency|Wire)$/;

/**
 * "Leah Strand, Marcus Obi" in an author meta tag: the page's authors, listed as its byline and
 * JSON-LD's authors are ("Leah Strand and Marcus Obi"). A comma before anything but a name (a post,
 * a paper) was cut by `cleanByline`, or leaves the text as it is.
 */
function authorList(byline: string | null): string | null {
  const names = byline?.split(/,\s+/) ?? [];
  if (names.length < 2 || !names.every((n) => AUTHOR_NAME_RE.test(n) && !PUBLICATION_END_RE.test(n))) return byline;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
