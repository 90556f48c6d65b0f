/**
 * A hostile page, in real Chromium and Firefox (tests/e2e/pages/hostile-page.html): its script hides its article
 * text behind `data-council-lens-ui`, declares another site's article as its canonical address,
 * reads every attribute, value and open shadow root looking for the reader's note and reading
 * history, listens to the keyboard, and pokes real and forged marks with synthetic click, hover,
 * focus and Enter. It must learn nothing and trigger nothing, while the reader's own mouse and
 * keyboard still work, and the reader's note on the other site's article stays as it was.
 *
 * The other site is the same fixture server under another name: `localhost` (the victim) and
 * `127.0.0.1` (the hostile page) are different registrable domains. The database is read in the
 * service worker in Chromium; in Firefox (no route to the background) the victim's note is checked
 * by opening its article again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browsers';
import { launchChromium, type ChromiumBrowser } from './support/chromium-driver';
import type { BrowserName, E2EBrowser, E2EPage } from './support/driver';
import { launchFirefox } from './support/firefox-driver';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { clickInOverlay, fillInOverlay, overlayCount, overlayText } from './support/overlay';
import { E2E_PAGES_DIR } from './support/paths';
import { MARK } from './support/selectors';
import { selectText } from './support/select-text';

const VICTIM_QUOTE = 'every department would be asked to look again at its spending';
const VICTIM_NOTE = 'Ask the finance officer for the reserves forecast';
const VICTIM_TITLE = 'Thornbury council faces £4.2m budget gap';
const HOSTILE_QUOTE = 'selling it would protect front-line services';
const SECRET_NOTE = 'Tip from the estates office: a buyer was chosen in October';
const POLL = { timeout: 10_000 };

type Hostile = {
  watchFor(list: string[]): void;
  attack(): Promise<{ realMarks: number; realNotes: number; forged: number; hostFound: boolean; hostShadowRoot: boolean | null; titles: number }>;
  report(): { found: [string, string][]; seenKeys: string[]; scans: number; messages: string[] };
};
declare const hostile: Hostile;

let server: FixtureServer;
let victimUrl: string;
let hostileUrl: string;

beforeAll(async () => {
  server = await startFixtureServer(E2E_PAGES_DIR);
  victimUrl = server.origin.replace('127.0.0.1', 'localhost') + '/budget-gap.html';
  hostileUrl = server.origin + '/hostile-page.html';
});

afterAll(async () => {
  await server?.close();
});

/**
 * Launches `name`. E2E_EXTENSION_COPY / E2E_FIREFOX_EXTENSION_COPY name a copy of a build, for a run
 * that another build on the same machine must not clobber midway; by default the usual builds.
 */
function launch(name: BrowserName): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(process.env.E2E_EXTENSION_COPY || undefined) : launchFirefox(process.env.E2E_FIREFOX_EXTENSION_COPY || undefined);
}

/** Selects `phrase` with the mouse, writes `note` in the editor with the keyboard, and saves. */
async function addNote(page: E2EPage, phrase: string, note: string): Promise<void> {
  await selectText(page, phrase);
  await clickInOverlay(page, '.note-button');
  await fillInOverlay(page, 'textarea', note);
  await clickInOverlay(page, 'button[type=submit]');
  await page.waitForSelector(MARK.note, { hasText: phrase.slice(0, 20) });
}

/** Records from the extension's database, read in Chromium's service worker (never through the page). */
function readRecords<T>(browser: ChromiumBrowser, store: 'articles' | 'annotations'): Promise<T[]> {
  return browser.ext.worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('council-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

type ArticleRow = { id: string; title: string | null };
type NoteRow = { id: string; articleId: string; note: string; orphanedAt?: string | null };

const noteOn = async (browser: ChromiumBrowser, articleId: string, text: string) =>
  (await readRecords<NoteRow>(browser, 'annotations')).find((n) => n.articleId === articleId && n.note === text);

describe.each(e2eBrowsers())('a hostile page, in %s', (name) => {
  let browser: E2EBrowser;
  /** The database, where the browser gives a route to it (Chromium). */
  let db: ChromiumBrowser | null;

  beforeAll(async () => {
    browser = await launch(name);
    db = name === 'chromium' ? (browser as ChromiumBrowser) : null;
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Waits until the note is stored (Chromium), or gives the save a moment (Firefox). */
  async function saved(articleId: string, text: string): Promise<void> {
    if (db) await expect.poll(() => noteOn(db!, articleId, text), POLL).toBeTruthy();
    else await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  it('learns nothing, triggers nothing, and cannot touch another site’s article', async () => {
    // The reader's note on an article of another site.
    const victim = await browser.openPage(victimUrl);
    // The first page after launch can take a while on a busy machine (two cores, shared).
    await victim.waitForSelector(MARK.official, { timeout: 30_000 });
    await addNote(victim, VICTIM_QUOTE, VICTIM_NOTE);
    await saved(victimUrl, VICTIM_NOTE);
    const victimBefore = db && (await readRecords<ArticleRow>(db, 'articles')).find((a) => a.id === victimUrl);
    if (db) expect(victimBefore?.title).toContain(VICTIM_TITLE);
    await victim.close();

    // The reader writes a note on the hostile page while its script watches and listens.
    const page = await browser.openPage(hostileUrl);
    await page.waitForSelector(MARK.official);
    const secrets = [SECRET_NOTE, 'estates office', VICTIM_NOTE, VICTIM_TITLE, 'reserves forecast'];
    await page.evaluate((list) => hostile.watchFor(list), secrets);
    await addNote(page, HOSTILE_QUOTE, SECRET_NOTE);
    await saved(hostileUrl, SECRET_NOTE);
    const typing = await page.evaluate(() => hostile.report(), undefined);
    expect(typing.found).toEqual([]);
    expect(typing.seenKeys.join('')).not.toContain('estates');

    // Next visit: the text the page hid behind data-council-lens-ui is found again.
    await page.reload();
    await page.waitForSelector(MARK.note, { hasText: HOSTILE_QUOTE.slice(0, 20), timeout: 10_000 });
    await page.evaluate((list) => hostile.watchFor(list), secrets);

    // The page pokes every mark, real and forged, every way it can.
    const tried = await page.evaluate(() => hostile.attack(), undefined);
    expect(tried).toMatchObject({ realNotes: 1, forged: 3, hostFound: true, hostShadowRoot: false, titles: 0 });
    expect(tried.realMarks).toBeGreaterThan(3);
    expect(await overlayCount(page, '.editor')).toBe(0);

    // The reader's own mouse still works, and shows what the page could not read.
    await page.hover(MARK.official, 'Okafor');
    await expect.poll(() => overlayText(page, '.card'), POLL).toContain(VICTIM_TITLE);
    await page.input.press('Escape'); // the card may cover the note, in the same paragraph
    await expect.poll(() => overlayCount(page, '.card'), POLL).toBe(0);
    await page.click(MARK.note, HOSTILE_QUOTE.slice(0, 20));
    await expect.poll(() => overlayCount(page, '.editor'), POLL).toBe(1);
    expect(await page.evaluateInOverlay((root) => root.querySelector('textarea')?.value, null)).toBe(SECRET_NOTE);
    await page.input.press('Escape');
    await expect.poll(() => overlayCount(page, '.editor'), POLL).toBe(0);

    const { found, scans, messages } = await page.evaluate(() => hostile.report(), undefined);
    expect(scans).toBeGreaterThan(10);
    expect(found).toEqual([]);
    // Nothing was posted to the page's window: no "content script started" announcement naming the extension.
    expect(messages).toEqual([]);

    // The canonical it declared was refused. Had the page taken the other article's id, that
    // article's note would have been tried here and reported as not placed.
    expect(await overlayText(page, '.toast')).not.toMatch(/could not be placed/i);
    if (db) {
      // Its note is filed under its own address; the other site's article keeps its record and note.
      const articles = await readRecords<ArticleRow>(db, 'articles');
      expect(articles.find((a) => a.id === hostileUrl)?.title).toContain('Depot sale questioned');
      expect(articles.find((a) => a.id === victimUrl)).toEqual(victimBefore);
      expect((await noteOn(db, victimUrl, VICTIM_NOTE))?.orphanedAt ?? null).toBeNull();
      expect(await noteOn(db, hostileUrl, SECRET_NOTE)).toBeTruthy();
    }
    await page.close();

    const again = await browser.openPage(victimUrl);
    await again.waitForSelector(MARK.note, { hasText: VICTIM_QUOTE.slice(0, 20), timeout: 10_000 });
    expect(await overlayText(again, '.toast')).not.toMatch(/could not be placed/i);
    await again.click(MARK.note, VICTIM_QUOTE.slice(0, 20));
    await expect.poll(() => overlayCount(again, '.editor'), POLL).toBe(1);
    expect(await again.evaluateInOverlay((root) => root.querySelector('textarea')?.value, null)).toBe(VICTIM_NOTE);
    await again.close();
  }, 150_000);
});
