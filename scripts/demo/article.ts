/** Demo steps on the article pages: automatic highlights, a note from a selection, the cross-article link. */
import type { Page } from 'playwright-core';
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
  await page.locator('council-lens-ui .note-button').click({ timeout: STEP_TIMEOUT_MS });
  await page.locator('council-lens-ui textarea').fill(NOTE_TEXT);
  await page.locator('council-lens-ui input:not([type=radio])').fill(NOTE_TAGS);
  info(`note: "${NOTE_TEXT}" tags: ${NOTE_TAGS}`);
  await screenshot(session, page, '02-note-editor.png');
  await page.locator('council-lens-ui button[type=submit]').click();
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
  const card = page.locator('council-lens-ui .card');
  await card.filter({ hasText: firstHeadline }).waitFor({ timeout: STEP_TIMEOUT_MS });
  info(`card: ${(await card.innerText()).replace(/\s+/g, ' ').trim()}`);
  await screenshot(session, page, '04-cross-article-link.png');
  return page;
}
