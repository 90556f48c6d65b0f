/**
 * The one typed message protocol between the content script (and popup) and the background
 * service worker, which alone writes the database. Built on @webext-core/messaging so each
 * message has a typed request and response and errors travel back to the caller.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReading } from '@/core/read-page';
import type { ArticleRef } from '@/core/model/views';
import type { Annotation } from '@/core/model/annotation';
import type { ArticleRecord, Settings, StoredFigure } from '@/core/model/records';
import type { HighlightCategory } from '@/core/model/highlight-categories';
import type { SyncStatus } from '@/sync/session';

export type { ArticleFindings, PageReading } from '@/core/read-page';

export interface OpenPageRequest {
  /** The page's serialised HTML (`document.documentElement.outerHTML`). */
  html: string;
  url: string;
  /** Read the page even on a site that is not listed (the reader asked for it). */
  force: boolean;
}

/** What `openPage` answers: `page` is absent when the site is not listed and nobody asked. */
export interface OpenedPage {
  settings: Settings;
  listed: boolean;
  page?: {
    reading: PageReading;
    /** The page's saved notes and links; null when the database could not be read (see `problems`). */
    context: PageContext | null;
    /** What failed after the reading, in words for the reader. */
    problems: string[];
  };
}

/** What the content script sends to remember an article: metadata and findings, never the text. */
export interface ArticleSubmission {
  /** Canonical URL when the page declares one, else the page URL without tracking parameters. */
  id: string;
  url: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  textHash: string;
  officials: SubmittedOfficial[];
  /**
   * Everyone else the article names (residents, campaigners, business people), kept apart from the
   * officials: the People tab lists them under their own heading. Absent in saves queued by older versions.
   */
  people?: SubmittedOfficial[];
  figures: StoredFigure[];
  /** True for automatic remembering on a listed news site. */
  auto: boolean;
}

export interface SubmittedOfficial {
  name: string;
  role: string | null;
  watchlistId: string | null;
  /** Surface forms of its mentions. */
  forms: string[];
}

export type { ArticleRef };

/** What the page needs from the database to draw itself. */
export interface PageContext {
  article: ArticleRecord | null;
  annotations: Annotation[];
  /** Resolved official id for each submitted official name (same order as requested). */
  officialIds: string[];
  /** Other saved articles naming the same official, by official id. */
  relatedByOfficial: Record<string, ArticleRef[]>;
  /** Other saved articles with the same figure, by `figureKey()`. */
  relatedByFigure: Record<string, ArticleRef[]>;
}

export interface PageContextRequest {
  articleId: string;
  officials: SubmittedOfficial[];
  figureKeys: string[];
}

/**
 * Messages handled by the background. Every write returns the stored record. Each message is
 * validated (message-schemas.ts) and checked against its sender (background/message-policy.ts): a
 * content script reads and writes only for the article of its own tab. Bulk and destructive work
 * (forget an article, links, import) is not in this protocol: extension pages do it through
 * `storage/` in the extension's own origin.
 */
export interface BackgroundProtocol {
  /**
   * A page's message at load (and whenever it is read again): the reader's settings and, on a listed
   * site or when `force` (the reader asked), the page read from its HTML and analysed, remembered
   * if the reader keeps listed articles, with its saved notes and links. Extraction and detection
   * run here, off the page's main thread: the page only serialises itself and highlights.
   */
  openPage(req: OpenPageRequest): OpenedPage;
  getPageContext(req: PageContextRequest): PageContext;
  rememberArticle(article: ArticleSubmission): ArticleRecord;
  /**
   * Saves (creates or replaces) an annotation; remembers its article first if it is not yet saved.
   * Returns what is stored: a newer stored version wins over an older one, and null means the note
   * was deleted after this version was made (a tombstone wins), so it was not saved.
   */
  saveAnnotation(req: { annotation: Annotation; article: ArticleSubmission }): Annotation | null;
  deleteAnnotation(id: string): void;
  /** Records which annotations could not be placed on the last visit, and which now could. */
  setOrphans(req: { articleId: string; orphaned: string[]; placed: string[] }): void;
  /** Team sync (extension pages only): the connection's status. */
  syncStatus(): SyncStatus;
  /** Saves the server, token and name and connects (host permission is asked by the page first). */
  syncConnect(req: { url: string; token: string; name: string }): SyncStatus;
  /** Disconnects and stays disconnected until Connect. */
  syncDisconnect(): SyncStatus;
}

/** Messages handled by the content script in a tab (sent by the popup and the background). */
export interface PageState {
  status: 'analysing' | 'article' | 'not-article' | 'not-run';
  reason?: string;
  articleId?: string;
  title?: string | null;
  officials?: { id: string; name: string; role: string | null; count: number }[];
  /** Everyone else the article names (residents, campaigners, business people). */
  people?: { name: string; role: string | null; count: number }[];
  figures?: StoredFigure[];
  hidden?: Partial<Record<HighlightCategory, boolean>>;
  orphans?: string[];
}

export interface ContentProtocol {
  getPageState(): PageState;
  analysePage(): PageState;
  setCategoryVisible(req: { category: HighlightCategory; visible: boolean }): void;
  /** Hides every highlight category, or shows them all again when all are hidden (keyboard shortcut). */
  toggleHighlights(): void;
  scrollToAnnotation(id: string): boolean;
  highlightSelection(): boolean;
  /** Remembers the article on this page (the reader pressed Save); null when it is not an article. */
  saveArticle(): ArticleRecord | null;
  /** Re-reads this page's annotations after the popup edited or deleted one. */
  refreshAnnotations(): void;
}

export const backgroundMessaging = defineExtensionMessaging<BackgroundProtocol>();
export const contentMessaging = defineExtensionMessaging<ContentProtocol>();
