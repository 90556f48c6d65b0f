/**
 * What the content script in the current tab knows about the page. When no content script answers
 * (it was never injected) the state is 'not-run'; "Analyse this page" injects it using the
 * activeTab grant the popup's opening gives, then asks it to analyse. The side panel stays open
 * while the reader moves on, so it can `follow` the active tab: it reads the page again when
 * another tab is activated or the active tab loads a new address. The side panel gets no
 * activeTab grant, so its Analyse first asks the browser for the tab's site (site-access.ts), and
 * while access is missing it keeps asking the tab, so a grant from the toolbar button or the
 * keyboard command shows up in the panel.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { contentMessaging, type PageState } from '@/messaging/protocol';
import { requestSiteAccess, siteAccessMessage, type SiteAccess } from './site-access';

/** Current tab id and URL, the page state, and the actions on it. */
export interface PageStateHandle {
  tabId: number | null;
  tabUrl: string | null;
  state: PageState | null;
  error: unknown;
  analyse: () => Promise<void>;
  refresh: () => Promise<void>;
}

const POLL_MS = 400;

async function ask(tabId: number): Promise<PageState | null> {
  try {
    return await contentMessaging.sendMessage('getPageState', undefined, tabId);
  } catch {
    // No receiver: the content script is not on this page (yet).
    return null;
  }
}

/**
 * The tab the popup works on. Normally the active tab of the current window; for testing and demos
 * the popup can be opened as a page with `popup.html?tab=<tabId>` to target that tab instead (a popup
 * opened in a tab would otherwise see itself as the active tab).
 */
async function targetTab(): Promise<{ id: number | null; url: string | null }> {
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(forced) && forced > 0) {
    const tab = await browser.tabs.get(forced);
    return { id: tab.id ?? null, url: tab.url ?? null };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: active?.id ?? null, url: active?.url ?? null };
}

/** After a tab change the content script may not be listening yet: ask again this many times. */
const SETTLE_TRIES = 6;
/** After the side panel could not get into a tab, ask the tab again this many times (about two minutes). */
const WAIT_TRIES = 80;
const WAIT_MS = 1_500;

/** Reads the target tab's page state, polling while it is 'analysing'; `follow` tracks the active tab. */
export function usePageState(follow = false): PageStateHandle {
  const [tab, setTab] = useState<{ id: number | null; url: string | null }>({ id: null, url: null });
  const [state, setState] = useState<PageState | null>(null);
  const [error, setError] = useState<unknown>(null);

  // Reads overlap when tabs change quickly, and an older one (asking a tab that no longer answers)
  // can finish last: only the newest read may set the state.
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const read = ++latest.current;
    const target = await targetTab();
    if (read !== latest.current) return;
    const id = target.id;
    setTab(target);
    if (id === null) return setState({ status: 'not-run' });
    const found = await ask(id);
    if (read !== latest.current) return;
    // The page answers: whatever kept the panel out (a missing grant) is over.
    if (found) setError(null);
    setState(found ?? { status: 'not-run' });
  }, []);

  // Following: a tab switch or a navigation in the active tab re-reads the page, and while the new
  // page has no content script answering yet (it loads at document idle) asks again a few times.
  const [settle, setSettle] = useState(0);
  useEffect(() => {
    if (!follow) return;
    const again = () => {
      setSettle(SETTLE_TRIES);
      refresh().catch(setError);
    };
    const onUpdated = (_id: number, change: { status?: string; url?: string }, updated: { active?: boolean }) => {
      if (updated.active && (change.url || change.status === 'complete')) again();
    };
    browser.tabs.onActivated.addListener(again);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.permissions?.onAdded?.addListener(again);
    return () => {
      browser.tabs.onActivated.removeListener(again);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.permissions?.onAdded?.removeListener(again);
    };
  }, [follow, refresh]);
  // The first read comes after the listeners above, so a tab switch while the panel opens is
  // either seen by that read or heard as an event, never lost between them.
  useEffect(() => {
    refresh().catch(setError);
  }, [refresh]);
  // Waiting for access granted elsewhere (toolbar button, keyboard command): ask the tab now and then.
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    if (waiting <= 0 || state?.status !== 'not-run') return;
    const timer = setTimeout(() => {
      setWaiting((n) => n - 1);
      refresh().catch(setError);
    }, WAIT_MS);
    return () => clearTimeout(timer);
  }, [waiting, state, refresh]);
  useEffect(() => {
    if (settle <= 0 || state?.status !== 'not-run') return;
    const timer = setTimeout(() => {
      setSettle((n) => n - 1);
      refresh().catch(setError);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [settle, state, refresh]);

  useEffect(() => {
    if (state?.status !== 'analysing' || tab.id === null) return;
    const id = tab.id;
    const timer = setTimeout(() => {
      const read = latest.current;
      ask(id).then((s) => {
        if (read === latest.current) setState(s ?? { status: 'not-run' });
      }, setError);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [state, tab.id]);

  const analyse = useCallback(async () => {
    if (tab.id === null) return;
    // Inside the click and before any await, as permissions.request requires.
    const access: Promise<SiteAccess> = follow ? requestSiteAccess({ id: tab.id, url: tab.url }) : Promise.resolve({ kind: 'granted' });
    setError(null);
    try {
      const answer = await access;
      if (answer.kind !== 'granted') {
        if (answer.kind !== 'not-web') setWaiting(WAIT_TRIES);
        return setError(new Error(siteAccessMessage(answer)));
      }
      setState({ status: 'analysing' });
      if (!(await ask(tab.id))) {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
      }
      setState(await contentMessaging.sendMessage('analysePage', undefined, tab.id));
    } catch (e) {
      setState({ status: 'not-run' });
      setError(new Error(`Could not analyse this page: ${e instanceof Error ? e.message : String(e)}`));
    }
  }, [tab.id, tab.url, follow]);

  return { tabId: tab.id, tabUrl: tab.url, state, error, analyse, refresh };
}
