/** Remembering and forgetting articles, with the officials they name. */
import type { ArticleSubmission } from '@/messaging/protocol';
import { figureKey, type ArticleRecord, type MentionRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';
import { resolveOfficials } from './resolve-officials';

/** The date an article is filed under: published time when known, else when it was saved. */
export function articleDate(a: Pick<ArticleRecord, 'publishedTime' | 'savedAt'>): string {
  return a.publishedTime ?? a.savedAt;
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
  return db.transaction('rw', [db.articles, db.officials, db.mentions], async () => {
    const stamp = now.toISOString();
    const previous = await db.articles.get(sub.id);
    const existing = await db.officials.toArray();
    const { ids, changed } = resolveOfficials(existing, sub.officials, now);
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
    sub.officials.forEach((o, i) => {
      const officialId = ids[i]!;
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
    if (changed.size > 0) await db.officials.bulkPut([...changed.values()]);
    await db.mentions.where('articleId').equals(sub.id).delete();
    await db.mentions.bulkPut([...mentions.values()]);
    return record;
  });
}

/**
 * Forgets an article: removes its record, its mention records and every link with an end on it.
 * The reader's annotations on it are kept (they are the reader's own writing, listed in the popup
 * and exported even without the article), and so are officials, which other articles and the
 * watchlist may name. Forgetting an article that is not saved does nothing.
 */
export async function forgetArticle(db: CouncilLensDb, articleId: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.mentions, db.links], async () => {
    await db.articles.delete(articleId);
    await db.mentions.where('articleId').equals(articleId).delete();
    await db.links.where('articleIds').equals(articleId).delete();
  });
}
