/**
 * Starts Council Lens in a page: the overlay, the session, the watchers and the message handlers.
 * Kept out of the entrypoint so the entrypoint stays a single call.
 *
 * The page is hostile: only the reader's own (trusted) clicks and keys act, and only on marks this
 * script made (known by reference, see core/highlight/mark.ts), never on elements found by a
 * selector over the page's DOM.
 */
import { contentMessaging } from '@/messaging/protocol';
import { callBackground } from './background-client';
import { describeMark, describeNote } from './describe-mark';
import { watchHoverCards, type HoverCards } from './hover-cards';
import { watchMutations } from './mutation-watch';
import { watchNoteActivation } from './note-activation';
import { NoteController } from './note-controller';
import { mountOverlay } from './overlay';
import { PageSession } from './page-session';
import { watchSelection } from './selection-watch';

const FRAGMENT = /#council-lens=([\w-]+)/;

/** Runs until `signal` aborts (WXT invalidates the context when the extension reloads). */
export function startContent(win: Window, signal: AbortSignal): void {
  // Assigned once, after the overlay whose callbacks reach them: they must exist before they are made.
  // eslint-disable-next-line prefer-const
  let cards: HoverCards | undefined;
  // eslint-disable-next-line prefer-const
  let notes: NoteController | undefined;
  const overlay = mountOverlay(win.document, {
    onCardHover: (inside) => cards?.setInsideCard(inside),
    onHighlight: (color) => void notes?.highlight(color),
    onStartNote: () => notes?.startNote(),
    onSaveNote: (draft) => void notes?.save(draft),
    onDeleteNote: () => void notes?.remove(),
    onCancelNote: () => notes?.close(),
    onDismissToast: () => overlay.update({ toast: null }),
  });
  const watcher = watchMutations(win, (urlChanged) => void onPageChange(urlChanged));
  const session = new PageSession(win, overlay, watcher.pause);
  const selection = watchSelection(win, overlay);
  notes = new NoteController(session, overlay, selection);
  cards = watchHoverCards(win, overlay, ({ kind, id }) =>
    session.style.isHidden(kind)
      ? null
      : kind === 'note'
        ? describeNote(session.annotations.find((a) => a.id === id))
        : describeMark(session.analysis, session.context, kind, id),
  );

  let running: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = running.then(job, job);
    running = next.catch(() => undefined);
    return next;
  };

  function onPageChange(urlChanged: boolean) {
    return serial(async () => {
      // Single-page navigation: a new article. Otherwise only a changed article text is redone.
      if (urlChanged) {
        session.teardown();
        if (session.isListed()) await session.run();
      } else if (session.hasRun) await session.refresh();
    });
  }

  const stopNoteActivation = watchNoteActivation(win, (id) => notes?.edit(id));

  const scrollTo = (id: string): boolean => {
    const [first] = session.notes.elements(id);
    if (!first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.focus({ preventScroll: true });
    return true;
  };

  const removers = [
    contentMessaging.onMessage('getPageState', () => session.state()),
    contentMessaging.onMessage('analysePage', () => serial(() => session.run())),
    contentMessaging.onMessage('setCategoryVisible', ({ data }) => {
      session.style.setVisible(data.category, data.visible);
      // Other people are not marked while hidden: switching them on highlights the page again.
      if (data.category === 'person' && data.visible && session.analysis && !session.peopleMarked) {
        const analysis = session.analysis;
        void serial(() => session.run(analysis));
      }
    }),
    contentMessaging.onMessage('toggleHighlights', () => session.style.toggleAll()),
    contentMessaging.onMessage('scrollToAnnotation', ({ data }) => scrollTo(data)),
    contentMessaging.onMessage('highlightSelection', () => notes!.highlight()),
    contentMessaging.onMessage('refreshAnnotations', () => serial(() => session.loadContext())),
    contentMessaging.onMessage('saveArticle', () => (session.analysis ? callBackground('rememberArticle', session.submission(false)) : null)),
  ];

  void serial(async () => {
    await session.start();
    const wanted = FRAGMENT.exec(win.location.hash)?.[1];
    if (wanted) scrollTo(wanted);
  }).catch((e) => session.fail('Council Lens could not start on this page', e));

  signal.addEventListener('abort', () => {
    removers.forEach((remove) => remove());
    watcher.stop();
    selection.stop();
    cards?.stop();
    stopNoteActivation();
    session.teardown();
    overlay.destroy();
  });
}
