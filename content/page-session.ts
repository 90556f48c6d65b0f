/**
 * One page's Council Lens session: analyse the article, highlight it, fetch what the database knows
 * about it (saved notes, the same officials and figures elsewhere), place the reader's notes, and
 * follow the page as it changes. The entrypoint creates one and wires messages to it.
 */
import { cleanUrl } from '@/core/article/canonical-url';
import { withParagraphs } from '@/core/article/text-article';
import { annotationRoot } from '@/core/anchoring/page-text';
import { TextIndex } from '@/core/anchoring/text-index';
import { highlightInSteps, type HighlightRun } from '@/core/highlight/highlight-offsets';
import { removeHighlights } from '@/core/highlight/remove-highlights';
import { isNotArticle, type NotAnArticle } from '@/core/model/analysis';
import type { Annotation } from '@/core/model/annotation';
import type { Settings } from '@/core/model/records';
import { isListedSite } from '@/core/settings/site-match';
import type { ArticleSubmission, OpenedPage, PageContext, PageState } from '@/messaging/protocol';
import { callBackground, errorMessage } from './background-client';
import { findingSpans, plainPageSubmission, type PageAnalysis } from './findings';
import { articleSubmission, figureKeys, submittedOfficial } from '@/messaging/submission';
import { nextTask, STEP_MS } from './next-task';
import { NoteLayer } from './note-layer';
import { PageStyle } from './page-style';
import type { Overlay } from './overlay';

/**
 * A page read by the background: the analysis, and the notes it brought along (null when they
 * could not be read, undefined when they were not asked for) and what failed after the reading.
 */
interface Opened {
  reading: PageAnalysis | NotAnArticle;
  context: PageContext | null | undefined;
  problems: string[];
}

/** HTML above this size (characters) is sent in a task of its own after it was serialised. */
const LARGE_HTML = 200_000;

/** An opened page as the session holds it: the paragraph list rebuilt from the text. */
function received({ reading, context, problems }: NonNullable<OpenedPage['page']>): Opened {
  return { reading: isNotArticle(reading) ? reading : withParagraphs(reading), context, problems };
}

/**
 * The state of the page as far as Council Lens knows it.
 *
 * The page's main thread does only what needs its live DOM, in short tasks that yield between them:
 * serialising the page, the page's text index, the paragraph map, then highlighting in steps of a
 * few milliseconds. Extraction and detection run in the extension's own process (`openPage`: the
 * background, or Chrome's offscreen document for the parse), which keeps its compiled rules warm
 * across pages; a page pays for neither their set-up nor their code.
 */
export class PageSession {
  analysis: PageAnalysis | null = null;
  context: PageContext | null = null;
  annotations: Annotation[] = [];
  orphans: string[] = [];
  readonly notes: NoteLayer;
  private status: PageState['status'] = 'not-run';
  private reason: string | undefined;
  /** The automatic highlighting in progress or done (its marks are removed on the next run). */
  private autoRun: HighlightRun | null = null;
  private settings: Settings | null = null;
  readonly style: PageStyle;
  private lastFingerprint = '';
  private listed: { href: string; sites: readonly string[]; answer: boolean } | null = null;
  /** Whether the last highlighting marked other people (skipped while their category is hidden). */
  peopleMarked = false;

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

  /**
   * Opens the page: the reader's settings and, on a listed site, the page read, analysed and with
   * its notes, in one message; then highlights it.
   */
  async start(): Promise<void> {
    // The task that injected this script already carries the browser's set-up of its world and the
    // script's own evaluation (together 50-90 ms on a slow machine): the page's first reading waits for the next.
    await nextTask(this.win);
    const opened = await this.open(false);
    this.settings = opened.settings;
    this.style.applySettings(opened.settings);
    if (opened.page) await this.run(received(opened.page));
  }

  /** False until the page was analysed (automatically or on request). */
  get hasRun(): boolean {
    return this.status !== 'not-run';
  }

  isListed(): boolean {
    if (!this.settings) return false;
    // Asked several times per run, over a site list that can be long: once per address and list.
    const { href } = this.win.location;
    const sites = this.settings.sites;
    if (this.listed?.href !== href || this.listed.sites !== sites) this.listed = { href, sites, answer: isListedSite(href, sites) };
    return this.listed.answer;
  }

  /** The article id: the page's canonical URL, or its own URL without tracking parameters. */
  articleId(): string {
    return this.analysis?.url ?? cleanUrl(this.win.location.href);
  }

  /**
   * Analyses the page (again), highlights it and places the notes. Given an analysis (the reader
   * switched a category on), highlights that again and reloads the notes; given an opened page,
   * shows what it holds.
   */
  async run(given?: PageAnalysis | Opened): Promise<PageState> {
    this.status = 'analysing';
    this.style.inject();
    this.quietly(() => this.clearAutomatic());
    let opened: Opened;
    if (given && !('reading' in given)) opened = { reading: given, context: undefined, problems: [] };
    else {
      try {
        opened = given ?? (await this.read());
      } catch (e) {
        this.fail('Could not analyse this page', e);
        opened = { reading: { kind: 'not-article', reason: `The page could not be analysed (${errorMessage(e)}).` }, context: undefined, problems: [] };
      }
    }
    const result = opened.reading;
    if (isNotArticle(result)) {
      this.analysis = null;
      this.status = 'not-article';
      this.reason = result.reason;
    } else {
      this.analysis = result;
      this.status = 'article';
      this.reason = undefined;
      await this.highlight(result);
    }
    // The opening brought the notes along unless it could not read them; otherwise ask for them.
    if (opened.context) await this.showContext(opened.context);
    else if (opened.context === undefined) await this.loadContext();
    const [problem] = opened.problems;
    if (problem) this.overlay.update({ toast: { tone: 'error', message: problem } });
    return this.state();
  }

  /**
   * After the page changed (late paragraphs, live updates): runs again only if the article text is
   * different, reusing the reading it just made. Unchanged text costs one reading, no DOM work.
   */
  async refresh(): Promise<void> {
    // Busy pages (tickers, ads) mutate all the time; a new reading only when the text grew or shrank.
    const fingerprint = this.textFingerprint();
    if (fingerprint === this.lastFingerprint) return;
    const opened = await this.read(fingerprint);
    const before = this.analysis;
    const reading = opened.reading;
    if (before && !isNotArticle(reading) && reading.text === before.text) return;
    if (!before && isNotArticle(reading)) return;
    await this.run(opened);
  }

  /** Reads the page again (the reader asked, or it navigated or changed): see `open`. */
  private async read(fingerprint?: string): Promise<Opened> {
    const { page } = await this.open(true, fingerprint);
    if (!page) throw new Error('The extension did not read the page.');
    return received(page);
  }

  /**
   * The page's one message: extraction and detection run in the background, on the page's
   * serialised HTML, so the main thread pays for `outerHTML` (native) and the message, not for
   * Readability or the detectors. The paragraph list comes back as the text it was joined into.
   */
  private async open(force: boolean, fingerprint = this.textFingerprint()): Promise<OpenedPage> {
    // What the reading saw, for `refresh` to tell a changed text from other changes.
    this.lastFingerprint = fingerprint;
    const html = this.doc.documentElement.outerHTML;
    // Serialising and sending a large page each take tens of milliseconds: a task each.
    if (html.length > LARGE_HTML) await nextTask(this.win);
    return callBackground('openPage', { html, url: this.win.location.href, force });
  }

  /**
   * Highlights the findings in steps of a few milliseconds, yielding to the page between them.
   * Stops if a newer run or a teardown replaced this one meanwhile.
   */
  private async highlight(analysis: PageAnalysis): Promise<void> {
    // A hidden category costs nothing: other people are marked when the reader switches them on.
    this.peopleMarked = !this.style.isHidden('person');
    const body = annotationRoot(this.doc);
    // The page's text index and the paragraph map each walk the whole page: a task each.
    const built = TextIndex.build(body);
    await nextTask(this.win);
    if (this.analysis !== analysis) return;
    const { index, spans } = findingSpans(body, analysis, { people: this.peopleMarked }, built);
    await nextTask(this.win);
    if (this.analysis !== analysis) return;
    const run = highlightInSteps(index, spans);
    this.autoRun = run;
    const now = () => this.win.performance.now();
    for (;;) {
      const deadline = now() + STEP_MS;
      if (this.quietly(() => run.step(() => now() > deadline))) return;
      await nextTask(this.win);
      if (this.autoRun !== run) return;
    }
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
      await this.showContext(
        await callBackground('getPageContext', {
          articleId: this.articleId(),
          officials: a ? a.officials.map(submittedOfficial) : [],
          figureKeys: a ? figureKeys(a) : [],
        }),
      );
    } catch (e) {
      this.fail('Could not load your notes for this page', e);
    }
  }

  private async showContext(context: PageContext): Promise<void> {
    this.context = context;
    this.annotations = context.annotations;
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
      people: a?.people.map((p) => ({ name: p.name, role: p.role, count: p.mentions.length })),
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
    if (this.autoRun) removeHighlights(this.autoRun.result.flat());
    this.autoRun = null;
  }
}
