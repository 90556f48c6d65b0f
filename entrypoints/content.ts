import { startContent } from '@/content/start';

/**
 * Registered at runtime (background/content-scripts.ts) for the reader's news sites, and injected
 * on demand elsewhere through `activeTab` — so the manifest asks for no broad host access.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    startContent(window, ctx.signal);
  },
});
