import { startContent } from '@/content/start';

/**
 * Registered at runtime (background/content-scripts.ts) for the reader's news sites, and injected
 * on demand elsewhere through `activeTab` — so the manifest asks for no broad host access.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT would otherwise post "content script started", with the extension's id, to the page's
  // window, where any page script can read it and tell that the reader uses Council Lens.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContent(window, ctx.signal);
  },
});
