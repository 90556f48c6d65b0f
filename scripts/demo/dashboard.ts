/**
 * Demo step: the reading room's dashboard, on the fixture articles the demo analysed plus a few
 * months of invented notes and stories (lib/reading-room-seed.ts): the notes with facets and a
 * selection, an official's timeline, and the figures view. The three screenshots also go to docs/
 * for the README.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/support/paths';
import { seedReadingRoom } from '../lib/reading-room-seed';
import { STEP_TIMEOUT_MS, info, recordFile, screenshot, step, type DemoSession } from './session';

const DASHBOARD_VIEWPORT = { width: 1280, height: 860 };

/** Screenshots to demo-output/<name> and copies to docs/<docsName>. */
async function shoot(session: DemoSession, page: Parameters<typeof screenshot>[1], name: string, docsName: string): Promise<void> {
  await screenshot(session, page, name);
  const docs = join(ROOT, 'docs');
  mkdirSync(docs, { recursive: true });
  copyFileSync(join(session.outDir, name), join(docs, docsName));
  recordFile(session, join(docs, docsName));
}

/** Opens the dashboard, filters by an official, selects two notes, then their timeline and the figures. */
export async function showDashboard(session: DemoSession, official: string): Promise<void> {
  step('Open the dashboard with a few months of notes');
  const page = await session.ext.context.newPage();
  await page.setViewportSize(DASHBOARD_VIEWPORT);
  // tsx compiles the seed with esbuild's keep-names helper; the page needs a no-op of it.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.goto(`chrome-extension://${session.ext.extensionId}/dashboard.html`);
  await page.evaluate(seedReadingRoom, { articles: 160, notes: 900, start: '2026-02-02T09:00:00.000Z' });
  await page.reload();
  await page.locator('.facets [name=official] option', { hasText: official }).waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
  const officialId = await page.locator('.facets [name=official] option', { hasText: official }).first().getAttribute('value');
  await page.locator('.facets [name=official]').selectOption(officialId!);
  await page.locator('.facets [name=tag]').selectOption('budget gap');
  const boxes = page.locator('.dash-note input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  info(`notes: ${await page.locator('.result-count').innerText()}, ${await page.locator('.bulk-count').innerText()}`);
  await shoot(session, page, '10-dashboard-notes.png', 'dashboard.png');

  step(`Open ${official}'s timeline`);
  await page.getByRole('tab', { name: 'Officials' }).click();
  await page.locator('.official-row button', { hasText: official }).first().click();
  await page.locator('svg.month-bars').waitFor({ timeout: STEP_TIMEOUT_MS });
  info(`roles: ${(await page.locator('.role-spans li strong').allInnerTexts()).join(' → ')}`);
  await shoot(session, page, '11-dashboard-official.png', 'dashboard-official.png');

  step('Open the figures view');
  await page.getByRole('tab', { name: 'Figures' }).click();
  await page.locator('svg.figure-chart').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  info(`series: ${await page.locator('svg.figure-chart').count()}`);
  await shoot(session, page, '12-dashboard-figures.png', 'dashboard-figures.png');
  await page.close();
}
