/** Remembering and forgetting articles, with the officials they name. */
import type { ArticleSubmission } from '@/messaging/protocol';
import { figureKey, type ArticleRecord, type MentionRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';
import { officialsOfKind } from './official-queries';
import { resolveOfficials } from './resolve-officials';
import { bury, laterOf, unbury } from './tombstones';

/** The date an article is filed under: published time when known, else when it was saved. */
export function articleDate(a: Pick<ArticleRecord, 'publishedTime' | 'savedAt'>): string {
  return a.publishedTime ?? a.savedAt;
}

/** The saved article with this id, or undefined. */
export async function getArticle(db: CouncilLensDb, id: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

/** Figure keys worth linking on: a figure without a normalised value identifies nothing. */
function figureKeysOf(sub: ArticleSubmission): string[] {
  const keys = sub.figures.filter((f) => f.value !== null && f.value !== '').map(figureKey);
  return [...new Set(keys)];
}

/**
 * Saves (or updates) an article, resolves its officials (see `resolveOfficials`) and replaces its
 * mention records, all in one transaction. An article the reader saved or annotated stays
 * `auto: false` even if it is later remembered automatically again; `savedAt` is kept on updates.
 */
export async function rememberArticle(db: CouncilLensDb, sub: ArticleSubmission, now: Date): Promise<ArticleRecord> {
  return db.transaction('rw', [db.articles, db.officials, db.mentions, db.tombstones], async () => {
    const stamp = now.toISOString();
    const previous = await db.articles.get(sub.id);
    const people = sub.people ?? [];
    const [officials, persons] = await Promise.all([officialsOfKind(db, 'official'), people.length > 0 ? officialsOfKind(db, 'person') : []]);
    const { ids, changed } = resolveOfficials(officials, sub.officials, now);
    const others = resolveOfficials(persons, people, now, 'person');
    const record: ArticleRecord = {
      id: sub.id,
      url: sub.url,
      title: sub.title,
      siteName: sub.siteName,
      byline: sub.byline,
      publishedTime: sub.publishedTime,
      textHash: sub.textHash,
      figures: sub.figures.map(({ text, kind, value, unit }) => ({ text, kind, value, unit })),
      figureKeys: figureKeysOf(sub),
      officialIds: [...new Set(ids)],
      auto: (previous?.auto ?? true) && sub.auto,
      savedAt: previous?.savedAt ?? stamp,
      updatedAt: stamp,
    };
    // Several submitted names can resolve to one official ("Mark Rogers" and "Rogers").
    const mentions = new Map<string, MentionRecord>();
    const named = [...sub.officials.map((o, i) => ({ o, officialId: ids[i]! })), ...people.map((o, i) => ({ o, officialId: others.ids[i]! }))];
    named.forEach(({ o, officialId }) => {
      const id = `${officialId}|${sub.id}`;
      const prior = mentions.get(id);
      const forms = [...new Set([...(prior?.forms ?? []), ...o.forms])];
      mentions.set(id, {
        id,
        officialId,
        articleId: sub.id,
        forms,
        role: prior?.role ?? o.role,
        count: (prior?.count ?? 0) + Math.max(o.forms.length, 1),
        date: articleDate(record),
      });
    });
    await db.articles.put(record);
    await unbury(db, 'articles', [sub.id]);
    const records = [...changed.values(), ...others.changed.values()];
    if (records.length > 0) await db.officials.bulkPut(records);
    await db.mentions.where('articleId').equals(sub.id).delete();
    await db.mentions.bulkPut([...mentions.values()]);
    return record;
  });
}

/** What forgetting an article removes, and what of the reader's own it keeps. */
export interface ForgetSummary {
  /** 1 when the article was saved, else 0. */
  articles: number;
  /** Mentions of the officials and other people it names (the people themselves stay: other articles name them). */
  mentions: number;
  /** The reader's notes on it: kept. */
  notesKept: number;
  /** The reader's links from or to it: kept (a link to a forgotten article shows its address). */
  linksKept: number;
}

async function summarise(db: CouncilLensDb, articleId: string): Promise<ForgetSummary> {
  const [article, mentions, notesKept, linksKept] = await Promise.all([
    db.articles.get(articleId),
    db.mentions.where('articleId').equals(articleId).count(),
    db.annotations.where('articleId').equals(articleId).count(),
    db.links.where('articleIds').equals(articleId).count(),
  ]);
  return { articles: article ? 1 : 0, mentions, notesKept, linksKept };
}

/** What `forgetArticle` would remove and keep, for the confirmation. Reads only. */
export async function forgetPreview(db: CouncilLensDb, articleId: string): Promise<ForgetSummary> {
  return db.transaction('r', [db.articles, db.mentions, db.annotations, db.links], () => summarise(db, articleId));
}

/**
 * Forgets an article: removes its record (title, site, date, figures) and its mention records, and
 * leaves a tombstone so an older backup does not bring it back (reading it again does). Everything
 * the reader made is kept: notes on it, and links from or to it, including links made from notes
 * on other articles. Officials stay too: other articles and the watchlist may name them. Returns
 * what was removed and kept; forgetting an article that is not saved removes nothing.
 */
export async function forgetArticle(db: CouncilLensDb, articleId: string, now: Date): Promise<ForgetSummary> {
  return db.transaction('rw', [db.articles, db.mentions, db.annotations, db.links, db.tombstones], async () => {
    const summary = await summarise(db, articleId);
    if (summary.articles === 0 && summary.mentions === 0) return summary;
    const article = await db.articles.get(articleId);
    await db.articles.delete(articleId);
    await db.mentions.where('articleId').equals(articleId).delete();
    await bury(db, 'articles', [articleId], laterOf(now.toISOString(), article?.updatedAt));
    return summary;
  });
}
