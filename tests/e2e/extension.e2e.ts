/**
 * The extension in real browsers, on fixture articles served from 127.0.0.1 (a listed news site in
 * the end-to-end builds). What runs in pages (automatic highlights, notes from a selection placed
 * again after a reload or an edit, hover cards linking articles) is tested in Chromium and Firefox
 * ESR; the popup and the service worker in Chromium only (see the second suite).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSelected, e2eBrowsers, launchBrowser } from './support/browsers';
import { launchChromium, type ChromiumBrowser } from './support/chromium-driver';
import type { E2EBrowser, E2EPage } from './support/driver';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { clickInOverlay, fillInOverlay, overlayCount, overlayText } from './support/overlay';
import { E2E_PAGES_DIR } from './support/paths';
import { MARK } from './support/selectors';
import { selectText } from './support/select-text';
import { stopServiceWorker } from './support/stop-service-worker';

const QUOTE = 'every department would be asked to look again at its spending';
/** Overlay content can take a moment, more so in Firefox. */
const POLL = { timeout: 10_000 };

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(E2E_PAGES_DIR);
});

afterAll(async () => {
  await server?.close();
});

async function openArticle(browser: E2EBrowser, path: string): Promise<E2EPage> {
  const page = await browser.openPage(server.origin + path);
  await page.waitForSelector(MARK.official);
  return page;
}

/** Selects `phrase`, writes `note` in the note editor and saves it; resolves when it is drawn. */
async function addNote(page: E2EPage, phrase: string, note: string, tags = ''): Promise<void> {
  await selectText(page, phrase);
  await clickInOverlay(page, '.note-button');
  await fillInOverlay(page, 'textarea', note);
  if (tags) await fillInOverlay(page, 'input:not([type=radio])', tags);
  await clickInOverlay(page, 'button[type=submit]');
  await page.waitForSelector(MARK.note, { hasText: phrase.slice(0, 20) });
}

const noteText = async (page: E2EPage) => (await page.texts(MARK.note)).join('');

describe.each(e2eBrowsers())('Council Lens in pages, in %s', (name) => {
  let browser: E2EBrowser;

  beforeAll(async () => {
    browser = await launchBrowser(name);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('highlights officials and figures in the article body only', async () => {
    const page = await openArticle(browser, '/budget-gap.html');
    await page.waitForSelector(MARK.figure);
    const outside = await page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((m) => !m.closest('article')).map((m) => m.textContent), MARK.any);
    expect(outside).toEqual([]);
    const officials = await page.texts(MARK.official);
    expect(officials).toContain('Cllr Margaret Okafor');
    expect(officials).toContain('Mr Fenwick');
    expect(await page.texts(MARK.figure)).toEqual(expect.arrayContaining(['£4.2 million', '4.99%']));
    // The byline is not an official.
    expect(officials.some((t) => t.includes('Whitlock'))).toBe(false);
    await page.close();
  });

  it('keeps a note made from a selection across a reload', async () => {
    const page = await openArticle(browser, '/budget-gap.html');
    await addNote(page, QUOTE, 'Ask for the department-by-department figures', 'budget, follow-up');
    expect(await noteText(page)).toBe(QUOTE);

    await page.reload();
    await page.waitForSelector(MARK.note);
    expect(await noteText(page)).toBe(QUOTE);
    await page.close();
  });

  it('links the same official across saved articles', async () => {
    const first = await openArticle(browser, '/budget-gap.html');
    await first.close();
    const page = await openArticle(browser, '/leader-responds.html');
    // The page asks for its links once, as it loads, and the card shows what it has when the pointer
    // arrives: when the first article's save or this page's links are still on their way (a busy
    // machine, Firefox more often), the reader's next hover or next visit shows the link.
    const cardAfterHover = async () => {
      await page.input.move(1, 1);
      await page.hover(MARK.official, 'Okafor');
      const text = await overlayText(page, '.card');
      if (!text.includes('Thornbury council')) {
        await page.reload();
        await page.waitForSelector(MARK.official);
      }
      return text;
    };
    await expect.poll(cardAfterHover, { timeout: 30_000, interval: 500 }).toContain('Thornbury council faces £4.2m budget gap');
    await page.close();
  });

  it('follows paragraphs that arrive after the page has loaded', async () => {
    const page = await openArticle(browser, '/late-paragraphs.html');
    await page.waitForSelector(MARK.official, { hasText: 'Cllr Yusuf Adeyemi' });
    const officials = await page.texts(MARK.official);
    // The earlier highlights were redone once, not duplicated.
    expect(officials.filter((t) => t === 'Cllr Derek Sowerby')).toHaveLength(1);
    await page.close();
  });

  it('analyses the next story after single-page navigation', async () => {
    const page = await openArticle(browser, '/spa-first.html');
    await page.waitForSelector(MARK.official, { hasText: 'Cllr Rebecca Lowther' });
    await page.click('#next');
    await page.waitForSelector(MARK.official, { hasText: 'Gareth Pennington' });
    expect((await page.texts(MARK.official)).filter((t) => t.includes('Lowther'))).toHaveLength(0);
    await page.close();
  });

  it('places the note again on an edited page, or keeps it as an orphan', async () => {
    const original = readFileSync(join(E2E_PAGES_DIR, 'leader-responds.html'), 'utf8');
    const phrase = 'no branch would close without a full consultation';
    const page = await openArticle(browser, '/leader-responds.html');
    await addNote(page, phrase, 'Check the consultation timetable');
    try {
      const edited = original
        .replace('<p>Margaret Okafor,', '<p>Update: this story has been amended.</p>\n<p>Margaret Okafor,')
        .replace('without a full consultation', 'without a full public consultation');
      server.override('/leader-responds.html', edited);
      await page.reload();
      await page.waitForSelector(MARK.note);
      expect(await noteText(page)).toContain('without a full public consultation');

      server.override('/leader-responds.html', original.replace(/<p>Margaret Okafor,[^]*?<\/p>/, ''));
      await page.reload();
      await page.waitForSelector(MARK.official);
      await expect.poll(() => overlayText(page, '.toast'), POLL).toMatch(/could not be placed/i);
      expect(await page.texts(MARK.note)).toHaveLength(0);
    } finally {
      server.reset();
    }
    await page.close();
  });
});

// The popup, the options page and the background service worker are extension pages or workers:
// WebDriver BiDi refuses to open moz-extension:// pages and has no handle on the background page,
// so these run in Chromium only, through Playwright and the DevTools protocol.
describe.runIf(chromiumSelected())('Council Lens popup and service worker, in chromium', () => {
  let chromium: ChromiumBrowser;

  beforeAll(async () => {
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  async function openPopupNotes(): Promise<{ popup: Page; text: () => Promise<string> }> {
    const popup = await chromium.ext.context.newPage();
    await popup.goto(`chrome-extension://${chromium.ext.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /notes/i }).click();
    return { popup, text: () => popup.locator('body').innerText() };
  }

  it('lists a note made on the page', async () => {
    const page = await openArticle(chromium, '/budget-gap.html');
    await addNote(page, QUOTE, 'Ask for the department-by-department figures', 'budget, follow-up');
    await page.close();
    const { popup, text } = await openPopupNotes();
    await expect.poll(text, POLL).toContain('Ask for the department-by-department figures');
    // The search box finds it by its note and tags (through the popup's search index), and not by other words.
    const search = popup.getByPlaceholder(/search quotes/i);
    await search.fill('DEPARTMENT follow-up');
    await expect.poll(text, POLL).toContain('Ask for the department-by-department figures');
    await search.fill('department parking');
    await expect.poll(text, POLL).toContain('No notes match.');
    await popup.close();
  });

  it('saves a note after the service worker was stopped, and it survives a reload', async () => {
    const page = await openArticle(chromium, '/budget-gap.html');
    await stopServiceWorker(chromium.ext.context, chromium.ext.extensionId);
    const phrase = 'called for an independent review';
    await addNote(page, phrase, 'Saved while the worker slept');
    await expect.poll(() => overlayCount(page, '.toast-error')).toBe(0);
    await page.reload();
    await page.waitForSelector(MARK.note, { hasText: phrase });
    await page.close();
  });

  it('lists a note that could not be placed on the edited page', async () => {
    const original = readFileSync(join(E2E_PAGES_DIR, 'leader-responds.html'), 'utf8');
    const page = await openArticle(chromium, '/leader-responds.html');
    await addNote(page, 'no branch would close without a full consultation', 'Check the consultation timetable');
    try {
      server.override('/leader-responds.html', original.replace(/<p>Margaret Okafor,[^]*?<\/p>/, ''));
      await page.reload();
      await page.waitForSelector(MARK.official);
      const { text } = await openPopupNotes();
      await expect.poll(text, POLL).toMatch(/could not be placed/i);
    } finally {
      server.reset();
    }
    await page.close();
  });
});
