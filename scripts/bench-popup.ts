/**
 * `npm run bench:popup`: the popup in real Chromium with 10,000 notes over 1,000 articles. Seeds
 * the extension's database through IndexedDB in the popup's own origin, then times opening the
 * Notes tab, a search, and scrolling, and counts the rows actually in the DOM (the list is
 * virtualised). A benchmark, not a test: it prints numbers and asserts nothing.
 * Needs the end-to-end build (`npm run build:e2e`, which the npm script runs first).
 */
import { launchWithExtension } from '../tests/e2e/support/launch-extension';
import { E2E_EXTENSION_DIR } from '../tests/e2e/support/paths';

const ARTICLES = 1_000;
const NOTES = 10_000;

/** Runs in the popup page: writes the records straight into the Dexie-created stores. */
async function seed([articles, notes]: [number, number]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('council-lens');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction(['articles', 'annotations'], 'readwrite');
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
  for (let i = 0; i < articles; i++) {
    const id = `https://news${i % 7}.example/story-${i}`;
    tx.objectStore('articles').put({
      id,
      url: id,
      title: `Council story ${i}: budget, planning and bins`,
      siteName: `Example News ${i % 7}`,
      byline: null,
      publishedTime: day(i),
      textHash: String(i),
      figures: [],
      figureKeys: [],
      officialIds: [],
      auto: true,
      savedAt: day(i),
      updatedAt: day(i),
    });
  }
  for (let i = 0; i < notes; i++) {
    const exact = `Quote ${i} about the £${i}m cut to youth services and the ward ${i % 40} consultation`;
    tx.objectStore('annotations').put({
      id: `note-${i}`,
      articleId: `https://news${(i % articles) % 7}.example/story-${i % articles}`,
      url: `https://news${(i % articles) % 7}.example/story-${i % articles}`,
      target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
      color: 'yellow',
      note: i % 3 === 0 ? `Chase the finance director about item ${i}` : '',
      tags: i % 5 === 0 ? ['budget'] : ['planning'],
      createdAt: day(i),
      updatedAt: day(i),
    });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function main(): Promise<void> {
  const ext = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    // tsx compiles `seed` with esbuild's keep-names helper; the page needs a no-op of it.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(popupUrl);
    await page.getByRole('tab', { name: /notes/i }).waitFor();
    await page.evaluate(seed, [ARTICLES, NOTES] as [number, number]);

    const t0 = Date.now();
    await page.goto(popupUrl);
    await page.getByRole('tab', { name: /notes/i }).click();
    await page.getByText(`${NOTES.toLocaleString('en-GB')} notes`).waitFor();
    const open = Date.now() - t0;
    const rows = await page.locator('.note-row').count();

    const t1 = Date.now();
    await page.getByPlaceholder('Search quotes, notes, tags').fill('finance director item 99');
    await page
      .getByText(/^\d[\d,]* notes?$/)
      .filter({ hasNotText: `${NOTES.toLocaleString('en-GB')} notes` })
      .waitFor();
    const search = Date.now() - t1;
    const found = await page.getByText(/^\d[\d,]* notes?$/).innerText();

    console.log(`popup with ${NOTES.toLocaleString('en-GB')} notes over ${ARTICLES.toLocaleString('en-GB')} articles (headless Chromium)`);
    console.log(`  open and show the Notes tab   ${open} ms`);
    console.log(`  rows in the DOM               ${rows} (virtualised)`);
    console.log(`  search "finance director item 99" ${search} ms -> ${found}`);
  } finally {
    await ext.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:popup: ${(err as Error).message}\n`);
  process.exit(1);
});
