/**
 * Collects the records of one export scope from the database: everything, a filtered set of
 * annotations, one article, or one official. Only records the scope needs are read.
 */
import type { ExportData } from '@/core/export/types';
import type { Annotation } from '@/core/model/annotation';
import type { ArticleRecord, LinkRecord, MentionRecord, OfficialRecord, WatchlistRecord } from '@/core/model/records';
import type { CouncilLensDb } from './db';

/** What to export. */
export type ExportScope =
  { kind: 'all' } | { kind: 'filter'; annotationIds: string[] } | { kind: 'article'; articleId: string } | { kind: 'official'; officialId: string };

const present = <T>(rows: (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);
const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

/** The officials, watchlist entries and links that belong with a set of articles and annotations. */
async function related(db: CouncilLensDb, articles: ArticleRecord[], annotations: Annotation[], mentions: MentionRecord[]): Promise<ExportData> {
  const officials = present<OfficialRecord>(await db.officials.bulkGet(unique(mentions.map((m) => m.officialId))));
  const watchIds = unique(officials.map((o) => o.watchlistId).filter((id): id is string => !!id));
  const watchlist = present<WatchlistRecord>(await db.watchlist.bulkGet(watchIds));
  const ends = new Set([...articles.map((a) => a.id), ...annotations.map((a) => a.id)]);
  // A link belongs when the reader made it from something in the scope.
  const candidates = await db.links
    .where('articleIds')
    .anyOf(articles.map((a) => a.id))
    .toArray();
  const links = unique(candidates.filter((l: LinkRecord) => ends.has(l.from.id)).map((l) => l.id))
    .map((id) => candidates.find((l) => l.id === id))
    .filter((l): l is LinkRecord => !!l);
  return { articles, officials, mentions, annotations, links, watchlist, settings: null };
}

/** Reads the records of `scope` from `db`. */
export async function collectExportData(db: CouncilLensDb, scope: ExportScope): Promise<ExportData> {
  return db.transaction('r', [db.articles, db.officials, db.mentions, db.annotations, db.links, db.watchlist, db.settings], async () => {
    switch (scope.kind) {
      case 'all': {
        const [articles, officials, mentions, annotations, links, watchlist, settings] = await Promise.all([
          db.articles.toArray(),
          db.officials.toArray(),
          db.mentions.toArray(),
          db.annotations.toArray(),
          db.links.toArray(),
          db.watchlist.toArray(),
          db.settings.get('settings'),
        ]);
        return { articles, officials, mentions, annotations, links, watchlist, settings: settings?.value ?? null };
      }
      case 'filter': {
        const annotations = present(await db.annotations.bulkGet(unique(scope.annotationIds)));
        const articleIds = unique(annotations.map((a) => a.articleId));
        const articles = present(await db.articles.bulkGet(articleIds));
        const mentions = await db.mentions.where('articleId').anyOf(articleIds).toArray();
        return related(db, articles, annotations, mentions);
      }
      case 'article': {
        const article = await db.articles.get(scope.articleId);
        const annotations = await db.annotations.where('articleId').equals(scope.articleId).toArray();
        const mentions = await db.mentions.where('articleId').equals(scope.articleId).toArray();
        return related(db, article ? [article] : [], annotations, mentions);
      }
      case 'official': {
        const own = await db.mentions.where('officialId').equals(scope.officialId).toArray();
        const articleIds = unique(own.map((m) => m.articleId));
        const articles = present(await db.articles.bulkGet(articleIds));
        const annotations = await db.annotations.where('articleId').anyOf(articleIds).toArray();
        const data = await related(db, articles, annotations, own);
        // The official may have no mention left but still be asked for (a watched person): include them.
        if (!data.officials.some((o) => o.id === scope.officialId)) {
          const official = await db.officials.get(scope.officialId);
          if (official) data.officials.push(official);
          const watch = official?.watchlistId ? await db.watchlist.get(official.watchlistId) : undefined;
          if (watch) data.watchlist.push(watch);
        }
        return data;
      }
    }
  });
}
