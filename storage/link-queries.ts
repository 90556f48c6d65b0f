/**
 * Read side of the reader's links, for the popup: the links of one note resolved for display, and
 * the articles and notes a note can be linked to. Written for `liveQuery` (only Dexie calls inside).
 */
import type { Annotation } from '@/core/model/annotation';
import type { ArticleRecord, LinkEnd } from '@/core/model/records';
import type { LinkEndView, LinkTargetView, LinkView } from '@/core/model/views';
import { isWebUrl } from '@/core/web-url';
import type { CouncilLensDb } from './db';
import { foldText, matchesAll, searchTerms } from './text-search';

export type { LinkEndView, LinkTargetView, LinkView };

/** Longest quote shown as a link title. */
const TITLE_CHARS = 80;

/** Collapses whitespace and clips to `max` characters with an ellipsis. */
export function clipText(text: string, max = TITLE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function articleView(id: string, article: ArticleRecord | undefined): LinkEndView {
  return {
    type: 'article',
    id,
    // A link may point at an article that is not (or no longer) saved: its id is its URL.
    title: article?.title || article?.siteName || article?.url || id,
    url: article?.url ?? (isWebUrl(id) ? id : null),
    siteName: article?.siteName ?? null,
    context: null,
  };
}

function annotationView(annotation: Annotation, article: ArticleRecord | undefined): LinkEndView {
  return {
    type: 'annotation',
    id: annotation.id,
    title: clipText(annotation.target.quote.exact) || '(empty quote)',
    url: annotation.url || article?.url || null,
    siteName: article?.siteName ?? null,
    context: article?.title ?? null,
  };
}

async function resolveEnd(db: CouncilLensDb, end: LinkEnd): Promise<LinkEndView> {
  if (end.type === 'article') return articleView(end.id, await db.articles.get(end.id));
  const annotation = await db.annotations.get(end.id);
  if (!annotation) return { type: 'annotation', id: end.id, title: '(deleted note)', url: null, siteName: null, context: null };
  return annotationView(annotation, await db.articles.get(annotation.articleId));
}

/** Newest first by a date string; ties by id so the order is stable. */
function byDateDesc<T extends { id: string }>(date: (t: T) => string) {
  return (a: T, b: T) => date(b).localeCompare(date(a)) || a.id.localeCompare(b.id);
}

/**
 * Links whose `from` or `to` is the annotation `annotationId`, newest first, each with its other end
 * resolved to a title, URL and site for display.
 */
export async function linksFor(db: CouncilLensDb, annotationId: string): Promise<LinkView[]> {
  const [outgoing, incoming] = await Promise.all([
    db.links.where('from.id').equals(annotationId).toArray(),
    db.links.where('to.id').equals(annotationId).toArray(),
  ]);
  // The id indexes do not know the end's type: an article whose URL equals the id must not match.
  const views: Promise<LinkView>[] = [];
  for (const link of outgoing.filter((l) => l.from.type === 'annotation')) {
    views.push(resolveEnd(db, link.to).then((other) => ({ id: link.id, direction: 'outgoing', other, note: link.note, createdAt: link.createdAt })));
  }
  for (const link of incoming.filter((l) => l.to.type === 'annotation' && !(l.from.type === 'annotation' && l.from.id === annotationId))) {
    views.push(resolveEnd(db, link.from).then((other) => ({ id: link.id, direction: 'incoming', other, note: link.note, createdAt: link.createdAt })));
  }
  return (await Promise.all(views)).sort(byDateDesc((l) => l.createdAt));
}

/** Default number of candidates offered. */
export const LINK_TARGET_LIMIT = 20;

/**
 * Saved articles (title or site matching every word of `text`) and annotations (quote or note
 * matching) a note can be linked to, newest first, at most `limit`. The note itself and its own
 * article are left out: a link to either says nothing. Blank `text` lists the newest of both.
 */
export async function linkTargets(db: CouncilLensDb, text: string, excludeAnnotationId: string, limit = LINK_TARGET_LIMIT): Promise<LinkTargetView[]> {
  const terms = searchTerms(text);
  const own = await db.annotations.get(excludeAnnotationId);
  // Walk each date index newest first and stop after `limit` matches: the merge needs no more.
  const [articles, annotations] = await Promise.all([
    db.articles
      .orderBy('savedAt')
      .reverse()
      .filter((a) => a.id !== own?.articleId && matchesAll(foldText(`${a.title ?? ''}\n${a.siteName ?? ''}`), terms))
      .limit(limit)
      .toArray(),
    db.annotations
      .orderBy('createdAt')
      .reverse()
      .filter((a) => a.id !== excludeAnnotationId && matchesAll(foldText(`${a.target.quote.exact}\n${a.note}`), terms))
      .limit(limit)
      .toArray(),
  ]);
  const homes = await db.articles.bulkGet(annotations.map((a) => a.articleId));
  const targets: LinkTargetView[] = [
    ...articles.map((a) => ({ ...articleView(a.id, a), date: a.savedAt })),
    ...annotations.map((a, i) => ({ ...annotationView(a, homes[i]), date: a.createdAt })),
  ];
  return targets.sort(byDateDesc((t) => t.date)).slice(0, limit);
}
