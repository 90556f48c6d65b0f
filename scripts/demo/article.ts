/** Demo steps on the article pages: automatic highlights, a note from a selection, the cross-article link. */
import type { Page } from 'playwright-core';
import { wrapChromiumPage } from '../../tests/e2e/support/chromium-driver';
import { waitUntil } from '../../tests/e2e/support/driver';
import { clickInOverlay, fillInOverlay, overlayText } from '../../tests/e2e/support/overlay';
import { selectText } from '../../tests/e2e/support/select-text';
import { ARTICLE_VIEWPORT, MARK, STEP_TIMEOUT_MS, info, screenshot, step, type DemoSession } from './session';

/** The sentence the demo annotates, and what the note says. */
const QUOTE = 'every department would be asked to look again at its spending';
const NOTE_TEXT = 'Ask for the department-by-department savings targets before the December cabinet.';
const NOTE_TAGS = 'budget, follow-up';

/** Opens `path` from the fixture server in a new tab and waits until officials are highlighted. */
export async function openArticle(session: DemoSession, path: string): Promise<Page> {
  const page = await session.ext.context.newPage();
  await page.setViewportSize(ARTICLE_VIEWPORT);
  await page.goto(session.server.origin + path);
  await page.waitForSelector(MARK.official, { timeout: STEP_TIMEOUT_MS });
  return page;
}

/** Lists the marked text of one kind, for the log. */
async function marked(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (marks) => marks.map((m) => m.textContent ?? ''));
}

/** Step 2: the first article, analysed on load. Returns its tab and its headline. */
export async function showHighlights(session: DemoSession): Promise<{ page: Page; headline: string }> {
  step('Open budget-gap.html and wait for the automatic highlights');
  const page = await openArticle(session, '/budget-gap.html');
  const headline = (await page.locator('article h1').innerText()).trim();
  info(`article: "${headline}"`);
  info(`officials: ${[...new Set(await marked(page, MARK.official))].join(', ')}`);
  info(`figures: ${[...new Set(await marked(page, MARK.figure))].join(', ') || '(none)'}`);
  await screenshot(session, page, '01-article-highlights.png');
  return { page, headline };
}

/** Step 3: select a sentence, write a note with tags, save it. */
export async function addNote(session: DemoSession, page: Page): Promise<void> {
  step('Select a sentence and add a tagged note');
  info(`selecting "${QUOTE}"`);
  await selectText(page, QUOTE);
  // The overlay is in a closed shadow root: reached through the DevTools protocol, used with real input.
  const tab = wrapChromiumPage(page);
  await clickInOverlay(tab, '.note-button');
  await fillInOverlay(tab, 'textarea', NOTE_TEXT);
  await fillInOverlay(tab, 'input:not([type=radio])', NOTE_TAGS);
  info(`note: "${NOTE_TEXT}" tags: ${NOTE_TAGS}`);
  await screenshot(session, page, '02-note-editor.png');
  await clickInOverlay(tab, 'button[type=submit]');
  await page.waitForSelector(MARK.note, { timeout: STEP_TIMEOUT_MS });
  info(`note highlight placed on "${(await marked(page, MARK.note)).join('')}"`);
  await screenshot(session, page, '03-note-saved.png');
}

/** Step 4: the second article links Cllr Okafor back to the first one. */
export async function showCrossArticleLink(session: DemoSession, firstHeadline: string): Promise<Page> {
  step('Open leader-responds.html and hover Cllr Okafor to see the link to the first article');
  const page = await openArticle(session, '/leader-responds.html');
  const okafor = page.locator(MARK.official, { hasText: 'Okafor' }).first();
  info(`hovering "${await okafor.innerText()}"`);
  await okafor.hover();
  const tab = wrapChromiumPage(page);
  const card = await waitUntil(
    async () => {
      const text = await overlayText(tab, '.card');
      return text.includes(firstHeadline) ? text : undefined;
    },
    'the hover card naming the first article',
    STEP_TIMEOUT_MS,
  );
  info(`card: ${card.replace(/\s+/g, ' ').trim()}`);
  await screenshot(session, page, '04-cross-article-link.png');
  return page;
}
