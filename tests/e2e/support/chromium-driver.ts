/**
 * The `E2EBrowser` driver for Chromium: playwright-core over the DevTools protocol, with the
 * extension loaded unpacked (see launch-extension.ts). The launched extension stays reachable for
 * the Chromium-only tests (popup, options page, service worker).
 */
import type { CDPSession, Page } from 'playwright-core';
import { createPage, overlayFunctionSource, parseOverlayResult, type E2EBrowser, type E2EPage, type PageCore } from './driver';
import { launchWithExtension, type LaunchedExtension } from './launch-extension';
import { E2E_EXTENSION_DIR } from './paths';
import { OVERLAY_HOST } from './selectors';

/** A Chromium tab: the shared page API plus Playwright's own page. */
export interface ChromiumPage extends E2EPage {
  readonly page: Page;
}

/** Chromium with the extension: the shared API plus the launched extension itself. */
export interface ChromiumBrowser extends E2EBrowser {
  readonly ext: LaunchedExtension;
  openPage(url: string): Promise<ChromiumPage>;
  /** Wraps a tab opened through `ext.context` in the shared page API. */
  wrap(page: Page): ChromiumPage;
}

/** Launches Chromium with the end-to-end build (`npm run build:e2e`). */
export async function launchChromium(extensionDir = E2E_EXTENSION_DIR): Promise<ChromiumBrowser> {
  const ext = await launchWithExtension(extensionDir);
  const wrap = (page: Page) => wrapChromiumPage(page);
  return {
    name: 'chromium',
    ext,
    wrap,
    async openPage(url) {
      const page = await ext.context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    close: () => ext.close(),
  };
}

/** The shared page API over a Playwright page. */
export function wrapChromiumPage(page: Page): ChromiumPage {
  let cdp: Promise<CDPSession> | undefined;
  const core: PageCore & { page: Page } = {
    browserName: 'chromium',
    page,
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
    async evaluateInOverlay(fn, arg) {
      cdp ??= page.context().newCDPSession(page);
      return inClosedShadowRoot(await cdp, overlayFunctionSource(fn), JSON.stringify(arg));
    },
    input: {
      move: (x, y, steps) => page.mouse.move(x, y, { steps }),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
      click: (x, y) => page.mouse.click(x, y),
      type: (text) => page.keyboard.type(text),
      press: (key) => page.keyboard.press(key),
    },
    close: () => page.close(),
  };
  return createPage(core) as ChromiumPage;
}

/**
 * Calls `source` on the overlay host's shadow root. The DOM domain reaches closed shadow roots
 * (`pierce`), which neither page script nor Playwright's selectors can; nothing here runs page
 * script to find the host, so a page that patches DOM methods cannot mislead the test.
 */
async function inClosedShadowRoot<R>(cdp: CDPSession, source: string, json: string): Promise<R | undefined> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: OVERLAY_HOST });
  const roots = [];
  for (const nodeId of nodeIds) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    roots.push(...(node.shadowRoots ?? []).map((r) => ({ closed: r.shadowRootType === 'closed', id: r.backendNodeId })));
  }
  // A page can forge hosts with the same tag; the extension's own root is the closed one.
  const shadow = roots.find((r) => r.closed) ?? roots[0];
  if (!shadow) return undefined;
  const objectGroup = 'council-lens-e2e-overlay';
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.id, objectGroup });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: source,
      arguments: [{ value: json }],
      returnByValue: true,
      awaitPromise: true,
      objectGroup,
    });
    if (exceptionDetails) {
      throw new Error(`In the overlay: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return parseOverlayResult<R>(result.value as string);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}
