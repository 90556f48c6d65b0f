import type { BrowserContext } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Stops the extension's background service worker, as the browser does after 30 s idle, by closing
 * its DevTools target. The next extension message starts it again. Resolves once that worker is gone.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser-level DevTools session for this context');
  const cdp = await browser.newBrowserCDPSession();
  const workers = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  };
  const closed = new Set<string>();
  for (const worker of await workers()) {
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    closed.add(worker.targetId);
  }
  // A message from a page may start a new worker at once; only the closed one has to be gone. On a
  // loaded machine that can take seconds.
  const stillThere = async () => (await workers()).some((w) => closed.has(w.targetId));
  for (let i = 0; i < 200 && (await stillThere()); i++) await new Promise((r) => setTimeout(r, 50));
  if (closed.size === 0 || (await stillThere())) throw new Error('The service worker did not stop');
  await cdp.detach();
}
