/**
 * What each sender may ask. Extension pages (popup, options) are the extension itself and may ask
 * anything. A content script may read and write only for the article of its own tab: the article a
 * message names must be the page's own address (without tracking parameters) or, when the page
 * declared a canonical URL, an address on the page's own site (registrable domain) — the same rule
 * the content script applies when it takes a canonical URL. The page's URL comes from the browser
 * (`sender.url`), never from the message.
 */
import { cleanUrl } from '@/core/article/canonical-url';
import { sameSite } from '@/core/article/registrable-domain';
import type { ArticleSubmission } from '@/messaging/protocol';
import type { MessageName } from '@/messaging/message-schemas';
import type { CouncilLensDb } from '@/storage/db';
import { RefusedMessage, type Caller } from './caller';

/** True when `articleId` can be the article shown at `pageUrl`. */
export function isArticleOfPage(articleId: string, pageUrl: string): boolean {
  if (cleanUrl(articleId) === cleanUrl(pageUrl)) return true;
  return /^https?:\/\//i.test(articleId) && /^https?:\/\//i.test(pageUrl) && sameSite(articleId, pageUrl);
}

function requireArticle(articleId: string, pageUrl: string): void {
  if (!isArticleOfPage(articleId, pageUrl)) throw new RefusedMessage('a page may only read and write its own article.');
}

/**
 * The submission's id and address must both be the page's article: its own address, or its
 * canonical one on the same site ("m.paper.example/story" read as "www.paper.example/story", an AMP
 * page as its article). Another site's address is refused.
 */
function requireSubmission(sub: ArticleSubmission, pageUrl: string): void {
  requireArticle(sub.id, pageUrl);
  if (!isArticleOfPage(sub.url, pageUrl)) throw new RefusedMessage('the article’s address is not the page’s.');
}

/** An annotation id already stored for another article may not be taken over. */
async function requireOwnAnnotation(db: CouncilLensDb, id: string, articleId: string | null, pageUrl: string): Promise<void> {
  const stored = await db.annotations.get(id);
  if (!stored) return;
  if (articleId !== null && stored.articleId !== articleId) throw new RefusedMessage('that note belongs to another article.');
  requireArticle(stored.articleId, pageUrl);
}

/**
 * Throws `RefusedMessage` unless `caller` may send message `name` with (already validated) `data`.
 * Reads the database to see whose note an id is.
 */
export async function authorise(db: CouncilLensDb, name: MessageName, data: unknown, caller: Caller): Promise<void> {
  if (caller.kind === 'extension') return;
  const page = caller.url;
  switch (name) {
    case 'openPage':
      // A page opens only itself: the address it gives is its own.
      return requireArticle((data as { url: string }).url, page);
    case 'getPageContext':
    case 'setOrphans':
      return requireArticle((data as { articleId: string }).articleId, page);
    case 'rememberArticle':
      return requireSubmission(data as ArticleSubmission, page);
    case 'saveAnnotation': {
      const { annotation, article } = data as { annotation: { id: string; articleId: string; url: string }; article: ArticleSubmission };
      requireSubmission(article, page);
      if (annotation.articleId !== article.id) throw new RefusedMessage('the note is not on the submitted article.');
      // A note keeps the address it was made at, which may differ from today's (same site only).
      requireArticle(annotation.url, page);
      return requireOwnAnnotation(db, annotation.id, annotation.articleId, page);
    }
    case 'deleteAnnotation':
      return requireOwnAnnotation(db, data as string, null, page);
    case 'syncStatus':
    case 'syncConnect':
    case 'syncDisconnect':
      throw new RefusedMessage('team sync is managed from the options page only.');
    default: {
      const never: never = name;
      throw new RefusedMessage(`unknown request ${String(never)}.`);
    }
  }
}
