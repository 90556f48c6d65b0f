/**
 * Getting the content script into pages: registered at runtime for the listed news sites (so the
 * list can change without a new release), injected into matching tabs already open when the
 * registration is made or the browser starts (a registration only reaches pages loaded after it),
 * and injected on demand into any tab the reader asks to analyse (the toolbar, context menu or
 * shortcut grant `activeTab` for that tab).
 */
import { browser } from 'wxt/browser';
import { contentMessaging } from '@/messaging/protocol';
import { matchPatterns } from '@/core/settings/site-match';

/** Id of the dynamic registration. */
export const CONTENT_SCRIPT_ID = 'council-lens-content';
/** WXT's output path of the `content` entrypoint (registered with `registration: 'runtime'`). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The `scripting.registerContentScripts` entry for the given match patterns. */
export function contentScriptRegistration(matches: string[]) {
  return {
    id: CONTENT_SCRIPT_ID,
    matches,
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    allFrames: false,
    // Survives a browser restart, when the worker may not start until its first event.
    persistAcrossSessions: true,
  };
}

/**
 * The match patterns of `sites` the extension holds host permission for. Registering a pattern
 * without permission would make Chrome reject the whole registration, and sites the reader added
 * are granted one by one from the options page (`permissions.request`).
 */
export async function permittedPatterns(sites: readonly string[], contains: (origins: string[]) => Promise<boolean>): Promise<string[]> {
  const patterns = matchPatterns(sites);
  const allowed = await Promise.all(patterns.map((p) => contains([p]).catch(() => false)));
  return patterns.filter((_, i) => allowed[i]);
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * (Re)registers the content script for `sites`. Calls are serialised: the startup sync and a
 * settings change can arrive together, and overlapping unregister/register pairs would collide on
 * the script id. Resolves to the patterns registered.
 */
export function syncContentScripts(sites: readonly string[]): Promise<string[]> {
  const run = async () => {
    const patterns = await permittedPatterns(sites, (origins) => browser.permissions.contains({ origins }));
    const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    // Every worker start syncs; an unchanged registration is left alone, because between an
    // unregister and a register a page could load without the script.
    if (existing && sameMembers(existing.matches ?? [], patterns)) return patterns;
    if (existing && patterns.length > 0) {
      await browser.scripting.updateContentScripts([contentScriptRegistration(patterns)]);
    } else if (existing) {
      await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    } else if (patterns.length > 0) {
      await browser.scripting.registerContentScripts([contentScriptRegistration(patterns)]);
    }
    // A registration applies to pages loaded after it: pages opened while it was being made (the
    // first page after install, a site just added) get the script now. Not awaited: a tab still
    // loading must not hold up the next sync.
    if (patterns.length > 0) void injectIntoOpenTabs(patterns).catch((e: unknown) => console.warn('Council Lens could not reach open tabs:', e));
    return patterns;
  };
  const result = pending.then(run, run);
  pending = result.catch(() => undefined);
  return result;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((x) => set.has(x));
}

/**
 * Makes sure the content script runs in the tab: asks it for its state and, when nothing answers,
 * injects it. The check avoids a second copy on listed sites where it was registered already.
 * Usable from the popup too (same extension origin, `activeTab` granted by the click).
 */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  try {
    await contentMessaging.sendMessage('getPageState', undefined, tabId);
    return false;
  } catch {
    // No listener in the tab: the script is not there yet.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] });
  return true;
}

/** Longest wait for a loading tab before giving up on it (a page that never finishes loading). */
export const LOAD_WAIT_MS = 30_000;

/** Resolves once tab `tabId` has finished loading (or is gone, or after `timeoutMs`). */
export function waitForLoad(tabId: number, timeoutMs = LOAD_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) done();
    };
    const timer = setTimeout(done, timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have finished between the query and the listeners.
    browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && done(), done);
  });
}

/**
 * Injects the content script into the open tabs matching `patterns` that do not run it yet, once
 * each has finished loading (by then a registered script would have run, so the ping in
 * `ensureContentScript` sees it and no second copy starts). Resolves to the tab ids injected.
 */
export async function injectIntoOpenTabs(patterns: string[]): Promise<number[]> {
  if (patterns.length === 0) return [];
  const tabs = await browser.tabs.query({ url: patterns });
  const injected = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.id < 0 || tab.discarded) return null;
      if (tab.status !== 'complete') await waitForLoad(tab.id);
      // A tab closed meanwhile, or a page that refuses scripts, is simply skipped.
      return (await ensureContentScript(tab.id).catch(() => false)) ? tab.id : null;
    }),
  );
  return injected.filter((id): id is number => id !== null);
}

/** What the reader asked for from the context menu or a shortcut. */
export type TabAction = 'analyse-page' | 'highlight-selection' | 'toggle-highlights';

/** Injects the content script if needed, then asks it to analyse the page or highlight the selection. */
export async function runInTab(tabId: number, action: TabAction): Promise<void> {
  await ensureContentScript(tabId);
  if (action === 'analyse-page') await contentMessaging.sendMessage('analysePage', undefined, tabId);
  else if (action === 'toggle-highlights') await contentMessaging.sendMessage('toggleHighlights', undefined, tabId);
  else await contentMessaging.sendMessage('highlightSelection', undefined, tabId);
}
