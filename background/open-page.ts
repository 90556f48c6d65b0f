/**
 * A page's one message at load: the reader's settings, and for a listed site (or when the reader
 * asked) the page read and analysed, remembered when the reader keeps listed articles, with what
 * the database knows about it. One round trip instead of four: each message costs the page's main
 * thread a millisecond or two of its own, beside the wait.
 */
import { cleanUrl } from '@/core/article/canonical-url';
import { isNotArticle } from '@/core/model/analysis';
import { isListedSite } from '@/core/settings/site-match';
import type { OpenedPage, OpenPageRequest, PageReading } from '@/messaging/protocol';
import { articleSubmission, figureKeys, submittedOfficial } from '@/messaging/submission';
import { rememberArticle } from '@/storage/articles';
import type { CouncilLensDb } from '@/storage/db';
import { pageContext } from '@/storage/page-context';
import { getSettings } from '@/storage/settings';
import { listWatchlist } from '@/storage/watchlist';
import type { PageReader } from './page-reader';

/** Runs a storage operation the way every handler does (reopening a closed database once). */
type Guard = <T>(op: () => Promise<T>) => Promise<T>;

/** Reads the article of a page from its HTML and finds its officials, people and figures, with the reader's watchlist. */
async function readAndAnalyse(db: CouncilLensDb, guard: Guard, read: PageReader, html: string, url: string): Promise<PageReading> {
  return read(html, url, { watchlist: await guard(() => listWatchlist(db)) });
}

const problem = (what: string, error: unknown) => `${what}: ${error instanceof Error ? error.message : String(error)}`;

/**
 * Answers `openPage`. A storage failure after the reading (remembering, the notes) does not lose the
 * reading: the page still highlights and shows the failure as a problem.
 */
export async function openPage(db: CouncilLensDb, guard: Guard, read: PageReader, now: () => Date, req: OpenPageRequest): Promise<OpenedPage> {
  const settings = await guard(() => getSettings(db));
  const listed = isListedSite(req.url, settings.sites);
  if (!listed && !req.force) return { settings, listed };
  const reading = await readAndAnalyse(db, guard, read, req.html, req.url);
  const article = isNotArticle(reading) ? null : reading;
  const articleId = article?.url ?? cleanUrl(req.url);
  const problems: string[] = [];
  if (article && listed && settings.autoRemember) {
    await guard(() => rememberArticle(db, articleSubmission(article, articleId, req.url, true), now())).catch((e: unknown) =>
      problems.push(problem('Could not remember this article', e)),
    );
  }
  const context = await guard(() =>
    pageContext(db, { articleId, officials: article ? article.officials.map(submittedOfficial) : [], figureKeys: article ? figureKeys(article) : [] }),
  ).catch((e: unknown) => {
    problems.push(problem('Could not load your notes for this page', e));
    return null;
  });
  return { settings, listed, page: { reading, context, problems } };
}
