/**
 * The `E2EBrowser` driver for Firefox: puppeteer-core over WebDriver BiDi, with the end-to-end
 * build installed as a temporary add-on (`browser.installExtension`).
 *
 * What Firefox tests can reach: pages and what the content script does in them. BiDi refuses to
 * open moz-extension:// pages, so the popup and options page are tested in Chromium only.
 *
 * Host permissions: the build is Manifest V2, where the host patterns listed in `permissions`
 * (the default news sites plus 127.0.0.1 in this build) are granted at install, temporary installs
 * included, so the background's `permissions.contains` check passes and the content script is
 * registered with no grant from the test. Only `optional_permissions` (sites a reader adds) would
 * need `permissions.request`, which needs a click in the options page, and no test uses one.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { createPage, overlayFunctionSource, parseOverlayResult, type E2EBrowser, type E2EPage, type PageCore } from './driver';
import { findFirefox } from './find-firefox';
import { isolatedHome } from './isolated-home';
import { FIREFOX_E2E_EXTENSION_DIR } from './paths';
import { OVERLAY_HOST } from './selectors';

/** Firefox with the extension: the shared API plus puppeteer's browser. */
export interface FirefoxBrowser extends E2EBrowser {
  readonly browser: Browser;
  readonly extensionId: string;
}

/** Launches headless Firefox with the end-to-end build (`npm run build:e2e:firefox`); `prefs` adds Firefox preferences. */
export async function launchFirefox(extensionDir = FIREFOX_E2E_EXTENSION_DIR, prefs: Record<string, unknown> = {}): Promise<FirefoxBrowser> {
  const home = isolatedHome('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: resolve(home.dir, 'profile'),
    env: home.env,
    extraPrefsFirefox: {
      // No update checks or telemetry pings from a test browser.
      'app.update.disabledForTesting': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      ...prefs,
    },
  });
  try {
    const extensionId = await browser.installExtension(resolve(extensionDir));
    return {
      name: 'firefox',
      browser,
      extensionId,
      async openPage(url) {
        const page = await browser.newPage();
        await page.goto(url);
        return wrapFirefoxPage(page);
      },
      async close() {
        await browser.close();
        home.remove();
      },
    };
  } catch (error) {
    await browser.close();
    home.remove();
    throw error;
  }
}

/** Puppeteer's BiDi objects this driver uses that its typings keep private. */
interface BidiFrameInternals {
  browsingContext: {
    id: string;
    defaultRealm: { session: { send(method: string, params: object): Promise<{ result: BidiResult }> } };
  };
}
type BidiResult = {
  type?: string;
  nodes?: { value?: { shadowRoot?: { sharedId?: string; value?: { mode?: string } } | null } }[];
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
};

/** The shared page API over a puppeteer page. */
export function wrapFirefoxPage(page: Page): E2EPage {
  const core: PageCore = {
    browserName: 'firefox',
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>,
    evaluateInOverlay: (fn, arg) => inClosedShadowRoot(page, overlayFunctionSource(fn), JSON.stringify(arg)),
    input: {
      move: (x, y, steps) => page.mouse.move(x, y, { steps }),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
      click: (x, y) => page.mouse.click(x, y),
      type: (text) => page.keyboard.type(text),
      press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    },
    close: () => page.close(),
  };
  return createPage(core);
}

/**
 * Calls `source` on the overlay host's shadow root. BiDi serialises a node's shadow root, closed
 * ones too, when asked for `includeShadowTree: 'all'`; the host is found with `locateNodes`, not page
 * script, so a page that patches DOM methods cannot mislead the test.
 */
async function inClosedShadowRoot<R>(page: Page, source: string, json: string): Promise<R | undefined> {
  const context = (page.mainFrame() as unknown as BidiFrameInternals).browsingContext;
  const session = context.defaultRealm.session;
  const located = await session.send('browsingContext.locateNodes', {
    context: context.id,
    locator: { type: 'css', value: OVERLAY_HOST },
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const roots = (located.result.nodes ?? []).flatMap((node) => node.value?.shadowRoot ?? []);
  // A page can forge hosts with the same tag; the extension's own root is the closed one.
  const sharedId = (roots.find((root) => root.value?.mode === 'closed') ?? roots[0])?.sharedId;
  if (!sharedId) return undefined;
  const called = await session.send('script.callFunction', {
    functionDeclaration: source,
    this: { sharedId },
    arguments: [{ type: 'string', value: json }],
    awaitPromise: true,
    target: { context: context.id },
    resultOwnership: 'none',
  });
  const outcome = called.result;
  if (outcome.type === 'exception') throw new Error(`In the overlay: ${outcome.exceptionDetails?.text}`);
  return parseOverlayResult<R>(outcome.result?.value as string);
}
