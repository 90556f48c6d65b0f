/**
 * Demo steps in the popup, opened as a tab at popup size. The popup reads "the active tab of its
 * own window", so to have it describe the article we move the popup's tab into the article's window
 * and make the article the active tab before loading it, which is what clicking the toolbar icon
 * over that article amounts to.
 */
import type { Page } from 'playwright-core';
import { POPUP_VIEWPORT, STEP_TIMEOUT_MS, info, screenshot, step, type DemoSession } from './session';

type TabsApi = {
  query(q: { url?: string }): Promise<{ id?: number; windowId: number; url?: string }[]>;
  getCurrent(): Promise<{ id?: number; windowId: number } | undefined>;
  move(id: number, props: { windowId: number; index: number }): Promise<unknown>;
  update(id: number, props: { active: boolean }): Promise<unknown>;
};

/** Makes the tab showing `articleUrl` the active tab of the popup's window; returns its tab id. */
async function focusArticleTab(popup: Page, articleUrl: string): Promise<number> {
  return popup.evaluate(async (url) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome.tabs;
    const article = (await tabs.query({})).find((t) => t.url === url);
    const me = await tabs.getCurrent();
    if (!article?.id || !me?.id) throw new Error(`No browser tab shows ${url}`);
    if (me.windowId !== article.windowId) await tabs.move(me.id, { windowId: article.windowId, index: -1 });
    await tabs.update(article.id, { active: true });
    return article.id;
  }, articleUrl);
}

/** Step 5a: opens the popup so that its "This page" tab describes `article`. */
export async function openPopupFor(session: DemoSession, article: Page): Promise<Page> {
  step('Open the popup for the article tab');
  const popup = await session.ext.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  const url = `chrome-extension://${session.ext.extensionId}/popup.html`;
  await popup.goto(url);
  const tabId = await focusArticleTab(popup, article.url());
  info(`article tab id ${tabId} is now the active tab; reloading ${url}`);
  await popup.reload();
  const title = popup.locator('.page-panel .article-title');
  try {
    await title.waitFor({ timeout: STEP_TIMEOUT_MS });
    info(`This page: "${await title.innerText()}"`);
  } catch {
    info('This page did not show the article (it shows its not-analysed state instead)');
  }
  return popup;
}

/** Selects a popup tab by its visible name. */
async function selectTab(popup: Page, name: RegExp): Promise<void> {
  const tab = popup.getByRole('tab', { name });
  await tab.click();
  await popup.locator(`[role=tab][aria-selected=true]`, { hasText: name }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** Step 5b: one screenshot per popup tab, after each shows its data. */
export async function screenshotPopupTabs(session: DemoSession, popup: Page): Promise<void> {
  step('Screenshot each popup tab');
  await selectTab(popup, /this page/i);
  await screenshot(session, popup, '05-popup-this-page.png');

  await selectTab(popup, /notes/i);
  await popup
    .locator('[role=tabpanel]')
    .filter({ hasText: /department-by-department/ })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await screenshot(session, popup, '06-popup-notes.png');

  await selectTab(popup, /people/i);
  await popup.locator('.person-row', { hasText: 'Okafor' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  info(`people: ${(await popup.locator('.person-row strong').allInnerTexts()).join(', ')}`);
  await screenshot(session, popup, '07-popup-people.png');
}

/** Step 5c: opens one official's dossier in the People tab (the dossier export needs it open). */
export async function openDossier(session: DemoSession, popup: Page, name: string): Promise<void> {
  step(`Open the dossier of ${name} in the People tab`);
  await selectTab(popup, /people/i);
  await popup.locator('.person-row', { hasText: name }).first().click();
  const heading = popup.locator('.dossier h2');
  await heading.waitFor({ timeout: STEP_TIMEOUT_MS });
  info(`dossier: ${await heading.innerText()} — ${await popup.locator('.dossier h3').first().innerText()}`);
  await screenshot(session, popup, '08-popup-dossier.png');
}
