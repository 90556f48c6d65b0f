/** Lookups over an ExportData that several exporters share (built once per export, not per row). */
import type { Annotation } from '../model/annotation';
import { isOfficialRecord, type ArticleRecord, type MentionRecord, type OfficialRecord } from '../model/records';
import { officialMatcher, type OfficialMatcher } from './official-matcher';
import type { ExportData } from './types';

/** Maps from ids to records, and per-article groupings. */
export interface ExportIndexes {
  articleById: Map<string, ArticleRecord>;
  officialById: Map<string, OfficialRecord>;
  mentionsByArticle: Map<string, MentionRecord[]>;
  annotationsByArticle: Map<string, Annotation[]>;
  /** Matchers for the officials of one article, compiled on first use. */
  matchersFor(articleId: string): OfficialMatcher[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Builds the shared lookups for `data`. */
export function buildIndexes(data: ExportData): ExportIndexes {
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const officialById = new Map(data.officials.map((o) => [o.id, o]));
  const mentionsByArticle = groupBy(data.mentions, (m) => m.articleId);
  const annotationsByArticle = groupBy(data.annotations, (a) => a.articleId);
  const matcherCache = new Map<string, OfficialMatcher[]>();
  const matchersFor = (articleId: string): OfficialMatcher[] => {
    const cached = matcherCache.get(articleId);
    if (cached) return cached;
    const matchers: OfficialMatcher[] = [];
    const seen = new Set<string>();
    for (const m of mentionsByArticle.get(articleId) ?? []) {
      const official = officialById.get(m.officialId);
      if (!official || !isOfficialRecord(official) || seen.has(official.id)) continue;
      seen.add(official.id);
      matchers.push(officialMatcher(official, m.forms));
    }
    // Officials listed on the article without a mention record still count.
    for (const id of articleById.get(articleId)?.officialIds ?? []) {
      const official = officialById.get(id);
      if (!official || seen.has(id)) continue;
      seen.add(id);
      matchers.push(officialMatcher(official));
    }
    matcherCache.set(articleId, matchers);
    return matchers;
  };
  return { articleById, officialById, mentionsByArticle, annotationsByArticle, matchersFor };
}

/** Sort key for an article: published time, else saved time. */
export function articleDate(article: ArticleRecord | undefined): string {
  return article?.publishedTime ?? article?.savedAt ?? '';
}
