/**
 * What the content script in the current tab knows about the page. When no content script answers
 * (it was never injected) the state is 'not-run'; "Analyse this page" injects it using the
 * activeTab grant the popup's opening gives, then asks it to analyse.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { contentMessaging, type PageState } from '@/messaging/protocol';

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

/** Reads the target tab's page state, polling while it is 'analysing'. */
export function usePageState(): PageStateHandle {
  const [tab, setTab] = useState<{ id: number | null; url: string | null }>({ id: null, url: null });
  const [state, setState] = useState<PageState | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(async () => {
    const target = await targetTab();
    const id = target.id;
    setTab(target);
    if (id === null) return setState({ status: 'not-run' });
    setState((await ask(id)) ?? { status: 'not-run' });
  }, []);

  useEffect(() => {
    refresh().catch(setError);
  }, [refresh]);

  useEffect(() => {
    if (state?.status !== 'analysing' || tab.id === null) return;
    const id = tab.id;
    const timer = setTimeout(() => {
      ask(id).then((s) => setState(s ?? { status: 'not-run' }), setError);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [state, tab.id]);

  const analyse = useCallback(async () => {
    if (tab.id === null) return;
    setError(null);
    try {
      setState({ status: 'analysing' });
      if (!(await ask(tab.id))) {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
      }
      setState(await contentMessaging.sendMessage('analysePage', undefined, tab.id));
    } catch (e) {
      setState({ status: 'not-run' });
      setError(new Error(`Could not analyse this page: ${e instanceof Error ? e.message : String(e)}`));
    }
  }, [tab.id]);

  return { tabId: tab.id, tabUrl: tab.url, state, error, analyse, refresh };
}
