/** Short references to saved articles, as hover cards and the popup show them. */
import type { ArticleRef } from '@/messaging/protocol';
import type { ArticleRecord } from '@/core/model/records';
import { articleDate } from './articles';

/** The fields of an article a reference shows. */
export function toArticleRef(a: ArticleRecord): ArticleRef {
  return { id: a.id, url: a.url, title: a.title, siteName: a.siteName, publishedTime: a.publishedTime };
}

/** Sorts articles newest first by published (else saved) time; ties by id for a stable order. */
export function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  const d = articleDate(b).localeCompare(articleDate(a));
  return d !== 0 ? d : a.id.localeCompare(b.id);
}
