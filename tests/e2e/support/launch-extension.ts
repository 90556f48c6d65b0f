/**
 * Launches headless Chromium with the built extension loaded (see ../shared/TOOLCHAIN.md), in a
 * throwaway profile and home folder so nothing touches the real user's files.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { join } from 'node:path';
import { findChromium } from './find-chromium';
import { isolatedHome, type IsolatedHome } from './isolated-home';

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker. */
  worker: Worker;
  close(): Promise<void>;
}

/** Launch options for a headless Chromium profile in `home` with the unpacked extension in `extensionDir`. */
export function chromiumWithExtension(extensionDir: string, home: IsolatedHome) {
  return {
    headless: true,
    executablePath: findChromium(),
    env: home.env,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
    ],
  };
}

/** Loads the unpacked extension in `extensionDir` into a fresh headless Chromium. */
export async function launchWithExtension(extensionDir: string): Promise<LaunchedExtension> {
  const home = isolatedHome('chromium');
  const context = await chromium.launchPersistentContext(join(home.dir, 'profile'), chromiumWithExtension(extensionDir, home));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The background registers the content script for the listed sites as it starts; a page opened
  // before that would not be analysed (a real reader's next page load would).
  await worker.evaluate(async () => {
    type Scripting = { getRegisteredContentScripts(): Promise<unknown[]> };
    const api = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome;
    for (let i = 0; i < 100; i++) {
      if ((await api.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The content script was never registered');
  });
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      home.remove();
    },
  };
}
