/**
 * Getting the content script into pages: registered at runtime for the listed news sites (so the
 * list can change without a new release), and injected on demand into any tab the reader asks to
 * analyse (the toolbar, context menu or shortcut grant `activeTab` for that tab).
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
export async function permittedPatterns(
  sites: readonly string[],
  contains: (origins: string[]) => Promise<boolean>,
): Promise<string[]> {
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
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await contentMessaging.sendMessage('getPageState', undefined, tabId);
    return;
  } catch {
    // No listener in the tab: the script is not there yet.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] });
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
