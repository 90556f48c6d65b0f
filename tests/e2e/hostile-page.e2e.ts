/**
 * A hostile page, in real Chromium (tests/e2e/pages/hostile-page.html): its script hides its article
 * text behind `data-council-lens-ui`, declares another site's article as its canonical address,
 * reads every attribute, value and open shadow root looking for the reader's note and reading
 * history, listens to the keyboard, and pokes real and forged marks with synthetic click, hover,
 * focus and Enter. It must learn nothing and trigger nothing, while the reader's own mouse and
 * keyboard still work, and the reader's note on the other site's article stays as it was.
 *
 * The other site is the same fixture server under another name: `localhost` (the victim) and
 * `127.0.0.1` (the hostile page) are different registrable domains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumBrowser, type ChromiumPage } from './support/chromium-driver';
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
  report(): { found: [string, string][]; seenKeys: string[]; scans: number };
};
declare const hostile: Hostile;

let server: FixtureServer;
let browser: ChromiumBrowser;
let victimUrl: string;
let hostileUrl: string;

beforeAll(async () => {
  server = await startFixtureServer(E2E_PAGES_DIR);
  // E2E_EXTENSION_COPY: a copy of the build, for a run that another build must not clobber midway.
  browser = await launchChromium(process.env.E2E_EXTENSION_COPY || undefined);
  victimUrl = server.origin.replace('127.0.0.1', 'localhost') + '/budget-gap.html';
  hostileUrl = server.origin + '/hostile-page.html';
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Selects `phrase` with the mouse, writes `note` in the editor with the keyboard, and saves. */
async function addNote(page: ChromiumPage, phrase: string, note: string): Promise<void> {
  await selectText(page, phrase);
  await clickInOverlay(page, '.note-button');
  await fillInOverlay(page, 'textarea', note);
  await clickInOverlay(page, 'button[type=submit]');
  await page.waitForSelector(MARK.note, { hasText: phrase.slice(0, 20) });
}

/** A record from the extension's database, read in the service worker (never through the page). */
function readRecords<T>(store: 'articles' | 'annotations'): Promise<T[]> {
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

const noteOn = async (articleId: string, text: string) =>
  (await readRecords<NoteRow>('annotations')).find((n) => n.articleId === articleId && n.note === text);

describe('a hostile page', () => {
  it('learns nothing, triggers nothing, and cannot touch another site’s article', async () => {
    // The reader's note on an article of another site.
    const victim = await browser.openPage(victimUrl);
    await victim.waitForSelector(MARK.official);
    await addNote(victim, VICTIM_QUOTE, VICTIM_NOTE);
    await expect.poll(() => noteOn(victimUrl, VICTIM_NOTE), POLL).toBeTruthy();
    const victimBefore = (await readRecords<ArticleRow>('articles')).find((a) => a.id === victimUrl);
    expect(victimBefore?.title).toContain(VICTIM_TITLE);
    await victim.close();

    // The reader writes a note on the hostile page while its script watches and listens.
    const page = await browser.openPage(hostileUrl);
    await page.waitForSelector(MARK.official);
    const secrets = [SECRET_NOTE, 'estates office', VICTIM_NOTE, VICTIM_TITLE, 'reserves forecast'];
    await page.evaluate((list) => hostile.watchFor(list), secrets);
    await addNote(page, HOSTILE_QUOTE, SECRET_NOTE);
    await expect.poll(() => noteOn(hostileUrl, SECRET_NOTE), POLL).toBeTruthy();
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
    await page.click(MARK.note, HOSTILE_QUOTE.slice(0, 20));
    await expect.poll(() => overlayCount(page, '.editor'), POLL).toBe(1);
    expect(await page.evaluateInOverlay((root) => root.querySelector('textarea')?.value, null)).toBe(SECRET_NOTE);
    await page.input.press('Escape');
    await expect.poll(() => overlayCount(page, '.editor'), POLL).toBe(0);

    const { found, scans } = await page.evaluate(() => hostile.report(), undefined);
    expect(scans).toBeGreaterThan(10);
    expect(found).toEqual([]);

    // The canonical it declared was refused: its note is filed under its own address, and the other
    // site's article keeps its record and its note, not orphaned.
    const articles = await readRecords<ArticleRow>('articles');
    expect(articles.find((a) => a.id === hostileUrl)?.title).toContain('Depot sale questioned');
    expect(articles.find((a) => a.id === victimUrl)).toEqual(victimBefore);
    const victimNote = await noteOn(victimUrl, VICTIM_NOTE);
    expect(victimNote?.orphanedAt ?? null).toBeNull();
    expect(await noteOn(hostileUrl, SECRET_NOTE)).toBeTruthy();
    await page.close();
  });
});
