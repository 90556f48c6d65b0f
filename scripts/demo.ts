/**
 * `npm run demo`: walks through Council Lens in headless Chromium on the end-to-end fixture
 * articles and leaves screenshots and one export per format in demo-output/. The build step
 * (`npm run build:e2e`) runs first, from package.json.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { launchWithExtension } from '../tests/e2e/support/launch-extension';
import { E2E_EXTENSION_DIR, E2E_PAGES_DIR, ROOT } from '../tests/e2e/support/paths';
import { addNote, showCrossArticleLink, showHighlights } from './demo/article';
import { showDashboard } from './demo/dashboard';
import { exportAll } from './demo/exports';
import { openDossier, openPopupFor, screenshotPopupTabs } from './demo/popup';
import { info, shown, step, type DemoSession } from './demo/session';
import { printSummary } from './demo/summary';

const OFFICIAL = 'Margaret Okafor';

async function main(): Promise<void> {
  if (!existsSync(join(E2E_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${shown(E2E_EXTENSION_DIR)}: run \`npm run build:e2e\` first.`);
  }
  const outDir = join(ROOT, 'demo-output');
  // Start clean so the summary and the folder agree.
  rmSync(outDir, { recursive: true, force: true });

  step('Start the fixture server and headless Chromium with the extension');
  const server = await startFixtureServer(E2E_PAGES_DIR);
  info(`serving ${shown(E2E_PAGES_DIR)} at ${server.origin}`);
  let session: DemoSession | null = null;
  try {
    const ext = await launchWithExtension(E2E_EXTENSION_DIR);
    session = { server, ext, outDir, written: [] };
    info(`extension ${ext.extensionId} loaded from ${shown(E2E_EXTENSION_DIR)}`);

    const first = await showHighlights(session);
    await addNote(session, first.page);
    const second = await showCrossArticleLink(session, first.headline);
    const popup = await openPopupFor(session, second);
    await screenshotPopupTabs(session, popup);
    await openDossier(session, popup, OFFICIAL);
    await exportAll(session, popup);
    await showDashboard(session, OFFICIAL);
    printSummary(session);
  } finally {
    await session?.ext.close().catch((e: unknown) => console.error('Could not close the browser:', e));
    await server.close();
  }
}

main().then(
  () => console.log('\nDemo finished.'),
  (error: unknown) => {
    console.error(`\nDemo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
