/** The context-menu items and keyboard commands that run Council Lens on the current tab. */
import { browser } from 'wxt/browser';
import { runInTab, type TabAction } from './content-scripts';

/** Menu items, keyed by the same ids as the manifest's commands. */
export const MENU_ITEMS: { id: TabAction; title: string; contexts: ['page' | 'selection'] }[] = [
  { id: 'analyse-page', title: 'Analyse this page', contexts: ['page'] },
  { id: 'highlight-selection', title: 'Highlight selection with Council Lens', contexts: ['selection'] },
];

/** True for a menu item or command id this module handles. */
export function isTabAction(id: unknown): id is TabAction {
  return id === 'analyse-page' || id === 'highlight-selection' || id === 'toggle-highlights';
}

/** Creates the menu items. Call from `runtime.onInstalled`: menus persist across worker restarts. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of MENU_ITEMS) browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts });
}

/** Runs an action, logging instead of throwing: pages such as the browser's own refuse injection. */
async function runSafely(tabId: number | undefined, action: TabAction): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await runInTab(tabId, action);
  } catch (e) {
    console.warn(`Council Lens could not ${action.replace('-', ' ')} in this tab:`, e);
  }
}

/** Listens for menu clicks and shortcuts. Call synchronously at worker start. */
export function listenForTabActions(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (isTabAction(info.menuItemId)) void runSafely(tab?.id, info.menuItemId);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (!isTabAction(command)) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    await runSafely(tabId, command);
  });
}
