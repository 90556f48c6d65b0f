/**
 * The extension in real Chromium, on fixture articles served from 127.0.0.1 (a listed news site in
 * the end-to-end build): automatic highlights, a note that survives a reload, the popup, the link
 * across articles, and an edited page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type LaunchedExtension } from './support/launch-extension';
import { E2E_EXTENSION_DIR, E2E_PAGES_DIR } from './support/paths';
import { selectText } from './support/select-text';
import { stopServiceWorker } from './support/stop-service-worker';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer(E2E_PAGES_DIR);
  ext = await launchWithExtension(E2E_EXTENSION_DIR);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const OFFICIAL = 'council-lens-mark[data-council-lens="official"]';
const FIGURE = 'council-lens-mark[data-council-lens="figure"]';
const NOTE = 'council-lens-mark[data-council-lens="note"]';
const QUOTE = 'every department would be asked to look again at its spending';

async function openArticle(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  await page.waitForSelector(OFFICIAL);
  return page;
}

/** Selects `phrase`, writes `note` in the note editor and saves it; resolves when it is drawn. */
async function addNote(page: Page, phrase: string, note: string, tags = ''): Promise<void> {
  await selectText(page, phrase);
  await page.locator('council-lens-ui .note-button').click();
  await page.locator('council-lens-ui textarea').fill(note);
  if (tags) await page.locator('council-lens-ui input:not([type=radio])').fill(tags);
  await page.locator('council-lens-ui button[type=submit]').click();
  await page.locator(`${NOTE}[data-council-lens-id]`, { hasText: phrase.slice(0, 20) }).first().waitFor();
}

async function openPopup(): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return popup;
}

describe('Council Lens in Chromium', () => {
  it('highlights officials and figures in the article body only', async () => {
    const page = await openArticle('/budget-gap.html');
    await page.waitForSelector(FIGURE);
    const outside = await page.$$eval(
      'council-lens-mark',
      (marks) => marks.filter((m) => !m.closest('article')).map((m) => m.textContent),
    );
    expect(outside).toEqual([]);
    const officials = await page.$$eval(OFFICIAL, (marks) => marks.map((m) => m.textContent));
    expect(officials).toContain('Cllr Margaret Okafor');
    expect(officials).toContain('Mr Fenwick');
    const figures = await page.$$eval(FIGURE, (marks) => marks.map((m) => m.textContent));
    expect(figures).toEqual(expect.arrayContaining(['£4.2 million', '4.99%']));
    // The byline is not an official.
    expect(officials.some((t) => t?.includes('Whitlock'))).toBe(false);
    await page.close();
  });

  it('keeps a note made from a selection across a reload, and the popup lists it', async () => {
    const page = await openArticle('/budget-gap.html');
    await addNote(page, QUOTE, 'Ask for the department-by-department figures', 'budget, follow-up');
    expect(await page.$$eval(NOTE, (m) => m.map((e) => e.textContent).join(''))).toBe(QUOTE);

    await page.reload();
    await page.waitForSelector(NOTE);
    expect(await page.$$eval(NOTE, (m) => m.map((e) => e.textContent).join(''))).toBe(QUOTE);

    const popup = await openPopup();
    await popup.getByRole('tab', { name: /notes/i }).click();
    await expect.poll(() => popup.locator('body').innerText()).toContain('Ask for the department-by-department figures');
    await popup.close();
    await page.close();
  });

  it('saves a note after the service worker was stopped, and it survives a reload', async () => {
    const page = await openArticle('/budget-gap.html');
    await stopServiceWorker(ext.context, ext.extensionId);
    const phrase = 'called for an independent review';
    await addNote(page, phrase, 'Saved while the worker slept');
    await expect.poll(() => page.locator('council-lens-ui .toast-error').count()).toBe(0);
    await page.reload();
    await page.locator(NOTE, { hasText: phrase }).first().waitFor();
    await page.close();
  });

  it('links the same official across saved articles', async () => {
    const first = await openArticle('/budget-gap.html');
    await first.close();
    const page = await openArticle('/leader-responds.html');
    const okafor = page.locator(OFFICIAL, { hasText: 'Okafor' }).first();
    await okafor.hover();
    const card = page.locator('council-lens-ui .card');
    await expect.poll(() => card.innerText()).toContain('Thornbury council faces £4.2m budget gap');
    await page.close();
  });

  it('follows paragraphs that arrive after the page has loaded', async () => {
    const page = await openArticle('/late-paragraphs.html');
    await page.locator(OFFICIAL, { hasText: 'Cllr Yusuf Adeyemi' }).waitFor();
    const officials = await page.$$eval(OFFICIAL, (marks) => marks.map((m) => m.textContent));
    // The earlier highlights were redone once, not duplicated.
    expect(officials.filter((t) => t === 'Cllr Derek Sowerby')).toHaveLength(1);
    await page.close();
  });

  it('analyses the next story after single-page navigation', async () => {
    const page = await openArticle('/spa-first.html');
    await page.locator(OFFICIAL, { hasText: 'Cllr Rebecca Lowther' }).waitFor();
    await page.click('#next');
    await page.locator(OFFICIAL, { hasText: 'Gareth Pennington' }).waitFor();
    expect(await page.locator(OFFICIAL, { hasText: 'Lowther' }).count()).toBe(0);
    await page.close();
  });

  it('places the note again on an edited page, or keeps it as an orphan', async () => {
    const original = readFileSync(join(E2E_PAGES_DIR, 'leader-responds.html'), 'utf8');
    const phrase = 'no branch would close without a full consultation';
    const page = await openArticle('/leader-responds.html');
    await addNote(page, phrase, 'Check the consultation timetable');

    const edited = original
      .replace('<p>Margaret Okafor,', '<p>Update: this story has been amended.</p>\n<p>Margaret Okafor,')
      .replace('without a full consultation', 'without a full public consultation');
    server.override('/leader-responds.html', edited);
    await page.reload();
    await page.waitForSelector(NOTE);
    const placed = await page.$$eval(NOTE, (m) => m.map((e) => e.textContent).join(''));
    expect(placed).toContain('without a full public consultation');

    server.override('/leader-responds.html', original.replace(/<p>Margaret Okafor,[^]*?<\/p>/, ''));
    await page.reload();
    await page.waitForSelector(OFFICIAL);
    await expect.poll(() => page.locator('council-lens-ui .toast').innerText()).toMatch(/could not be placed/i);
    expect(await page.$$(NOTE)).toHaveLength(0);
    const popup = await openPopup();
    await popup.getByRole('tab', { name: /notes/i }).click();
    await expect.poll(() => popup.locator('body').innerText()).toMatch(/could not be placed/i);
    server.reset();
    await popup.close();
    await page.close();
  });
});
