/**
 * Watches the page for changes that matter to the article: late paragraphs, infinite scroll and
 * single-page navigation. Bursts are debounced into one callback; changes inside our own marks and
 * overlay are ignored, so highlighting never wakes the watcher. "Ours" means made by this script
 * (known by reference): a page cannot hide its changes by wrapping them in look-alike elements.
 */
import { ownMarkAt } from '@/core/highlight/mark';
export interface MutationWatch {
  /** Runs `fn` with the watcher paused, so our own DOM edits are not reported. */
  pause<T>(fn: () => T): T;
  stop(): void;
}

/** Calls `onChange(urlChanged)` at most once per `delayMs` after the page settles. */
export function watchMutations(win: Window, onChange: (urlChanged: boolean) => void, delayMs = 600): MutationWatch {
  const doc = win.document;
  let lastUrl = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const urlChanged = win.location.href !== lastUrl;
      lastUrl = win.location.href;
      onChange(urlChanged);
    }, delayMs);
  };

  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    if (records.some((r) => !isOurs(r.target))) schedule();
  });
  const observe = () => observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  observe();
  // History API navigation does not always touch the DOM at once; popstate covers back/forward.
  win.addEventListener('popstate', schedule);

  return {
    pause(fn) {
      observer.disconnect();
      try {
        return fn();
      } finally {
        observer.takeRecords();
        observe();
      }
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      win.removeEventListener('popstate', schedule);
    },
  };
}

/** Inside a mark this script made (the overlay lives outside <body>, which is all that is watched). */
function isOurs(node: Node): boolean {
  return ownMarkAt(node) !== null;
}
