/**
 * One page's Council Lens session: analyse the article, highlight it, fetch what the database knows
 * about it (saved notes, the same officials and figures elsewhere), place the reader's notes, and
 * follow the page as it changes. The entrypoint creates one and wires messages to it.
 */
import { analyzeDocument } from '@/core/analyze';
import { cleanUrl } from '@/core/article';
import { annotationRoot } from '@/core/anchoring/page-text';
import { removeHighlights } from '@/core/highlight/remove-highlights';
import type { Analysis, NotAnArticle, WatchlistEntry } from '@/core/model/analysis';
import type { Annotation } from '@/core/model/annotation';
import type { Settings } from '@/core/model/records';
import { isListedSite } from '@/core/settings/site-match';
import type { ArticleSubmission, PageContext, PageState } from '@/messaging/protocol';
import { callBackground, errorMessage } from './background-client';
import { articleSubmission, figureKeys, highlightFindings, plainPageSubmission, submittedOfficial } from './findings';
import { NoteLayer } from './note-layer';
import { PageStyle } from './page-style';
import type { Overlay } from './overlay';

/** The state of the page as far as Council Lens knows it. */
export class PageSession {
  analysis: Analysis | null = null;
  context: PageContext | null = null;
  annotations: Annotation[] = [];
  orphans: string[] = [];
  readonly notes: NoteLayer;
  private status: PageState['status'] = 'not-run';
  private reason: string | undefined;
  private autoMarks: HTMLElement[] = [];
  private settings: Settings | null = null;
  private watchlist: WatchlistEntry[] = [];
  readonly style: PageStyle;
  private lastFingerprint = '';

  constructor(
    private readonly win: Window,
    private readonly overlay: Overlay,
    /** Runs DOM edits with the mutation watcher paused. */
    private readonly quietly: <T>(fn: () => T) => T,
  ) {
    this.notes = new NoteLayer(win.document);
    this.style = new PageStyle(win.document);
  }

  get doc(): Document {
    return this.win.document;
  }

  /** Loads settings and decides whether this page is analysed without being asked. */
  async start(): Promise<void> {
    // Both asked at once: one wake-up of the worker, not two round trips in a row at page start.
    const [settings, watchlist] = await Promise.all([
      callBackground('getSettings', undefined),
      callBackground('getWatchlist', undefined).catch((): WatchlistEntry[] => []),
    ]);
    this.settings = settings;
    this.watchlist = watchlist;
    this.style.applySettings(this.settings);
    if (this.isListed()) await this.run();
  }

  /** False until the page was analysed (automatically or on request). */
  get hasRun(): boolean {
    return this.status !== 'not-run';
  }

  isListed(): boolean {
    return !!this.settings && isListedSite(this.win.location.href, this.settings.sites);
  }

  /** The article id: the page's canonical URL, or its own URL without tracking parameters. */
  articleId(): string {
    return this.analysis?.url ?? cleanUrl(this.win.location.href);
  }

  /** Analyses the page (again), highlights it and places the notes. */
  async run(result = this.analyse()): Promise<PageState> {
    this.status = 'analysing';
    this.style.inject();
    this.quietly(() => this.clearAutomatic());
    if ('kind' in result) {
      this.analysis = null;
      this.status = 'not-article';
      this.reason = result.reason;
    } else {
      this.analysis = result;
      this.status = 'article';
      this.reason = undefined;
      this.autoMarks = this.quietly(() => highlightFindings(annotationRoot(this.doc), result).marks);
      if (this.isListed() && this.settings?.autoRemember) {
        await callBackground('rememberArticle', this.submission(true)).catch((e) => this.fail('Could not remember this article', e));
      }
    }
    await this.loadContext();
    return this.state();
  }

  /**
   * After the page changed (late paragraphs, live updates): runs again only if the article text is
   * different, reusing the analysis it just made. Unchanged text costs one extraction, no DOM work.
   */
  async refresh(): Promise<void> {
    // Busy pages (tickers, ads) mutate all the time; a full extraction only when the text grew or shrank.
    const fingerprint = this.textFingerprint();
    if (fingerprint === this.lastFingerprint) return;
    const again = this.analyse(fingerprint);
    const before = this.analysis;
    if (before && !('kind' in again) && again.text === before.text) return;
    if (!before && 'kind' in again) return;
    await this.run(again);
  }

  private analyse(fingerprint = this.textFingerprint()): Analysis | NotAnArticle {
    this.lastFingerprint = fingerprint;
    return analyzeDocument(this.doc, this.win.location.href, { watchlist: this.watchlist });
  }

  /** Cheap stand-in for "the text changed": the body's text length and paragraph count. */
  private textFingerprint(): string {
    const body = annotationRoot(this.doc);
    return `${body.textContent?.length ?? 0}:${body.getElementsByTagName('p').length}`;
  }

  /** Fetches saved notes and cross-article links, then places the notes. */
  async loadContext(): Promise<void> {
    const a = this.analysis;
    try {
      this.context = await callBackground('getPageContext', {
        articleId: this.articleId(),
        officials: a ? a.officials.map(submittedOfficial) : [],
        figureKeys: a ? figureKeys(a) : [],
      });
    } catch (e) {
      this.fail('Could not load your notes for this page', e);
      return;
    }
    this.annotations = this.context.annotations;
    await this.placeNotes();
  }

  /** Places every note and records which could not be placed. */
  async placeNotes(): Promise<void> {
    const { placed, orphaned } = this.quietly(() => this.notes.placeAll(this.annotations));
    this.orphans = orphaned;
    if (orphaned.length > 0) {
      const n = orphaned.length;
      this.overlay.update({
        toast: {
          tone: 'info',
          message: `${n} of your notes could not be placed on this page: the text has changed. ${n === 1 ? 'It is' : 'They are'} kept in the popup.`,
        },
      });
    }
    const wasOrphan = this.annotations.some((x) => x.orphanedAt && placed.includes(x.id));
    if (orphaned.length > 0 || wasOrphan) {
      await callBackground('setOrphans', { articleId: this.articleId(), orphaned, placed }).catch(() => undefined);
    }
  }

  /** The submission for this page; a page that is not an article is described by its title. */
  submission(auto: boolean): ArticleSubmission {
    const url = this.win.location.href;
    if (this.analysis) return articleSubmission(this.analysis, this.articleId(), url, auto);
    return plainPageSubmission(this.doc, this.articleId(), url, auto);
  }

  /** What the popup shows about this page. */
  state(): PageState {
    const a = this.analysis;
    const ids = this.context?.officialIds ?? [];
    return {
      status: this.status,
      reason: this.reason,
      articleId: this.articleId(),
      title: a?.title ?? (this.doc.title || null),
      officials: a?.officials.map((p, i) => ({ id: ids[i] ?? p.name, name: p.name, role: p.role, count: p.mentions.length })),
      figures: a?.figures.map(({ text, kind, value, unit }) => ({ text, kind, value, unit })),
      hidden: this.style.hiddenMap(),
      orphans: this.orphans,
    };
  }

  /** Removes everything this session drew. */
  teardown(): void {
    this.quietly(() => {
      this.clearAutomatic();
      this.notes.clear();
    });
    this.analysis = null;
    this.context = null;
    this.status = 'not-run';
  }

  /** Shows an error the reader can act on; nothing is dropped silently. */
  fail(what: string, error: unknown): void {
    this.overlay.update({ toast: { tone: 'error', message: `${what}: ${errorMessage(error)}` } });
  }

  private clearAutomatic(): void {
    removeHighlights(this.autoMarks);
    this.autoMarks = [];
  }
}
